"""Naive reference implementations shared by the payoff tests (never used by the package).

Shapley and conditional Shapley values by enumerating permutations (Remark 3.10 of Nguyen,
Low & Jaillet 2022), random value tables, and an active-set enumeration of the budget LP.
"""

from __future__ import annotations

import itertools
import math

import numpy as np


def perm_shapley(table: np.ndarray) -> np.ndarray:
    """phi_i = average over all permutations of i's marginal contribution."""
    n = int(np.log2(table.size))
    phi = np.zeros(n)
    for perm in itertools.permutations(range(n)):
        mask = 0
        for p in perm:
            phi[p] += table[mask | 1 << p] - table[mask]
            mask |= 1 << p
    return phi / math.factorial(n)


def perm_conditional(table: np.ndarray) -> np.ndarray:
    """F[i, j] = average over permutations starting with i of j's marginal contribution."""
    n = int(np.log2(table.size))
    flows = np.zeros((n, n))
    for i in range(n):
        rest = [k for k in range(n) if k != i]
        for perm in itertools.permutations(rest):
            mask = 1 << i
            for p in perm:
                flows[i, p] += table[mask | 1 << p] - table[mask]
                mask |= 1 << p
        flows[i] /= math.factorial(n - 1)
    return flows


def random_table(rng: np.random.Generator, n: int, monotone: bool) -> np.ndarray:
    """A random game with v(empty) = 0; monotone via v(C) = max of u over subsets of C."""
    table = rng.uniform(-1.0, 1.0, size=1 << n) if not monotone else rng.uniform(0.0, 1.0, 1 << n)
    table[0] = 0.0
    if monotone:
        masks = np.arange(1 << n)
        for i in range(n):
            has = masks[(masks >> i) & 1 == 1]
            table[has] = np.maximum(table[has], table[has ^ (1 << i)])
    return table


def enumerate_budget_lp(flows: np.ndarray, budgets: np.ndarray) -> float:
    """Best objective over all 'lambda_S = 1, budgets of the rest tight' candidates.

    For a monotone game the LP optimum is budget efficient (Lemma 4.1), so it is one of these
    candidates; the candidates are found by solving a linear system per subset S.
    """
    n = flows.shape[0]
    cost = flows.sum(axis=1)
    a = np.diag(cost) - flows.T
    best = -np.inf
    for k in range(1 << n):
        ones = np.array([(k >> i) & 1 == 1 for i in range(n)])
        rest = np.flatnonzero(~ones)
        lam = ones.astype(float)
        if rest.size:
            sub = a[np.ix_(rest, rest)]
            if abs(np.linalg.det(sub)) < 1e-12:
                continue
            lam[rest] = np.linalg.solve(sub, budgets[rest] - a[np.ix_(rest, np.flatnonzero(ones))] @ lam[ones])
        if np.all(lam >= -1e-12) and np.all(lam <= 1 + 1e-12) and np.all(a @ lam <= budgets + 1e-10):
            best = max(best, float(cost @ lam))
    return best


# The references are themselves checked on games with known values.
def test_references_on_an_additive_game():
    weights = np.array([0.5, 1.0, 2.0])
    masks = np.arange(8)
    table = np.array([weights[[(m >> i) & 1 == 1 for i in range(3)]].sum() for m in masks])
    np.testing.assert_allclose(perm_shapley(table), weights)
    np.testing.assert_allclose(perm_conditional(table), np.tile(weights, (3, 1)) * (1 - np.eye(3)))


def test_random_monotone_table_is_monotone():
    table = random_table(np.random.default_rng(0), 4, monotone=True)
    masks = np.arange(16)
    for i in range(4):
        without = masks[(masks >> i) & 1 == 0]
        assert np.all(table[without | 1 << i] >= table[without])
    assert table[0] == 0.0
