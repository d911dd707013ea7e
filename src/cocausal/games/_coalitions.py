"""Coalition encodings: bitmask ints, index iterables and boolean membership matrices.

A coalition of an ``n``-player game is written either as a non-negative ``int`` whose bit
``i`` is set when player ``i`` belongs to it (``0b101`` = players 0 and 2), or as an iterable
of distinct player indices. Batches travel internally as boolean membership matrices of
shape ``(k, n)``, which work for any ``n`` (bitmasks beyond 62 players no longer fit int64).
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable

import numpy as np

__all__ = [
    "MAX_INT64_PLAYERS",
    "check_n_players",
    "coalition_to_mask",
    "masks_to_members",
    "members_to_keys",
    "members_to_masks",
    "popcount",
    "to_members",
]

#: Largest player count whose bitmasks fit a signed 64-bit integer.
MAX_INT64_PLAYERS = 62


def check_n_players(n_players) -> int:
    """Validate a player count (an int >= 1)."""
    if isinstance(n_players, bool) or not isinstance(n_players, numbers.Integral):
        raise TypeError(f"n_players must be an int, got {type(n_players).__name__}.")
    if n_players < 1:
        raise ValueError(
            f"A game needs at least one player, got n_players = {n_players}; "
            "pass n_players >= 1 (n = 1 is the trivial one-player game)."
        )
    return int(n_players)


def coalition_to_mask(coalition, n_players: int) -> int:
    """Bitmask (Python int) of one coalition given as a bitmask or an iterable of indices.

    Raises
    ------
    ValueError
        Negative bitmask, bits beyond ``n_players``, an index out of range or a
        repeated player.
    TypeError
        Anything that is neither an int nor an iterable of ints.
    """
    if isinstance(coalition, (numbers.Integral, np.integer)) and not isinstance(coalition, bool):
        mask = int(coalition)
        if mask < 0 or mask >> n_players:
            raise ValueError(
                f"Bitmask {mask} is not a coalition of {n_players} players; use an int in "
                f"[0, 2**{n_players}) whose bit i marks player i."
            )
        return mask
    if isinstance(coalition, (str, bytes)) or not isinstance(coalition, Iterable):
        raise TypeError(
            "A coalition is a bitmask int or an iterable of player indices, got "
            f"{type(coalition).__name__}."
        )
    mask = 0
    for player in coalition:
        if isinstance(player, bool) or not isinstance(player, (numbers.Integral, np.integer)):
            raise TypeError(f"Player indices must be ints, got {player!r}.")
        player = int(player)
        if not 0 <= player < n_players:
            raise ValueError(
                f"Player index {player} is out of range for a {n_players}-player game; "
                f"use indices 0 .. {n_players - 1}."
            )
        if mask >> player & 1:
            raise ValueError(
                f"Player {player} appears twice in coalition {list(coalition)!r}; list each "
                "player once."
            )
        mask |= 1 << player
    return mask


def masks_to_members(masks: np.ndarray, n_players: int) -> np.ndarray:
    """Boolean membership matrix ``(k, n)`` of int64 bitmasks."""
    masks = np.asarray(masks, dtype=np.int64)
    return ((masks[:, None] >> np.arange(n_players, dtype=np.int64)) & 1).astype(bool)


def members_to_masks(members: np.ndarray) -> np.ndarray:
    """int64 bitmasks of a membership matrix with at most 62 columns."""
    n = members.shape[1]
    if n > MAX_INT64_PLAYERS:
        raise ValueError(f"int64 bitmasks hold at most {MAX_INT64_PLAYERS} players, got {n}.")
    weights = np.left_shift(np.int64(1), np.arange(n, dtype=np.int64))
    return members.astype(np.int64) @ weights


def members_to_keys(members: np.ndarray) -> list[int]:
    """Python-int bitmasks (any number of players) of a membership matrix, as cache keys."""
    if members.shape[1] <= MAX_INT64_PLAYERS:
        return members_to_masks(members).tolist()
    packed = np.packbits(members, axis=1, bitorder="little")
    return [int.from_bytes(row.tobytes(), "little") for row in packed]


def to_members(coalitions, n_players: int) -> np.ndarray:
    """Membership matrix ``(k, n)`` of a batch of coalitions in any accepted encoding.

    Accepts a boolean array of shape ``(k, n)``, an integer array or sequence of bitmasks,
    or a sequence of index iterables (mixing ints and iterables is allowed).
    """
    if isinstance(coalitions, np.ndarray):
        if coalitions.ndim == 2:
            if coalitions.dtype != bool or coalitions.shape[1] != n_players:
                raise ValueError(
                    "A 2-D coalition batch must be a boolean membership matrix of shape "
                    f"(k, {n_players}); got dtype {coalitions.dtype} and shape {coalitions.shape}."
                )
            return coalitions
        if coalitions.ndim == 1 and np.issubdtype(coalitions.dtype, np.integer):
            if n_players <= MAX_INT64_PLAYERS:
                masks = coalitions.astype(np.int64)
                if masks.size and (masks.min() < 0 or masks.max() >> n_players):
                    raise ValueError(
                        f"Bitmasks must lie in [0, 2**{n_players}) for a {n_players}-player game."
                    )
                return masks_to_members(masks, n_players)
        coalitions = coalitions.tolist()
    masks = [coalition_to_mask(c, n_players) for c in coalitions]
    members = np.zeros((len(masks), n_players), dtype=bool)
    for row, mask in enumerate(masks):
        bits = bin(mask)[:1:-1]
        members[row, [i for i, b in enumerate(bits) if b == "1"]] = True
    return members


def popcount(n_players: int) -> np.ndarray:
    """Coalition sizes of all ``2**n`` bitmasks, as a uint8 array indexed by bitmask."""
    sizes = np.zeros(1, dtype=np.uint8)
    for _ in range(n_players):
        sizes = np.concatenate([sizes, sizes + 1])
    return sizes
