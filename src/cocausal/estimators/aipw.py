"""Augmented IPW (doubly robust) estimator with optional cross-fitting."""

from __future__ import annotations

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import BaseATEEstimator, normal_result
from cocausal.estimators._models import (
    check_clip,
    clip_propensity,
    fit_arm_outcomes,
    fit_propensity,
)
from cocausal.estimators.overlap import score_overlap
from cocausal.random import check_random_state
from cocausal.results import ATEResult
from cocausal.warnings import WarningLog

__all__ = ["AIPW"]


class AIPW(BaseATEEstimator):
    """Augmented inverse-probability-weighting (doubly robust) ATE estimator.

    ``psi_i = mu_1(x_i) - mu_0(x_i) + t_i (y_i - mu_1(x_i)) / e_i - (1 - t_i)(y_i - mu_0(x_i)) / (1 - e_i)``,
    ``ate = mean(psi)``, ``se = sqrt(mean((psi - ate)^2) / n)`` (the influence-function standard
    error; the estimating equation is orthogonal to the nuisance models, so their estimation
    does not change the first-order variance). Consistent if either the outcome models or the
    propensity model is correct.

    Parameters
    ----------
    outcome_model : scikit-learn regressor or None, default None
        Per-arm outcome model (T-learner); ``None`` is OLS with an intercept.
    propensity_model : scikit-learn classifier or None, default None
        ``None`` is unpenalised logistic regression.
    clip : (float, float) or None, default (0.01, 0.99)
        Propensity clipping, recorded as a :class:`~cocausal.warnings.ClippingWarning` with the count.
    n_folds : int or None, default None
        ``None``: fit the nuisance models on all units. ``K >= 2``: cross-fitting; units are
        split into ``K`` folds by a permutation drawn from ``random_state`` and each fold's
        nuisances are predicted by models fitted on the other folds.
    random_state : int, Generator or None
        Seed of the fold assignment.

    Attributes
    ----------
    result_ : ATEResult
        ``method="aipw"``; ``extras``: ``n_clipped``, ``n_folds``, ``overlap``
        (:class:`~cocausal.estimators.overlap.Overlap` of the unclipped propensities; an
        :class:`~cocausal.warnings.OverlapWarning` when the arms are separated: the
        influence-function SE is then small around an extrapolated estimate).
    propensity_ : ndarray
        Clipped propensities used.

    References
    ----------
    .. [1] J. M. Robins, A. Rotnitzky and L. P. Zhao, "Estimation of regression coefficients
       when some regressors are not always observed", JASA 89(427), 1994.
    .. [2] V. Chernozhukov et al., "Double/debiased machine learning for treatment and
       structural parameters", The Econometrics Journal 21(1), 2018 (cross-fitting).

    Examples
    --------
    >>> from cocausal.datasets import make_synthetic
    >>> ds = make_synthetic(n=5000, d=5, ate=2.0, random_state=0)
    >>> res = AIPW(n_folds=2, random_state=0).fit(ds.data).result_
    >>> abs(res.ate - 2.0) < 4 * res.se
    True
    """

    def __init__(
        self, outcome_model=None, propensity_model=None, clip=(0.01, 0.99), n_folds=None, random_state=None
    ):
        self.outcome_model = outcome_model
        self.propensity_model = propensity_model
        self.clip = clip
        self.n_folds = n_folds
        self.random_state = random_state

    def _folds(self, data: CausalData) -> list[np.ndarray]:
        k = self.n_folds
        if k is None:
            return []
        if isinstance(k, bool) or int(k) != k or k < 2:
            raise ValueError(f"n_folds must be None or an integer >= 2, got {k!r}.")
        rng = check_random_state(self.random_state)
        folds = np.array_split(rng.permutation(data.n), int(k))
        for i, fold in enumerate(folds):
            rest = np.ones(data.n, dtype=bool)
            rest[fold] = False
            n1 = int(data.t[rest].sum())
            if min(n1, int(rest.sum()) - n1) < 2:
                raise ValueError(
                    f"Cross-fitting fold {i} leaves fewer than 2 units of an arm for training; "
                    "use fewer folds (n_folds) or n_folds=None."
                )
        return folds

    def _estimate(self, data: CausalData) -> ATEResult:
        clip = check_clip(self.clip)
        log = WarningLog()
        X, t, y = data.X, data.t, data.y
        folds = self._folds(data)
        if not folds:
            mu0, mu1 = fit_arm_outcomes(self.outcome_model, X, t, y, X, log)
            raw = fit_propensity(self.propensity_model, X, t, X, log)
        else:
            mu0, mu1, raw = np.empty(data.n), np.empty(data.n), np.empty(data.n)
            for fold in folds:
                train = np.ones(data.n, dtype=bool)
                train[fold] = False
                Xf = X[fold]
                mu0[fold], mu1[fold] = fit_arm_outcomes(
                    self.outcome_model, X[train], t[train], y[train], Xf, log
                )
                raw[fold] = fit_propensity(self.propensity_model, X[train], t[train], Xf, log)
        overlap = score_overlap(raw, t, "propensity")
        overlap.record(log, "AIPW")
        e, clipped = clip_propensity(raw, clip, log)
        self.propensity_ = e
        tf = t.astype(float)
        psi = mu1 - mu0 + tf * (y - mu1) / e - (1.0 - tf) * (y - mu0) / (1.0 - e)
        ate = float(psi.mean())
        se = np.sqrt(np.mean((psi - ate) ** 2) / data.n)
        return normal_result(
            ate,
            se,
            data.n,
            "aipw",
            warnings=log.messages,
            extras={
                "n_clipped": int(clipped.sum()),
                "n_folds": len(folds) or None,
                "overlap": overlap.to_dict(),
                "se_type": "influence function",
            },
        )
