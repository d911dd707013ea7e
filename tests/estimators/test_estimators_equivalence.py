"""Tier 4: fast paths equal naive references (PSM vs O(n^2), sufficient statistics vs direct OLS,
bootstrap serial vs parallel)."""

from __future__ import annotations

import numpy as np
import pytest
from _estimators_naive import naive_linear_por, naive_psm
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.data import split_by_covariate, split_random
from cocausal.datasets import load_ihdp, make_synthetic
from cocausal.estimators import IPW, LinearPORStats, RegressionAdjustment, bootstrap_se
from cocausal.estimators._knn1d import SortedArm, match_sorted
from cocausal.estimators.matching import matching_estimate
from cocausal.warnings import WarningLog

GRID = [i / 16 for i in range(17)]  # exactly representable scores -> many exact ties


@st.composite
def matching_problem(draw):
    n_t = draw(st.integers(2, 15))
    n_c = draw(st.integers(2, 15))
    if draw(st.booleans()):
        scores = draw(st.lists(st.sampled_from(GRID), min_size=n_t + n_c, max_size=n_t + n_c))
    else:
        scores = draw(
            st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=n_t + n_c, max_size=n_t + n_c)
        )
    ys = draw(st.lists(st.floats(-100, 100, allow_nan=False), min_size=n_t + n_c, max_size=n_t + n_c))
    perm = draw(st.permutations(range(n_t + n_c)))
    t = np.array([1] * n_t + [0] * n_c)[list(perm)]
    estimand = draw(st.sampled_from(["ATE", "ATT", "ATC"]))
    k_max = {"ATE": min(n_t, n_c), "ATT": n_c, "ATC": n_t}[estimand]
    k = draw(st.integers(1, min(k_max, 4)))
    caliper = draw(st.one_of(st.none(), st.sampled_from([1 / 16, 0.1, 3 / 16, 0.5])))
    j = draw(st.integers(1, 3))
    return np.array(scores, dtype=float), t, np.array(ys), k, estimand, caliper, j


@settings(max_examples=150, deadline=None)
@given(matching_problem())
def test_psm_fast_equals_naive(problem):
    score, t, y, k, estimand, caliper, j = problem
    ref_ate, ref_se, ref_unmatched = naive_psm(score, t, y, k, estimand, caliper, j)
    if np.isnan(ref_ate):
        with pytest.raises(ValueError, match="caliper"):
            matching_estimate(score, t, y, k, estimand, caliper, j, WarningLog())
        return
    with pytest.warns() if any(ref_unmatched.values()) else _nullcontext():
        res = matching_estimate(score, t, y, k, estimand, caliper, j, WarningLog())
    assert res.ate == pytest.approx(ref_ate, rel=1e-9, abs=1e-9)
    assert res.se == pytest.approx(ref_se, rel=1e-9, abs=1e-9)
    assert res.extras["n_unmatched_treated"] == ref_unmatched["treated"]
    assert res.extras["n_unmatched_control"] == ref_unmatched["control"]


class _nullcontext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_match_sets_are_contiguous_ranges_with_all_ties():
    arm = SortedArm.build(np.array([0.5, 0.25, 0.25, 0.75, 0.25]), np.arange(5.0))
    m = match_sorted(arm, np.array([0.25, 0.375, 1.0]), k=1)
    sets = [sorted(arm.order[lo:hi].tolist()) for lo, hi in zip(m.lo, m.hi)]
    assert sets == [[1, 2, 4], [0, 1, 2, 4], [3]]
    np.testing.assert_allclose(m.y_hat, [7 / 3, 7 / 4, 3.0])
    K, K2 = m.usage(5)
    K_orig, K2_orig = np.empty(5), np.empty(5)
    K_orig[arm.order], K2_orig[arm.order] = K, K2
    np.testing.assert_allclose(K_orig, [0.25, 1 / 3 + 0.25, 1 / 3 + 0.25, 1.0, 1 / 3 + 0.25])
    np.testing.assert_allclose(K2_orig, [1 / 16, 1 / 9 + 1 / 16, 1 / 9 + 1 / 16, 1.0, 1 / 9 + 1 / 16])


@pytest.mark.parametrize("n_parties", [2, 3, 7])
def test_sufficient_statistics_sum_equals_direct(n_parties):
    data = make_synthetic(n=3000, d=6, random_state=n_parties).data
    direct = RegressionAdjustment().fit(data).result_
    parties = split_random(data, n_parties, random_state=1)
    pooled = sum(LinearPORStats.from_data(p) for p in parties).estimate()
    assert pooled.ate == pytest.approx(direct.ate, abs=1e-8)
    assert pooled.se == pytest.approx(direct.se, abs=1e-8)
    by_cov = split_by_covariate(data, "x0", n_parties)
    assert sum(LinearPORStats.from_data(p) for p in by_cov).estimate().ate == pytest.approx(direct.ate, abs=1e-8)


@pytest.mark.parametrize("dataset", ["ihdp", "synthetic"])
def test_linear_por_equals_naive_sklearn(dataset):
    data = load_ihdp(1).data if dataset == "ihdp" else make_synthetic(n=2000, d=4, random_state=0).data
    res = RegressionAdjustment().fit(data).result_
    ref_ate, ref_se = naive_linear_por(data.X, data.t, data.y)
    assert res.ate == pytest.approx(ref_ate, abs=1e-8)
    assert res.se == pytest.approx(ref_se, rel=1e-8)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**31), n=st.integers(40, 120), d=st.integers(1, 3), cuts=st.integers(1, 4))
def test_stats_of_parties_add_up_to_pooled_stats(seed, n, d, cuts):
    data = make_synthetic(n=n, d=d, random_state=seed).data
    parts = split_random(data, cuts, random_state=seed)
    total = sum(LinearPORStats.from_data(p) for p in parts)
    whole = LinearPORStats.from_data(data)
    np.testing.assert_array_equal(total.counts, whole.counts)
    np.testing.assert_allclose(total.means, whole.means, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(total.comoments, whole.comoments, rtol=1e-12, atol=1e-9)
    assert total.n == n
    np.testing.assert_allclose(total.column_sums, data.X.sum(axis=0), atol=1e-9)


def test_bootstrap_same_seed_same_numbers_any_n_jobs():
    data = make_synthetic(n=300, d=3, random_state=0).data
    a = bootstrap_se(IPW(), data, n_boot=8, random_state=42, n_jobs=1)
    b = bootstrap_se(IPW(), data, n_boot=8, random_state=42, n_jobs=2)
    c = bootstrap_se(IPW(), data, n_boot=8, random_state=43, n_jobs=1)
    assert a.extras["draws"] == b.extras["draws"]
    assert a.se == b.se and a.ate == b.ate
    assert a.extras["draws"] != c.extras["draws"]
