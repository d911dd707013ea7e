"""Collaborative causal inference with fair incentives (Qiao, Xu & Low, ICML 2023).

Each party's data is valued by the negative reverse KL divergence of its coalition's ATE
estimate to the grand coalition's; rho-Shapley reward values are realised as perturbed ATE
estimates ``(tau_r, se_r)``; criteria R1-R6 are checked on every result.
"""

from cocausal.cci.contributions import ContributionError, PartyContribution, check_disclosure
from cocausal.cci.criteria import CriteriaReport, check_criteria
from cocausal.cci.realisation import RealisedRewards, realise_rewards, solve_reward_se
from cocausal.cci.repeated import RepeatedStudy, repeated_study
from cocausal.cci.rewards import DEFAULT_RHO0, gain_cost, rho_shapley_rewards
from cocausal.cci.study import CCIResult, CollaborativeATE
from cocausal.cci.valuation import KLValuation, kl_value, value_sensitivity

__all__ = [
    "DEFAULT_RHO0",
    "CCIResult",
    "CollaborativeATE",
    "ContributionError",
    "CriteriaReport",
    "KLValuation",
    "PartyContribution",
    "RealisedRewards",
    "RepeatedStudy",
    "check_criteria",
    "check_disclosure",
    "gain_cost",
    "kl_value",
    "realise_rewards",
    "repeated_study",
    "rho_shapley_rewards",
    "solve_reward_se",
    "value_sensitivity",
]
