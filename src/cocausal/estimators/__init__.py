"""Average-treatment-effect estimators (scikit-learn style) and standard errors.

Every estimator's ``fit(data)`` takes a :class:`~cocausal.data.CausalData` and stores an
:class:`~cocausal.results.ATEResult` in ``result_``.
"""

from cocausal.estimators.aipw import AIPW
from cocausal.estimators.bootstrap import bootstrap_se
from cocausal.estimators.dim import DifferenceInMeans
from cocausal.estimators.ipw import IPW
from cocausal.estimators.matching import PropensityMatching
from cocausal.estimators.regression import RegressionAdjustment
from cocausal.estimators.sufficient import LinearPORStats

__all__ = [
    "AIPW",
    "DifferenceInMeans",
    "IPW",
    "LinearPORStats",
    "PropensityMatching",
    "RegressionAdjustment",
    "bootstrap_se",
]
