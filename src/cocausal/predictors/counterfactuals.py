"""Counterfactual evaluation data: one copy of every evaluation unit per sensitive value.

* :class:`ModelCounterfactuals` (primary): abduction under a fitted causal model (Fair-K's or
  EXOC's latent SCM). For each unit the latents are set to their leakage-free posterior mean
  ``E[K(, S') | X, R, A]`` (the observational posterior, whatever inference the deployed
  predictor uses: the factual unit's observed ``R`` is evidence about its latents);
  each feature's exogenous noise is abducted given those latents -
  the residual for Normal features, a uniform draw inside the observed value's CDF step for
  Poisson and Bernoulli features (the monotone SCM ``X = F^{-1}(U)``), top-down Gumbel noise
  consistent with the observed category for Categorical features (Gumbel-max SCM) - then
  ``do(R = r')`` is applied and the features are recomputed with the same latents and noise.
  Using the posterior mean rather than posterior draws is a point-abduction simplification.
* :class:`VAECounterfactuals` (secondary, synthetic): the EXOC study's variant - an MMD-VAE
  whose latent is pushed to independence of ``R``, trained to convergence and used in eval
  mode: copies are ``decoder(E[Z | x, a], r', a)``. Its copies are a model's reconstruction,
  not the units themselves; label results from it as synthetic.

Both return ``{level name: FairData}`` with ``y=None`` from ``generate(data, sensitive_values)``.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

from cocausal.data.fair import FairData
from cocausal.predictors._base import check_fair_data, resolve_values
from cocausal.random import RandomState, check_random_state

__all__ = ["ModelCounterfactuals", "VAECounterfactuals"]


def _pit_uniform(cdf_lo: np.ndarray, cdf_hi: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    v = rng.uniform(1e-9, 1.0 - 1e-9, size=cdf_lo.shape)
    return np.clip(cdf_lo + v * (cdf_hi - cdf_lo), 1e-12, 1.0 - 1e-12)


def _gumbel_noise(logits: np.ndarray, observed: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Exogenous Gumbel noise ``g`` with ``argmax(logits + g) == observed`` (top-down sampling)."""
    n, k = logits.shape
    lse = np.logaddexp.reduce(logits, axis=1)
    top = lse - np.log(-np.log(rng.uniform(1e-12, 1.0, size=n)))  # max ~ Gumbel(lse)
    others = logits - np.log(-np.log(rng.uniform(1e-12, 1.0, size=(n, k))))
    truncated = -np.log(np.exp(-top)[:, None] + np.exp(-others))  # Gumbel(logit) truncated below top
    values = truncated
    values[np.arange(n), observed] = top
    return values - logits


class ModelCounterfactuals:
    """Counterfactual copies by abduction, action and prediction under a fitted latent SCM.

    Parameters
    ----------
    model : FairKPredictor or EXOCPredictor
        A fitted latent-variable predictor whose causal model defines the counterfactual world.
    random_state : int, Generator or None, default 0
        Seeds the abduction of discrete features' noise (each ``generate`` call restarts from it,
        so the same data give the same copies).

    References
    ----------
    .. [1] Pearl (2009). Causality, ch. 7 (abduction, action, prediction).
    .. [2] Oberst, Sontag (2019). Counterfactual off-policy evaluation with Gumbel-max structural
       causal models. ICML.
    """

    def __init__(self, model, random_state: RandomState = 0) -> None:
        if not hasattr(model, "scm_"):
            raise ValueError("ModelCounterfactuals needs a fitted FairKPredictor or EXOCPredictor.")
        self.model = model
        self.random_state = random_state
        self.name = f"model:{'exoc' if model.scm_.exoc else 'fairk'}"

    def generate(self, data: FairData, sensitive_values=None) -> dict[str, FairData]:
        """``{level: copy}`` where each copy is ``data`` under ``do(R = level)`` (``y=None``)."""
        import torch

        check_fair_data(data, need_y=False)
        data = data.without_target()
        codes = resolve_values(data, sensitive_values)
        rng = check_random_state(self.random_state)
        scm, dev = self.model.scm_, self.model.device_
        lat = torch.tensor(self.model.posterior_latents(data, inference="observational"),
                           dtype=torch.float32, device=dev)
        with torch.no_grad():
            b = scm.encode(data, dev, with_y=False)
            fact = {k: v if isinstance(v, list) else v.cpu().numpy().astype(float)
                    for k, v in scm.feature_links(scm.feature_inputs(lat, b.r, b.a)).items()}
            fact["categorical"] = [c.cpu().numpy().astype(float) for c in fact["categorical"]]
            noise = self._abduct(scm, data, fact, rng)
            out = {}
            for code in codes:
                r = torch.zeros_like(b.r)
                r[:, code] = 1.0
                links = scm.feature_links(scm.feature_inputs(lat, r, b.a))
                X = self._predict(scm, data, links, noise)
                out[data.levels[code]] = data.replace(X=X, s=np.full(data.n, code, dtype=np.int64))
        return out

    @staticmethod
    def _abduct(scm, data: FairData, fact: dict, rng: np.random.Generator) -> dict:
        X, noise = data.X, {}
        if len(scm.idx_n):
            noise["normal"] = (X[:, scm.idx_n] - scm.mu_n) / scm.sd_n - fact["normal"]
        if len(scm.idx_p):
            mu, x = np.exp(fact["poisson"]), X[:, scm.idx_p]
            noise["poisson"] = _pit_uniform(stats.poisson.cdf(x - 1, mu), stats.poisson.cdf(x, mu), rng)
        if len(scm.idx_b):
            p0 = 1.0 - 1.0 / (1.0 + np.exp(-fact["bernoulli"]))
            x = X[:, scm.idx_b]
            noise["bernoulli"] = _pit_uniform(np.where(x > 0, p0, 0.0), np.where(x > 0, 1.0, p0), rng)
        noise["categorical"] = [
            _gumbel_noise(logits, X[:, j].astype(int), rng)
            for j, logits in zip(scm.idx_c, fact["categorical"])
        ]
        return noise

    @staticmethod
    def _predict(scm, data: FairData, links: dict, noise: dict) -> np.ndarray:
        X = np.array(data.X, copy=True)
        if len(scm.idx_n):
            X[:, scm.idx_n] = (links["normal"].cpu().numpy() + noise["normal"]) * scm.sd_n + scm.mu_n
        if len(scm.idx_p):
            X[:, scm.idx_p] = stats.poisson.ppf(noise["poisson"], np.exp(links["poisson"].cpu().numpy()))
        if len(scm.idx_b):
            p0 = 1.0 - 1.0 / (1.0 + np.exp(-links["bernoulli"].cpu().numpy()))
            X[:, scm.idx_b] = (noise["bernoulli"] > p0).astype(float)
        for j, logits, g in zip(scm.idx_c, links["categorical"], noise["categorical"]):
            X[:, j] = np.argmax(logits.cpu().numpy() + g, axis=1)
        return X


class VAECounterfactuals:
    """Synthetic counterfactual copies from an MMD-VAE (the EXOC study's secondary check).

    Trained to convergence (loss-window stopping, ``ConvergenceWarning`` otherwise) and used in
    eval mode only: the latent is the encoder mean, so copies differ only through the decoder's
    sensitive input - never through sampling noise.

    Parameters
    ----------
    z_dim, hidden : int
    alpha : float, default 10.0
        Weight of the MMD penalty between the latent distributions of the sensitive groups.
    beta : float, default 0.1
        Weight of the KL term (below 1 to keep the VAE from ignoring its latent).
    max_iter, batch_size : int
    lr, tol : float
    device : {"cpu", "cuda"}
    random_state : int, Generator or None

    References
    ----------
    .. [1] Ma, Guo, Zhang, Li (2023). Learning for counterfactual fairness from observational
       data. KDD.
    """

    name = "vae (synthetic)"

    def __init__(self, *, z_dim: int = 4, hidden: int = 32, alpha: float = 10.0, beta: float = 0.1,
                 max_iter: int = 4000,
                 batch_size: int = 512, lr: float = 5e-3, tol: float = 1e-3, device: str = "cpu",
                 random_state: RandomState = None) -> None:
        self.z_dim = z_dim
        self.hidden = hidden
        self.alpha = alpha
        self.beta = beta
        self.max_iter = max_iter
        self.batch_size = batch_size
        self.lr = lr
        self.tol = tol
        self.device = device
        self.random_state = random_state

    def fit(self, data: FairData, *, progress=None):
        """Fit the MMD-VAE on (training) data; the outcome is not used."""
        from cocausal.predictors._torch import resolve_device, seeded_torch
        from cocausal.predictors._vae import MMDVAE, VAEConfig, fit_vae
        from cocausal.warnings import WarningLog

        check_fair_data(data, need_y=False)
        rng = check_random_state(self.random_state)
        self.device_ = resolve_device(self.device)
        cfg = VAEConfig(z_dim=int(self.z_dim), hidden=int(self.hidden), alpha=float(self.alpha),
                        beta=float(self.beta), max_iter=int(self.max_iter), batch_size=int(self.batch_size),
                        lr=float(self.lr), tol=float(self.tol))
        log = WarningLog()
        with seeded_torch(int(rng.integers(0, 2**31 - 1)), self.device_):
            self.vae_ = MMDVAE(data, cfg)
            self.fit_info_ = fit_vae(self.vae_, data.without_target(), self.device_, rng, log, progress)
        self.warnings_ = log.messages
        return self

    def generate(self, data: FairData, sensitive_values=None) -> dict[str, FairData]:
        """``{level: decoded copy}`` for every requested sensitive value (``y=None``)."""
        from cocausal.predictors._vae import vae_counterfactual_encoded

        if not hasattr(self, "vae_"):
            raise ValueError("VAECounterfactuals is not fitted; call fit(train) first.")
        check_fair_data(data, need_y=False)
        data = data.without_target()
        out = {}
        for code in resolve_values(data, sensitive_values):
            enc = vae_counterfactual_encoded(self.vae_, data, code, self.device_)
            out[data.levels[code]] = data.replace(X=self.vae_.decode_features(enc),
                                                  s=np.full(data.n, code, dtype=np.int64))
        return out

    def latent_dependence(self, data: FairData) -> dict[str, dict[str, float]]:
        """Dependence of each eval-mode latent coordinate on the sensitive attribute."""
        from cocausal.predictors._vae import vae_latent_means
        from cocausal.predictors.metrics import dependence_on_sensitive

        z = vae_latent_means(self.vae_, data, self.device_)
        return {f"Z{j}": dependence_on_sensitive(z[:, j], data.s) for j in range(z.shape[1])}
