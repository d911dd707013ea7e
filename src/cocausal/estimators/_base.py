"""Shared machinery of the ATE estimators: the base class and result construction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from scipy.stats import norm
from sklearn.base import BaseEstimator

from cocausal.data import CausalData
from cocausal.results import ATEResult

__all__ = ["BaseATEEstimator", "check_causal_data", "normal_result"]

_Z975 = float(norm.ppf(0.975))


def check_causal_data(data: Any) -> CausalData:
    """Return ``data`` if it is a :class:`CausalData`, else raise a TypeError saying how to build one."""
    if not isinstance(data, CausalData):
        raise TypeError(
            f"fit expects a cocausal.data.CausalData, got {type(data).__name__}; build one with "
            "CausalData(X, t, y) or CausalData.from_frame(df, treatment=..., outcome=...)."
        )
    return data


def normal_result(
    ate: float,
    se: float,
    n: int,
    method: str,
    *,
    estimand: str = "ATE",
    warnings: tuple[str, ...] = (),
    extras: Mapping[str, Any] | None = None,
) -> ATEResult:
    """An :class:`ATEResult` with the two-sided 95% normal-approximation interval ``ate +- 1.96 se``."""
    ate, se = float(ate), float(se)
    half = _Z975 * se
    return ATEResult(
        ate=ate,
        se=se,
        ci=(ate - half, ate + half),
        n=int(n),
        method=method,
        estimand=estimand,
        warnings=tuple(warnings),
        extras=dict(extras or {}),
    )


class BaseATEEstimator(BaseEstimator):
    """Base class: ``fit(data)`` validates the input, calls ``_estimate`` and stores ``result_``.

    Subclasses implement ``_estimate(data) -> ATEResult``. After ``fit`` the estimator has
    ``result_`` (the :class:`~cocausal.results.ATEResult`), ``ate_`` and ``se_``.
    """

    def fit(self, data: CausalData) -> BaseATEEstimator:
        """Estimate the effect on ``data``.

        Parameters
        ----------
        data : CausalData

        Returns
        -------
        self
        """
        self.result_ = self._estimate(check_causal_data(data))
        self.ate_ = self.result_.ate
        self.se_ = self.result_.se
        return self

    def _estimate(self, data: CausalData) -> ATEResult:  # pragma: no cover - abstract
        raise NotImplementedError


def arm_means_and_vars(y: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts, means and unbiased variances of ``y`` in arms 0 and 1 (two passes with bincount:
    the means are corrected by their residuals' mean, so the level of ``y`` costs no accuracy)."""
    idx = t.astype(np.intp)
    counts = np.bincount(idx, minlength=2).astype(float)
    means = np.bincount(idx, weights=y, minlength=2) / counts
    means += np.bincount(idx, weights=y - means[idx], minlength=2) / counts
    resid = y - means[idx]
    variances = np.bincount(idx, weights=resid * resid, minlength=2) / (counts - 1.0)
    return counts, means, variances
