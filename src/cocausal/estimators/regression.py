"""Regression adjustment: potential-outcome regression (POR) with a T-learner."""

from __future__ import annotations

import dataclasses

import numpy as np
from sklearn.base import clone

from cocausal.data import CausalData
from cocausal.estimators._base import BaseATEEstimator, normal_result
from cocausal.estimators._models import fit_arm_outcomes
from cocausal.estimators.overlap import logit_score, score_overlap
from cocausal.estimators.resampling import refit_bootstrap
from cocausal.estimators.sufficient import LinearPORStats
from cocausal.results import ATEResult
from cocausal.warnings import WarningLog

__all__ = ["RegressionAdjustment"]

_SE_CHOICES = ("auto", "analytic", "bootstrap", None)


class RegressionAdjustment(BaseATEEstimator):
    """Regression adjustment (potential-outcome regression, T-learner).

    One outcome model per arm, ``mu_a(x) = E[y | x, t = a]``, fitted on that arm's units;
    ``ate = (1/n) sum_i [mu_1(x_i) - mu_0(x_i)]`` over all units.

    Parameters
    ----------
    regressor : scikit-learn regressor or None, default None
        Unfitted regressor cloned for each arm. ``None`` is ordinary least squares with an
        intercept, computed from per-arm Gram matrices in one pass (the same numbers as
        :class:`~cocausal.estimators.LinearPORStats`).
    se : {"auto", "analytic", "bootstrap", None}, default "auto"
        ``"auto"``: analytic for OLS, bootstrap (refitting each resample) otherwise. ``"analytic"`` is available for
        OLS only. ``None`` skips the standard error (``nan``), which the bootstrap uses.
    n_boot : int, default 200
        Bootstrap resamples when the SE is bootstrapped.
    random_state : int, Generator or None
        Seed of the bootstrap.
    n_jobs : int, default 1
        joblib workers for the bootstrap (results do not depend on it).

    Attributes
    ----------
    result_ : ATEResult
        ``method="por"``; ``extras["se_type"]`` says which standard error was used;
        ``extras["overlap"]`` is the :class:`~cocausal.estimators.overlap.Overlap` of the arms
        on the fitted logit of a logistic regression of ``t`` on ``X`` (an
        :class:`~cocausal.warnings.OverlapWarning` when the arms are separated: each arm's
        fit is then extrapolated over the other arm and the analytic SE does not cover that).

    Notes
    -----
    Analytic standard error (OLS). With ``Z = [1, X]``, arm fits ``b_a = (Z_a'Z_a)^-1 Z_a'y_a``,
    residual variances ``s_a^2 = RSS_a / (n_a - p)``, ``p = d + 1``, the covariate mean over all
    units ``zbar = (1, xbar)``, ``delta = b_1 - b_0`` and ``S_x`` the covariance matrix (divisor
    ``n``) of the covariates over all units, the estimate is ``ate = zbar' delta`` and

    ``Var(ate) = zbar' [s_1^2 (Z_1'Z_1)^-1 + s_0^2 (Z_0'Z_0)^-1] zbar + delta_x' S_x delta_x / n``.

    The first term is the coefficient uncertainty of both arm fits (homoskedastic errors),
    the second the sampling of the covariate mean (``delta_x`` drops the intercept). The two
    parts are asymptotically uncorrelated, so this is the variance of the population ATE.

    References
    ----------
    .. [1] G. W. Imbens and J. M. Wooldridge, "Recent developments in the econometrics of
       program evaluation", Journal of Economic Literature 47(1), 2009, section 5.3.
    .. [2] S. R. Kuenzel, J. S. Sekhon, P. J. Bickel and B. Yu, "Metalearners for estimating
       heterogeneous treatment effects using machine learning", PNAS 116(10), 2019 (T-learner).

    Examples
    --------
    >>> from cocausal.datasets import load_ihdp
    >>> res = RegressionAdjustment().fit(load_ihdp(1).data).result_
    >>> round(res.ate, 3), res.extras["se_type"]
    (3.961, 'analytic')
    """

    def __init__(self, regressor=None, se="auto", n_boot=200, random_state=None, n_jobs=1):
        self.regressor = regressor
        self.se = se
        self.n_boot = n_boot
        self.random_state = random_state
        self.n_jobs = n_jobs

    def _resolved_se(self) -> str | None:
        if self.se not in _SE_CHOICES:
            raise ValueError(f"se must be one of {_SE_CHOICES}, got {self.se!r}.")
        if self.se == "auto":
            return "analytic" if self.regressor is None else "bootstrap"
        if self.se == "analytic" and self.regressor is not None:
            raise ValueError(
                "The analytic standard error is available for the default OLS regressor only; "
                "use se='bootstrap' with a custom regressor."
            )
        return self.se

    def _estimate(self, data: CausalData) -> ATEResult:
        se = self._resolved_se()
        if se == "bootstrap":
            point = clone(self).set_params(se=None)
            return refit_bootstrap(point, data, self.n_boot, self.random_state, self.n_jobs)
        stats = LinearPORStats.from_data(data)
        if self.regressor is None:
            result = stats.estimate()
            if se is None:
                result = dataclasses.replace(result, se=np.nan, ci=(np.nan, np.nan))
                result = dataclasses.replace(result, extras={**result.extras, "se_type": "none"})
        else:
            mu0, mu1 = fit_arm_outcomes(self.regressor, data.X, data.t, data.y, data.X)
            result = normal_result(float(np.mean(mu1 - mu0)), np.nan, data.n, "por", extras={"se_type": "none"})
        log = WarningLog()
        overlap = score_overlap(logit_score(data.X, data.t), data.t, "logit")
        overlap.record(log, "regression-adjustment")
        return dataclasses.replace(
            result, warnings=result.warnings + log.messages, extras={**result.extras, "overlap": overlap.to_dict()}
        )
