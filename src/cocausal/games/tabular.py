"""Games given by a table of all ``2**n`` coalition values."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cocausal.datasets.examples import COLLAB_ML_GAMES, collab_ml_table
from cocausal.games._coalitions import members_to_masks
from cocausal.games.base import MAX_EXACT_PLAYERS, BaseGame, check_players
from cocausal.limits import MAX_JSON_BYTES, check_finite_values, load_json, read_text

__all__ = ["TabularGame", "load_collab_ml_game", "COLLAB_ML_GAMES"]

class TabularGame(BaseGame):
    """A game stored as the values of all ``2**n`` coalitions, indexed by bitmask.

    Parameters
    ----------
    values : array-like of float, length ``2**n``
        ``values[mask]`` is the value of the coalition whose bit ``i`` marks player ``i``;
        ``values[0]`` is the empty coalition. Any finite values are accepted (negative and
        non-monotone games included). The array is copied and made read-only.
    players : sequence of str, optional
        Player names (default ``"0" .. "n-1"``).

    Raises
    ------
    ValueError
        The length is not a power of two, describes ``n = 0`` players or more than
        ``MAX_EXACT_PLAYERS``, the values contain NaN/inf, or ``players`` has the wrong length.

    Examples
    --------
    >>> game = TabularGame([0.0, 1.0, 2.0, 4.0])   # v({0}) = 1, v({1}) = 2, v({0, 1}) = 4
    >>> game.n_players, game.value([0, 1]), game.value(0b10)
    (2, 4.0, 2.0)
    """

    def __init__(self, values, players=None) -> None:
        table = np.array(values, dtype=float)
        if table.ndim != 1:
            raise ValueError(
                f"values must be a 1-D array of 2**n coalition values, got shape {table.shape}."
            )
        size = table.size
        if size < 2 or size & (size - 1):
            if size < 2:
                hint = " (a single value describes a game with no players)"
            else:
                hint = f" (nearest: {1 << (size.bit_length() - 1)} or {1 << size.bit_length()})"
            raise ValueError(
                f"A value table needs 2**n entries for n >= 1 players (the empty coalition plus "
                f"every non-empty one); got {size}{hint}."
            )
        n = size.bit_length() - 1
        if n > MAX_EXACT_PLAYERS:
            raise ValueError(
                f"A table for {n} players is too large; use FunctionGame for n > {MAX_EXACT_PLAYERS}."
            )
        bad = np.flatnonzero(~np.isfinite(table))
        if bad.size:
            raise ValueError(
                f"{bad.size} coalition values are not finite (first: v({int(bad[0]):#b}) = "
                f"{table[bad[0]]}); fill them in before building the game."
            )
        table.setflags(write=False)
        self._table = table
        self.n_players = n
        self.players = check_players(players, n)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        return self._table[members_to_masks(members)]

    def table(self) -> np.ndarray:
        """The read-only table of all ``2**n`` values, indexed by bitmask."""
        return self._table

    @classmethod
    def from_json(cls, path) -> TabularGame:
        """Read a table in the ``value_by_bitmask`` JSON format.

        The file holds an object with a ``value_by_bitmask`` list (index = bitmask) and
        optionally ``parties`` (one entry per player, used as names).

        Raises
        ------
        FileNotFoundError
            The file does not exist.
        cocausal.limits.InputLimitError
            The file exceeds :data:`cocausal.limits.MAX_JSON_BYTES` or
            :data:`cocausal.limits.MAX_JSON_DEPTH`, or a value is larger in magnitude than
            :data:`cocausal.limits.MAX_ABS_GAME_VALUE` (sums of such values overflow).
        ValueError
            The file is not JSON, has no ``value_by_bitmask`` list of numbers, or holds
            NaN/inf values.
        """
        path = Path(path)
        return cls._from_text(read_text(path, max_bytes=MAX_JSON_BYTES, what="game file"), str(path))

    @classmethod
    def _from_text(cls, text: str, source: str) -> TabularGame:
        payload = load_json(source, text=text, what="game file")
        if not isinstance(payload, dict) or not isinstance(payload.get("value_by_bitmask"), list):
            raise ValueError(
                f"{source} must hold a JSON object with a 'value_by_bitmask' list (index = "
                "bitmask, bit i = player i)."
            )
        values = payload["value_by_bitmask"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            raise ValueError(f"{source}: every entry of 'value_by_bitmask' must be a number.")
        values = check_finite_values(values, f"{source}: value_by_bitmask")
        parties = payload.get("parties")
        if parties is not None and not isinstance(parties, list):
            raise ValueError(f"{source}: 'parties' must be a list with one name per player.")
        players = None if parties is None else [_party_name(p) for p in parties]
        return cls(values, players=players)

    def __repr__(self) -> str:
        return f"TabularGame(n_players={self.n_players}, players={self.players})"


def load_collab_ml_game(name: str) -> TabularGame:
    """A shipped collaborative-ML game: test accuracy of a model trained on each coalition's data.

    Parameters
    ----------
    name : {"imdb_5_parties", "mnist_5_disjoint_parties", "mnist_5_parties"}
        Which table (5 parties each; provenance in ``/work/shared/data/PROVENANCE.md``).

    References
    ----------
    Nguyen, Low and Jaillet, "Trade-off between Payoff and Model Rewards in Shapley-Fair
    Collaborative Machine Learning", NeurIPS 2022.

    Examples
    --------
    >>> load_collab_ml_game("imdb_5_parties").n_players
    5
    """
    return TabularGame._from_text(*collab_ml_table(name))


def _party_name(party) -> str:
    if isinstance(party, list):
        return "{" + ",".join(str(p) for p in party) + "}"
    return str(party)

