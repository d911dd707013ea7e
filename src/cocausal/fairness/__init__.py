"""Counterfactual fairness: pooling of expert causal models and fair predictors.

* qualitative pooling of expert SCM graphs (judgment aggregation, removal, pooling);
* quantitative pooling (per-expert Monte Carlo fair distributions, opinion pools);
* counterfactually fair predictors (EXOC and baselines) in :mod:`cocausal.fairness.predictors`.
"""

# --- fair pooling of expert SCMs (engineer F) ---
from cocausal.fairness.aggregation import (  # noqa: E402
    Dictatorship,
    Majority,
    Quota,
    StrictMajority,
    Unanimity,
    available_rules,
    get_rule,
    register_rule,
)
from cocausal.fairness.cf_check import CFGap, GapEstimate, paired_gap, protected_domain  # noqa: E402
from cocausal.fairness.fair_pool import (  # noqa: E402
    ApplicantResult,
    ExpertScore,
    FairPooling,
    FairPoolResult,
    plot_fair_densities,
)
from cocausal.fairness.opinion import FairDistribution, PooledScore, fair_distribution, pool_opinions  # noqa: E402
from cocausal.fairness.pooling import EdgeDecision, QualitativeResult, fair_pool_graphs, pooling, removal  # noqa: E402
# --- end fair pooling ---

# --- counterfactually fair predictors (engineer G; torch/pyro load lazily in .predictors) ---
from cocausal.fairness.metrics import CounterfactualFairnessResult, counterfactual_fairness  # noqa: E402
from cocausal.fairness.predictors import FairData  # noqa: E402
# --- end fair predictors ---
