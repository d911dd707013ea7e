"""Differentially private ATE estimation: OpenDP mechanisms, a budget accountant, DP logistic
regression, PrivATE (label and sample level), a stratified add/remove-DP variant, and the
non-private and private baselines.

Every DP noise draw goes through OpenDP (:mod:`cocausal.privacy.mechanisms`); every release
declares its neighbouring relation, sensitivity, epsilon and scale, and every published field
is public or derived from releases (the release contract, :mod:`cocausal.privacy.record`).
:mod:`cocausal.privacy.evaluation` holds the NOT private research evaluation. See
``docs/privacy.md`` for the guarantees of each mode.
"""

from cocausal.privacy.accountant import BudgetExceededError, LedgerEntry, PrivacyAccountant
from cocausal.privacy.baselines import PrivateDR, PrivateIPW, psm_ate
from cocausal.privacy.evaluation import Evaluation, bounds_report, evaluate_releases
from cocausal.privacy.logistic import CovariateBox, DPLogisticRegression, fit_logistic
from cocausal.privacy.matching import capped_greedy_match, max_appearances
from cocausal.privacy.mechanisms import (
    ADD_REMOVE,
    LABEL,
    REPLACE_ONE,
    Release,
    laplace_release,
    randomized_response_release,
)
from cocausal.privacy.private_ate import PrivATE, PrivATEResult, matching_limits
from cocausal.privacy.record import published_record
from cocausal.privacy.strata import StratifiedPrivATE, StratifiedResult

__all__ = [
    "ADD_REMOVE",
    "LABEL",
    "REPLACE_ONE",
    "BudgetExceededError",
    "CovariateBox",
    "DPLogisticRegression",
    "Evaluation",
    "LedgerEntry",
    "PrivATE",
    "PrivATEResult",
    "PrivacyAccountant",
    "PrivateDR",
    "PrivateIPW",
    "Release",
    "StratifiedPrivATE",
    "StratifiedResult",
    "bounds_report",
    "capped_greedy_match",
    "evaluate_releases",
    "fit_logistic",
    "laplace_release",
    "matching_limits",
    "max_appearances",
    "psm_ate",
    "published_record",
    "randomized_response_release",
]
