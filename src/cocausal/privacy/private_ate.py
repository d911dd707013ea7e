"""PrivATE: differentially private ATE by capped propensity score matching (Yuan et al., 2026)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from cocausal.privacy._checks import (
    check_data,
    check_outcome_bounds,
    check_positive,
    check_positive_int,
    check_split,
)
from cocausal.privacy.accountant import PrivacyAccountant, accountant_for_fit
from cocausal.privacy.logistic import CovariateBox, DPLogisticRegression, label_propensity, predict_proba
from cocausal.privacy.matching import SortedArms, capped_greedy_match, max_appearances
from cocausal.privacy.mechanisms import (
    LABEL,
    REPLACE_ONE,
    Release,
    check_epsilon,
    laplace_release,
    randomized_response_release,
)
from cocausal.privacy.record import DERIVED, NOT_PRIVATE, PUBLIC, RELEASE
from cocausal.random import RandomState, check_random_state
from cocausal.results import ResultMixin, freeze_mapping
from cocausal.warnings import UnmatchedUnitsWarning, WarningLog

__all__ = ["PrivATE", "PrivATEResult", "matching_limits", "potential_outcome_sums"]

PHASES = ("propensity_weights", "propensity_scores", "treatment", "outcome_sums")


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def matching_limits(
    level: str,
    epsilon3: float,
    coef: float,
    n_treated: int,
    n_control: int,
    M: int,
    n_neighbors: int,
    kf_arm: str = "smaller",
) -> dict[str, Any]:
    """PrivATE's adaptive matching limits.

    ``k* = sqrt(eps * coef * n1 * M1 / 2)`` with ``n1 = max(nt, nc)`` and ``M1 = M / N``;
    ``k_f = min(max(round(k*), 1), M1)`` (label) or ``max(round(k*), 1)`` (sample). One arm's
    limit is ``k_f`` and the other's follows from ``r1 = nt / nc``: ``k2 = max(1, round(k1 r1))``
    when ``k1 = k_f``, ``k1 = max(1, round(k2 / r1))`` when ``k2 = k_f``. With
    ``kf_arm="smaller"`` (Algorithm 3 of the paper: ``k1 = k_f`` iff ``r1 <= 1``) ``k_f`` goes
    to the smaller arm, whose units are the most matched ones (the arm where ``M`` is
    attained, which is what the cap ``M1`` refers to); ``kf_arm="larger"`` gives it to the
    larger arm (``k1 = k_f`` iff ``r1 >= 1``). Unit limits are ``k N`` (an integer: ``k`` is an
    integer or ``M1``). Rounding is half-up.

    Returns
    -------
    dict
        ``k_star``, ``k_f``, ``k`` = (k1 treated, k2 control), ``limits`` = (L1, L2) =
        ``(round(k1 N), round(k2 N))``, ``M``, ``M1``.
    """
    N = int(n_neighbors)
    M1 = M / N
    n1 = max(n_treated, n_control)
    k_star = math.sqrt(epsilon3 * coef * n1 * M1 / 2.0)
    k_f: float = max(_round_half_up(k_star), 1)
    if level == "label":
        k_f = min(k_f, M1)
    if kf_arm not in ("smaller", "larger"):
        raise ValueError(f"kf_arm must be 'smaller' or 'larger', got {kf_arm!r}.")
    r1 = n_treated / n_control
    if (r1 <= 1) if kf_arm == "smaller" else (r1 >= 1):
        k1 = k_f
        k2 = max(1, _round_half_up(k1 * r1))
    else:
        k2 = k_f
        k1 = max(1, _round_half_up(k2 / r1))
    limits = (_round_half_up(k1 * N), _round_half_up(k2 * N))
    return {
        "k_star": k_star,
        "k_f": float(k_f),
        "k": (limits[0] / N, limits[1] / N),
        "limits": limits,
        "M": int(M),
        "M1": M1,
    }


def potential_outcome_sums(
    y: np.ndarray, t: np.ndarray, matches: np.ndarray, fill_value: float
) -> tuple[float, float, int, int]:
    """``S1``, ``S0``, the number of short units and of missing matches.

    A unit's own outcome enters its own arm's sum; its counterfactual is the mean over its
    ``N`` match slots, a missing match (``-1``) counting as ``fill_value`` with the same
    weight ``1/N``.
    """
    N = matches.shape[1]
    missing = matches < 0
    vals = np.where(missing, fill_value, y[np.where(missing, 0, matches)])
    cf = vals.sum(axis=1) / N
    treated = t == 1
    S1 = math.fsum(y[treated]) + math.fsum(cf[~treated])
    S0 = math.fsum(y[~treated]) + math.fsum(cf[treated])
    return S1, S0, int(missing.any(axis=1).sum()), int(missing.sum())


@dataclasses.dataclass(frozen=True)
class PrivATEResult(ResultMixin):
    """A PrivATE release.

    Every field obeys the release contract (:mod:`cocausal.privacy.record`); ``provenance()``
    says which kind each field is. No count of clipped outcomes or covariates is published:
    it depends on private values (use :func:`cocausal.privacy.bounds_report` on your own data).

    Attributes
    ----------
    ate : float
        The private ATE estimate ``(S1' - S0') / n`` (derived from the releases).
    epsilon : float
        The budget of this fit; ``sum(spent.values()) <= epsilon``.
    level : str
        ``"label"`` or ``"sample"``.
    relation : str
        The neighbouring relation of the guarantee.
    spent : Mapping[str, float]
        Epsilon per phase (``propensity_weights``, ``propensity_scores``, ``treatment``,
        ``outcome_sums``).
    k : tuple of float
        ``(k1, k2)``: matching limits (per neighbour) of the treated and control arm.
    limits : tuple of int
        ``(L1, L2) = (k1 N, k2 N)``: how often a treated/control unit may be used.
    k_star : float
        The unrounded optimum of the error model.
    M : int
        Largest number of appearances of a unit among the first ``N`` neighbours.
    n_arms : tuple of int
        ``(n_treated, n_control)`` used for matching (after randomised response at sample level).
    short_units : int
        Units that found fewer than ``N`` matches under the limits.
    missing_matches : int
        Match slots filled with ``fill_value``.
    clipped_scores : int
        Sample level: noisy propensity scores outside ``[0, 1]`` clipped before matching
        (derived from the score release); 0 at label level.
    releases : tuple of Release
        Every noisy release, with its relation, sensitivity, epsilon and scale.
    reference_ate : float or None
        The same pipeline without the final noise; NOT private; only with ``reference=True``.
    warnings : tuple of str
        Public (label level) or derived (sample level) messages only.
    """

    ate: float
    epsilon: float
    level: str
    relation: str
    spent: Mapping[str, float]
    k: tuple[float, float]
    limits: tuple[int, int]
    k_star: float
    M: int
    n_arms: tuple[int, int]
    short_units: int
    missing_matches: int
    clipped_scores: int
    releases: tuple[Release, ...]
    reference_ate: float | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "spent", freeze_mapping(self.spent))

    def provenance(self) -> dict[str, str]:
        """Each field's kind under the release contract (:mod:`cocausal.privacy.record`).

        At label level ``X`` and ``t`` are public, so the matching structure is public; at
        sample level it is computed from the released scores and treatments.
        """
        structure = PUBLIC if self.level == "label" else DERIVED
        kinds = dict.fromkeys(
            ("k", "limits", "k_star", "M", "n_arms", "short_units", "missing_matches", "clipped_scores",
             "warnings"),
            structure,
        )
        kinds.update(
            ate=DERIVED, epsilon=PUBLIC, level=PUBLIC, relation=PUBLIC, spent=PUBLIC, releases=RELEASE,
            reference_ate=NOT_PRIVATE,
        )
        return kinds

    def summary(self) -> str:
        spent = ", ".join(f"{k}={v:.4g}" for k, v in self.spent.items())
        text = (
            f"PrivATE ({self.level} level, epsilon={self.epsilon:g}): ATE = {self.ate:.6g}\n"
            f"  spent: {spent}\n  k = ({self.k[0]:g}, {self.k[1]:g}), M = {self.M}, "
            f"short units = {self.short_units}"
        )
        if self.reference_ate is not None:
            text += f"\n  non-private reference (NOT private): {self.reference_ate:.6g}"
        return text


class PrivATE:
    """Differentially private ATE by propensity score matching with adaptive matching limits.

    Three phases (Yuan et al., 2026): (1) a logistic propensity model, (2) the treatment that
    defines the arms, (3) greedy N-nearest-neighbour matching on the score with a per-unit
    limit, then Laplace noise on the sums ``S1`` (treated potential outcomes) and ``S0``.

    * ``level="label"``: only outcomes are private (neighbours differ in one outcome;
      ``X``, ``t`` and ``n`` are public). Phases 1-2 are exact; ``S1``, ``S0`` get Laplace noise
      of scale ``(k + 1) B / epsilon`` (parallel composition: one outcome enters one sum).
    * ``level="sample"``: every field is private under the replace-one relation (``n``
      public). Phase 1 releases the weights by output perturbation (``eps11``) and each unit's
      score with Laplace(``1 / eps12``) noise, clipped to ``[0, 1]``; phase 2 releases each
      treatment by randomised response (``eps2``); phase 3 spends ``eps3``. Matching uses only
      the released scores and treatments, so it is post-processing (docs/privacy.md).

    Parameters
    ----------
    epsilon : float
        Total budget (finite, > 0).
    level : {"label", "sample"}
    n_neighbors : int, default 5
        ``N``.
    outcome_bounds : (float, float)
        Public outcome range ``[lo, hi]``, ``B = hi - lo``; outcomes outside are clipped
        silently (a count would depend on private values; see :func:`bounds_report`).
    budget_split : tuple, default (0.1, 0.7, 0.2)
        Sample level: shares ``eps1 : eps2 : eps3`` with ``eps11 = eps12 = eps1 / 2``, or four
        shares ``(eps11, eps12, eps2, eps3)``. Must sum to 1. Ignored at label level.
    c : float, default 0.01
        Label-level error coefficient of ``k*``.
    h : float, default 0.001
        Sample-level error coefficient of ``k*``.
    covariate_bounds : tuple or array, default (0.0, 1.0)
        Sample level: public covariate box (the unit box after a user-declared public
        scaling); values outside are clipped silently, as outcomes are.
    l2_reg : float, default 0.1
        Sample level: L2 penalty ``lambda`` of the DP logistic regression.
    fill_value : float, optional
        Public outcome used for missing matches of short units; default the bound midpoint.
    kf_arm : {"smaller", "larger"}, default "smaller"
        Which arm gets the limit ``k_f`` (see :func:`matching_limits`). ``"smaller"`` follows
        Algorithm 3 of the paper; ``"larger"`` the wording "the larger group's limit is k_f".
    reference : bool, default False
        Also compute the noise-free estimate of the same pipeline (``reference_ate``). It is
        NOT private; request it only for evaluation.
    accountant : PrivacyAccountant, optional
        A ledger shared across fits: each fit charges ``epsilon`` to it and is refused before
        any work when the shared total has less than ``epsilon`` left. Default: a new
        accountant of budget ``epsilon`` per fit.
    random_state : int, Generator or None
        Seeds the non-DP randomness only: the processing order of the greedy matching and the
        tie ranks. DP noise comes unseeded from OpenDP by design (seeded DP noise is not
        private), so repeated fits differ in the noise.

    Attributes
    ----------
    result_ : PrivATEResult
    accountant_ : PrivacyAccountant
        The ledger of every spend (the shared ``accountant`` when one was given).

    Examples
    --------
    >>> import numpy as np
    >>> from cocausal.data import CausalData
    >>> rng = np.random.default_rng(0)
    >>> X = rng.random((400, 3)); t = (rng.random(400) < 0.4).astype(int)
    >>> y = X.sum(axis=1) + 0.5 * t
    >>> res = PrivATE(epsilon=1e9, outcome_bounds=(0, 4), random_state=0).fit(CausalData(X, t, y)).result_
    >>> round(sum(res.spent.values()), 6)
    1000000000.0

    References
    ----------
    .. [1] Q. Yuan, X. Li, L. Du, M. Chen, M. Sun, Y. Gao, S. He, J. Chen, Z. Zhang,
       "PrivATE: Differentially private average treatment effect estimation for
       observational data", NDSS 2026.
    """

    def __init__(
        self,
        epsilon: float,
        level: str = "label",
        n_neighbors: int = 5,
        outcome_bounds: tuple[float, float] | None = None,
        budget_split: tuple[float, ...] = (0.1, 0.7, 0.2),
        c: float = 0.01,
        h: float = 0.001,
        covariate_bounds=(0.0, 1.0),
        l2_reg: float = 0.1,
        fill_value: float | None = None,
        kf_arm: str = "smaller",
        reference: bool = False,
        accountant: PrivacyAccountant | None = None,
        random_state: RandomState = None,
    ) -> None:
        self.epsilon = epsilon
        self.level = level
        self.n_neighbors = n_neighbors
        self.outcome_bounds = outcome_bounds
        self.budget_split = budget_split
        self.c = c
        self.h = h
        self.covariate_bounds = covariate_bounds
        self.l2_reg = l2_reg
        self.fill_value = fill_value
        self.kf_arm = kf_arm
        self.reference = reference
        self.accountant = accountant
        self.random_state = random_state

    # ------------------------------------------------------------------ helpers
    def _budgets(self, eps: float) -> dict[str, float]:
        if self.level == "label":
            return {"outcome_sums": eps}
        parts = check_split(self.budget_split, (3, 4))
        if len(parts) == 3:
            parts = (parts[0] / 2, parts[0] / 2, parts[1], parts[2])
        return dict(zip(PHASES, (eps * p for p in parts)))

    def _label_phases(self, data):
        return label_propensity(data.X, data.t), np.asarray(data.t, dtype=np.int8), 0

    def _sample_phases(self, data, acc: PrivacyAccountant, budgets):
        Z = CovariateBox.from_bounds(self.covariate_bounds, data.n_features).transform(data.X)
        acc.check("propensity_weights", budgets["propensity_weights"])
        fit = DPLogisticRegression(budgets["propensity_weights"], (0.0, 1.0), self.l2_reg).fit(Z, data.t)
        acc.record("propensity_weights", [fit.release])
        acc.check("propensity_scores", budgets["propensity_scores"])
        scores = laplace_release(
            predict_proba(Z, fit.weights),
            sensitivity=1.0,
            epsilon=budgets["propensity_scores"],
            relation=REPLACE_ONE,
            name="propensity scores",
        )
        acc.record("propensity_scores", [scores])
        e = np.clip(scores.value, 0.0, 1.0)
        clipped_e = int(np.count_nonzero((scores.value < 0) | (scores.value > 1)))
        acc.check("treatment", budgets["treatment"])
        rr = randomized_response_release(
            data.t, epsilon=budgets["treatment"], relation=REPLACE_ONE, name="treatment"
        )
        acc.record("treatment", [rr])
        t_used = np.asarray(rr.value, dtype=np.int8)
        n1 = int(t_used.sum())
        if n1 == 0 or n1 == data.n:
            raise ValueError(
                f"After randomised response every unit is in one arm ({n1} treated of {data.n}); "
                "matching needs both arms. Give the treatment phase a larger budget share or use "
                "more data. (The budget of the phases already run is spent.)"
            )
        return e, t_used, clipped_e

    # ------------------------------------------------------------------ fit
    def fit(self, data) -> PrivATE:
        """Release the private ATE of ``data``; sets ``result_`` and ``accountant_``.

        Raises
        ------
        TypeError
            ``data`` is not CausalData, or a parameter has the wrong type.
        ValueError
            Invalid epsilon, level, bounds, budget split, coefficients, or an arm emptied by
            randomised response.
        """
        data = check_data(data)
        eps = check_epsilon(self.epsilon)
        if self.level not in ("label", "sample"):
            raise ValueError(f"level must be 'label' or 'sample', got {self.level!r}.")
        if self.kf_arm not in ("smaller", "larger"):
            raise ValueError(f"kf_arm must be 'smaller' or 'larger', got {self.kf_arm!r}.")
        N = check_positive_int(self.n_neighbors, "n_neighbors")
        lo, hi = check_outcome_bounds(self.outcome_bounds)
        coef = check_positive(self.c if self.level == "label" else self.h, "c" if self.level == "label" else "h")
        fill = (lo + hi) / 2 if self.fill_value is None else float(self.fill_value)
        if not lo <= fill <= hi:
            raise ValueError(f"fill_value {fill} must lie inside outcome_bounds [{lo}, {hi}].")
        budgets = self._budgets(eps)
        rng = check_random_state(self.random_state)
        order, tie_rank = rng.permutation(data.n), rng.permutation(data.n)
        acc = accountant_for_fit(self.accountant, eps, "PrivATE")
        start = len(acc.ledger)
        log = WarningLog()

        y = np.clip(data.y, lo, hi)
        if self.level == "label":
            e, t_used, clipped_e = self._label_phases(data)
        else:
            e, t_used, clipped_e = self._sample_phases(data, acc, budgets)

        n_t = int(t_used.sum())
        n_c = data.n - n_t
        arms = SortedArms.build(e, t_used, tie_rank)
        M, _ = max_appearances(arms, e, t_used, N)
        lim = matching_limits(
            self.level, budgets["outcome_sums"], coef, n_t, n_c, M, N, kf_arm=self.kf_arm
        )
        L1, L2 = lim["limits"]
        matches = capped_greedy_match(e, t_used, (L2, L1), N, order, tie_rank)
        S1, S0, short, missing = potential_outcome_sums(y, t_used, matches, fill)
        if short:
            log.warn(
                f"{short} unit(s) found fewer than {N} matches under the limits {lim['limits']}; "
                f"{missing} match slot(s) were filled with the public value {fill:g}.",
                UnmatchedUnitsWarning,
            )
        B = hi - lo
        relation = LABEL if self.level == "label" else REPLACE_ONE
        acc.check("outcome_sums", budgets["outcome_sums"])
        k1, k2 = lim["k"]
        eps3 = budgets["outcome_sums"]
        rel1 = laplace_release(S1, sensitivity=(k1 + 1) * B, epsilon=eps3, relation=relation, name="S1")
        rel0 = laplace_release(S0, sensitivity=(k2 + 1) * B, epsilon=eps3, relation=relation, name="S0")
        acc.record("outcome_sums", [rel1, rel0], parallel=True)
        ate = (float(rel1.value) - float(rel0.value)) / data.n

        spent = {p: 0.0 for p in PHASES}
        spent.update(acc.by_phase(since=start))
        releases = tuple(r for entry in acc.ledger[start:] for r in entry.releases)
        self.accountant_ = acc
        self.result_ = PrivATEResult(
            ate=ate,
            epsilon=eps,
            level=self.level,
            relation=relation,
            spent=spent,
            k=(k1, k2),
            limits=(L1, L2),
            k_star=lim["k_star"],
            M=M,
            n_arms=(n_t, n_c),
            short_units=short,
            missing_matches=missing,
            clipped_scores=clipped_e,
            releases=releases,
            reference_ate=(S1 - S0) / data.n if self.reference else None,
            warnings=log.messages,
        )
        return self
