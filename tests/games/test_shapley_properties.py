"""Hypothesis property tests: the Shapley axioms and the conditional-Shapley identities."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from cocausal.games import TabularGame, conditional_shapley, shapley_values
from cocausal.games.exact import banzhaf_from_table, conditional_from_table, shapley_from_table

from ._brute import shapley_by_permutations

values = st.floats(-100, 100, allow_nan=False, allow_infinity=False)


@st.composite
def tables(draw, min_players=1, max_players=7):
    n = draw(st.integers(min_players, max_players))
    return draw(arrays(np.float64, 1 << n, elements=values))


def n_of(table):
    return table.size.bit_length() - 1


@settings(max_examples=60, deadline=None)
@given(tables())
def test_efficiency(table):
    assert np.isclose(shapley_from_table(table).sum(), table[-1] - table[0], atol=1e-8)


@settings(max_examples=40, deadline=None)
@given(tables(min_players=2), st.data())
def test_symmetry(table, data):
    n = n_of(table)
    i, j = data.draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
    masks = np.arange(1 << n)
    bit_i, bit_j = (masks >> i) & 1, (masks >> j) & 1
    swapped = masks & ~((1 << i) | (1 << j)) | (bit_i << j) | (bit_j << i)
    symmetric = (table + table[swapped]) / 2
    phi = shapley_from_table(symmetric)
    assert np.isclose(phi[i], phi[j], atol=1e-8)


@settings(max_examples=40, deadline=None)
@given(tables(min_players=1), st.data(), values)
def test_dummy_player_gets_its_constant(table, data, constant):
    n = n_of(table)
    d = data.draw(st.integers(0, n - 1))
    masks = np.arange(1 << n)
    has_d = (masks >> d) & 1 == 1
    table = table.copy()
    table[has_d] = table[masks[has_d] & ~(1 << d)] + constant
    phi = shapley_from_table(table)
    assert np.isclose(phi[d], constant, atol=1e-8)
    beta = banzhaf_from_table(table)
    assert np.isclose(beta[d], constant, atol=1e-8)
    # conditional dummy: j = d never changes v(C + i) so phi_{d|i} = constant for every i != d
    matrix = conditional_from_table(table)
    others = [i for i in range(n) if i != d]
    assert np.allclose(matrix[others, d], constant, atol=1e-8)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 7).flatmap(lambda n: st.tuples(
    arrays(np.float64, 1 << n, elements=values), arrays(np.float64, 1 << n, elements=values))),
    st.floats(-5, 5), st.floats(-5, 5))
def test_linearity(pair, a, b):
    v, w = pair
    combined = shapley_from_table(a * v + b * w)
    assert np.allclose(combined, a * shapley_from_table(v) + b * shapley_from_table(w), atol=1e-6)
    combined = conditional_from_table(a * v + b * w)
    assert np.allclose(combined, a * conditional_from_table(v) + b * conditional_from_table(w), atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(tables())
def test_conditional_identities(table):
    n = n_of(table)
    singles = table[1 << np.arange(n)]
    phi = shapley_values(TabularGame(table)).values
    matrix = conditional_shapley(TabularGame(table))
    assert np.allclose(np.diag(matrix), 0.0)
    # sum_{j != i} phi_{j|i} = v(N) - v({i})
    assert np.allclose(matrix.sum(axis=1), table[-1] - singles, atol=1e-8)
    # n phi_i = v({i}) - v(empty) + sum_{j != i} phi_{i|j}  (the paper's eq. 6 has v(empty) = 0)
    assert np.allclose(n * phi, singles - table[0] + matrix.sum(axis=0), atol=1e-7)


@settings(max_examples=25, deadline=None)
@given(tables(max_players=6))
def test_exact_equals_brute_force_permutations(table):
    assert np.allclose(shapley_from_table(table), shapley_by_permutations(table), atol=1e-8)


@settings(max_examples=25, deadline=None)
@given(tables(max_players=6), st.floats(-50, 50))
def test_conditional_is_translation_invariant(table, shift):
    # Corollary 3.8: adding a constant to every coalition containing i leaves row i unchanged
    n = n_of(table)
    shifted = table.copy()
    shifted[((np.arange(1 << n) >> 0) & 1) == 1] += shift
    assert np.allclose(conditional_from_table(shifted)[0], conditional_from_table(table)[0], atol=1e-8)
