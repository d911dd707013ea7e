"""Nearest-neighbour matching on a scalar score in O(n log n): sort once, search per query.

No n x n distance matrix is ever formed; the work per query is O(k) after a binary search,
done as k passes of 1-D array operations over all queries.
"""

from __future__ import annotations

import dataclasses

import numpy as np

__all__ = ["Matches", "SortedArm", "match_sorted", "within_arm_neighbour_mean"]


@dataclasses.dataclass(frozen=True)
class SortedArm:
    """One treatment arm sorted by score (ties by original position, stable sort).

    ``order[i]`` is the arm-local index of the unit at sorted position ``i``.
    """

    order: np.ndarray
    score: np.ndarray
    y: np.ndarray

    @classmethod
    def build(cls, score: np.ndarray, y: np.ndarray) -> SortedArm:
        order = np.argsort(score, kind="stable")
        return cls(order=order, score=score[order], y=y[order])

    @property
    def size(self) -> int:
        return int(self.score.size)


@dataclasses.dataclass(frozen=True)
class Matches:
    """Result of matching queries to a :class:`SortedArm` of candidates.

    Sorted candidate positions ``lo[i]:hi[i]`` form the match set of query ``i``;
    ``matched[i]`` is False when the caliper left query ``i`` without a match (then
    ``lo == hi``). ``y_hat[i]`` is the mean candidate outcome over the match set.
    """

    lo: np.ndarray
    hi: np.ndarray
    matched: np.ndarray
    y_hat: np.ndarray

    def usage(self, n_candidates: int) -> tuple[np.ndarray, np.ndarray]:
        """Per candidate (sorted order): ``K_j = sum_i w_ij`` and ``K2_j = sum_i w_ij^2``,
        where ``w_ij = 1 / |match set of i|`` if ``j`` is matched to query ``i``, else 0."""
        lo, hi = self.lo[self.matched], self.hi[self.matched]
        w = 1.0 / (hi - lo)
        out = []
        for weights in (w, w * w):
            diff = np.bincount(lo, weights=weights, minlength=n_candidates + 1)
            diff -= np.bincount(hi, weights=weights, minlength=n_candidates + 1)
            out.append(np.cumsum(diff[:-1]))
        return out[0], out[1]


def match_sorted(cands: SortedArm, query_score: np.ndarray, k: int, caliper: float | None = None) -> Matches:
    """Match each query to its ``k`` nearest candidates by ``|score difference|``, with replacement.

    Ties: every candidate whose distance equals the ``k``-th smallest distance is kept, so a
    match set can exceed ``k`` units, and all its units get equal weight (the convention of
    Abadie and Imbens, 2006). The result therefore does not depend on the order of the rows.
    With a caliper, candidates farther than ``caliper`` are dropped from the match set; a
    query whose set becomes empty is unmatched. Queries in ascending order are fastest
    (sequential memory access) but any order is correct.

    Complexity: ``O(q log m + q k)`` time and ``O(m + q k)`` memory for ``m`` candidates
    and ``q`` queries.
    """
    s, ys = cands.score, cands.y
    centre = float(ys.mean())
    cum = np.concatenate(([0.0], np.cumsum(ys - centre)))
    change = np.flatnonzero(np.diff(s)) + 1
    start = np.concatenate(([0], change))
    u = s[start]
    counts = np.diff(np.append(start, s.size))
    bounds = np.append(start, s.size)
    q = query_score
    pos = np.searchsorted(u, q, side="left")  # u[pos-1] < q <= u[pos]
    # Walk outwards from pos over distinct score values in order of distance, taking both
    # sides at once when equidistant, until k units are taken (or the caliper is reached).
    # Each step takes at least one unit, so k steps suffice; all work is on 1-D arrays.
    left, right = pos - 1, pos.copy()
    taken = np.zeros(q.size, dtype=np.int64)
    threshold = np.full(q.size, np.nan)
    active = np.arange(q.size)
    for _ in range(k):
        if active.size == 0:
            break
        la, ra, qa = left[active], right[active], q[active]
        dl = np.where(la >= 0, qa - u[np.maximum(la, 0)], np.inf)
        dr = np.where(ra < u.size, u[np.minimum(ra, u.size - 1)] - qa, np.inf)
        d = np.minimum(dl, dr)
        ok = np.isfinite(d) if caliper is None else d <= caliper
        take_l, take_r = ok & (dl == d), ok & (dr == d)
        taken[active] += np.where(take_l, counts[np.maximum(la, 0)], 0)
        taken[active] += np.where(take_r, counts[np.minimum(ra, u.size - 1)], 0)
        threshold[active] = np.where(ok, d, threshold[active])
        left[active] = la - take_l
        right[active] = ra + take_r
        active = active[ok & (taken[active] < k)]
    matched = taken > 0
    lo_u, hi_u = left + 1, right
    # Rounding can make distinct scores on one side equidistant from q; extend the match
    # set by binary search where the next value is tied too, so that every tie is kept.
    _extend_left(u, q, threshold, lo_u, matched)
    _extend_right(u, q, threshold, hi_u, matched)
    lo = np.where(matched, bounds[lo_u], 0)
    hi = np.where(matched, bounds[hi_u], 0)
    size = np.maximum(hi - lo, 1)
    y_hat = np.where(matched, centre + (cum[hi] - cum[lo]) / size, np.nan)
    return Matches(lo=lo, hi=hi, matched=matched, y_hat=y_hat)


def _extend_left(u, q, threshold, lo_u, rows) -> None:
    """Lower ``lo_u[rows]`` to the first index ``i`` with ``q - u[i] <= threshold`` (in place)."""
    rows = np.flatnonzero(rows & (lo_u > 0))
    rows = rows[q[rows] - u[lo_u[rows] - 1] <= threshold[rows]]  # the next value is tied too
    if rows.size == 0:
        return
    qq, th = q[rows], threshold[rows]
    lo, hi = np.zeros(rows.size, dtype=np.intp), lo_u[rows].copy()
    while np.any(lo < hi):
        mid = (lo + hi) // 2
        ok = (qq - u[mid] <= th) & (lo < hi)
        hi = np.where(ok, mid, hi)
        lo = np.where(~ok & (lo < hi), mid + 1, lo)
    lo_u[rows] = lo


def _extend_right(u, q, threshold, hi_u, rows) -> None:
    """Raise ``hi_u[rows]`` to one past the last index ``i`` with ``u[i] - q <= threshold`` (in place)."""
    rows = np.flatnonzero(rows & (hi_u < u.size))
    rows = rows[u[hi_u[rows]] - q[rows] <= threshold[rows]]  # the next value is tied too
    if rows.size == 0:
        return
    qq, th = q[rows], threshold[rows]
    lo, hi = hi_u[rows] - 1, np.full(rows.size, u.size - 1, dtype=np.intp)
    while np.any(lo < hi):
        mid = (lo + hi + 1) // 2
        ok = (u[mid] - qq <= th) & (lo < hi)
        lo = np.where(ok, mid, lo)
        hi = np.where(~ok & (lo < hi), mid - 1, hi)
    hi_u[rows] = lo + 1


def within_arm_neighbour_mean(arm: SortedArm, j: int) -> np.ndarray:
    """Mean outcome of each unit's ``j`` nearest other units of the same arm (sorted order).

    Neighbours are ranked by score distance, then by distance in sorted position, then lower
    position first; they are collected by walking outwards from each unit (``j`` steps of
    1-D array operations).
    """
    s, ys = arm.score, arm.y
    m = s.size
    p = np.arange(m)
    left, right = p - 1, p + 1
    total = np.zeros(m)
    for _ in range(j):
        dl = np.where(left >= 0, s - s[np.maximum(left, 0)], np.inf)
        dr = np.where(right < m, s[np.minimum(right, m - 1)] - s, np.inf)
        take_l = (dl < dr) | ((dl == dr) & (p - left <= right - p))
        total += np.where(take_l, ys[np.maximum(left, 0)], ys[np.minimum(right, m - 1)])
        left = left - take_l
        right = right + ~take_l
    return total / j
