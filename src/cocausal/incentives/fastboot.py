"""Vectorised bootstrap for the default linear-model ATE estimators (DiM, POR, IPW, AIPW).

A bootstrap resample is a vector of frequency weights ``w_b`` (how often each unit was
drawn), so refitting the default nuisance models on resample ``b`` is a weighted fit on the
original rows:

* ordinary least squares per arm: weighted Gram matrices ``Z' diag(w_b 1[t=a]) Z`` for all
  resamples in one matrix product, centred and solved with the same equilibrated
  pseudo-inverse as :class:`~cocausal.estimators.RegressionAdjustment`;
* unpenalised logistic propensity: Newton-Raphson run on all resamples at once (weighted
  Hessians in one matrix product, pseudo-inverse steps, gradient tolerance ``1e-10``, as the
  estimators' Newton-Cholesky fit).

The resample indices are drawn exactly as :func:`cocausal.estimators.bootstrap_se` draws
them (same seeds, same redraw rule), so the draws equal the refitting bootstrap's up to
rounding. A resample whose logistic fit does not converge within 25 Newton steps or
saturates (a maximum-likelihood fit converges quadratically in far fewer steps; slow progress
signals quasi-separation) is refitted with the estimator itself, so it gets the same number
as the slow path. If the logistic fit on the original rows already fails that test, nearly
every resample would, and :func:`bootstrap_draws` returns ``None`` so that the caller uses
:func:`~cocausal.estimators.bootstrap_se` directly.

References
----------
.. [1] B. Efron and R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993.
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy.special import expit
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from cocausal._random import spawn_seeds
from cocausal.data import CausalData
from cocausal.estimators import AIPW, IPW, DifferenceInMeans, RegressionAdjustment
from cocausal.estimators._models import check_clip
from cocausal.estimators.bootstrap import _resample_index
from cocausal.incentives._batched import pinv_solve
from cocausal.warnings import CocausalWarning

__all__ = ["fast_kind", "bootstrap_draws"]

_NEWTON_TOL = 1e-10
_NEWTON_MAX = 25
_SATURATED = 1e-9
_ZZ_MAX = 1 << 23  # floats in the row-wise outer-product matrix (64 MB)


def fast_kind(estimator) -> str | None:
    """``"dim"``, ``"por"``, ``"ipw"`` or ``"aipw"`` if ``estimator`` uses the default linear
    nuisance models (so the vectorised bootstrap applies), else ``None``."""
    if type(estimator) is DifferenceInMeans:
        return "dim"
    if type(estimator) is RegressionAdjustment and estimator.regressor is None:
        return "por"
    if type(estimator) is IPW and estimator.propensity_model is None:
        return "ipw"
    if type(estimator) is AIPW and estimator.outcome_model is None and estimator.propensity_model is None \
            and estimator.n_folds is None:
        return "aipw"
    return None


def _grams(Z: np.ndarray, ZZ: np.ndarray | None, V: np.ndarray) -> np.ndarray:
    """``Z' diag(V[b]) Z`` for every row ``b`` of ``V``: one product with the row-wise outer
    products ``ZZ`` when they fit in memory, else one product per resample."""
    p = Z.shape[1]
    if ZZ is not None:
        return (V @ ZZ).reshape(-1, p, p)
    return np.stack([(Z.T * v) @ Z for v in V])


def _ols_predictions(Z, ZZ, t, y, W) -> tuple[np.ndarray, np.ndarray]:
    """Per-arm weighted OLS fits for every resample, in the estimators' centred form
    (minimum-norm slopes); predictions on all rows, (b, n) each."""
    X = Z[:, 1:]
    preds = []
    for arm in (0, 1):
        Wa = W * (t == arm)
        G = _grams(Z, ZZ, Wa)
        n_a = G[:, 0, 0]
        xbar = G[:, 0, 1:] / n_a[:, None]
        ybar = (Wa @ y) / n_a
        sxx = G[:, 1:, 1:] - n_a[:, None, None] * xbar[:, :, None] * xbar[:, None, :]
        sxy = (Wa * y) @ X - (n_a * ybar)[:, None] * xbar
        slopes = pinv_solve(sxx, sxy)[0]
        preds.append(ybar[:, None] + slopes @ X.T - np.einsum("bp,bp->b", xbar, slopes)[:, None])
    return preds[0], preds[1]


def _logistic_predictions(Z, ZZ, t, W) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic MLE for every resample by batched Newton; (probabilities, converged)."""
    beta = np.zeros((W.shape[0], Z.shape[1]))
    scale = np.maximum(1.0, W.sum(axis=1))
    active = np.ones(W.shape[0], dtype=bool)
    converged = np.zeros(W.shape[0], dtype=bool)
    saturated = np.zeros(W.shape[0], dtype=bool)
    for _ in range(_NEWTON_MAX):
        Wa = W[active]
        mu = expit(beta[active] @ Z.T)
        grad = (Wa * (t - mu)) @ Z
        done = np.abs(grad).max(axis=1) / scale[active] <= _NEWTON_TOL
        # Separation: the likelihood has no maximum and the fit saturates; refit those exactly.
        stuck = ((Wa > 0) & ((mu < _SATURATED) | (mu > 1.0 - _SATURATED))).any(axis=1)
        rows = np.flatnonzero(active)
        converged[rows[done & ~stuck]] = True
        saturated[rows[stuck]] = True
        go = ~done & ~stuck
        if not go.any():
            break
        step = pinv_solve(_grams(Z, ZZ, Wa[go] * mu[go] * (1.0 - mu[go])), grad[go])[0]
        beta[rows[go]] += step
        active[rows[~go]] = False
    return expit(beta @ Z.T), converged & ~saturated


def _clip(e: np.ndarray, clip) -> np.ndarray:
    if clip is None:
        return e
    return np.clip(e, clip[0], clip[1])


def bootstrap_draws(estimator, data: CausalData, n_boot: int, random_state) -> np.ndarray:
    """Bootstrap replicates of the estimator's ATE, as :func:`~cocausal.estimators.bootstrap_se` draws them.

    Parameters
    ----------
    estimator : DifferenceInMeans, RegressionAdjustment, IPW or AIPW
        With default nuisance models (:func:`fast_kind` is not ``None``).
    data : CausalData
    n_boot : int
    random_state : int, SeedSequence, Generator or None
        Same meaning as in :func:`~cocausal.estimators.bootstrap_se`.

    Returns
    -------
    ndarray of shape (n_boot,) or None
        ``None`` when the logistic propensity fit on the original rows does not converge
        (quasi-separation): use :func:`~cocausal.estimators.bootstrap_se` instead.
    """
    kind = fast_kind(estimator)
    if kind is None:
        raise ValueError(f"No vectorised bootstrap for {estimator!r}; use cocausal.estimators.bootstrap_se.")
    # Many small dense problems: multi-threaded BLAS only adds contention.
    with threadpool_limits(limits=1, user_api="blas"):
        return _draws(kind, estimator, data, n_boot, random_state)


def _draws(kind, estimator, data, n_boot, random_state) -> np.ndarray:
    X, t, y = data.X, data.t.astype(float), data.y
    n = data.n
    indices = [_resample_index(np.random.default_rng(s), data.t) for s in spawn_seeds(random_state, int(n_boot))]
    W = np.stack([np.bincount(idx, minlength=n) for idx in indices]).astype(float)
    if kind == "dim":
        return (W * t * y).sum(1) / (W * t).sum(1) - (W * (1 - t) * y).sum(1) / (W * (1 - t)).sum(1)
    Z = np.hstack([np.ones((n, 1)), X])
    ZZ = (Z[:, :, None] * Z[:, None, :]).reshape(n, -1) if n * Z.shape[1] ** 2 <= _ZZ_MAX else None
    if kind in ("ipw", "aipw") and X.shape[1] and not _logistic_predictions(Z, ZZ, t, np.ones((1, n)))[1][0]:
        return None
    if kind in ("por", "aipw"):
        mu0, mu1 = _ols_predictions(Z, ZZ, t, y, W)
        if kind == "por":
            return (W * (mu1 - mu0)).sum(1) / n
    e, converged = _logistic_predictions(Z, ZZ, t, W) if X.shape[1] else (
        np.broadcast_to(((W * t).sum(1) / n)[:, None], W.shape), np.ones(W.shape[0], bool)
    )
    e = _clip(e, check_clip(estimator.clip))
    if kind == "aipw":
        psi = mu1 - mu0 + t * (y - mu1) / e - (1.0 - t) * (y - mu0) / (1.0 - e)
        draws = (W * psi).sum(1) / n
    else:
        w1, w0 = W * t / e, W * (1.0 - t) / (1.0 - e)
        draws = (w1 @ y) / w1.sum(1) - (w0 @ y) / w0.sum(1)
    for b in np.flatnonzero(~converged):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CocausalWarning)
            draws[b] = clone(estimator).fit(data.take(indices[b])).result_.ate
    return draws
