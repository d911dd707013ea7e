"""Nearest-neighbour matching on a scalar score, uncapped and with per-unit matching limits.

Everything works on each arm's scores sorted once (``O(n log n)``) and pointer walks from each
unit's insertion point, so time is ``O(n log n + n N)`` (times an inverse-Ackermann factor for
the capped walk) and memory ``O(n)``; no ``n x n`` distance matrix is ever formed.

Conventions (fixed, so results are reproducible and the naive reference can be checked):

* Each arm is sorted by ``(score, tie_rank)``; ``tie_rank`` is a permutation of the units.
* For a unit with score ``e`` and insertion point ``p`` (``searchsorted(sorted, e, "left")``)
  in the opposite arm, the candidate at sorted position ``j`` has key
  ``(|e - s_j|, offset, side)`` with ``offset = p - 1 - j`` on the left (``j < p``) and
  ``j - p`` on the right, and ``side`` 0 (left) or 1 (right). Candidates are taken in
  increasing key: nearest score first; equal distances go to the candidate nearer the
  insertion point in sorted order, then the left one.
* Capped greedy matching visits the units in a given processing order; each unit takes the
  ``N`` smallest-key opposite-arm units whose use count is below their arm's limit and adds
  one to their counts. A unit that finds fewer than ``N`` such units is *short*; its missing
  matches are marked ``-1``.

References
----------
.. [1] Q. Yuan et al., "PrivATE: Differentially private average treatment effect estimation
   for observational data", NDSS 2026 (Algorithms 2 and 3).
.. [2] P. R. Rosenbaum and D. B. Rubin, "The central role of the propensity score in
   observational studies for causal effects", Biometrika 70(1), 1983.
"""

from __future__ import annotations

import dataclasses
from array import array

import numpy as np

__all__ = [
    "SortedArms",
    "first_neighbours",
    "max_appearances",
    "capped_greedy_match",
]

_CHUNK = 1 << 15


@dataclasses.dataclass(frozen=True)
class SortedArms:
    """Each arm's units sorted by ``(score, tie_rank)``.

    Attributes
    ----------
    units : tuple of two int arrays
        ``units[a][j]`` is the unit at sorted position ``j`` of arm ``a``.
    scores : tuple of two float arrays
        The sorted scores.
    """

    units: tuple[np.ndarray, np.ndarray]
    scores: tuple[np.ndarray, np.ndarray]

    @classmethod
    def build(cls, score: np.ndarray, t: np.ndarray, tie_rank: np.ndarray) -> SortedArms:
        """Sort each arm of ``score`` by score, then ``tie_rank``."""
        units, scores = [], []
        for a in (0, 1):
            idx = np.flatnonzero(t == a)
            order = np.lexsort((tie_rank[idx], score[idx]))
            units.append(idx[order])
            scores.append(np.ascontiguousarray(score[idx[order]], dtype=float))
        return cls(tuple(units), tuple(scores))

    def insertion_points(self, score: np.ndarray, t: np.ndarray) -> np.ndarray:
        """For each unit, ``searchsorted`` of its score in the *opposite* arm."""
        p = np.empty(len(score), dtype=np.int64)
        for a in (0, 1):
            mask = t == a
            p[mask] = np.searchsorted(self.scores[1 - a], score[mask], side="left")
        return p


def first_neighbours(query: np.ndarray, sorted_scores: np.ndarray, n_neighbors: int) -> np.ndarray:
    """Sorted positions of the ``N`` smallest-key candidates for each query score (uncapped).

    Returns an ``(len(query), N)`` int array, ``-1`` where the arm has fewer than ``N`` units.
    Works on chunks of queries over a window of ``2N`` positions around the insertion point.
    """
    query = np.asarray(query, dtype=float)
    m, N = len(sorted_scores), int(n_neighbors)
    out = np.full((len(query), N), -1, dtype=np.int64)
    offsets = np.arange(-N, N)
    for s in range(0, len(query), _CHUNK):
        q = query[s : s + _CHUNK]
        p = np.searchsorted(sorted_scores, q, side="left")
        pos = p[:, None] + offsets[None, :]
        valid = (pos >= 0) & (pos < m)
        dist = np.where(valid, np.abs(q[:, None] - sorted_scores[np.clip(pos, 0, max(m - 1, 0))]), np.inf)
        left = offsets < 0
        off = np.where(left, -offsets - 1, offsets)[None, :].repeat(len(q), axis=0)
        side = np.broadcast_to((~left).astype(np.int8), pos.shape)
        order = np.lexsort((side, off, dist), axis=-1)[:, :N]
        chosen = np.take_along_axis(pos, order, axis=1)
        ok = np.take_along_axis(valid, order, axis=1)
        out[s : s + _CHUNK, : order.shape[1]] = np.where(ok, chosen, -1)
    return out


def max_appearances(arms: SortedArms, score: np.ndarray, t: np.ndarray, n_neighbors: int) -> tuple[int, np.ndarray]:
    """``M``: the largest number of times any unit is among the first ``N`` (uncapped)
    neighbours of the opposite arm's units; also returns every unit's count."""
    counts = np.zeros(len(score), dtype=np.int64)
    for a in (0, 1):
        q = score[t == a]
        pos = first_neighbours(q, arms.scores[1 - a], n_neighbors)
        pos = pos[pos >= 0]
        counts += np.bincount(arms.units[1 - a][pos], minlength=len(score))
    return int(counts.max(initial=0)), counts


def capped_greedy_match(
    score: np.ndarray,
    t: np.ndarray,
    limits: tuple[int, int],
    n_neighbors: int,
    order: np.ndarray,
    tie_rank: np.ndarray,
) -> np.ndarray:
    """Greedy matching with per-unit use limits (fast pointer walk).

    Parameters
    ----------
    score : ndarray of shape (n,)
    t : ndarray of {0, 1}
    limits : (int, int)
        ``limits[a]``: how many times a unit of arm ``a`` may be used as a match.
    n_neighbors : int
    order : int array
        Processing order (a permutation of the units).
    tie_rank : int array
        Tie-breaking rank of each unit within its arm's sort.

    Returns
    -------
    ndarray of shape (n, N)
        Matched unit indices, nearest first; ``-1`` for a missing match (short unit).
    """
    score = np.asarray(score, dtype=float)
    t = np.asarray(t)
    N = int(n_neighbors)
    arms = SortedArms.build(score, t, tie_rank)
    p_all = arms.insertion_points(score, t)
    s_lists = [arms.scores[0].tolist(), arms.scores[1].tolist()]
    unit_lists = [arms.units[0].tolist(), arms.units[1].tolist()]
    sizes = [len(s_lists[0]), len(s_lists[1])]
    cap = [int(limits[0]), int(limits[1])]
    counts = [[0] * sizes[0], [0] * sizes[1]]
    # union-find "next available" pointers; right: index j, sentinel m; left: index j + 1, sentinel 0
    nxt = [list(range(sizes[0] + 1)), list(range(sizes[1] + 1))]
    prv = [list(range(sizes[0] + 1)), list(range(sizes[1] + 1))]
    for a in (0, 1):
        if cap[a] <= 0:
            nxt[a] = [sizes[a]] * (sizes[a] + 1)
            prv[a] = [0] * (sizes[a] + 1)

    def find(parent, j):
        root = j
        while parent[root] != root:
            root = parent[root]
        while parent[j] != root:
            parent[j], j = root, parent[j]
        return root

    out = array("q", [-1]) * (len(score) * N)  # flat, compact; reshaped at the end
    score_l, t_l, p_l = score.tolist(), t.tolist(), p_all.tolist()
    for u in np.asarray(order).tolist():
        b = 1 - t_l[u]
        s, m, cnt, nr, nl, units, c = s_lists[b], sizes[b], counts[b], nxt[b], prv[b], unit_lists[b], cap[b]
        e, p = score_l[u], p_l[u]
        lo = (p if nl[p] == p else find(nl, p)) - 1  # largest available position <= p - 1
        hi = p if nr[p] == p else find(nr, p)  # smallest available position >= p
        base = u * N
        for k in range(N):
            if hi >= m:
                if lo < 0:
                    break
                take_left = True
            elif lo < 0:
                take_left = False
            else:
                dl, dr = e - s[lo], s[hi] - e
                take_left = dl < dr or (dl == dr and p - 1 - lo <= hi - p)
            j = lo if take_left else hi
            out[base + k] = units[j]
            cnt[j] += 1
            if cnt[j] >= c:
                nr[j] = j + 1
                nl[j + 1] = j
            if take_left:
                lo = (lo if nl[lo] == lo else find(nl, lo)) - 1
            else:
                hi = hi + 1 if nr[hi + 1] == hi + 1 else find(nr, hi + 1)
    return np.frombuffer(out, dtype=np.int64).reshape(len(score), N).copy()
