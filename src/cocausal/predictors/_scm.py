"""Latent-variable causal models of Fair-K (Kusner et al. 2017) and EXOC, written in pyro.

One module, :class:`LatentSCM`, covers both:

* Fair-K (``exoc=False``): ``K ~ N(0, 1)``; each feature ``X_j ~ F_j(b + w_k K + w_r R + w_a A)``;
  outcome ``Y ~ N(b + w_k K + w_r R + w_a A, 1)`` (regression) or ``Bernoulli(logit = ...)``.
* EXOC (``exoc=True``): ``K ~ N(0, 1)``; auxiliary ``S' ~ N(b_sp + w_sp K, sigma_sp)``; the
  one-hot sensitive attribute ``R_c ~ N(b_c + w_c S', sigma_c)`` (observed); features
  ``X_j ~ F_j(.. K, S', R, A)``; outcome ``Y ~ F(.. K, S', A)`` (no direct ``R`` edge); control
  node ``S'' = b_spp + w_spp Y`` (deterministic) or ``S'' ~ N(b_spp + w_spp Y, sigma_spp)``
  (``sampled_control``, the paper's sampled node; one reparameterised draw per guide particle),
  tied to ``S'`` by the custom loss of :func:`fit_scm`.

``F_j`` is Normal (on standardised values), Poisson (log link), Bernoulli or Categorical (logit
links). Inference is amortised: ``enc_full`` gives ``q(K[, S'] | X, R, A, Y)`` for fitting the
model, ``enc_x`` gives ``q(K[, S'] | X, R, A)`` - the leakage-free posterior used at prediction
time, trained in a second pass with the model frozen and ``Y`` left out of the model.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pyro
import pyro.distributions as dist
import torch
from pyro import poutine
from torch import nn

from cocausal.data.fair import FairData
from cocausal.predictors._torch import FitInfo, LossMonitor, finish_fit, optimiser_step
from cocausal.warnings import WarningLog

__all__ = ["LatentSCM", "SVIConfig", "fit_scm", "Batch"]


@dataclasses.dataclass(frozen=True)
class SVIConfig:
    """Optimisation settings of the variational fits (see the predictors' docstrings)."""

    max_iter: int = 3000
    encoder_iter: int = 1500
    batch_size: int = 1024
    lr: float = 0.02
    num_particles: int = 4
    window: int = 100
    tol: float = 1e-3
    hidden: int = 32
    gamma: float = 0.0


@dataclasses.dataclass
class Batch:
    """Encoded tensors of a :class:`FairData` (all rows)."""

    xn: torch.Tensor  # (n, d_norm) standardised normal features
    xp: torch.Tensor  # (n, d_pois) counts
    xb: torch.Tensor  # (n, d_bern) 0/1
    xc: torch.Tensor  # (n, d_cat) long codes
    r: torch.Tensor  # (n, C) one-hot sensitive attribute
    a: torch.Tensor  # (n, n_cov)
    y: torch.Tensor | None  # (n,) standardised (regression) or 0/1
    enc_in: torch.Tensor  # encoder input without y

    def take(self, idx: torch.Tensor) -> Batch:
        return Batch(**{f.name: None if getattr(self, f.name) is None else getattr(self, f.name)[idx]
                        for f in dataclasses.fields(self)})

    @property
    def n(self) -> int:
        return int(self.r.shape[0])


class LatentSCM(nn.Module):
    """Fair-K or EXOC latent causal model with amortised Gaussian guides (see module docstring)."""

    def __init__(self, template: FairData, *, exoc: bool, hidden: int = 32, sampled_control: bool = False) -> None:
        super().__init__()
        self.exoc = bool(exoc)
        self.task = template.task
        kinds = np.array(template.feature_kinds)
        self.idx_n = np.flatnonzero(kinds == "normal")
        self.idx_p = np.flatnonzero(kinds == "poisson")
        self.idx_b = np.flatnonzero(kinds == "bernoulli")
        self.idx_c = np.flatnonzero(kinds == "categorical")
        self.ncat = [template.n_categories[j] for j in self.idx_c]
        self.n_levels = template.n_levels
        self.n_cov = template.A.shape[1]
        self.n_latent = 2 if self.exoc else 1
        z_dim = self.n_latent + self.n_levels + self.n_cov
        y_dim = self.n_latent + self.n_cov + (0 if self.exoc else self.n_levels)
        self.lin_n = nn.Linear(z_dim, len(self.idx_n)) if len(self.idx_n) else None
        self.log_sigma_n = nn.Parameter(torch.zeros(len(self.idx_n)))
        self.lin_p = nn.Linear(z_dim, len(self.idx_p)) if len(self.idx_p) else None
        self.lin_b = nn.Linear(z_dim, len(self.idx_b)) if len(self.idx_b) else None
        self.lin_c = nn.ModuleList([nn.Linear(z_dim, k) for k in self.ncat])
        self.lin_y = nn.Linear(y_dim, 1)
        if self.exoc:
            self.sp = nn.Parameter(torch.tensor([0.0, 0.5, 0.0]))  # b_sp, w_sp, log sigma_sp
            self.r_b = nn.Parameter(torch.zeros(self.n_levels))
            self.r_w = nn.Parameter(torch.full((self.n_levels,), 0.1))
            self.r_log_sigma = nn.Parameter(torch.zeros(self.n_levels))
            self.spp = nn.Parameter(torch.tensor([0.0, 0.0]))  # b_spp, w_spp
        self.spp_log_sigma = nn.Parameter(torch.tensor(0.0)) if self.exoc and sampled_control else None
        enc_dim = self._enc_dim()
        self.enc_full = self._encoder(enc_dim + 1, hidden)
        self.enc_x = self._encoder(enc_dim, hidden)
        self.enc_cut: nn.Module | None = None
        # preprocessing statistics, filled by ``standardise``
        self.mu_n = np.zeros(len(self.idx_n))
        self.sd_n = np.ones(len(self.idx_n))
        self.mu_lp = np.zeros(len(self.idx_p))
        self.sd_lp = np.ones(len(self.idx_p))
        self.y_mu, self.y_sd = 0.0, 1.0

    # ------------------------------------------------------------------ encoding
    def _enc_dim(self) -> int:
        return len(self.idx_n) + len(self.idx_p) + len(self.idx_b) + sum(self.ncat) + self.n_levels + self.n_cov

    def _encoder(self, in_dim: int, hidden: int) -> nn.Module:
        return nn.Sequential(nn.Linear(in_dim, hidden), nn.Tanh(), nn.Linear(hidden, 2 * self.n_latent))

    def add_cut_encoder(self, hidden: int) -> None:
        """Create ``enc_cut`` (the interventional encoder); called after the other stages so that
        their initialisation and random streams are those of a model without it."""
        self.enc_cut = self._encoder(self._enc_dim(), hidden).to(self.enc_x[0].weight.device)

    def standardise(self, train: FairData) -> None:
        """Fix the preprocessing statistics from the training rows."""
        X = train.X
        if len(self.idx_n):
            self.mu_n = X[:, self.idx_n].mean(0)
            self.sd_n = np.maximum(X[:, self.idx_n].std(0), 1e-8)
        if len(self.idx_p):
            lp = np.log1p(X[:, self.idx_p])
            self.mu_lp, self.sd_lp = lp.mean(0), np.maximum(lp.std(0), 1e-8)
        if self.task == "regression" and train.y is not None:
            self.y_mu, self.y_sd = float(train.y.mean()), float(max(train.y.std(), 1e-8))

    def init_biases(self, batch: Batch) -> None:
        """Start the link functions at the marginal means (faster, more stable SVI)."""
        with torch.no_grad():
            if self.lin_p is not None:
                self.lin_p.bias.copy_(torch.log(batch.xp.mean(0).clamp_min(1e-3)))
            if self.lin_b is not None:
                p = batch.xb.mean(0).clamp(1e-3, 1 - 1e-3)
                self.lin_b.bias.copy_(torch.log(p / (1 - p)))
            for j, lin in enumerate(self.lin_c):
                freq = torch.bincount(batch.xc[:, j], minlength=lin.out_features).float() + 1.0
                lin.bias.copy_(torch.log(freq / freq.sum()))

    def encode(self, data: FairData, device: torch.device, *, with_y: bool) -> Batch:
        """Tensors of ``data``; ``y`` is read only when ``with_y`` (leakage control)."""
        X = data.X
        xn = (X[:, self.idx_n] - self.mu_n) / self.sd_n
        xp = X[:, self.idx_p]
        xb = X[:, self.idx_b]
        xc = X[:, self.idx_c].astype(np.int64)
        r = np.eye(self.n_levels)[data.s]
        onehots = [np.eye(k)[xc[:, i]] for i, k in enumerate(self.ncat)]
        enc_in = np.hstack([xn, (np.log1p(xp) - self.mu_lp) / self.sd_lp, xb, *onehots, r, data.A])
        y = None
        if with_y:
            if data.y is None:
                raise ValueError("this step needs the outcome; pass data with y.")
            y = data.y if self.task == "classification" else (data.y - self.y_mu) / self.y_sd
        f = lambda a, dt=torch.float32: torch.tensor(np.array(a), dtype=dt, device=device)  # noqa: E731
        return Batch(xn=f(xn), xp=f(xp), xb=f(xb), xc=f(xc, torch.long), r=f(r), a=f(data.A),
                     y=None if y is None else f(y), enc_in=f(enc_in))

    # ------------------------------------------------------------------ structural equations
    def feature_inputs(self, latents: torch.Tensor, r: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
        """Parent vector of every feature node: ``[K, (S'), one-hot R, A]`` (broadcast over particles)."""
        shape = latents.shape[:-1]
        return torch.cat([latents, r.expand(*shape, r.shape[-1]), a.expand(*shape, a.shape[-1])], -1)

    def feature_links(self, z: torch.Tensor) -> dict[str, torch.Tensor | list]:
        """Linear predictors of the features given parent vectors ``z``."""
        out: dict[str, torch.Tensor | list] = {}
        if self.lin_n is not None:
            out["normal"] = self.lin_n(z)
        if self.lin_p is not None:
            out["poisson"] = self.lin_p(z).clamp(max=20.0)
        if self.lin_b is not None:
            out["bernoulli"] = self.lin_b(z)
        out["categorical"] = [lin(z) for lin in self.lin_c]
        return out

    def outcome_link(self, latents: torch.Tensor, r: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
        shape = latents.shape[:-1]
        parts = [latents, a.expand(*shape, a.shape[-1])]
        if not self.exoc:
            parts.insert(1, r.expand(*shape, r.shape[-1]))
        return self.lin_y(torch.cat(parts, -1)).squeeze(-1)

    # ------------------------------------------------------------------ pyro model and guide
    def model(self, b: Batch, idx: torch.Tensor, n_total: int, particles: int, with_y: bool,
              cut: bool = False):
        """The generative model; ``cut=True`` blocks the likelihood of ``R`` (``R`` set by ``do``)."""
        with pyro.plate("particles", particles, dim=-2), \
                pyro.plate("units", n_total, subsample=idx, dim=-1):
            k = pyro.sample("K", dist.Normal(torch.zeros((), device=b.r.device), 1.0))
            latents = [k]
            if self.exoc:
                b_sp, w_sp, log_s = self.sp
                sp = pyro.sample("S1", dist.Normal(b_sp + w_sp * k, log_s.exp()))
                latents.append(sp)
                r_mean = self.r_b + self.r_w * sp.unsqueeze(-1)
                if not cut:
                    pyro.sample("R", dist.Normal(r_mean, self.r_log_sigma.exp()).to_event(1), obs=b.r)
            lat = torch.stack(latents, -1)
            links = self.feature_links(self.feature_inputs(lat, b.r, b.a))
            if "normal" in links:
                pyro.sample("Xn", dist.Normal(links["normal"], self.log_sigma_n.exp()).to_event(1), obs=b.xn)
            if "poisson" in links:
                pyro.sample("Xp", dist.Poisson(links["poisson"].exp()).to_event(1), obs=b.xp)
            if "bernoulli" in links:
                pyro.sample("Xb", dist.Bernoulli(logits=links["bernoulli"]).to_event(1), obs=b.xb)
            for j, logits in enumerate(links["categorical"]):
                pyro.sample(f"Xc{j}", dist.Categorical(logits=logits), obs=b.xc[:, j])
            if with_y:
                eta = self.outcome_link(lat, b.r, b.a)
                y_dist = dist.Normal(eta, 1.0) if self.task == "regression" else dist.Bernoulli(logits=eta)
                pyro.sample("Y", y_dist, obs=b.y)
        return lat

    def posterior(self, b: Batch, *, with_y: bool, cut: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
        """Mean and standard deviation of the amortised Gaussian guide, shape (n, n_latent).

        ``with_y``: ``enc_full``; ``cut``: ``enc_cut`` (interventional); otherwise ``enc_x``.
        """
        if with_y:
            h = self.enc_full(torch.cat([b.enc_in, b.y.unsqueeze(-1)], -1))
        elif cut:
            if self.enc_cut is None:
                raise ValueError("this model has no interventional encoder; fit with inference='interventional'.")
            h = self.enc_cut(b.enc_in)
        else:
            h = self.enc_x(b.enc_in)
        loc, raw = h[:, : self.n_latent], h[:, self.n_latent:]
        return loc, nn.functional.softplus(raw) + 1e-4

    def guide(self, b: Batch, idx: torch.Tensor, n_total: int, particles: int, with_y: bool,
              cut: bool = False):
        loc, scale = self.posterior(b, with_y=with_y, cut=cut)
        with pyro.plate("particles", particles, dim=-2), \
                pyro.plate("units", n_total, subsample=idx, dim=-1):
            pyro.sample("K", dist.Normal(loc[:, 0], scale[:, 0]))
            if self.exoc:
                pyro.sample("S1", dist.Normal(loc[:, 1], scale[:, 1]))

    def control(self, y: torch.Tensor) -> torch.Tensor:
        """EXOC's control node ``S'' = b_spp + w_spp Y``."""
        return self.spp[0] + self.spp[1] * y


def _loss_terms(scm: LatentSCM, b: Batch, idx, n_total: int, particles: int, with_y: bool,
                cut: bool = False):
    """Per-unit negative ELBO and the EXOC control MSE, from one set of guide samples."""
    guide_tr = poutine.trace(scm.guide).get_trace(b, idx, n_total, particles, with_y, cut)
    model_tr = poutine.trace(poutine.replay(scm.model, trace=guide_tr)).get_trace(
        b, idx, n_total, particles, with_y, cut)
    neg_elbo = (guide_tr.log_prob_sum() - model_tr.log_prob_sum()) / (particles * n_total)
    mse = None
    if scm.exoc and with_y:
        sp = guide_tr.nodes["S1"]["value"]
        spp = scm.control(b.y)
        if scm.spp_log_sigma is not None:
            spp = spp + scm.spp_log_sigma.exp() * torch.randn_like(sp)
        mse = ((sp - spp) ** 2).mean()
    return neg_elbo, mse


def _control_values(scm: LatentSCM) -> dict[str, float]:
    """EXOC's auxiliary and control parameters after the fit (to see the control node's collapse)."""
    b_sp, w_sp, log_s = scm.sp.detach().tolist()
    b_spp, w_spp = scm.spp.detach().tolist()
    out = {"w_sp": w_sp, "sigma_sp": float(np.exp(log_s)), "b_spp": b_spp, "w_spp": w_spp}
    if scm.spp_log_sigma is not None:
        out["sigma_spp"] = float(np.exp(scm.spp_log_sigma.detach().item()))
    return out


def fit_scm(scm: LatentSCM, batch: Batch, cfg: SVIConfig, rng: np.random.Generator,
            log: WarningLog, *, stage: str, progress=None) -> FitInfo:
    """Minibatch SVI (``pyro.plate`` subsampling, vectorised particles) with convergence stopping.

    ``stage="model"`` fits the model parameters and ``enc_full`` on the negative ELBO, plus for
    EXOC ``gamma * s * MSE(S', S'')``, where the MSE averages over units and guide particles and
    ``s = |negative ELBO per unit| / MSE`` evaluated once at initialisation on the first
    minibatch (then frozen), so both terms start at the same magnitude.
    ``stage="encoder"`` freezes the model and fits ``enc_x`` on the ELBO of the model without
    the outcome: the leakage-free posterior ``q(K[, S'] | X, R, A)``.
    ``stage="encoder_cut"`` (EXOC) freezes the model and fits ``enc_cut`` on the ELBO of the
    model without the outcome and without the likelihood of ``R``: ``q(K, S' | X, A; do(R))``.
    """
    if stage not in ("model", "encoder", "encoder_cut"):
        raise ValueError(f"stage must be 'model', 'encoder' or 'encoder_cut'; got {stage!r}.")
    with_y, cut = stage == "model", stage == "encoder_cut"
    if with_y:
        params = [p for name, p in scm.named_parameters() if not name.startswith(("enc_x", "enc_cut"))]
    else:
        params = list((scm.enc_cut if cut else scm.enc_x).parameters())
    for p in scm.parameters():
        p.requires_grad_(False)
    for p in params:
        p.requires_grad_(True)
    opt = torch.optim.Adam(params, lr=cfg.lr)
    n = batch.n
    bs = min(cfg.batch_size, n)
    max_iter = cfg.max_iter if with_y else cfg.encoder_iter
    monitor = LossMonitor(cfg.window, cfg.tol)
    start = time.perf_counter()
    scale_s = None
    converged, it = False, 0
    perm, pos = rng.permutation(n), 0
    while it < max_iter:
        if pos + bs > n:
            perm, pos = rng.permutation(n), 0
        idx_np = perm[pos:pos + bs]
        pos += bs
        idx = torch.as_tensor(idx_np, device=batch.r.device)
        sub = batch.take(idx)
        neg_elbo, mse = _loss_terms(scm, sub, idx, n, cfg.num_particles, with_y, cut)
        loss = neg_elbo
        if mse is not None and cfg.gamma > 0:
            if scale_s is None:
                scale_s = float(abs(neg_elbo.item()) / max(mse.item(), 1e-8))
            loss = loss + cfg.gamma * scale_s * mse
        it += 1
        if optimiser_step(opt, loss, monitor, progress):
            converged = True
            break
    return finish_fit(
        stage, scm.parameters(), monitor, it, converged, start, log,
        f"{stage} SVI stopped at max_iter={max_iter} before the loss settled "
        f"(relative window improvement >= {cfg.tol}); raise the iteration limit.",
        extras=({} if scale_s is None else {"scale_s": scale_s, "gamma": cfg.gamma})
        | (_control_values(scm) if scm.exoc and with_y else {}),
    )
