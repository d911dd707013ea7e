"""Exact semivalues by enumeration, vectorised over the table of ``2**n`` coalition values.

The Shapley value of player ``i`` is ``sum_{S not containing i} w(|S|) [v(S + i) - v(S)]``
with ``w(s) = s! (n-1-s)! / n!``. Regrouping by coalition ``m`` instead of by pair,

    phi_i = sum_{m contains i} v(m) [w(|m|-1) + w(|m|)]  -  sum_m v(m) w(|m|)

(with ``w(-1) = w(n) = 0``), so one weighted copy of the table and the per-bit sums
``sum_{m contains i} c(m)`` for all ``i`` give every value. The per-bit sums come from
repeatedly folding the table in half (the top bit's sum is the upper half's total; adding
the halves removes that bit), which costs ``2 * 2**n`` additions for all players together.
The conditional Shapley value given ``i`` is the Shapley value of the ``(n-1)``-player game
``C -> v(C + i)``, i.e. of the half of the table whose masks contain ``i``.

References
----------
Shapley, "A value for n-person games", 1953.
Nguyen, Low and Jaillet, "Trade-off between Payoff and Model Rewards in Shapley-Fair
Collaborative Machine Learning", NeurIPS 2022 (conditional Shapley value, eq. 5).
Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19, 1965.
"""

from __future__ import annotations

from math import comb

import numpy as np

from cocausal.games._coalitions import popcount

__all__ = ["banzhaf_from_table", "bit_sums", "conditional_from_table", "shapley_from_table"]


def bit_sums(x: np.ndarray) -> np.ndarray:
    """``s[j] = sum of x[m] over bitmasks m with bit j set``, for all bits, in O(len(x)).

    ``x`` has length ``2**k``; it is not modified.
    """
    k = x.size.bit_length() - 1
    sums = np.empty(k)
    if k == 0:
        return sums
    buffer = np.empty(x.size // 2)
    current = x
    for j in range(k - 1, -1, -1):
        half = current.size // 2
        sums[j] = current[half:].sum()
        np.add(current[:half], current[half:], out=buffer[:half])
        current = buffer[:half]
    return sums


def _shapley_weights(n: int) -> np.ndarray:
    """``w(s) = s! (n-1-s)! / n! = 1 / (n C(n-1, s))`` for ``s = 0 .. n-1``."""
    return np.array([1.0 / (n * comb(n - 1, s)) for s in range(n)])


def shapley_from_table(table: np.ndarray, sizes: np.ndarray | None = None) -> np.ndarray:
    """Exact Shapley values of the game whose values by bitmask are ``table`` (length ``2**n``).

    ``sizes`` (the popcount of every bitmask) may be passed to reuse it across calls.
    """
    n = table.size.bit_length() - 1
    sizes = popcount(n) if sizes is None else sizes
    w = _shapley_weights(n)
    joined = np.zeros(n + 1)  # weight of v(m) in "m contains i":  w(|m|-1) + w(|m|)
    joined[1:] += w
    joined[:n] += w
    outside = np.zeros(n + 1)  # weight of v(m) in the subtracted total: w(|m|)
    outside[:n] = w
    # an elementwise product and sum rather than ``table @ w``: BLAS dot starts threads for long
    # vectors, which costs milliseconds on a busy 2-core machine
    return bit_sums(table * joined[sizes]) - np.sum(table * outside[sizes])


def banzhaf_from_table(table: np.ndarray) -> np.ndarray:
    """Exact Banzhaf values: mean marginal contribution over all ``2**(n-1)`` coalitions."""
    n = table.size.bit_length() - 1
    return (2.0 * bit_sums(table) - table.sum()) / 2.0 ** (n - 1)


def conditional_from_table(table: np.ndarray) -> np.ndarray:
    """Exact conditional Shapley matrix, ``out[i, j] = phi_{j|i}`` (zero diagonal).

    Row ``i`` is the Shapley value of ``C -> v(C + {i})`` on the other ``n - 1`` players,
    read off the masks that contain ``i`` (a strided view of the table).
    """
    n = table.size.bit_length() - 1
    out = np.zeros((n, n))
    if n == 1:
        return out
    sizes = popcount(n - 1)
    for i in range(n):
        with_i = np.ascontiguousarray(table.reshape(-1, 2, 1 << i)[:, 1, :]).ravel()
        others = np.r_[0:i, i + 1 : n]
        out[i, others] = shapley_from_table(with_i, sizes)
    return out
