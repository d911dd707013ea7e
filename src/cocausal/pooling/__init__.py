"""Counterfactually fair pooling of several experts' structural causal models.

* qualitative stage: judgment aggregation rules over edge judgments (:mod:`.rules`), removal
  of unfair variables and layered edge pooling (:mod:`.graphs`);
* quantitative stage: per-expert Monte Carlo fair predictive distributions and opinion pools
  (:mod:`.opinions`), counterfactual gaps of a score (:mod:`.gaps`);
* the end-to-end pipeline :class:`FairPooling` (:mod:`.pipeline`).

References
----------
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal Models.
"""

from cocausal.pooling.gaps import CFGap, GapEstimate, paired_gap, sensitive_domain
from cocausal.pooling.graphs import EdgeDecision, QualitativeResult, fair_pool_graphs, pooling, removal
from cocausal.pooling.opinions import FairDistribution, PooledScore, fair_distribution, pool_opinions
from cocausal.pooling.pipeline import ApplicantResult, ExpertScore, FairPooling, FairPoolResult, plot_fair_densities
from cocausal.pooling.rules import (
    Dictatorship,
    Majority,
    Quota,
    StrictMajority,
    Unanimity,
    available_rules,
    get_rule,
    register_rule,
)

__all__ = [
    "ApplicantResult",
    "CFGap",
    "Dictatorship",
    "EdgeDecision",
    "ExpertScore",
    "FairDistribution",
    "FairPoolResult",
    "FairPooling",
    "GapEstimate",
    "Majority",
    "PooledScore",
    "QualitativeResult",
    "Quota",
    "StrictMajority",
    "Unanimity",
    "available_rules",
    "fair_distribution",
    "fair_pool_graphs",
    "get_rule",
    "paired_gap",
    "plot_fair_densities",
    "pool_opinions",
    "pooling",
    "sensitive_domain",
    "register_rule",
    "removal",
]
