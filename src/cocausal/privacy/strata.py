"""Stratified private ATE: a sample-level variant with a proof under add/remove neighbours.

Matching makes every unit's counterfactual depend on its neighbours, so adding one record
can move other units' matches (a cascade through the capped greedy matching). This variant
avoids matching: it releases a propensity model, assigns each unit to a public propensity
bin with it (a function of the unit's own record and the released weights only), and
releases noisy per-(bin, arm) counts and outcome sums - histograms, where one record
touches one cell. The ATE is the subclassification estimator on the noisy cells.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

import numpy as np

from cocausal.privacy._checks import (
    check_data,
    check_outcome_bounds,
    check_positive,
    check_positive_int,
    check_split,
    clip_inputs,
)
from cocausal.privacy.accountant import PrivacyAccountant, accountant_for_fit
from cocausal.privacy.baselines import stratum_index
from cocausal.privacy.logistic import fit_logistic, predict_proba
from cocausal.privacy.mechanisms import ADD_REMOVE, Release, check_epsilon, laplace_release
from cocausal.privacy.record import DERIVED, NOT_PRIVATE, PUBLIC, RELEASE
from cocausal.results import ResultMixin, freeze_mapping

__all__ = ["StratifiedPrivATE", "StratifiedResult", "subclassification_ate"]

# Solver tolerance on the gradient of the *summed* objective; its error term enters the
# sensitivity as 2 sqrt(d + 1) * _TOL_SUM / Lambda.
_TOL_SUM = 1e-6


def subclassification_ate(counts: np.ndarray, sums: np.ndarray, bounds, min_count: float) -> tuple[float, int]:
    """ATE from per-(bin, arm) counts and centred outcome sums (shape ``(K, 2)``, arm 0, 1).

    Bins whose count in either arm is below ``min_count`` are dropped; arm means are clipped
    to the outcome bounds; bins are weighted by their total count. Returns the estimate and
    the number of bins used.

    Raises
    ------
    ValueError
        If no bin has ``min_count`` units in both arms.
    """
    lo, hi = bounds
    mid = (lo + hi) / 2
    ok = (counts[:, 0] >= min_count) & (counts[:, 1] >= min_count)
    if not ok.any():
        raise ValueError(
            "No propensity bin has enough (noisy) units in both arms; use fewer bins "
            "(n_bins), a larger budget or more data."
        )
    mu = np.clip(mid + sums[ok] / counts[ok], lo, hi)
    w = counts[ok].sum(axis=1)
    return float(np.sum(w * (mu[:, 1] - mu[:, 0])) / np.sum(w)), int(ok.sum())


@dataclasses.dataclass(frozen=True)
class StratifiedResult(ResultMixin):
    """A release of :class:`StratifiedPrivATE`.

    Every field obeys the release contract (:mod:`cocausal.privacy.record`); no count of
    clipped values is published (it depends on private values).

    Attributes
    ----------
    ate : float
    epsilon : float
    level : str
        ``"strata"``.
    relation : str
        Add/remove one record.
    spent : Mapping[str, float]
        ``propensity_weights``, ``cell_counts``, ``cell_sums``.
    n_bins : int
    bins_used : int
        Bins with ``min_count`` noisy units in both arms (derived from the count release).
    releases : tuple of Release
    reference_ate : float or None
        Noise-free estimate of the same pipeline (exact weights and cells); NOT private.
    warnings : tuple of str
        Always empty: no warning of this estimator depends on the data.
    """

    ate: float
    epsilon: float
    level: str
    relation: str
    spent: Mapping[str, float]
    n_bins: int
    bins_used: int
    releases: tuple[Release, ...]
    reference_ate: float | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "spent", freeze_mapping(self.spent))

    def provenance(self) -> dict[str, str]:
        """Each field's kind under the release contract (:mod:`cocausal.privacy.record`)."""
        return {
            "ate": DERIVED, "epsilon": PUBLIC, "level": PUBLIC, "relation": PUBLIC, "spent": PUBLIC,
            "n_bins": PUBLIC, "bins_used": DERIVED, "releases": RELEASE, "reference_ate": NOT_PRIVATE,
            "warnings": PUBLIC,
        }


class StratifiedPrivATE:
    """Sample-level private ATE by propensity subclassification, epsilon-DP under add/remove.

    1. Propensity weights: minimise ``sum_i loss_i + Lambda/2 ||w||^2`` (intercept included and
       regularised) on covariates clipped to the public box and rescaled to ``[0, 1]``; add
       Laplace noise with L1 sensitivity ``(d + 1) / Lambda + 2 sqrt(d + 1) tau / Lambda``
       (adding one record adds one loss term whose gradient has sup-norm <= 1; the summed
       objective is ``Lambda / (d + 1)``-strongly convex in L1; ``tau = 1e-6`` bounds the
       solver's gradient norm). No ``n`` enters the sensitivity.
    2. Each unit's score under the released weights puts it in one of ``n_bins`` public
       equal-width bins of ``[0, 1]``. Noisy counts per (bin, arm) (sensitivity 1) and noisy
       outcome sums centred at the bound midpoint (sensitivity ``B / 2``).
    3. Post-processing: subclassification estimate over bins with ``min_count`` noisy units
       in both arms, weighted by noisy bin size.

    Parameters
    ----------
    epsilon : float
    outcome_bounds : (lo, hi)
    covariate_bounds : public box, default the unit box
    n_bins : int, default 5
    budget_split : (float, float, float), default (0.2, 0.3, 0.5)
        Shares of weights, counts and sums; must sum to 1.
    l2_total : float, default 100.0
        ``Lambda`` of the summed objective (public; larger = less noise, more shrinkage).
    min_count : float, default 2.0
    reference : bool, default False
        Also return the noise-free estimate (NOT private).
    accountant : PrivacyAccountant, optional
        A ledger shared across fits (see :class:`~cocausal.privacy.PrivATE`).

    References
    ----------
    .. [1] P. R. Rosenbaum and D. B. Rubin, "Reducing bias in observational studies using
       subclassification on the propensity score", JASA 79(387), 1984.
    .. [2] K. Chaudhuri, C. Monteleoni, A. D. Sarwate, "Differentially private empirical risk
       minimization", JMLR 12, 2011.
    .. [3] Q. Yuan et al., "PrivATE", NDSS 2026 (the sample-level setting this variant serves).
    """

    def __init__(self, epsilon: float, outcome_bounds=None, covariate_bounds=(0.0, 1.0), n_bins: int = 5,
                 budget_split=(0.2, 0.3, 0.5), l2_total: float = 100.0, min_count: float = 2.0,
                 reference: bool = False, accountant: PrivacyAccountant | None = None) -> None:
        self.epsilon = epsilon
        self.outcome_bounds = outcome_bounds
        self.covariate_bounds = covariate_bounds
        self.n_bins = n_bins
        self.budget_split = budget_split
        self.l2_total = l2_total
        self.min_count = min_count
        self.reference = reference
        self.accountant = accountant

    def sensitivity(self, d: int) -> float:
        """L1 sensitivity of the propensity weights for ``d`` covariates (add/remove)."""
        p, lam = d + 1, float(self.l2_total)
        return p / lam + 2.0 * math.sqrt(p) * _TOL_SUM / lam

    def fit(self, data) -> StratifiedPrivATE:
        """Sets ``result_`` and ``accountant_``.

        Raises
        ------
        ValueError
            Bad epsilon, bounds, split, ``n_bins``; or no bin with both arms after noise.
        """
        data = check_data(data)
        eps = check_epsilon(self.epsilon)
        lo, hi = check_outcome_bounds(self.outcome_bounds)
        K = check_positive_int(self.n_bins, "n_bins")
        lam = check_positive(self.l2_total, "l2_total")
        min_count = check_positive(self.min_count, "min_count")
        shares = check_split(self.budget_split, (3,))
        e_w, e_c, e_s = (eps * s for s in shares)
        Z, y = clip_inputs(data, self.covariate_bounds, (lo, hi))
        acc = accountant_for_fit(self.accountant, eps, "StratifiedPrivATE")
        start = len(acc.ledger)
        n = data.n
        w, gnorm, _ = fit_logistic(Z, data.t, lam / n, tol=_TOL_SUM / n)
        if gnorm * n > _TOL_SUM:
            raise RuntimeError(
                f"the logistic solver stopped at summed-gradient norm {gnorm * n:.3g} > {_TOL_SUM}; "
                "the sensitivity bound needs the exact minimiser. Raise l2_total."
            )
        acc.check("propensity_weights", e_w)
        rw = laplace_release(w, sensitivity=self.sensitivity(data.n_features), epsilon=e_w,
                             relation=ADD_REMOVE, name="propensity weights")
        acc.record("propensity_weights", [rw])
        mid, B = (lo + hi) / 2, hi - lo

        def cells(weights):
            c = stratum_index(predict_proba(Z, weights), K) * 2 + data.t
            return (np.bincount(c, minlength=2 * K).astype(float),
                    np.bincount(c, weights=y - mid, minlength=2 * K))

        counts, sums = cells(rw.value)
        acc.check("cell_counts", e_c)
        rc = laplace_release(counts, sensitivity=1.0, epsilon=e_c, relation=ADD_REMOVE, name="cell counts")
        acc.record("cell_counts", [rc])
        acc.check("cell_sums", e_s)
        rs = laplace_release(sums, sensitivity=B / 2, epsilon=e_s, relation=ADD_REMOVE, name="cell outcome sums")
        acc.record("cell_sums", [rs])
        ate, used = subclassification_ate(rc.value.reshape(K, 2), rs.value.reshape(K, 2), (lo, hi), min_count)
        reference = None
        if self.reference:
            c0, s0 = cells(w)
            reference, _ = subclassification_ate(c0.reshape(K, 2), s0.reshape(K, 2), (lo, hi), min_count)
        self.accountant_ = acc
        self.result_ = StratifiedResult(
            ate=ate, epsilon=eps, level="strata", relation=ADD_REMOVE, spent=acc.by_phase(since=start),
            n_bins=K, bins_used=used, releases=tuple(r for e in acc.ledger[start:] for r in e.releases),
            reference_ate=reference,
        )
        return self
