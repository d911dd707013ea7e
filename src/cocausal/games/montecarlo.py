"""Monte Carlo Shapley and conditional Shapley values by permutation sampling.

Each sampled permutation ``pi`` yields one marginal contribution per player,
``v(P_i + i) - v(P_i)`` with ``P_i`` the players before ``i``; their average is unbiased for
the Shapley value. A batch of permutations costs one ``game.values`` call on all its
prefix coalitions (``n + 1`` per permutation), so a :class:`FunctionGame` spreads it over
its executor and caches repeats.

*Antithetic* sampling pairs each permutation with its reverse and averages the two
contributions of each player; for monotone games the two are negatively correlated, which
lowers the variance. The standard error is then computed from the pair averages (the
independent units), and ``counts`` reports permutations (two per pair).

Seeding: batch ``k`` draws its permutations from the ``k``-th ``SeedSequence.spawn`` child
of the root seed, so results depend on ``random_state`` and the batch size only, never on
the executor that evaluates the coalitions.

References
----------
Castro, Gomez and Tejada, "Polynomial calculation of the Shapley value based on
sampling", Computers & Operations Research 36(5), 2009.
Mitchell, Cooper, Frank and Holmes, "Sampling permutations for Shapley value estimation",
JMLR 23, 2022.
Nguyen, Low and Jaillet, NeurIPS 2022 (conditional Shapley as permutations starting with i).
"""

from __future__ import annotations

import time

import numpy as np

from cocausal.games.base import BaseGame
from cocausal.games.result import ConditionalValues, GameValues
from cocausal.games.stopping import MaxPermutations, MonteCarloStatus, StandardErrorTarget, StoppingRule
from cocausal.random import spawn_seeds
from cocausal.warnings import MonteCarloWarning, WarningLog

__all__ = ["default_stopping", "permutation_conditional_shapley", "permutation_shapley"]

_SAMPLERS = ("antithetic", "permutation")


def default_stopping() -> StoppingRule:
    """``StandardErrorTarget(0.01, relative=True) | MaxPermutations(2000)``."""
    return StandardErrorTarget(0.01, relative=True) | MaxPermutations(2000)


class _RunningMean:
    """Per-player mean and sum of squared deviations, merged batch by batch (Chan et al.)."""

    def __init__(self, n: int) -> None:
        self.count = 0
        self.mean = np.zeros(n)
        self.m2 = np.zeros(n)

    def update(self, samples: np.ndarray) -> None:
        k = samples.shape[0]
        batch_mean = samples.mean(axis=0)
        batch_m2 = ((samples - batch_mean) ** 2).sum(axis=0)
        total = self.count + k
        delta = batch_mean - self.mean
        self.mean = self.mean + delta * (k / total)
        self.m2 = self.m2 + batch_m2 + delta**2 * (self.count * k / total)
        self.count = total

    def stderr(self) -> np.ndarray:
        if self.count < 2:
            return np.full(self.mean.shape, np.inf)
        return np.sqrt(self.m2 / (self.count - 1) / self.count)


def _marginals(game, permutations: np.ndarray) -> np.ndarray:
    """Marginal contribution of every player in every permutation, shape ``(B, n)``."""
    n_perm, n = permutations.shape
    position = np.empty_like(permutations)
    np.put_along_axis(position, permutations, np.arange(n), axis=1)
    # prefix k of permutation b holds the players whose position is < k
    members = position[:, None, :] < np.arange(n + 1)[None, :, None]
    prefix_values = np.asarray(game.values(members.reshape(-1, n)), dtype=float).reshape(n_perm, n + 1)
    if not np.all(np.isfinite(prefix_values)):
        raise ValueError("The game returned a non-finite coalition value; all values must be finite.")
    return np.take_along_axis(prefix_values, position + 1, axis=1) - np.take_along_axis(
        prefix_values, position, axis=1
    )


def _check_options(sampler: str, stopping, batch_size) -> tuple[StoppingRule, int]:
    if sampler not in _SAMPLERS:
        raise ValueError(f"sampler must be one of {_SAMPLERS}, got {sampler!r}.")
    stopping = default_stopping() if stopping is None else stopping
    if not isinstance(stopping, StoppingRule):
        raise TypeError(
            "stopping must be a StoppingRule such as MaxPermutations(1000) | "
            f"StandardErrorTarget(0.01); got {type(stopping).__name__}."
        )
    if batch_size is None:
        batch_size = 64
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 2:
        raise ValueError(f"batch_size must be an int >= 2, got {batch_size!r}.")
    return stopping, batch_size


def _sample(game, n: int, sampler: str, stopping: StoppingRule, root, batch_size: int, progress=None):
    """Run the sampling loop; returns (running mean, final status).

    ``progress(done, total)`` is called after each batch with the permutations drawn so far
    and the stopping rule's cap (``None`` without one), and once more with
    ``done == total`` when the rule stops the run.
    """
    stats = _RunningMean(n)
    cap = stopping.permutation_cap()
    n_permutations = 0
    start = time.perf_counter()
    while True:
        size = batch_size if cap is None else max(2, min(batch_size, cap - n_permutations))
        rng = np.random.default_rng(root.spawn(1)[0])
        if sampler == "antithetic":
            half = rng.permuted(np.tile(np.arange(n), ((size + 1) // 2, 1)), axis=1)
            marg = _marginals(game, np.concatenate([half, half[:, ::-1]]))
            stats.update(0.5 * (marg[: half.shape[0]] + marg[half.shape[0] :]))
            n_permutations += 2 * half.shape[0]
        else:
            perms = rng.permuted(np.tile(np.arange(n), (size, 1)), axis=1)
            stats.update(_marginals(game, perms))
            n_permutations += size
        counts = np.full(n, n_permutations)
        status = MonteCarloStatus(
            n_permutations, stats.mean, stats.stderr(), counts, time.perf_counter() - start, stats.count
        )
        if stopping(status):
            if progress is not None:
                progress(n_permutations, n_permutations)
            return stats, status
        if progress is not None:
            progress(n_permutations, cap)


def _finish(stopping: StoppingRule, status: MonteCarloStatus) -> dict:
    """Summarise how a run ended: did every accuracy target hold, and which rules fired."""
    targets = [leaf for leaf in stopping.leaves() if isinstance(leaf, StandardErrorTarget)]
    return {
        "n_permutations": status.n_permutations,
        "stopped_by": ", ".join(repr(leaf) for leaf in stopping.leaves() if leaf(status)),
        "converged": bool(targets) and all(t(status) for t in targets),
        "elapsed_s": status.elapsed_s,
        "stopping": repr(stopping),
        "max_stderr": float(np.max(status.stderr)) if status.stderr.size else 0.0,
    }


def _unconverged_message(stopping: StoppingRule, extras: dict) -> str:
    targets = [repr(x) for x in stopping.leaves() if isinstance(x, StandardErrorTarget)]
    goal = (
        f"before reaching its accuracy target {' and '.join(targets)}"
        if targets
        else "with no accuracy target set (add StandardErrorTarget to the stopping rule)"
    )
    return (
        f"stopped by {extras['stopped_by']} after {extras['n_permutations']} permutations {goal}; "
        f"largest stderr = {extras['max_stderr']:.3g}."
    )


def permutation_shapley(
    game, *, sampler: str = "antithetic", stopping=None, random_state=None, batch_size=None, progress=None
) -> GameValues:
    """Monte Carlo Shapley values by (antithetic) permutation sampling.

    Parameters
    ----------
    game : Game
    sampler : {"antithetic", "permutation"}
    stopping : StoppingRule, optional
        Default :func:`default_stopping`.
    random_state : int, SeedSequence, Generator or None
    batch_size : int, default=64
        Permutations per batch; stopping rules are checked between batches.
    progress : callable, optional
        Called as ``progress(done, total)`` after each batch: ``done`` permutations drawn so
        far, ``total`` the stopping rule's permutation cap (``None`` when it has none); the
        last call, when the rule stops the run, has ``done == total``. The values are the
        same with or without it.

    Returns
    -------
    GameValues
        ``method`` is ``"antithetic"`` or ``"permutation"``; ``extras`` holds
        ``n_permutations``, ``stopped_by``, ``converged`` and ``elapsed_s``.
    """
    stopping, batch_size = _check_options(sampler, stopping, batch_size)
    n = int(game.n_players)
    root = spawn_seeds(random_state, 1)[0]
    stats, status = _sample(game, n, sampler, stopping, root, batch_size, progress)
    log = WarningLog()
    extras = _finish(stopping, status)
    if not extras["converged"]:
        log.warn("Monte Carlo Shapley " + _unconverged_message(stopping, extras), MonteCarloWarning)
    return GameValues(
        values=stats.mean,
        stderr=status.stderr,
        counts=status.counts,
        method=sampler,
        warnings=log.messages,
        players=getattr(game, "players", None),
        extras=extras,
    )


class _GivenPlayer(BaseGame):
    """The ``(n-1)``-player game ``C -> v(C + {i})`` on the players other than ``i``."""

    def __init__(self, game, player: int) -> None:
        self.game, self.player = game, player
        self.n_players = int(game.n_players) - 1

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        full = np.insert(members, self.player, True, axis=1)
        return np.asarray(self.game.values(full), dtype=float)


def permutation_conditional_shapley(
    game, *, sampler: str = "antithetic", stopping=None, random_state=None, batch_size=None
) -> ConditionalValues:
    """Monte Carlo conditional Shapley matrix: for each ``i``, permutations that start with ``i``.

    Row ``i`` samples orders of the other players after ``i`` and averages each player's
    marginal contribution, ``stopping`` applying to each row separately; row ``i`` uses the
    ``i``-th spawned child of the root seed.

    Returns
    -------
    ConditionalValues
    """
    stopping, batch_size = _check_options(sampler, stopping, batch_size)
    n = int(game.n_players)
    matrix, stderr, counts = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n), dtype=np.int64)
    log = WarningLog()
    rows = []
    if n > 1:
        for i, root in enumerate(spawn_seeds(random_state, n)):
            others = np.r_[0:i, i + 1 : n]
            stats, status = _sample(_GivenPlayer(game, i), n - 1, sampler, stopping, root, batch_size)
            matrix[i, others], stderr[i, others], counts[i, others] = stats.mean, status.stderr, status.counts
            rows.append(_finish(stopping, status))
    late = [i for i, row in enumerate(rows) if not row["converged"]]
    if late:
        log.warn(
            f"Conditional Shapley rows {late} " + _unconverged_message(stopping, rows[late[0]])
            + " (figures for the first such row)",
            MonteCarloWarning,
        )
    return ConditionalValues(
        matrix=matrix,
        stderr=stderr,
        counts=counts,
        method=sampler,
        warnings=log.messages,
        players=getattr(game, "players", None),
        extras={
            "n_permutations": [r["n_permutations"] for r in rows],
            "converged": all(r["converged"] for r in rows),
            "stopping": repr(stopping),
        },
    )
