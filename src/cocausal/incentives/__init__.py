"""Incentives for collaboration: causal data valuation and rewards (CCI), and Shapley-fair
payoffs, payoff flows, budget-constrained model rewards (payoff).
"""

# --- collaborative causal inference (CCI) ---
from cocausal.incentives.cci import CCIResult, CollaborativeATE  # noqa: E402
from cocausal.incentives.criteria import CriteriaReport, check_criteria  # noqa: E402
from cocausal.incentives.realisation import RealisedRewards, realise_rewards, solve_reward_se  # noqa: E402
from cocausal.incentives.rewards import DEFAULT_RHO0, gain_cost, rho_shapley_rewards  # noqa: E402
from cocausal.incentives.valuation import KLValuation, kl_value, value_sensitivity  # noqa: E402

# --- payoff and model rewards with budgets ---
from cocausal.incentives.budget_lp import BudgetLPSolution, solve_budget_lp  # noqa: E402
from cocausal.incentives.digits import DigitsCollaboration, digits_collaboration, run_digits_experiment  # noqa: E402
from cocausal.incentives.model_rewards import ModelReward, realise_model_reward  # noqa: E402
from cocausal.incentives.payoff import (  # noqa: E402
    Allocation,
    PayoffFlows,
    Payoffs,
    allocate,
    allocate_from_flows,
    payoff_flows,
    payoffs,
)
