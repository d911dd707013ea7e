"""Slow reference implementations that the privacy tests check the fast code against."""

from __future__ import annotations

import numpy as np

from cocausal.privacy.matching import SortedArms

__all__ = ["naive_capped_greedy_match"]


def naive_capped_greedy_match(
    score: np.ndarray,
    t: np.ndarray,
    limits: tuple[int, int],
    n_neighbors: int,
    order: np.ndarray,
    tie_rank: np.ndarray,
) -> np.ndarray:
    """Reference ``O(n^2 log n)`` implementation of :func:`cocausal.privacy.matching.capped_greedy_match`.

    For each unit in ``order``, sort every opposite-arm unit by the full key of the matching
    conventions (score distance, offset from the insertion point, side) and take the first
    ``n_neighbors`` whose use count is below their arm's limit; missing matches are ``-1``.
    """
    score = np.asarray(score, dtype=float)
    N = int(n_neighbors)
    arms = SortedArms.build(score, t, tie_rank)
    counts = np.zeros(len(score), dtype=np.int64)
    out = np.full((len(score), N), -1, dtype=np.int64)
    for u in np.asarray(order):
        b = 1 - int(t[u])
        s = arms.scores[b]
        j = np.arange(len(s))
        p = np.searchsorted(s, score[u], side="left")
        dist = np.abs(score[u] - s)
        off = np.where(j < p, p - 1 - j, j - p)
        side = (j >= p).astype(int)
        ranked = arms.units[b][np.lexsort((side, off, dist))]
        free = ranked[counts[ranked] < limits[b]][:N]
        out[u, : len(free)] = free
        counts[free] += 1
    return out
