"""Games defined by a Python value function, cached per coalition and seeded per coalition."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial

import numpy as np

from cocausal.games._coalitions import check_n_players, members_to_keys
from cocausal.games.base import BaseGame, check_players
from cocausal.games.executors import Executor, SerialExecutor, split_chunks
from cocausal.random import RandomState, spawn_seeds

__all__ = ["BatchGame", "FunctionGame", "coalition_seed"]

# Domain tag mixed into per-coalition seeds so they never coincide with SeedSequence.spawn
# children of the same root (which use small consecutive spawn keys).
_COALITION_TAG = 0x636F616C


def coalition_seed(root: np.random.SeedSequence, mask: int) -> np.random.SeedSequence:
    """The seed of coalition ``mask`` under ``root``: a pure function of both.

    It is ``SeedSequence(root.entropy, spawn_key=root.spawn_key + (TAG, mask))``, so a
    stochastic coalition value does not depend on the executor, the chunking or the order
    in which coalitions are evaluated.
    """
    return np.random.SeedSequence(root.entropy, spawn_key=(*root.spawn_key, _COALITION_TAG, mask))


def _evaluate_chunk(fn, takes_rng, root, chunk):
    """Worker task: values of ``chunk``, a list of (bitmask, player-index tuple)."""
    out = np.empty(len(chunk))
    for k, (mask, coalition) in enumerate(chunk):
        if takes_rng:
            rng = np.random.default_rng(coalition_seed(root, mask))
            out[k] = fn(coalition, rng=rng)
        else:
            out[k] = fn(coalition)
    return out


class FunctionGame(BaseGame):
    """A game whose value function is a Python callable, evaluated once per coalition.

    Parameters
    ----------
    fn : callable
        ``fn(coalition) -> float`` where ``coalition`` is a sorted ``tuple`` of player
        indices (``()`` for the empty coalition). If ``fn`` accepts a keyword argument
        ``rng``, it is called as ``fn(coalition, rng=generator)`` with a
        :class:`numpy.random.Generator` seeded by :func:`coalition_seed` from the game's root
        seed and the coalition's bitmask: a stochastic value (bootstrap, subsampling, SGD) is
        then a deterministic function of the coalition, whatever the executor or order.
        ``fn`` must be picklable (cloudpickle) for process and cluster executors.
    n_players : int
        Number of players (>= 1).
    executor : SerialExecutor, JoblibExecutor or DaskExecutor, optional
        Where batches of uncached coalitions are evaluated (default: serial).
    random_state : int, SeedSequence, Generator or None
        Root of the per-coalition seeds; ``None`` draws fresh entropy once, at construction.
    players : sequence of str, optional
        Player names.
    chunk_size : int, optional
        Coalitions per task (default: about four chunks per worker).

    Attributes
    ----------
    n_evaluations : int
        Number of calls of ``fn`` so far (cache misses).

    Examples
    --------
    >>> game = FunctionGame(lambda c: len(c) ** 2, n_players=3)
    >>> game.value([0, 2]), game.values([0b111, 0b111]).tolist(), game.n_evaluations
    (4.0, [9.0, 9.0], 2)
    """

    def __init__(
        self,
        fn: Callable,
        n_players: int,
        *,
        executor: Executor | None = None,
        random_state: RandomState = None,
        players=None,
        chunk_size: int | None = None,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"fn must be callable, got {type(fn).__name__}.")
        self.n_players = check_n_players(n_players)
        self.players = check_players(players, self.n_players)
        executor = SerialExecutor() if executor is None else executor
        if not callable(getattr(executor, "map", None)):
            raise TypeError(
                "executor must be a SerialExecutor, JoblibExecutor or DaskExecutor (an object "
                f"with map(func, chunks)), got {type(executor).__name__}."
            )
        if chunk_size is not None and (not isinstance(chunk_size, int) or chunk_size < 1):
            raise ValueError(f"chunk_size must be a positive int or None, got {chunk_size!r}.")
        self.fn = fn
        self.executor = executor
        self.chunk_size = chunk_size
        self.random_state = random_state
        self._takes_rng = _accepts_rng(fn)
        self._root = spawn_seeds(random_state, 1)[0]
        self._cache: dict[int, float] = {}

    @property
    def n_evaluations(self) -> int:
        return len(self._cache)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        keys = members_to_keys(members)
        missing = {}
        for row, key in enumerate(keys):
            if key not in self._cache and key not in missing:
                missing[key] = row
        if missing:
            self._fill_cache(members, missing)
        return np.fromiter((self._cache[k] for k in keys), dtype=float, count=len(keys))

    def _fill_cache(self, members: np.ndarray, missing: dict[int, int]) -> None:
        tasks = [(key, tuple(np.flatnonzero(members[row]).tolist())) for key, row in missing.items()]
        chunks = split_chunks(tasks, self.executor.n_workers, self.chunk_size)
        results = self.executor.map(
            partial(_evaluate_chunk, self.fn, self._takes_rng, self._root), chunks
        )
        for chunk, values in zip(chunks, results):
            values = np.asarray(values, dtype=float)
            bad = np.flatnonzero(~np.isfinite(values))
            if bad.size:
                raise ValueError(
                    f"fn returned {values[bad[0]]} for coalition {chunk[bad[0]][1]}; the value "
                    "function must return a finite float for every coalition."
                )
            self._cache.update(zip((key for key, _ in chunk), values.tolist()))

    def __repr__(self) -> str:
        return (
            f"FunctionGame(fn={getattr(self.fn, '__name__', self.fn)!r}, n_players={self.n_players}, "
            f"executor={self.executor!r})"
        )


def _accepts_rng(fn: Callable) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "rng" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


class BatchGame(BaseGame):
    """A game whose value function is vectorised over a batch of coalitions (not cached).

    Parameters
    ----------
    fn : callable
        ``fn(members) -> values`` where ``members`` is a boolean array of shape
        ``(k, n_players)`` (row = coalition, column = player) and ``values`` has length
        ``k``; the same convention as shapiq's games, so one function can serve both.
    n_players : int
    players : sequence of str, optional

    Examples
    --------
    >>> game = BatchGame(lambda members: members.sum(axis=1) ** 2.0, n_players=3)
    >>> game.values([0b011, 0b111]).tolist()
    [4.0, 9.0]
    """

    def __init__(self, fn: Callable, n_players: int, *, players=None) -> None:
        if not callable(fn):
            raise TypeError(f"fn must be callable, got {type(fn).__name__}.")
        self.fn = fn
        self.n_players = check_n_players(n_players)
        self.players = check_players(players, self.n_players)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        values = np.asarray(self.fn(members), dtype=float).reshape(-1)
        if values.shape != (members.shape[0],):
            raise ValueError(
                f"fn returned {values.size} values for {members.shape[0]} coalitions; it must "
                "return one value per row of the membership matrix."
            )
        if not np.all(np.isfinite(values)):
            raise ValueError("fn returned NaN or inf; every coalition value must be finite.")
        return values
