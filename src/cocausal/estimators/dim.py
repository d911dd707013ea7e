"""Difference in means with the Neyman standard error."""

from __future__ import annotations

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import (
    BaseATEEstimator,
    arm_means_and_vars,
    normal_result,
)
from cocausal.results import ATEResult

__all__ = ["DifferenceInMeans"]


class DifferenceInMeans(BaseATEEstimator):
    """Difference in mean outcomes between the treated and control arms (for randomised data).

    ``ate = mean(y | t=1) - mean(y | t=0)`` with the Neyman (conservative) standard error
    ``se = sqrt(s1^2 / n1 + s0^2 / n0)``, where ``s_a^2`` is the unbiased sample variance of
    the outcome in arm ``a``. Covariates are ignored.

    Attributes
    ----------
    result_ : ATEResult
        ``extras`` holds ``mean_treated``, ``mean_control``, ``n_treated``, ``n_control``.

    References
    ----------
    .. [1] J. Neyman, "On the application of probability theory to agricultural experiments"
       (1923), translated in Statistical Science 5(4), 1990.
    .. [2] G. W. Imbens and D. B. Rubin, *Causal Inference for Statistics, Social, and
       Biomedical Sciences*, Cambridge University Press, 2015, ch. 6.

    Examples
    --------
    >>> from cocausal.datasets import load_jobs
    >>> round(DifferenceInMeans().fit(load_jobs().data).result_.ate, 2)
    886.3
    """

    def _estimate(self, data: CausalData) -> ATEResult:
        counts, means, variances = arm_means_and_vars(data.y, data.t)
        ate = means[1] - means[0]
        se = np.sqrt(variances[1] / counts[1] + variances[0] / counts[0])
        return normal_result(
            ate,
            se,
            data.n,
            "dim",
            extras={
                "mean_treated": float(means[1]),
                "mean_control": float(means[0]),
                "n_treated": int(counts[1]),
                "n_control": int(counts[0]),
            },
        )
