"""The ``Game`` protocol and the shared base class of cocausal's games."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable

import numpy as np

from cocausal.games._coalitions import coalition_to_mask, masks_to_members, to_members

__all__ = ["BaseGame", "Game", "MAX_EXACT_PLAYERS", "check_players", "full_table"]

#: Largest game whose full table of ``2**n`` values the exact methods build (256 MB).
MAX_EXACT_PLAYERS = 25

_TABLE_CHUNK = 1 << 16


@runtime_checkable
class Game(Protocol):
    """A transferable-utility cooperative game on players ``0 .. n_players - 1``.

    A coalition is a bitmask ``int`` (bit ``i`` set = player ``i`` is in it) or an
    iterable of distinct player indices. ``values`` takes a batch: a sequence of
    coalitions, a 1-D integer array of bitmasks, or a boolean membership matrix of shape
    ``(k, n_players)``; it returns a float array of length ``k``.
    """

    n_players: int

    def value(self, coalition) -> float:
        """Value of one coalition."""

    def values(self, coalitions) -> np.ndarray:
        """Values of a batch of coalitions."""


class BaseGame(ABC):
    """Encoding, validation and batching shared by every game.

    Subclasses implement :meth:`_evaluate` on a boolean membership matrix and set
    ``n_players`` (and optionally ``players``, a tuple of names).
    """

    n_players: int
    players: tuple[str, ...] | None = None

    @abstractmethod
    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        """Values of the coalitions in the rows of a validated membership matrix."""

    def value(self, coalition) -> float:
        """Value of one coalition (bitmask int or iterable of player indices)."""
        mask = coalition_to_mask(coalition, self.n_players)
        return float(self.values([mask])[0])

    def values(self, coalitions) -> np.ndarray:
        """Values of a batch of coalitions (see :class:`Game` for the accepted encodings)."""
        return np.asarray(self._evaluate(to_members(coalitions, self.n_players)), dtype=float)

    def table(self) -> np.ndarray:
        """All ``2**n`` coalition values indexed by bitmask (evaluated in chunks)."""
        n = _check_exact_size(self.n_players)
        out = np.empty(1 << n)
        for start in range(0, 1 << n, _TABLE_CHUNK):
            masks = np.arange(start, min(start + _TABLE_CHUNK, 1 << n), dtype=np.int64)
            out[start : start + masks.size] = self._evaluate(masks_to_members(masks, n))
        return out

    def __repr__(self) -> str:
        return f"{type(self).__name__}(n_players={self.n_players})"


def _check_exact_size(n_players: int) -> int:
    if n_players > MAX_EXACT_PLAYERS:
        raise ValueError(
            f"Exact enumeration needs all 2**{n_players} coalition values, which does not fit in "
            f"memory (limit n = {MAX_EXACT_PLAYERS}); use method='montecarlo' with a stopping "
            "rule instead."
        )
    return n_players


def full_table(game) -> np.ndarray:
    """All ``2**n`` values of any :class:`Game`, as a validated float array indexed by bitmask."""
    n = _check_exact_size(game.n_players)
    if isinstance(game, BaseGame):
        table = np.asarray(game.table(), dtype=float)
    else:
        table = np.asarray(game.values(np.arange(1 << n, dtype=np.int64)), dtype=float)
    if table.shape != (1 << n,):
        raise ValueError(f"Game returned {table.shape} values for 2**{n} coalitions.")
    if not np.all(np.isfinite(table)):
        bad = int(np.flatnonzero(~np.isfinite(table))[0])
        raise ValueError(
            f"Coalition value v({bad:#b}) is {table[bad]}; every value must be finite. "
            "Replace missing values (e.g. by the value of the best sub-coalition) first."
        )
    return table



def check_players(players, n: int) -> tuple[str, ...] | None:
    """Validate optional player names: ``n`` distinct strings (or ``None``)."""
    if players is None:
        return None
    players = tuple(str(p) for p in players)
    if len(players) != n:
        raise ValueError(f"players has {len(players)} names for a {n}-player game; give one per player.")
    if len(set(players)) != n:
        raise ValueError(f"Player names must be distinct, got {players}.")
    return players
