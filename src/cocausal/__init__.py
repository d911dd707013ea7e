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

from cocausal.data import CausalData, split_by_covariate, split_random, subset
from cocausal.warnings import CocausalWarning

__version__ = "0.1.0"

__all__ = [
    "CausalData",
    "CocausalWarning",
    "__version__",
    "split_by_covariate",
    "split_random",
    "subset",
]
