"""cocausal: causal inference and learning across parties who do not fully trust each other.

Six capabilities, one folder each, on a shared ground floor (:mod:`cocausal.data`,
:mod:`cocausal.datasets`) and two engines (:mod:`cocausal.games`, :mod:`cocausal.scm`):

* :mod:`cocausal.estimators` - ATE estimators with honest standard errors;
* :mod:`cocausal.cci` - collaborative causal inference with fair incentives;
* :mod:`cocausal.payoff` - Shapley-fair payoffs and model rewards under budgets;
* :mod:`cocausal.privacy` - differentially private ATE (PrivATE);
* :mod:`cocausal.pooling` - counterfactually fair pooling of expert SCMs;
* :mod:`cocausal.predictors` - counterfactually fair predictors (EXOC, Fair-K, CLAIRE).
"""

import importlib

__version__ = "0.1.0"

# Loaded on first use, so that ``cocausal --version`` and ``--help`` import no numerical library.
_LAZY = {
    "CausalData": "cocausal.data",
    "split_by_covariate": "cocausal.data",
    "split_random": "cocausal.data",
    "subset": "cocausal.data",
    "CocausalWarning": "cocausal.warnings",
}

__all__ = [
    "CausalData",
    "CocausalWarning",
    "__version__",
    "split_by_covariate",
    "split_random",
    "subset",
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
