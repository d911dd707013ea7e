"""The ground floor: validated data models that every capability builds on.

* :class:`CausalData` (covariates ``X``, binary treatment ``t``, outcome ``y``) and the
  partition helpers that split it among parties (:mod:`cocausal.data.causal`);
* :class:`FairData` (features, sensitive attribute, outcome) for counterfactually fair
  prediction (:mod:`cocausal.data.fair`).

This package imports numpy and pandas only; no capability package.
"""

from cocausal.data.causal import CausalData, split_by_covariate, split_random, subset
from cocausal.data.fair import FEATURE_KINDS, FairData

__all__ = ["FEATURE_KINDS", "CausalData", "FairData", "split_by_covariate", "split_random", "subset"]
