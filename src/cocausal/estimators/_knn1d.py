"""Nearest-neighbour matching on a scalar score in O(n log n): sort once, search per query.

No n x n distance matrix is ever formed; the work per query is O(k) after a binary search.
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
    pos = np.searchsorted(u, query_score, side="left")  # u[pos-1] < q <= u[pos]
    idx = pos[:, None] + np.arange(-k, k)[None, :]
    valid = (idx >= 0) & (idx < u.size)
    idxc = np.clip(idx, 0, u.size - 1)
    q = query_score[:, None]
    dist = np.where(idx < pos[:, None], q - u[idxc], u[idxc] - q)
    dist = np.where(valid, dist, np.inf)
    cnt = np.where(valid, counts[idxc], 0)
    by_dist = np.argsort(dist, axis=1, kind="stable")
    d_sorted = np.take_along_axis(dist, by_dist, axis=1)
    cum_cnt = np.cumsum(np.take_along_axis(cnt, by_dist, axis=1), axis=1)
    kth = np.argmax(cum_cnt >= k, axis=1)
    threshold = d_sorted[np.arange(idx.shape[0]), kth]
    if caliper is not None:
        threshold = np.minimum(threshold, caliper)
    inc = valid & (dist <= threshold[:, None])
    matched = inc.any(axis=1)
    lo_u = np.where(inc, idx, u.size).min(axis=1)
    hi_u = np.where(inc, idx, -1).max(axis=1) + 1
    # Rounding can make distinct scores equidistant from q; when the match set reaches the
    # edge of the window, extend it by binary search so that every tie is kept.
    _extend_left(u, query_score, threshold, lo_u, inc[:, 0] & valid[:, 0])
    _extend_right(u, query_score, threshold, hi_u, inc[:, -1] & valid[:, -1])
    lo = np.where(matched, bounds[np.minimum(lo_u, u.size)], 0)
    hi = np.where(matched, bounds[np.maximum(hi_u, 0)], 0)
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
    position first; the ``j`` best always lie within ``j`` sorted positions on either side,
    so only those are inspected.
    """
    s, ys = arm.score, arm.y
    m = s.size
    offsets = np.stack((-np.arange(1, j + 1), np.arange(1, j + 1)), axis=1).reshape(-1)  # -1, 1, -2, 2, ...
    idx = np.arange(m)[:, None] + offsets[None, :]
    valid = (idx >= 0) & (idx < m)
    idxc = np.clip(idx, 0, m - 1)
    dist = np.where(valid, np.abs(s[idxc] - s[:, None]), np.inf)
    pick = np.argsort(dist, axis=1, kind="stable")[:, :j]
    return ys[np.take_along_axis(idxc, pick, axis=1)].mean(axis=1)
