"""Counterfactually fair predictors: EXOC, Fair-K, CLAIRE and the Constant/Full/Unaware baselines.

Every predictor follows the scikit-learn contract (``fit(train) -> self``, ``predict``,
``score``) on :class:`FairData`, and offers ``counterfactual_predictions(data, sensitive_values,
counterfactuals=...)``. torch and pyro are imported only when a torch-based predictor is first
accessed, so ``import cocausal.fairness.predictors`` stays light.
"""

from __future__ import annotations

import importlib

from cocausal.fairness.predictors.data import FairData

__all__ = [
    "CLAIREPredictor",
    "ConstantPredictor",
    "EXOCPredictor",
    "FairData",
    "FairKPredictor",
    "FullPredictor",
    "UnawarePredictor",
]

_LAZY = {
    "FairKPredictor": "cocausal.fairness.predictors.fairk",
    "EXOCPredictor": "cocausal.fairness.predictors.exoc",
    "CLAIREPredictor": "cocausal.fairness.predictors.claire",
    "ConstantPredictor": "cocausal.fairness.predictors.baselines",
    "FullPredictor": "cocausal.fairness.predictors.baselines",
    "UnawarePredictor": "cocausal.fairness.predictors.baselines",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
