"""Collaborative causal inference with fair incentives: :class:`CollaborativeATE`.

Pipeline for ``n`` parties (Qiao, Xu and Low, ICML 2023):

1. every coalition ``C`` gets an estimate ``(tau_C, se_C)`` from the chosen estimator; the
   grand coalition's ``(tau_N, se_N)`` is the surrogate ground truth;
2. valuation ``v(C) = -KL(N(tau_C, se_C^2) || N(tau_N, se_N^2))``, ``v(N) = 0``; the empty
   coalition and every coalition without a usable estimate (an arm missing, < 2 units in an
   arm, NaN or zero SE) are worth ``v_empty = min_i v({i})``;
3. Shapley values ``phi_i`` of this game (exact for ``n <= 20``, Monte Carlo beyond), so
   ``sum_i phi_i = -v_empty``, and their local sensitivity to ``tau_N``;
4. rho-Shapley reward values ``r_i`` and the R1-R6 criteria report;
5. realised rewards ``(tau_r, se_r)`` with sign fidelity and ``v(tau_r, se_r) = r_i``;
6. ``Gain = mean_i (r_i - v_i)`` and ``Cost = mean_i (r* - r_i)``.

Differences from the published reference code (documented in ``docs/cci.md``): real sampling
standard errors by default (its POR "SE" is the spread of fitted values, available here as
``se="fitted_variance"`` only to reproduce published magnitudes); each coalition is estimated
once and its bootstrap seeded from the root seed and its bitmask; negative Shapley values are
thresholded explicitly; the uncapped rho is reported; the ``se_r`` root bracket scales with
the data.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from cocausal.cci.coalitions import (
    SE_CHOICES,
    EstimatorEvaluator,
    LinearPOREvaluator,
    Parties,
)
from cocausal.cci.contributions import PartyContribution, PartyStatistics
from cocausal.cci.criteria import CriteriaReport, check_criteria
from cocausal.cci.federated import FEDERATED_ESTIMATORS, FederatedEvaluator
from cocausal.cci.realisation import realise_rewards
from cocausal.cci.rewards import DEFAULT_RHO0, gain_cost, rho_shapley_rewards
from cocausal.cci.valuation import KLValuation, empty_value, kl_value, usable
from cocausal.estimators.registry import (
    estimator_names,
    invalid_se_reason,
    make_estimator,
    vectorised_path,
)
from cocausal.games import BaseGame, TabularGame, shapley_values
from cocausal.random import RandomState, spawn_seeds
from cocausal.results import ResultMixin, freeze_mapping, readonly_array
from cocausal.warnings import CocausalWarning, WarningLog

__all__ = ["CCIResult", "CollaborativeATE"]

_SHAPLEY = ("auto", "exact", "montecarlo")
_MAX_MESSAGES = 5
_PARTY_COLUMNS = ("n", "tau", "se", "v", "phi", "r", "tau_r", "se_r")


@dataclasses.dataclass(frozen=True)
class CCIResult(ResultMixin):
    """Outcome of one collaborative study.

    Attributes
    ----------
    parties : tuple
        Party labels (list positions, or the party column's labels).
    n, tau, se, v, phi, r, tau_r, se_r : ndarray
        Per party: units, standalone estimate and SE (``nan`` when undefined), standalone
        value, Shapley value, reward value, realised reward estimate and SE.
    phi_stderr : ndarray
        Monte Carlo standard error of ``phi`` (0 when exact).
    dv_dtau, dphi_dtau : ndarray
        Local sensitivity of ``v({i})`` and ``phi_i`` to ``tau_N`` (``dphi_dtau`` is ``nan``
        with Monte Carlo Shapley).
    tau_N, se_N : float
        Grand-coalition estimate and SE.
    v_empty : float
        ``min_i v({i})``: value of the empty and of every undefined coalition.
    rho, rho_uncapped, rho0 : float
        Reward exponent, its fairness bound, and the cap.
    kappa : float
        Reward sampling scale in units of ``se_N``.
    criteria : CriteriaReport
        R1-R6 with reasons.
    gain, cost : float
        ``mean_i (r_i - v_i)`` and ``mean_i (r* - r_i)``.
    fidelity : bool
        Whether sign fidelity (R7) was enforced (undefined when ``tau_N = 0``).
    shapley_method : str
    n_coalitions : int
        Coalitions estimated (each once).
    undefined_coalitions : int
        Coalitions valued ``v_empty`` because their estimate was undefined.
    estimator, se_method : str
    warnings : tuple of str
    extras : Mapping
    """

    parties: tuple
    n: np.ndarray
    tau: np.ndarray
    se: np.ndarray
    v: np.ndarray
    phi: np.ndarray
    r: np.ndarray
    tau_r: np.ndarray
    se_r: np.ndarray
    phi_stderr: np.ndarray
    dv_dtau: np.ndarray
    dphi_dtau: np.ndarray
    tau_N: float
    se_N: float
    v_empty: float
    rho: float
    rho_uncapped: float
    rho0: float
    kappa: float
    criteria: CriteriaReport
    gain: float
    cost: float
    fidelity: bool
    shapley_method: str
    n_coalitions: int
    undefined_coalitions: int
    estimator: str
    se_method: str
    warnings: tuple[str, ...] = ()
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("tau", "se", "v", "phi", "r", "tau_r", "se_r", "phi_stderr", "dv_dtau", "dphi_dtau"):
            object.__setattr__(self, name, readonly_array(getattr(self, name)))
        object.__setattr__(self, "n", readonly_array(self.n, int))
        object.__setattr__(self, "parties", tuple(self.parties))
        object.__setattr__(self, "warnings", tuple(self.warnings))
        object.__setattr__(self, "extras", freeze_mapping(self.extras))

    def to_frame(self) -> pd.DataFrame:
        """The per-party table (one row per party)."""
        frame = pd.DataFrame({c: getattr(self, c) for c in _PARTY_COLUMNS})
        frame["phi_stderr"] = self.phi_stderr
        frame["dv_dtau"] = self.dv_dtau
        frame["dphi_dtau"] = self.dphi_dtau
        frame.index = pd.Index(self.parties, name="party")
        return frame

    def report(self) -> dict[str, Any]:
        """The compact JSON layout of ``cocausal cci --json``."""
        parties = [
            {c: (int(getattr(self, c)[i]) if c == "n" else float(getattr(self, c)[i])) for c in _PARTY_COLUMNS}
            for i in range(len(self.parties))
        ]
        return {
            "parties": parties,
            "tau_N": self.tau_N,
            "se_N": self.se_N,
            "rho": self.rho,
            "criteria": self.criteria.flags(),
            "gain": self.gain,
            "cost": self.cost,
        }

    def summary(self) -> str:
        lines = [
            f"collaborative ATE ({self.estimator}, se={self.se_method}, Shapley {self.shapley_method}): "
            f"tau_N = {self.tau_N:.6g} (se {self.se_N:.4g}); rho = {self.rho:.4g} "
            f"(uncapped {self.rho_uncapped:.4g}); gain {self.gain:.4g}, cost {self.cost:.4g}",
            self.to_frame()[list(_PARTY_COLUMNS)].to_string(float_format=lambda x: f"{x:.4g}"),
            self.criteria.summary(),
        ]
        if self.warnings:
            lines.append("warnings:\n" + "\n".join(f"  - {w}" for w in self.warnings))
        return "\n".join(lines)


class _KLGame(BaseGame):
    """The valuation game evaluated lazily (Monte Carlo Shapley for many parties)."""

    def __init__(self, evaluator, valuation: KLValuation, n_players: int, log_counter: Counter) -> None:
        self.evaluator = evaluator
        self.valuation = valuation
        self.n_players = n_players
        self._counter = log_counter

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        sizes = members.sum(axis=1)
        values = np.full(len(members), self.valuation.v_empty)
        some = sizes > 0  # the empty coalition has no estimate: it is valued v_empty
        tau, se, messages = self.evaluator(members[some])
        self._counter.update(messages)
        self._counter["__undefined__"] += int((~usable(tau, se)).sum())
        values[some] = self.valuation(tau, se)
        values[sizes == self.n_players] = 0.0
        return values


#: A number inside a warning message (counts, iterations, values).
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _coalition_warnings(counter: Counter) -> list[str]:
    """The coalition estimates' warnings, counted, for the result: at most ``_MAX_MESSAGES`` lines.

    Messages that differ only in their numbers (``1 fitted probabilities are numerically 0 or
    1``, ``2 fitted ...``) are one kind of trouble and are counted together, with the first
    one seen as the example, so a many-party study says what went wrong in a few lines
    rather than one line per count.
    """
    kinds: dict[str, list] = {}
    for message, count in counter.items():
        kind = kinds.setdefault(_NUMBER.sub("#", message), [0, message, 0])
        kind[0] += count
        kind[2] += 1
    ranked = sorted(kinds.values(), key=lambda kind: -kind[0])
    lines = []
    for count, example, variants in ranked[:_MAX_MESSAGES]:
        alike = f" (and {variants - 1} similar messages with other numbers)" if variants > 1 else ""
        lines.append(f"{count} coalition estimate(s) warned: {example}{alike}")
    if len(ranked) > _MAX_MESSAGES:
        lines.append(f"... and {len(ranked) - _MAX_MESSAGES} other kinds of coalition warning.")
    return lines


#: Coalitions per checkpoint block of :meth:`CollaborativeATE.fit` with a ``store``.
COALITION_BLOCK = 1 << 13


def _floats(values) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


#: Blocks of coalitions estimated between two ``progress`` calls of :meth:`CollaborativeATE.fit`.
PROGRESS_STEPS = 50


def _evaluate_in_blocks(
    evaluator, members: np.ndarray, store, progress: Callable[[int, int], None] | None = None
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """``evaluator(members)``, block by block through ``store`` when one is given.

    ``progress(done, total)`` is called after each block: each checkpoint block with a store;
    without one, each of :data:`PROGRESS_STEPS` blocks for an :class:`EstimatorEvaluator` (whose
    cache the blocks fill, so the one call over every coalition that follows only looks them up
    and returns what it would have returned alone), else once at the end (linear POR solves its
    coalitions in one batch; a federated evaluator has run its rounds already).
    """
    total = members.shape[0]
    if store is None:
        if progress is not None and isinstance(evaluator, EstimatorEvaluator):
            step = -(-total // PROGRESS_STEPS)
            for start in range(0, total - step, step):
                evaluator(members[start : start + step])
                progress(start + step, total)
        result = evaluator(members)
        if progress is not None:
            progress(total, total)
        return result
    tau, se, messages = [], [], []
    for block, start in enumerate(range(0, total, COALITION_BLOCK)):
        saved = store.load(block)
        if saved is None:
            before = getattr(evaluator, "rank_deficient", 0)
            t, e, m = evaluator(members[start : start + COALITION_BLOCK])
            saved = {
                "tau": [None if np.isnan(v) else float(v) for v in t],
                "se": [None if np.isnan(v) else float(v) for v in e],
                "messages": list(m),
                "rank_deficient": getattr(evaluator, "rank_deficient", 0) - before,
            }
            store.save(block, saved)
        elif hasattr(evaluator, "rank_deficient"):
            evaluator.rank_deficient += saved["rank_deficient"]
        tau.append(_floats(saved["tau"]))
        se.append(_floats(saved["se"]))
        messages.extend(saved["messages"])
        if progress is not None:
            progress(min(start + COALITION_BLOCK, total), total)
    return np.concatenate(tau), np.concatenate(se), tuple(messages)


def _parties(parties) -> Parties | PartyStatistics:
    """Rows (:class:`Parties`) or uploaded statistics (:class:`PartyStatistics`)."""
    if isinstance(parties, PartyStatistics):
        return parties
    if isinstance(parties, (list, tuple)) and parties and all(isinstance(p, PartyContribution) for p in parties):
        return PartyStatistics(parties)
    return Parties(parties)


class CollaborativeATE:
    """Fair incentives for collaborative ATE estimation (causal data valuation and rewards).

    Parameters
    ----------
    estimator : str or cocausal ATE estimator, default "por"
        A name in :mod:`cocausal.estimators.registry` (``"por"``: linear regression adjustment,
        ``"dim"``, ``"ipw"``, ``"aipw"``, ``"psm"``, and any registered later), or an unfitted
        estimator object (cloned for each coalition). Linear POR with
        ``se="analytic"`` or ``"fitted_variance"`` is evaluated from summed per-party
        sufficient statistics.
    rho0 : float in (0, 1], default 0.2
        Cap on the reward exponent (:data:`~cocausal.cci.rewards.DEFAULT_RHO0`, the
        value of the published experiments): ``rho = min(rho0, rho_uncapped)``.
    kappa : float, default 2.0
        Reward sampling scale in units of ``se_N`` (``kappa * se_N = 2 se_N`` as published).
    shapley : {"auto", "exact", "montecarlo"}, default "auto"
        ``"auto"`` is exact up to 20 parties.
    executor : SerialExecutor, JoblibExecutor or DaskExecutor, optional
        Where coalitions are estimated for estimators other than linear POR.
    se : {"analytic", "bootstrap", "fitted_variance"}, default "analytic"
        ``"analytic"``: the estimator's own standard error. ``"bootstrap"``: ``n_boot``
        resamples per coalition, seeded per coalition. ``"fitted_variance"``: linear POR only,
        the published reference code's spread of fitted values (not a sampling SE; it inflates
        the KL values), for reproducing published magnitudes.
    n_boot : int, default 100
    max_attempts : int, default 10000
        Rejection-sampling draws per party in reward realisation.
    stopping : StoppingRule, optional
        Monte Carlo Shapley stopping rule (default of :func:`cocausal.games.shapley_values`).
    random_state : int, SeedSequence, Generator or None
        Root seed: coalition bootstrap seeds, Monte Carlo permutations and reward draws come
        from independent ``SeedSequence.spawn`` children.

    Attributes
    ----------
    result_ : CCIResult
    game_ : TabularGame or Game
        The valuation game (a full table when Shapley values are exact).
    coalition_table_ : dict of ndarray or None
        With exact Shapley: ``tau``, ``se`` and ``v`` of every coalition, indexed by bitmask.

    References
    ----------
    .. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair
       incentives", ICML 2023.

    Examples
    --------
    >>> from cocausal.data import split_random
    >>> from cocausal.datasets import load_ihdp
    >>> parties = split_random(load_ihdp(1).data, 5, random_state=0)
    >>> res = CollaborativeATE(random_state=0).fit(parties).result_
    >>> bool(res.criteria.R4.holds), float(res.r.max())
    (True, 0.0)
    """

    def __init__(
        self,
        estimator="por",
        *,
        rho0: float = DEFAULT_RHO0,
        kappa: float = 2.0,
        shapley: str = "auto",
        executor=None,
        se: str = "analytic",
        n_boot: int = 100,
        max_attempts: int = 10_000,
        stopping=None,
        random_state: RandomState = None,
    ) -> None:
        self.estimator = estimator
        self.rho0 = rho0
        self.kappa = kappa
        self.shapley = shapley
        self.executor = executor
        self.se = se
        self.n_boot = n_boot
        self.max_attempts = max_attempts
        self.stopping = stopping
        self.random_state = random_state

    # ------------------------------------------------------------------ set-up
    def _check_params(self):
        if self.shapley not in _SHAPLEY:
            raise ValueError(f"shapley must be one of {_SHAPLEY}, got {self.shapley!r}.")
        if self.se not in SE_CHOICES:
            raise ValueError(f"se must be one of {SE_CHOICES}, got {self.se!r}.")
        if not (isinstance(self.rho0, (int, float)) and 0 < self.rho0 <= 1):
            raise ValueError(f"rho0 must lie in (0, 1] (Qiao et al., Definition 2), got {self.rho0!r}.")
        if not (isinstance(self.kappa, (int, float)) and np.isfinite(self.kappa) and self.kappa >= 0):
            raise ValueError(f"kappa must be a finite number >= 0 (a multiple of se_N), got {self.kappa!r}.")
        bad_n_boot = isinstance(self.n_boot, bool) or int(self.n_boot) != self.n_boot or self.n_boot < 2
        if self.se == "bootstrap" and bad_n_boot:
            raise ValueError(f"n_boot must be an integer >= 2, got {self.n_boot!r}.")
        estimator = make_estimator(self.estimator) if isinstance(self.estimator, str) else self.estimator
        if not callable(getattr(estimator, "fit", None)):
            raise TypeError(
                f"estimator must be one of {estimator_names()} or a cocausal ATE estimator with fit(data); "
                f"got {type(estimator).__name__}."
            )
        reason = invalid_se_reason(estimator, "bootstrap") if self.se == "bootstrap" else None
        if reason is not None:
            raise ValueError(
                f"se='bootstrap' is not valid for {type(estimator).__name__}: {reason}; use se='analytic'."
            )
        return estimator

    def _evaluator(self, parties: Parties | PartyStatistics, estimator, root, rounds):
        if rounds is not None:
            path = vectorised_path(estimator)
            if not isinstance(parties, PartyStatistics) or path not in FEDERATED_ESTIMATORS or self.se != "analytic":
                raise ValueError(
                    f"rounds= runs a federated study: contributions (PartyContribution) with estimator in "
                    f"{FEDERATED_ESTIMATORS} (default nuisance models, no cross-fitting) and se='analytic'; got "
                    f"estimator={self.estimator!r}, se={self.se!r} on {type(parties).__name__}."
                )
            return FederatedEvaluator(parties, path, rounds, clip=estimator.clip)
        linear = vectorised_path(estimator) == "por"  # linear POR: summed sufficient statistics
        if linear and self.se in ("analytic", "fitted_variance"):
            return LinearPOREvaluator(parties, se=self.se)
        if isinstance(parties, PartyStatistics):
            raise ValueError(
                f"contributions hold linear-POR sufficient statistics, which determine estimator='por' with "
                f"se='analytic' or 'fitted_variance' only; estimator={self.estimator!r}, se={self.se!r} needs the "
                "rows. Use estimator='por', or run the study in-process on the rows."
            )
        if self.se == "fitted_variance":
            raise ValueError(
                "se='fitted_variance' reproduces the published reference code's linear POR quantity "
                "only; use estimator='por' (linear), or se='analytic'/'bootstrap'."
            )
        return EstimatorEvaluator(parties, estimator, self.se, int(self.n_boot), root, self.executor)

    # ------------------------------------------------------------------ fit
    def fit(
        self, parties, *, store=None, rounds=None, progress: Callable[[int, int], None] | None = None
    ) -> CollaborativeATE:
        """Value the parties' data, compute fair rewards and realise them.

        Parameters
        ----------
        parties : list of CausalData, CausalData with a ``party`` column, or list of PartyContribution
            With a party column, a party may lack an arm: its standalone estimate is then
            undefined and it is valued ``v_empty``. Contributions
            (:class:`~cocausal.cci.contributions.PartyContribution`, the parties' sufficient
            statistics) give bit-for-bit the result of the rows they were computed from, for
            linear POR with ``se="analytic"`` or ``"fitted_variance"``.
        store : object with ``load(block) -> dict | None`` and ``save(block, dict)``, optional
            A checkpoint of the coalition estimates of an exact-Shapley study, kept in blocks of
            :data:`COALITION_BLOCK` coalitions as they are computed. Blocks the store already
            holds are not recomputed, so a run resumed after a crash computes only the rest and
            gives the same numbers (the estimates are a function of the coalition). Only the
            count wording of the coalition warnings can differ from a run without a store.
        rounds : callable, optional
            A federated IPW/AIPW study on contributions: ``rounds({party index: request}) ->
            {party index: answer}`` asks the parties for sums over their rows
            (:class:`~cocausal.cci.federated.FederatedEvaluator`; :class:`~cocausal.cci.federated.LocalRounds`
            in one process). The rewards equal those of the same study on the pooled rows up
            to rounding.
        progress : callable, optional
            Called as ``progress(done, total)`` while an exact-Shapley study estimates its
            ``total = 2**n - 1`` coalitions: with an estimator fitted per coalition, after each of
            :data:`PROGRESS_STEPS` blocks; with a ``store``, after each checkpoint block; else
            (linear POR from summed statistics, federated rounds) once, at the end. ``done``
            never decreases and the last call has ``done == total``. With Monte Carlo Shapley
            it counts permutations instead: after each batch, ``total`` the stopping rule's
            permutation cap, and a last call with ``done == total`` when sampling stops. The
            result is the same with or without it.

        Returns
        -------
        self

        Raises
        ------
        ValueError
            Bad parameters; no usable grand-coalition estimate or ``se_N = 0``; no party with a
            usable standalone estimate.
        TypeError
            ``parties`` of the wrong type.
        """
        estimator = self._check_params()
        parties = _parties(parties)
        n = parties.n_parties
        coalition_root, shapley_seed, reward_seed = spawn_seeds(self.random_state, 3)
        evaluator = self._evaluator(parties, estimator, coalition_root, rounds)
        method = self.shapley
        if method == "auto":
            method = "exact" if n <= 20 else "montecarlo"
        log = WarningLog()
        counter: Counter = Counter()

        if method == "exact":
            masks = np.arange(1, 1 << n, dtype=np.int64)
            members = ((masks[:, None] >> np.arange(n, dtype=np.int64)) & 1).astype(bool)
            if isinstance(evaluator, FederatedEvaluator):
                # one run of rounds for every coalition (cached), not one for the singletons and grand
                # coalition and another for the rest; its messages are counted with the table's below
                evaluator(members)
        eye = np.eye(n, dtype=bool)
        base = np.vstack([eye, np.ones((1, n), dtype=bool)])
        tau_b, se_b, messages = evaluator(base)
        counter.update(messages)
        tau_s, se_s, tau_n, se_n = tau_b[:n], se_b[:n], float(tau_b[n]), float(se_b[n])
        if not usable(tau_n, se_n):
            raise ValueError(
                f"The grand coalition's estimate is unusable (tau_N = {tau_n}, se_N = {se_n}); "
                "nothing can be valued. Check the pooled data (both arms present, non-constant "
                "outcome) or choose another estimator/se."
            )
        v_single = kl_value(tau_s, se_s, tau_n, se_n)
        v_empty = empty_value(v_single)
        missing = np.flatnonzero(np.isnan(v_single))
        if missing.size:
            log.warn(
                f"Parties {[parties.labels[i] for i in missing]} have no usable standalone estimate "
                f"(an arm missing, < 2 units per arm, NaN or zero SE); they are valued v_empty = {v_empty:.6g}.",
                CocausalWarning,
            )
        worst = int(np.nanargmin(v_single))
        v_single = np.where(np.isnan(v_single), v_empty, v_single)
        valuation = KLValuation(tau_n, se_n, v_empty)
        d_empty = float((tau_s[worst] - tau_n) / se_n**2)
        dv_single = valuation.sensitivity(tau_s, se_s, d_empty)

        table = None
        if method == "exact":
            tau_all, se_all, messages = _evaluate_in_blocks(evaluator, members, store, progress)
            counter.update(messages)
            ok = usable(tau_all, se_all)
            counter["__undefined__"] += int((~ok).sum())
            v_table = np.concatenate([[v_empty], valuation(tau_all, se_all)])
            v_table[-1] = 0.0
            d_table = np.concatenate([[d_empty], valuation.sensitivity(tau_all, se_all, d_empty)])
            d_table[-1] = 0.0
            game = TabularGame(v_table)
            values = shapley_values(game, "exact")
            dphi = shapley_values(TabularGame(d_table), "exact").values
            n_coalitions = int(masks.size)
            table = {
                "tau": readonly_array(np.concatenate([[np.nan], tau_all])),
                "se": readonly_array(np.concatenate([[np.nan], se_all])),
                "v": readonly_array(v_table),
            }
        else:
            game = _KLGame(evaluator, valuation, n, counter)
            values = shapley_values(
                game, "montecarlo", stopping=self.stopping, random_state=shapley_seed, progress=progress
            )
            dphi = np.full(n, np.nan)
            n_coalitions = int(getattr(evaluator, "n_evaluations", 0))
            log.extend(values.warnings)
        phi = np.asarray(values.values, dtype=float)

        undefined = counter.pop("__undefined__", 0)
        if undefined:
            log.warn(
                f"{undefined} coalition(s) have no usable estimate and are valued v_empty = {v_empty:.6g}.",
                CocausalWarning,
            )
        rank_deficient = getattr(evaluator, "rank_deficient", 0)
        if rank_deficient:
            log.warn(
                f"{rank_deficient} coalition arm fit(s) were rank deficient "
                "(collinear or constant covariates within an arm); the minimum-norm least-squares fit was used.",
                CocausalWarning,
            )
        for message in _coalition_warnings(counter):
            log.warn(message, CocausalWarning)
        negative = np.flatnonzero(phi < 0)
        if negative.size:
            log.warn(
                f"Parties {[parties.labels[i] for i in negative]} have negative Shapley values (the "
                "valuation is not monotone here); they are thresholded to 0 and get r_i = v_i.",
                CocausalWarning,
            )

        rewards = rho_shapley_rewards(v_single, phi, self.rho0)
        criteria = check_criteria(v_single, phi, rewards.r, self.rho0)
        realised = realise_rewards(
            rewards.r, tau_n, se_n, v_empty, kappa=float(self.kappa),
            max_attempts=int(self.max_attempts), random_state=reward_seed,
        )
        log.extend(realised.warnings)
        gain, cost = gain_cost(rewards.r, v_single)
        name = self.estimator if isinstance(self.estimator, str) else type(estimator).__name__
        self.game_ = game
        self.coalition_table_ = table
        self.result_ = CCIResult(
            parties=parties.labels,
            n=parties.sizes,
            tau=tau_s,
            se=np.where(usable(tau_s, se_s), se_s, np.nan),
            v=v_single,
            phi=phi,
            r=rewards.r,
            tau_r=realised.tau_r,
            se_r=realised.se_r,
            phi_stderr=values.stderr,
            dv_dtau=dv_single,
            dphi_dtau=dphi,
            tau_N=tau_n,
            se_N=se_n,
            v_empty=v_empty,
            rho=rewards.rho,
            rho_uncapped=rewards.rho_uncapped,
            rho0=float(self.rho0),
            kappa=float(self.kappa),
            criteria=criteria,
            gain=gain,
            cost=cost,
            fidelity=realised.fidelity,
            shapley_method=values.method,
            n_coalitions=n_coalitions,
            undefined_coalitions=int(undefined),
            estimator=name,
            se_method=self.se,
            warnings=log.messages,
            extras={"reward_attempts": realised.attempts.tolist(), "shapley": dict(values.extras)},
        )
        return self
