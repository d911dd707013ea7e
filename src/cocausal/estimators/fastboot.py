"""Vectorised bootstrap for the default linear-model ATE estimators (DiM, POR, IPW, AIPW).

A bootstrap resample is a vector of frequency weights ``w_b`` (how often each unit was
drawn), so refitting the default nuisance models on resample ``b`` is a weighted fit on the
original rows:

* ordinary least squares per arm: weighted Gram matrices ``Z' diag(w_b 1[t=a]) Z`` for all
  resamples in one matrix product, centred and solved with the same equilibrated
  pseudo-inverse as :class:`~cocausal.estimators.RegressionAdjustment`;
* unpenalised logistic propensity: the estimators' :class:`~cocausal.estimators._logistic.LogisticMLE`
  iteration (pseudo-inverse Newton steps with step halving, the same step tolerance and the
  same early stop on (quasi-)separation) run on all resamples at once, with the weighted
  Hessians of all active resamples in one matrix product; a resample leaves the batch when
  its own fit would stop.

The resample indices are drawn exactly as :func:`cocausal.estimators.bootstrap_se` draws
them (same seeds, same redraw rule), so the draws equal the refitting bootstrap's up to
rounding, separated resamples included: there the fitted probabilities are within about
``1e-12`` of the limit of the Newton path and the separated units' are clipped to the
estimator's bounds. No resample is refitted one at a time. Separated and non-converged
propensity fits are counted in one :class:`~cocausal.warnings.ConvergenceWarning` per call.

References
----------
.. [1] B. Efron and R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993.
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy.special import expit
from threadpoolctl import threadpool_limits

from cocausal.random import spawn_seeds
from cocausal.data import CausalData
from cocausal.estimators import AIPW, IPW, DifferenceInMeans, RegressionAdjustment
from cocausal.estimators._logistic import MAX_HALVINGS, SEPARATION_LOGIT, SEPARATION_PTOL
from cocausal.estimators._models import check_clip, default_propensity_model
from cocausal.estimators.bootstrap import _resample_index
from cocausal.estimators._batched import pinv_solve, pinv_solve_fast
from cocausal.warnings import ConvergenceWarning

__all__ = ["fast_kind", "bootstrap_draws"]

_LOGISTIC = default_propensity_model()  # the estimators' propensity model: its tol and max_iter
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


def _weighted_loglik(t: np.ndarray, eta: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Per-resample log-likelihood ``sum_i w_i (t_i eta_i - log(1 + e^eta_i))`` (stable softplus)."""
    softplus = np.maximum(eta, 0.0) + np.log1p(np.exp(-np.abs(eta)))
    return np.einsum("bi,bi->b", W, t * eta - softplus)


def _logistic_predictions(Z, ZZ, t, W) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:class:`~cocausal.estimators._logistic.LogisticMLE` fitted on every resample at once.

    The same Newton iteration (pseudo-inverse steps, step halving while the log-likelihood
    decreases, step tolerance ``tol``, separation stop) run on all resamples together; a
    resample leaves the batch when its own fit would stop. Returns the probabilities on all
    rows (b, n), which resamples stopped on (quasi-)separation, and which reached ``max_iter``.
    """
    b, n = W.shape
    tol, max_iter = _LOGISTIC.tol, int(_LOGISTIC.max_iter)
    beta = np.zeros((b, Z.shape[1]))
    eta = np.zeros((b, n))
    mu = np.full((b, n), 0.5)
    ll = _weighted_loglik(t, eta, W)
    present = W > 0
    active = np.arange(b)
    for _ in range(max_iter):
        if not active.size:
            break
        Wa, mua, ba, lla = W[active], mu[active], beta[active], ll[active]
        step = pinv_solve_fast(_grams(Z, ZZ, Wa * mua * (1.0 - mua)), (Wa * (t - mua)) @ Z)
        cand = ba + step
        eta_c = cand @ Z.T
        ll_c = _weighted_loglik(t, eta_c, Wa)
        bad = ll_c < lla - 1e-12 * np.abs(lla)
        halvings = np.zeros(active.size, dtype=int)
        for h in range(1, MAX_HALVINGS):  # step halving keeps each log-likelihood increasing
            if not bad.any():
                break
            step[bad] /= 2.0
            cand[bad] = ba[bad] + step[bad]
            eta_c[bad] = cand[bad] @ Z.T
            ll_c[bad] = _weighted_loglik(t, eta_c[bad], Wa[bad])
            halvings[bad] = h
            bad &= ll_c < lla - 1e-12 * np.abs(lla)
        step[bad] /= 2.0  # halvings exhausted: the last candidate is taken, as in LogisticMLE
        mu_c = expit(eta_c)
        beta[active], eta[active], ll[active], mu[active] = cand, eta_c, ll_c, mu_c
        pres = present[active]
        converged = np.abs(step).max(axis=1) <= tol * (1.0 + np.abs(cand).max(axis=1))
        separated = (
            (halvings == 0)
            & (np.where(pres, np.abs(eta_c), 0.0).max(axis=1) > SEPARATION_LOGIT)
            & (np.where(pres, np.abs(mu_c - mua), 0.0).max(axis=1) <= SEPARATION_PTOL)
        )
        active = active[~(converged | separated)]
    unconverged = np.zeros(b, dtype=bool)
    unconverged[active] = True
    extreme = (present & (np.abs(eta) > SEPARATION_LOGIT)).any(axis=1)
    return mu, extreme, unconverged


def _clip(e: np.ndarray, clip, present: np.ndarray) -> np.ndarray:
    """Clip as :func:`~cocausal.estimators._models.clip_propensity` does (no overlap raises)."""
    if clip is None:
        outside = present & ((e <= 0.0) | (e >= 1.0))
        if outside.any():
            raise ValueError(
                f"{int(outside.any(axis=1).sum())} bootstrap resamples have estimated propensities "
                "exactly 0 or 1 (no overlap); set clip=(low, high) or use a smoother propensity model."
            )
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
    ndarray of shape (n_boot,)

    Raises
    ------
    ValueError
        For an estimator without a vectorised path, or, with ``clip=None``, a resample whose
        fitted propensities are exactly 0 or 1 (as the estimator itself raises).

    Warns
    -----
    ConvergenceWarning
        With the number of resamples whose logistic propensity fit was (quasi-)separated or
        did not converge.
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
    if kind in ("por", "aipw"):
        mu0, mu1 = _ols_predictions(Z, ZZ, t, y, W)
        if kind == "por":
            return (W * (mu1 - mu0)).sum(1) / n
    if X.shape[1]:
        e, separated, unconverged = _logistic_predictions(Z, ZZ, t, W)
        _warn_fits(separated, unconverged)
    else:
        e = np.broadcast_to(((W * t).sum(1) / n)[:, None], W.shape)
    e = _clip(e, check_clip(estimator.clip), W > 0)
    if kind == "aipw":
        psi = mu1 - mu0 + t * (y - mu1) / e - (1.0 - t) * (y - mu0) / (1.0 - e)
        return (W * psi).sum(1) / n
    w1, w0 = W * t / e, W * (1.0 - t) / (1.0 - e)
    return (w1 @ y) / w1.sum(1) - (w0 @ y) / w0.sum(1)


def _warn_fits(separated: np.ndarray, unconverged: np.ndarray) -> None:
    """One :class:`~cocausal.warnings.ConvergenceWarning` per bootstrap for troubled propensity fits."""
    b = separated.size
    if unconverged.any():
        warnings.warn(
            f"{int(unconverged.sum())} of {b} bootstrap propensity fits did not converge in "
            f"{_LOGISTIC.max_iter} Newton iterations.",
            ConvergenceWarning,
            stacklevel=4,
        )
    if separated.any():
        warnings.warn(
            f"{int(separated.sum())} of {b} bootstrap propensity fits were (quasi-)separated (fitted "
            f"probabilities numerically 0 or 1, |logit| > {SEPARATION_LOGIT:g}; the logistic MLE does "
            "not exist and Newton stopped early, as LogisticMLE does).",
            ConvergenceWarning,
            stacklevel=4,
        )
