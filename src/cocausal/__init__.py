"""cocausal: causal inference and learning across parties who do not fully trust each other.

Five capabilities share one system:

* :mod:`cocausal.estimators` - ATE estimators with honest standard errors;
* :mod:`cocausal.games` - cooperative-game engine (Shapley, conditional Shapley);
* :mod:`cocausal.incentives` - collaborative causal inference and payoff/model rewards;
* :mod:`cocausal.privacy` - differentially private ATE (PrivATE);
* :mod:`cocausal.scm` and :mod:`cocausal.fairness` - counterfactually fair pooling and predictors.
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
