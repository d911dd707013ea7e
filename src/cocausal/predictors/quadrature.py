"""Exact posterior means by quadrature: an oracle for the amortised encoders.

The latent models have one (Fair-K: ``K``) or two (EXOC: ``K, S'``) continuous latents, so
``E[latent | data]`` can be computed on a fixed grid without any variational approximation:
``p(z_g | x_i) = p(z_g, x_i) / sum_h p(z_h, x_i)`` with the log joint evaluated at every grid
point ``z_g``. :func:`grid_posterior_means` does the normalisation in row chunks (memory
O(grid x chunk)); :class:`ExactPosteriorPredictor` applies it to a fitted Fair-K or EXOC model
under either inference, so a predictor's fairness can be separated from its encoder's error.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.special import logsumexp
from sklearn.linear_model import LinearRegression, LogisticRegression

from cocausal.data.fair import FairData
from cocausal.predictors._base import FairPredictor, check_fair_data

__all__ = ["ExactPosteriorPredictor", "grid_posterior_means", "model_posterior_means"]

_CELLS = 4_000_000  # grid points x rows x width evaluated at once


def grid_posterior_means(log_joint: Callable[[np.ndarray, slice], np.ndarray], grid: np.ndarray, n: int, *,
                         width: int = 1) -> np.ndarray:
    """Posterior means of a latent on a grid.

    Parameters
    ----------
    log_joint : callable
        ``log_joint(grid, rows) -> (G, m)``: the log joint density of the latent at every grid
        point and the data of the ``m`` units in the slice ``rows`` (constants may be dropped).
    grid : ndarray of shape (G, d)
        Quadrature points (equally weighted: an equally spaced product grid).
    n : int
        Number of units.
    width : int
        Rough size of the per-point work of ``log_joint`` (sets the chunk size).

    Returns
    -------
    ndarray of shape (n, d)
    """
    grid = np.asarray(grid, float)
    out = np.empty((n, grid.shape[1]))
    chunk = max(1, _CELLS // (grid.shape[0] * max(1, width)))
    for start in range(0, n, chunk):
        rows = slice(start, min(n, start + chunk))
        lp = np.asarray(log_joint(grid, rows), float)
        w = np.exp(lp - logsumexp(lp, axis=0, keepdims=True))
        out[rows] = w.T @ grid
    return out


def _product_grid(*axes: np.ndarray) -> np.ndarray:
    mesh = np.meshgrid(*axes, indexing="ij")
    return np.column_stack([m.ravel() for m in mesh])


def model_posterior_means(model, data: FairData, *, inference: str = "observational",
                          points: int = 121) -> np.ndarray:
    """Exact ``E[K(, S') | X, R, A]`` under a fitted Fair-K or EXOC model, by quadrature.

    Parameters
    ----------
    model : FairKPredictor or EXOCPredictor
        Fitted; its structural equations and parameters define the joint density.
    data : FairData
        Units (the outcome is not read).
    inference : {"observational", "interventional"}
        ``"interventional"`` drops the likelihood of ``R`` (EXOC's ``R_c ~ N(b_c + w_c S', sigma_c)``),
        i.e. the posterior when ``R`` is set by ``do``; for Fair-K both coincide.
    points : int
        Grid points per latent (``K`` on [-6, 6]; ``S'`` on its prior range given that ``K``).

    Returns
    -------
    ndarray of shape (n, n_latent)
    """
    import torch

    if inference not in ("observational", "interventional"):
        raise ValueError(f"inference must be 'observational' or 'interventional'; got {inference!r}.")
    model._check_fitted()
    check_fair_data(data, need_y=False)
    scm = model.scm_
    normal = torch.distributions.Normal
    with torch.no_grad():
        b = scm.encode(data.without_target(), model.device_, with_y=False)
        k_axis = np.linspace(-6.0, 6.0, points)
        if scm.exoc:
            b_sp, w_sp, log_s = (float(v) for v in scm.sp)
            half = abs(w_sp) * 6.0 + 6.0 * float(np.exp(log_s))
            grid = _product_grid(k_axis, np.linspace(b_sp - half, b_sp + half, points + 40))
        else:
            grid = k_axis[:, None]
        width = max(1, len(scm.idx_n) + len(scm.idx_p) + len(scm.idx_b) + sum(scm.ncat) + scm.n_levels)

        def log_joint(g: np.ndarray, rows: slice) -> np.ndarray:
            sub = b.take(torch.arange(rows.start, rows.stop, device=b.r.device))
            z = torch.tensor(g, dtype=torch.float32, device=b.r.device)
            lat = z[:, None, :].expand(-1, sub.n, -1)
            kk = lat[..., 0]
            lp = normal(0.0, 1.0).log_prob(kk)
            if scm.exoc:
                sp = lat[..., 1]
                lp = lp + normal(scm.sp[0] + scm.sp[1] * kk, scm.sp[2].exp()).log_prob(sp)
                if inference == "observational":
                    r_mean = scm.r_b + scm.r_w * sp.unsqueeze(-1)
                    lp = lp + normal(r_mean, scm.r_log_sigma.exp()).log_prob(sub.r).sum(-1)
            links = scm.feature_links(scm.feature_inputs(lat, sub.r, sub.a))
            if "normal" in links:
                lp = lp + normal(links["normal"], scm.log_sigma_n.exp()).log_prob(sub.xn).sum(-1)
            if "poisson" in links:
                lp = lp + torch.distributions.Poisson(links["poisson"].exp()).log_prob(sub.xp).sum(-1)
            if "bernoulli" in links:
                lp = lp + torch.distributions.Bernoulli(logits=links["bernoulli"]).log_prob(sub.xb).sum(-1)
            for j, logits in enumerate(links["categorical"]):
                lp = lp + torch.distributions.Categorical(logits=logits).log_prob(sub.xc[:, j])
            return lp.cpu().numpy()

        return grid_posterior_means(log_joint, grid, data.n, width=width)


class ExactPosteriorPredictor(FairPredictor):
    """A fitted Fair-K/EXOC model with its encoder replaced by the exact posterior (an oracle).

    ``fit`` regresses ``Y`` on the quadrature posterior mean of ``K`` (and the covariates ``A``)
    under the given ``model``'s fitted structural equations; ``predict_score`` applies that
    regression to the exact posterior of any rows, factual or counterfactual. Comparing it with
    the model itself separates what belongs to the fitted model from what belongs to the
    amortised encoder.

    Parameters
    ----------
    model : FairKPredictor or EXOCPredictor
        Fitted latent-variable predictor (not refitted).
    inference : {"observational", "interventional"}, default "observational"
    points : int, default 121
        Grid points per latent.

    References
    ----------
    .. [1] Towards counterfactual fairness through auxiliary variables (EXOC), ICLR 2025 submission.
    .. [2] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    def __init__(self, model, *, inference: str = "observational", points: int = 121) -> None:
        self.model = model
        self.inference = inference
        self.points = points

    def _latent(self, data: FairData) -> np.ndarray:
        k = model_posterior_means(self.model, data, inference=self.inference, points=int(self.points))[:, :1]
        return np.column_stack([k, data.A])

    def fit(self, data: FairData):
        check_fair_data(data, need_y=True)
        self.task_ = data.task
        Z = self._latent(data)
        if data.task == "classification":
            self.regressor_ = LogisticRegression(max_iter=1000).fit(Z, data.y.astype(int))
        else:
            self.regressor_ = LinearRegression().fit(Z, data.y)
        return self

    def predict_score(self, data: FairData) -> np.ndarray:
        self._check_fitted()
        check_fair_data(data, need_y=False)
        Z = self._latent(data)
        if self.task_ == "classification":
            return self.regressor_.predict_proba(Z)[:, 1]
        return self.regressor_.predict(Z)
