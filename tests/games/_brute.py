"""Naive reference implementations straight from the definitions (for equivalence tests)."""

from __future__ import annotations

import itertools
import math

import numpy as np


def shapley_by_permutations(table: np.ndarray) -> np.ndarray:
    """Average marginal contribution over all n! orders."""
    n = table.size.bit_length() - 1
    phi = np.zeros(n)
    for order in itertools.permutations(range(n)):
        mask = 0
        for player in order:
            phi[player] += table[mask | 1 << player] - table[mask]
            mask |= 1 << player
    return phi / math.factorial(n)


def conditional_by_permutations(table: np.ndarray) -> np.ndarray:
    """phi_{j|i}: average marginal contribution of j over the (n-1)! orders that start with i."""
    n = table.size.bit_length() - 1
    out = np.zeros((n, n))
    for i in range(n):
        others = [p for p in range(n) if p != i]
        for order in itertools.permutations(others):
            mask = 1 << i
            for player in order:
                out[i, player] += table[mask | 1 << player] - table[mask]
                mask |= 1 << player
        out[i] /= math.factorial(n - 1)
    return out


def banzhaf_by_subsets(table: np.ndarray) -> np.ndarray:
    n = table.size.bit_length() - 1
    beta = np.zeros(n)
    for i in range(n):
        for mask in range(1 << n):
            if not mask >> i & 1:
                beta[i] += table[mask | 1 << i] - table[mask]
    return beta / 2 ** (n - 1)
