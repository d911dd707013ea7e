"""CLAIRE (Ma et al., KDD 2023): counterfactual augmentation plus invariant representations."""

from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn

from cocausal.data.fair import FairData
from cocausal.predictors._base import FairPredictor, check_fair_data
from cocausal.predictors._torch import (
    FitInfo,
    LossMonitor,
    finish_fit,
    optimiser_step,
    resolve_device,
    seeded_torch,
)
from cocausal.predictors._vae import (
    MMDVAE,
    VAEConfig,
    fit_vae,
    vae_counterfactual_encoded,
)
from cocausal.random import check_random_state
from cocausal.warnings import WarningLog

__all__ = ["CLAIREPredictor"]


class CLAIREPredictor(FairPredictor):
    """CLAIRE: learn a counterfactually fair predictor without a given causal graph.

    1. *Counterfactual augmentation*: an MMD-VAE (encoder ``q(Z | X, A)``, decoder ``(Z, S, A)
       -> X``, penalty ``alpha`` x mean pairwise RBF-MMD between the latent distributions of the
       sensitive groups) is fitted to the training rows; decoding each unit's ``E[Z | x]`` with
       every sensitive value gives its counterfactual copies (eval mode).
    2. *Counterfactual invariance*: a representation ``phi(x, a)`` (one hidden ReLU layer) and a
       linear head ``f`` are trained on the factual rows with squared error (regression,
       standardised outcome) or cross-entropy (classification), plus ``lam`` x the mean over
       copies of ``(f(x) - f(x^{(s')}))^2`` on the output (logit) scale, so predictions do not
       move across a unit's counterfactual copies. (A penalty on ``||phi(x) - phi(x')||^2``
       alone is defeated by shrinking ``phi`` and growing the head - measured.) The sensitive
       attribute is not an input of the predictor.

    Simplifications against the paper: one-layer networks; squared-error reconstruction on
    one encoded scale for every feature type; the invariance penalty acts on the outputs (the paper's
    additional risk-invariance term across sensitive subgroups is omitted); full batches of copies,
    no adversarial or contrastive components.

    Parameters
    ----------
    lam : float, default 1.0
        Weight of the counterfactual-invariance penalty.
    alpha : float, default 10.0
        Weight of the MMD penalty of the augmentation VAE.
    z_dim, hidden, rep_dim : int
        VAE latent size, hidden widths, representation size.
    max_iter, vae_iter : int
        Maximum steps of the predictor and of the VAE (both stop earlier once converged).
    batch_size : int
    lr : float
    tol : float
        Relative window-improvement tolerance of the stopping rule.
    device : {"cpu", "cuda"}
    random_state : int, Generator or None

    References
    ----------
    .. [1] Ma, Guo, Zhang, Li (2023). Learning for counterfactual fairness from observational
       data. KDD, 1620-1630.
    """

    def __init__(self, *, lam: float = 1.0, alpha: float = 10.0, z_dim: int = 4, hidden: int = 32,
                 rep_dim: int = 4, max_iter: int = 3000, vae_iter: int = 4000, batch_size: int = 512,
                 lr: float = 5e-3, tol: float = 1e-3, device: str = "cpu", random_state=None) -> None:
        self.lam = lam
        self.alpha = alpha
        self.z_dim = z_dim
        self.hidden = hidden
        self.rep_dim = rep_dim
        self.max_iter = max_iter
        self.vae_iter = vae_iter
        self.batch_size = batch_size
        self.lr = lr
        self.tol = tol
        self.device = device
        self.random_state = random_state

    def _inputs(self, data: FairData) -> torch.Tensor:
        x = np.hstack([self.vae_.encode_features(data), data.A])
        return torch.tensor(x, dtype=torch.float32, device=self.device_)

    def _copies(self, data: FairData) -> list[torch.Tensor]:
        """Inputs of every counterfactual copy (decoded to data values, then re-encoded)."""
        out = []
        for code in range(data.n_levels):
            enc = vae_counterfactual_encoded(self.vae_, data, code, self.device_)
            copy = data.replace(X=self.vae_.decode_features(enc), s=np.full(data.n, code), y=None)
            out.append(self._inputs(copy))
        return out

    def fit(self, data: FairData, *, progress=None):
        """Fit the augmentation VAE, then the invariant predictor (see the class docstring)."""
        check_fair_data(data, need_y=True)
        for name in ("z_dim", "hidden", "rep_dim", "max_iter", "vae_iter", "batch_size"):
            if not isinstance(getattr(self, name), (int, np.integer)) or getattr(self, name) < 1:
                raise ValueError(f"{name} must be a positive integer; got {getattr(self, name)!r}.")
        if self.lam < 0 or self.alpha < 0 or not self.lr > 0:
            raise ValueError("lam and alpha must be >= 0 and lr > 0.")
        rng = check_random_state(self.random_state)
        seed = int(rng.integers(0, 2**31 - 1))
        self.device_ = resolve_device(self.device)
        self.task_ = data.task
        log = WarningLog()
        cfg = VAEConfig(z_dim=int(self.z_dim), hidden=int(self.hidden), alpha=float(self.alpha),
                        max_iter=int(self.vae_iter), batch_size=int(self.batch_size), lr=float(self.lr),
                        tol=float(self.tol))
        with seeded_torch(seed, self.device_):
            self.vae_ = MMDVAE(data, cfg)
            info_vae = fit_vae(self.vae_, data, self.device_, rng, log, progress)
            info_net = self._fit_net(data, rng, log, progress)
        self.fit_info_ = (info_vae, info_net)
        self.warnings_ = log.messages
        return self

    def _fit_net(self, data: FairData, rng, log: WarningLog, progress) -> FitInfo:
        x = self._inputs(data)
        copies = self._copies(data)
        self.y_mu_, self.y_sd_ = (0.0, 1.0) if self.task_ == "classification" else (
            float(data.y.mean()), float(max(data.y.std(), 1e-8)))
        y = torch.tensor((data.y - self.y_mu_) / self.y_sd_, dtype=torch.float32, device=self.device_)
        self.phi_ = nn.Sequential(nn.Linear(x.shape[1], int(self.hidden)), nn.ReLU(),
                                  nn.Linear(int(self.hidden), int(self.rep_dim))).to(self.device_)
        self.head_ = nn.Linear(int(self.rep_dim), 1).to(self.device_)
        params = [*self.phi_.parameters(), *self.head_.parameters()]
        opt = torch.optim.Adam(params, lr=float(self.lr))
        task_loss = nn.MSELoss() if self.task_ == "regression" else nn.BCEWithLogitsLoss()
        monitor = LossMonitor(100, float(self.tol))
        n, bs = data.n, min(int(self.batch_size), data.n)
        start, it, converged = time.perf_counter(), 0, False
        perm, pos = rng.permutation(n), 0
        while it < int(self.max_iter):
            if pos + bs > n:
                perm, pos = rng.permutation(n), 0
            idx = torch.as_tensor(perm[pos:pos + bs], device=self.device_)
            pos += bs
            out = self.head_(self.phi_(x[idx])).squeeze(-1)
            loss = task_loss(out, y[idx])
            if self.lam > 0:
                gap = torch.stack([((out - self.head_(self.phi_(c[idx])).squeeze(-1)) ** 2).mean()
                                   for c in copies]).mean()
                loss = loss + float(self.lam) * gap
            it += 1
            if optimiser_step(opt, loss, monitor, progress):
                converged = True
                break
        return finish_fit("predictor", params, monitor, it, converged, start, log,
                          f"CLAIRE predictor stopped at max_iter={self.max_iter} before its loss settled.")

    @torch.no_grad()
    def _representation(self, data: FairData) -> torch.Tensor:
        return self.phi_(self._inputs(data))

    def predict_score(self, data: FairData) -> np.ndarray:
        self._check_fitted()
        check_fair_data(data, need_y=False)
        with torch.no_grad():
            out = self.head_(self._representation(data)).squeeze(-1)
            out = torch.sigmoid(out) if self.task_ == "classification" else out * self.y_sd_ + self.y_mu_
        return out.cpu().numpy().astype(float)

    def latents(self, data: FairData) -> dict[str, np.ndarray]:
        """The learned representation ``phi`` (one entry per dimension)."""
        rep = self._representation(data).cpu().numpy().astype(float)
        return {f"phi{j}": rep[:, j] for j in range(rep.shape[1])}
