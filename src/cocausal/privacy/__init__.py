"""Differentially private ATE estimation: OpenDP mechanisms, a budget accountant, DP logistic
regression, PrivATE (label and sample level), a stratified add/remove-DP variant, and the
non-private and private baselines.

Every DP noise draw goes through OpenDP (:mod:`cocausal.privacy.mechanisms`); every release
declares its neighbouring relation, sensitivity, epsilon and scale. See ``docs/privacy.md``
for the guarantees of each mode.
"""

from cocausal.privacy.accountant import BudgetExceededError, LedgerEntry, PrivacyAccountant
from cocausal.privacy.baselines import PrivateDR, PrivateIPW, psm_ate
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
from cocausal.privacy.strata import StratifiedPrivATE, StratifiedResult

__all__ = [
    "ADD_REMOVE",
    "LABEL",
    "REPLACE_ONE",
    "BudgetExceededError",
    "CovariateBox",
    "DPLogisticRegression",
    "LedgerEntry",
    "PrivATE",
    "PrivATEResult",
    "PrivacyAccountant",
    "PrivateDR",
    "PrivateIPW",
    "Release",
    "StratifiedPrivATE",
    "StratifiedResult",
    "capped_greedy_match",
    "fit_logistic",
    "laplace_release",
    "matching_limits",
    "max_appearances",
    "psm_ate",
    "randomized_response_release",
]
