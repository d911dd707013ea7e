"""Nuisance models shared by the estimators: per-arm outcome regressions and propensity scores."""

from __future__ import annotations

import warnings

import numpy as np
from sklearn.base import clone
from sklearn.exceptions import ConvergenceWarning as SklearnConvergenceWarning

from cocausal.estimators.logistic import LogisticMLE
from cocausal.estimators.sufficient import centred_ols, moments
from cocausal.warnings import (
    ClippingWarning,
    CocausalWarning,
    ConvergenceWarning,
    WarningLog,
)

__all__ = [
    "check_clip",
    "clip_propensity",
    "default_propensity_model",
    "fit_arm_outcomes",
    "fit_propensity",
]


def _ols_predict(X: np.ndarray, y: np.ndarray, X_pred: np.ndarray) -> tuple[np.ndarray, int]:
    """OLS predictions ``ybar + (x - xbar)' b`` on ``X_pred`` (:func:`~cocausal.estimators.sufficient.centred_ols`:
    minimum-norm slopes if rank deficient), and the rank of the centred covariates."""
    n, mean, com = moments(np.column_stack([X, y]))
    fit = centred_ols(np.asarray(n), mean, com, rss=False)
    return fit.ybar + (X_pred - fit.xbar) @ fit.slopes, int(fit.rank)


def fit_arm_outcomes(
    regressor,
    X_train: np.ndarray,
    t_train: np.ndarray,
    y_train: np.ndarray,
    X_pred: np.ndarray,
    log: WarningLog | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Fit one outcome model per arm (T-learner) and predict both potential outcomes on ``X_pred``.

    ``regressor=None`` is ordinary least squares with an intercept (centred; minimum-norm
    slopes when an arm's covariates are collinear, which is recorded on ``log`` as a
    :class:`~cocausal.warnings.CocausalWarning`); otherwise an unfitted scikit-learn
    regressor that is cloned for each arm.

    Returns
    -------
    mu0, mu1 : ndarray of shape (len(X_pred),)
    """
    preds = []
    for arm, name in ((0, "control"), (1, "treated")):
        mask = t_train == arm
        if regressor is None:
            pred, rank = _ols_predict(X_train[mask], y_train[mask], X_pred)
            if rank < X_train.shape[1] and log is not None:
                log.warn(
                    f"The {name} outcome regression is rank deficient (rank {rank} of "
                    f"{X_train.shape[1]} covariates on {int(mask.sum())} units); using the "
                    "minimum-norm least-squares fit.",
                    CocausalWarning,
                )
            preds.append(pred)
        else:
            model = clone(regressor).fit(X_train[mask], y_train[mask])
            preds.append(np.asarray(model.predict(X_pred), dtype=float).reshape(-1))
    return preds[0], preds[1]


def default_propensity_model() -> LogisticMLE:
    """Unpenalised logistic regression fitted by maximum likelihood (:class:`LogisticMLE`)."""
    return LogisticMLE()


def fit_propensity(
    model, X_train: np.ndarray, t_train: np.ndarray, X_pred: np.ndarray, log: WarningLog
) -> np.ndarray:
    """Fit ``P(t = 1 | x)`` on the training rows and predict it on ``X_pred`` (unclipped).

    ``model=None`` uses :func:`default_propensity_model`; any classifier with
    ``predict_proba`` works. Without covariates the propensity is the treated share.
    A non-converged fit is recorded on ``log`` as a :class:`~cocausal.warnings.ConvergenceWarning`.
    """
    if X_train.shape[1] == 0:
        return np.full(X_pred.shape[0], float(np.mean(t_train)))
    model = default_propensity_model() if model is None else clone(model)
    if not hasattr(model, "predict_proba"):
        raise TypeError(
            f"propensity_model {type(model).__name__} has no predict_proba; pass a probabilistic "
            "classifier such as sklearn.linear_model.LogisticRegression."
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SklearnConvergenceWarning)
        model.fit(X_train, t_train)
    for w in caught:
        if issubclass(w.category, SklearnConvergenceWarning):
            log.warn(
                "The propensity model did not converge (separable treatment or too few "
                f"iterations): {str(w.message).splitlines()[0]}",
                ConvergenceWarning,
            )
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    proba = np.asarray(model.predict_proba(X_pred), dtype=float)
    classes = list(getattr(model, "classes_", [0, 1]))
    return proba[:, classes.index(1)]


def check_clip(clip) -> tuple[float, float] | None:
    """Validate a clipping pair ``(low, high)`` with ``0 < low < high < 1``, or ``None``."""
    if clip is None:
        return None
    try:
        lo, hi = (float(c) for c in clip)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"clip must be None or a pair (low, high), got {clip!r}.") from exc
    if not 0.0 < lo < hi < 1.0:
        raise ValueError(
            f"clip must satisfy 0 < low < high < 1, got {clip!r}; e.g. clip=(0.01, 0.99), or "
            "clip=None to disable clipping."
        )
    return lo, hi


def clip_propensity(
    e: np.ndarray, clip: tuple[float, float] | None, log: WarningLog
) -> tuple[np.ndarray, np.ndarray]:
    """Clip propensities to ``clip`` and record how many were clipped.

    Returns
    -------
    e_clipped : ndarray
    clipped : ndarray of bool
        Which units were clipped.

    Warns
    -----
    ClippingWarning
        When at least one propensity was clipped (the count is in the message).
    """
    if clip is None:
        outside = (e <= 0.0) | (e >= 1.0)
        if outside.any():
            raise ValueError(
                f"{int(outside.sum())} estimated propensities are exactly 0 or 1 (no overlap); "
                "set clip=(low, high) or use a smoother propensity model."
            )
        return e, np.zeros(e.shape, dtype=bool)
    lo, hi = clip
    clipped = (e < lo) | (e > hi)
    k = int(clipped.sum())
    if k:
        log.warn(
            f"{k} of {e.size} propensity scores clipped to [{lo:g}, {hi:g}] "
            f"({int((e < lo).sum())} below, {int((e > hi).sum())} above).",
            ClippingWarning,
        )
    return np.clip(e, lo, hi), clipped
