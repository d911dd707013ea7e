"""Shapley-fair payoffs, payoff flows and budget-constrained model rewards (Nguyen, Low & Jaillet, NeurIPS 2022)."""

from cocausal.payoff.budget_lp import BudgetLPSolution, solve_budget_lp
from cocausal.payoff.digits import DigitsCollaboration, digits_collaboration, run_digits_experiment
from cocausal.payoff.model_rewards import ModelReward, realise_model_reward
from cocausal.payoff.payoffs import (
    Allocation,
    PayoffFlows,
    Payoffs,
    allocate,
    allocate_from_flows,
    payoff_flows,
    payoffs,
)

__all__ = [
    "Allocation",
    "BudgetLPSolution",
    "DigitsCollaboration",
    "ModelReward",
    "PayoffFlows",
    "Payoffs",
    "allocate",
    "allocate_from_flows",
    "digits_collaboration",
    "payoff_flows",
    "payoffs",
    "realise_model_reward",
    "run_digits_experiment",
    "solve_budget_lp",
]
