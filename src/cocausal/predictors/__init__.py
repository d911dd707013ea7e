"""Counterfactually fair predictors: EXOC, Fair-K, CLAIRE and the Constant/Full/Unaware baselines.

Every predictor follows the scikit-learn contract (``fit(train) -> self``, ``predict``,
``score``) on :class:`FairData`, and offers ``counterfactual_predictions(data, sensitive_values,
counterfactuals=...)``. torch and pyro are imported only when a torch-based predictor is first
accessed, so ``import cocausal.predictors`` stays light.
"""

from __future__ import annotations

import importlib

from cocausal.data.fair import FairData
from cocausal.predictors.counterfactuals import ModelCounterfactuals, VAECounterfactuals
from cocausal.predictors.metrics import CounterfactualFairnessResult, counterfactual_fairness

__all__ = [
    "CLAIREPredictor",
    "ConstantPredictor",
    "CounterfactualFairnessResult",
    "EXOCPredictor",
    "FairData",
    "FairKPredictor",
    "FullPredictor",
    "ModelCounterfactuals",
    "UnawarePredictor",
    "VAECounterfactuals",
    "counterfactual_fairness",
]

_LAZY = {
    "FairKPredictor": "cocausal.predictors.fairk",
    "EXOCPredictor": "cocausal.predictors.exoc",
    "CLAIREPredictor": "cocausal.predictors.claire",
    "ConstantPredictor": "cocausal.predictors.baselines",
    "FullPredictor": "cocausal.predictors.baselines",
    "UnawarePredictor": "cocausal.predictors.baselines",
}


def __getattr__(name: str):
    if name in _LAZY:
        try:
            module = importlib.import_module(_LAZY[name])
        except ImportError as exc:
            if (exc.name or "").partition(".")[0] not in ("torch", "pyro"):
                raise
            raise ModuleNotFoundError(
                f"{name} needs torch and pyro-ppl ({exc}); install cocausal[fair]: pip install 'cocausal[fair]'",
                name=exc.name,
            ) from exc
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
