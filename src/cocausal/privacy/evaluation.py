"""Research evaluation of private releases against the raw data: NOT private.

Everything here reads the raw data without noise, so its output must never be published as
part of a release. ``cocausal private-ate --evaluate`` uses it and labels its output so.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

import numpy as np

from cocausal.privacy._checks import check_data, check_outcome_bounds
from cocausal.privacy.baselines import psm_ate
from cocausal.privacy.logistic import CovariateBox
from cocausal.random import RandomState
from cocausal.results import ResultMixin, freeze_mapping

__all__ = ["Evaluation", "bounds_report", "evaluate_releases"]


def bounds_report(data, outcome_bounds, covariate_bounds=(0.0, 1.0)) -> dict[str, int]:
    """How many outcome and covariate values of ``data`` lie outside the public bounds.

    The private estimators clip these values silently; the counts depend on private values
    and are for the data owner only (NOT private).

    Returns
    -------
    dict
        ``{"outcome": int, "covariates": int}``.

    Examples
    --------
    >>> import numpy as np
    >>> from cocausal.data import CausalData
    >>> X = np.array([[0.5], [1.5], [0.2], [0.9]])
    >>> data = CausalData(X=X, t=np.array([0, 1, 0, 1]), y=np.array([3.0, -1.0, 4.0, 2.0]))
    >>> bounds_report(data, outcome_bounds=(0, 10))
    {'outcome': 1, 'covariates': 1}
    """
    data = check_data(data)
    lo, hi = check_outcome_bounds(outcome_bounds)
    box = CovariateBox.from_bounds(covariate_bounds, data.n_features)
    return {
        "outcome": int(np.count_nonzero((data.y < lo) | (data.y > hi))),
        "covariates": box.count_outside(data.X),
    }


@dataclasses.dataclass(frozen=True)
class Evaluation(ResultMixin):
    """Private releases compared with the non-private PSM estimate (NOT private).

    Attributes
    ----------
    psm_ate : float
        Non-private propensity score matching estimate of the raw data.
    re_mean, re_sd : float
        Mean and standard deviation (``nan`` for one release) of the relative errors
        ``|ate - psm_ate| / |psm_ate|``.
    clipped : dict
        :func:`bounds_report` of the data.
    private : bool
        Always ``False``.
    """

    psm_ate: float
    re_mean: float
    re_sd: float
    clipped: Mapping[str, int]
    private: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "clipped", freeze_mapping(self.clipped))


def evaluate_releases(
    data,
    ates: Sequence[float],
    *,
    outcome_bounds,
    covariate_bounds=(0.0, 1.0),
    n_neighbors: int = 5,
    random_state: RandomState = None,
) -> Evaluation:
    """Relative error of released ATEs against non-private PSM on the same data (NOT private).

    Parameters
    ----------
    data : CausalData
    ates : sequence of float
        Released estimates.
    outcome_bounds, covariate_bounds
        The public bounds the releases used (for the clip counts).
    n_neighbors : int, default 5
    random_state : seeds the tie ranks of the reference matching

    References
    ----------
    .. [1] Q. Yuan et al., "PrivATE: Differentially private average treatment effect
       estimation for observational data", NDSS 2026 (relative error against PSM).
    """
    ref = psm_ate(data, n_neighbors=n_neighbors, random_state=random_state).ate
    re = np.abs(np.asarray(ates, dtype=float) - ref) / abs(ref) if ref != 0 else np.full(len(ates), math.inf)
    return Evaluation(
        psm_ate=ref,
        re_mean=float(re.mean()),
        re_sd=float(re.std(ddof=1)) if len(re) > 1 else math.nan,
        clipped=bounds_report(data, outcome_bounds, covariate_bounds),
    )
