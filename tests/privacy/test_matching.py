"""Matching: fast pointer walks equal naive O(n^2) references, ties included."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.privacy.matching import SortedArms, capped_greedy_match, first_neighbours, max_appearances

from ._oracles import naive_capped_greedy_match


def _random_case(rng, n_max=60, decimals=None):
    n = int(rng.integers(4, n_max))
    t = (rng.random(n) < rng.uniform(0.15, 0.85)).astype(int)
    t[0], t[1] = 0, 1
    score = rng.random(n)
    if decimals is not None:  # coarse scores: many exact ties
        score = np.round(score, decimals)
    return score, t, rng.permutation(n), rng.permutation(n)


@pytest.mark.parametrize("decimals", [None, 1, 2])
def test_capped_fast_equals_naive_seeded(decimals):
    rng = np.random.default_rng(decimals or 0)
    for _ in range(150):
        score, t, order, tie = _random_case(rng, decimals=decimals)
        N = int(rng.integers(1, 6))
        limits = (int(rng.integers(1, 9)), int(rng.integers(1, 9)))
        fast = capped_greedy_match(score, t, limits, N, order, tie)
        naive = naive_capped_greedy_match(score, t, limits, N, order, tie)
        np.testing.assert_array_equal(fast, naive)


@settings(max_examples=80, deadline=None)
@given(
    scores=st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.5000001, 0.75, 1.0]), min_size=4, max_size=40),
    seed=st.integers(0, 10**6),
    N=st.integers(1, 4),
    l0=st.integers(1, 6),
    l1=st.integers(1, 6),
)
def test_capped_fast_equals_naive_property(scores, seed, N, l0, l1):
    rng = np.random.default_rng(seed)
    score = np.array(scores)
    n = len(score)
    t = rng.integers(0, 2, n)
    t[0], t[1] = 0, 1
    order, tie = rng.permutation(n), rng.permutation(n)
    fast = capped_greedy_match(score, t, (l0, l1), N, order, tie)
    np.testing.assert_array_equal(fast, naive_capped_greedy_match(score, t, (l0, l1), N, order, tie))
    # every unit used at most its arm's limit; matches come from the opposite arm
    used = np.bincount(fast[fast >= 0], minlength=n)
    assert np.all(used <= np.where(t == 1, l1, l0))
    rows, _ = np.nonzero(fast >= 0)
    assert np.all(t[fast[fast >= 0]] != t[rows])


def test_uncapped_first_neighbours_equal_brute_force():
    rng = np.random.default_rng(5)
    for _ in range(100):
        score, t, _, tie = _random_case(rng, decimals=int(rng.integers(1, 3)))
        N = int(rng.integers(1, 6))
        arms = SortedArms.build(score, t, tie)
        s = arms.scores[1]
        q = score[t == 0]
        got = first_neighbours(q, s, N)
        for i, e in enumerate(q):
            j = np.arange(len(s))
            p = np.searchsorted(s, e, side="left")
            key = np.lexsort(((j >= p).astype(int), np.where(j < p, p - 1 - j, j - p), np.abs(e - s)))
            want = np.full(N, -1)
            want[: min(N, len(s))] = key[:N]
            np.testing.assert_array_equal(got[i], want)


def test_exact_small_example():
    # control scores 0.1, 0.4; treated 0.2, 0.3, 0.35; N = 1, each control usable once.
    score = np.array([0.1, 0.4, 0.2, 0.3, 0.35])
    t = np.array([0, 0, 1, 1, 1])
    tie = np.arange(5)
    M, counts = max_appearances(SortedArms.build(score, t, tie), score, t, 1)
    # treated 0.2 -> 0.1; 0.3 -> 0.4 (0.1 away vs 0.2); 0.35 -> 0.4; controls: 0.1 -> 0.2, 0.4 -> 0.35
    np.testing.assert_array_equal(counts, [1, 2, 1, 0, 1])
    assert M == 2
    out = capped_greedy_match(score, t, (1, 5), 1, np.array([2, 3, 4, 0, 1]), tie)
    # order: 0.2 takes 0.1; 0.3 takes 0.4; 0.35 finds both controls full -> short
    np.testing.assert_array_equal(out[:, 0], [2, 4, 0, 1, -1])


def test_scales_linearly_without_quadratic_memory():
    """A 200k-unit run finishes (an n x n float matrix would need 320 GB)."""
    rng = np.random.default_rng(0)
    n = 200_000
    score, t = rng.random(n), (rng.random(n) < 0.3).astype(int)
    out = capped_greedy_match(score, t, (3, 10), 2, rng.permutation(n), rng.permutation(n))
    assert out.shape == (n, 2)
    assert np.bincount(out[out >= 0], minlength=n)[t == 0].max() <= 3
