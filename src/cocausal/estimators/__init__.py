"""Average-treatment-effect estimators (scikit-learn style) and standard errors.

Every estimator's ``fit(data)`` takes a :class:`~cocausal.data.CausalData` and stores an
:class:`~cocausal.results.ATEResult` in ``result_``. :mod:`cocausal.estimators.registry` is the
table of estimators by name; the shared numerical cores are public modules for the other
packages: :mod:`~cocausal.estimators.logistic` (Newton logistic regression),
:mod:`~cocausal.estimators.linalg` (Gram matrices, the pseudo-inverse rule),
:mod:`~cocausal.estimators.sufficient` (linear POR statistics) and
:mod:`~cocausal.estimators.fastboot` (the vectorised bootstrap).
"""

from cocausal.estimators.aipw import AIPW
from cocausal.estimators.bootstrap import bootstrap_se
from cocausal.estimators.dim import DifferenceInMeans
from cocausal.estimators.ipw import IPW
from cocausal.estimators.matching import PropensityMatching
from cocausal.estimators.registry import (
    EstimatorSpec,
    estimator_names,
    make_estimator,
    register,
)
from cocausal.estimators.regression import RegressionAdjustment
from cocausal.estimators.sufficient import LinearPORBatch, LinearPORStats

__all__ = [
    "AIPW",
    "IPW",
    "DifferenceInMeans",
    "EstimatorSpec",
    "LinearPORBatch",
    "LinearPORStats",
    "PropensityMatching",
    "RegressionAdjustment",
    "bootstrap_se",
    "estimator_names",
    "make_estimator",
    "register",
]
