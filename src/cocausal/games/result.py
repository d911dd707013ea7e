"""Immutable results of game valuations."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from cocausal.results import ResultMixin, freeze_mapping, readonly_array

__all__ = ["ConditionalValues", "GameValues"]


def _names(players, n: int) -> list[str]:
    return [str(i) for i in range(n)] if players is None else list(players)


def _freeze_fields(result, main: str) -> None:
    """Freeze ``main``, ``stderr``, ``counts`` (int64), ``warnings``, ``players``, ``extras``."""
    object.__setattr__(result, main, readonly_array(getattr(result, main)))
    object.__setattr__(result, "stderr", readonly_array(result.stderr))
    object.__setattr__(result, "counts", readonly_array(result.counts, dtype=np.int64))
    object.__setattr__(result, "warnings", tuple(result.warnings))
    if result.players is not None:
        object.__setattr__(result, "players", tuple(result.players))
    object.__setattr__(result, "extras", freeze_mapping(result.extras))


@dataclasses.dataclass(frozen=True)
class GameValues(ResultMixin):
    """Per-player values of a game (Shapley, Banzhaf) with their uncertainty.

    Attributes
    ----------
    values : ndarray, shape (n,)
        The estimated (or exact) value of each player.
    stderr : ndarray, shape (n,)
        Monte Carlo standard error of each value (0 for exact methods).
    counts : ndarray of int, shape (n,)
        Number of marginal contributions averaged per player (``2**(n-1)`` for exact
        enumeration).
    method : str
        ``"exact"``, ``"permutation"``, ``"antithetic"`` or ``"banzhaf-exact"``.
    warnings : tuple of str
        Warnings raised during the computation (e.g. an unconverged Monte Carlo run).
    players : tuple of str or None
        Player names, when the game has them.
    extras : Mapping
        Method details: ``n_permutations``, ``stopped_by``, ``converged``, ``elapsed_s`` ...
    """

    values: np.ndarray
    stderr: np.ndarray
    counts: np.ndarray
    method: str
    warnings: tuple[str, ...] = ()
    players: tuple[str, ...] | None = None
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        _freeze_fields(self, "values")
        n = self.values.shape[0]
        if self.values.shape != (n,) or self.stderr.shape != (n,) or self.counts.shape != (n,):
            raise ValueError("values, stderr and counts must be 1-D arrays of the same length.")

    def to_frame(self) -> pd.DataFrame:
        """One row per player: ``player``, ``value``, ``stderr``, ``count``."""
        return pd.DataFrame(
            {
                "player": _names(self.players, self.values.size),
                "value": self.values,
                "stderr": self.stderr,
                "count": self.counts,
            }
        )

    def summary(self) -> str:
        lines = [f"GameValues ({self.method}, {self.values.size} players)"]
        lines += [
            f"  {p}: {v:.6g} (se {s:.3g}, n {c})"
            for p, v, s, c in self.to_frame().itertuples(index=False)
        ]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class ConditionalValues(ResultMixin):
    """Conditional Shapley values (payoff flows) of every ordered pair of players.

    Attributes
    ----------
    matrix : ndarray, shape (n, n)
        ``matrix[i, j] = phi_{j|i}``, the payoff flow from ``i`` to ``j`` (what ``j``
        contributes to the coalitions that contain ``i``); the diagonal is 0.
    stderr : ndarray, shape (n, n)
        Monte Carlo standard errors (0 for exact).
    counts : ndarray of int, shape (n, n)
        Marginal contributions averaged per entry.
    method, warnings, players, extras
        As in :class:`GameValues`.
    """

    matrix: np.ndarray
    stderr: np.ndarray
    counts: np.ndarray
    method: str
    warnings: tuple[str, ...] = ()
    players: tuple[str, ...] | None = None
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        _freeze_fields(self, "matrix")
        n = self.matrix.shape[0]
        if any(a.shape != (n, n) for a in (self.matrix, self.stderr, self.counts)):
            raise ValueError("matrix, stderr and counts must be square arrays of the same shape.")

    def to_frame(self) -> pd.DataFrame:
        """Long format, one row per ordered pair ``i != j``.

        Columns: ``from``, ``to``, ``flow`` (= ``phi_{to|from}``), ``stderr``, ``count``.
        """
        n = self.matrix.shape[0]
        names = _names(self.players, n)
        i, j = np.nonzero(~np.eye(n, dtype=bool))
        return pd.DataFrame(
            {
                "from": [names[k] for k in i],
                "to": [names[k] for k in j],
                "flow": self.matrix[i, j],
                "stderr": self.stderr[i, j],
                "count": self.counts[i, j],
            }
        )
