"""Counterfactual-fairness metrics: closed forms, properties, a seeded check, fast == naive."""

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from cocausal.predictors import metrics as M

finite = st.floats(-100, 100, allow_nan=False, allow_infinity=False)
samples = arrays(np.float64, st.integers(2, 40), elements=finite)


# ---------------------------------------------------------------- exact reference values
def test_identical_samples_have_zero_mmd_and_w1():
    a = np.array([0.1, 0.5, 2.0, -1.0])
    assert M.mmd_rbf(a, a) == 0.0
    assert M.mmd_linear(a, a) == 0.0
    assert M.wasserstein1(a, a) == 0.0


def test_w1_of_shifted_sample_is_the_shift():
    a = np.array([0.0, 1.0, 3.0, 7.5])
    assert M.wasserstein1(a, a + 2.5) == pytest.approx(2.5, abs=1e-12)


def test_linear_mmd_and_reference_scaling_closed_form():
    a, b = np.array([1.0, 2.0, 3.0]), np.array([0.0, 0.0, 3.0])
    assert M.mmd_linear(a, b) == pytest.approx(1.0)
    assert M.mmd_reference(a, b) == pytest.approx(1.0 / 0.003**2)


def test_rbf_mmd_two_points_closed_form():
    # one point each, bandwidth h: k(a,a)=k(b,b)=1, k(a,b)=exp(-d^2/(2h^2)) -> 2 - 2 exp(-1/2) at d=h=1
    assert M.mmd_rbf([0.0], [1.0], bandwidth=1.0) == pytest.approx(2 - 2 * np.exp(-0.5))


def test_reference_wasserstein_of_a_constant_predictor():
    c = np.full(50, 0.3)
    # the study's definition gives ~0.63 for identical constant predictions, not 0
    assert M.wass_reference(c, c) == pytest.approx(0.6325, abs=2e-3)


def test_individual_change_and_counterfactual_fairness_values():
    preds = {"a": np.array([0.0, 1.0]), "b": np.array([1.0, 1.0]), "c": np.array([0.0, 3.0])}
    # pairs: a-b 0.5, a-c 1.0, b-c 1.5
    assert M.individual_change(preds) == pytest.approx(1.0)
    res = M.counterfactual_fairness(preds)
    assert res.individual_change == pytest.approx(1.0)
    assert res.values == ("a", "b", "c") and res.n_units == 2 and len(res.pairwise) == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.mmd_rbf = 1.0


def test_accuracy_metrics():
    assert M.rmse([0, 0], [3, 4]) == pytest.approx(np.sqrt(12.5))
    assert M.mae([0, 0], [3, -4]) == pytest.approx(3.5)
    assert M.accuracy([0, 1, 1], [0.2, 0.7, 0.4]) == pytest.approx(2 / 3)


def test_counterfactual_fairness_validation():
    with pytest.raises(ValueError, match="at least two"):
        M.counterfactual_fairness({"a": [1.0]})
    with pytest.raises(ValueError, match="same"):
        M.counterfactual_fairness({"a": [1.0], "b": [1.0, 2.0]})


# ---------------------------------------------------------------- properties
@settings(max_examples=40, deadline=None)
@given(samples, samples)
def test_mmd_symmetric_nonnegative(a, b):
    assert M.mmd_rbf(a, b) >= 0.0
    assert M.mmd_rbf(a, b) == pytest.approx(M.mmd_rbf(b, a), abs=1e-9)
    assert M.mmd_rbf(a, a) == pytest.approx(0.0, abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(samples, st.floats(-50, 50))
def test_w1_translation(a, c):
    assert M.wasserstein1(a, a + c) == pytest.approx(abs(c), abs=1e-7 * (1 + abs(c) + np.abs(a).max()))


@settings(max_examples=30, deadline=None)
@given(samples)
def test_constant_shift_invariance_of_fairness(a):
    res = M.counterfactual_fairness({"x": a, "y": a.copy()})
    assert res.mmd_rbf == 0.0 and res.wasserstein == 0.0 and res.individual_change == 0.0


# ---------------------------------------------------------------- seeded statistical
def test_w1_of_shifted_normals_is_the_shift_statistically():
    # n = 20000 per sample: the estimate's sd is about 0.01; |error| > 0.05 has probability < 1e-6
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, 20000), rng.normal(0.7, 1, 20000)
    assert M.wasserstein1(a, b) == pytest.approx(0.7, abs=0.05)


def test_dependence_detects_and_clears():
    rng = np.random.default_rng(1)
    s = rng.integers(0, 3, 5000)
    indep = M.dependence_on_sensitive(rng.normal(size=5000), s)
    dep = M.dependence_on_sensitive(s + 0.01 * rng.normal(size=5000), s)
    # independent: eta ~ sqrt(2/5000) ~ 0.02; failure (>0.08) probability < 1e-6
    assert indep["eta"] < 0.08 and indep["mi"] < 0.02
    assert dep["eta"] > 0.99 and dep["mi"] > 0.9  # H(S) = log 3 = 1.10
    assert "corr" not in dep  # no Pearson correlation with an integer code (issue 16)


def test_correlation_ratio_closed_form_and_label_invariance():
    # groups {0: [0, 2], 1: [4, 6]}: overall mean 3, variance 5, between-group variance 4 -> eta = sqrt(0.8)
    x, s = np.array([0.0, 2.0, 4.0, 6.0]), np.array([0, 0, 1, 1])
    assert M.correlation_ratio(x, s) == pytest.approx(np.sqrt(0.8))
    # a non-monotone function of a 3-level code: Pearson with the code is 0, eta is 1
    s3 = np.array([0, 1, 2] * 10)
    x3 = np.array([0.0, 1.0, 0.0] * 10)
    assert abs(np.corrcoef(x3, s3)[0, 1]) < 1e-12 and M.correlation_ratio(x3, s3) == pytest.approx(1.0)
    assert M.correlation_ratio(x3, (s3 + 1) % 3) == pytest.approx(1.0)
    assert M.correlation_ratio(np.ones(5), np.arange(5)) == 0.0


def test_counterfactual_eta_zero_for_invariant_and_one_for_group_constant():
    base = np.arange(6.0)
    assert M.counterfactual_fairness({"a": base, "b": base}).eta == 0.0
    assert M.counterfactual_fairness({"a": np.zeros(6), "b": np.ones(6)}).eta == pytest.approx(1.0)
    # a permuted copy: marginals equal (W1 = 0) but every individual changes
    res = M.counterfactual_fairness({"a": base, "b": base[::-1]})
    assert res.wasserstein == 0.0 and res.individual_change == pytest.approx(3.0)


# ---------------------------------------------------------------- equivalence fast == naive
def test_blocked_rbf_mmd_equals_naive(monkeypatch):
    rng = np.random.default_rng(2)
    a, b = rng.normal(size=300), rng.normal(0.3, 1.2, size=250)
    h = 0.8
    k = lambda x, y: np.exp(-((x[:, None] - y[None, :]) ** 2) / (2 * h * h))  # noqa: E731
    naive = k(a, a).mean() + k(b, b).mean() - 2 * k(a, b).mean()
    monkeypatch.setattr(M, "_BLOCK", 7)
    assert M.mmd_rbf(a, b, bandwidth=h) == pytest.approx(naive, rel=1e-10)


def test_median_bandwidth_matches_naive_median():
    a, b = np.array([0.0, 1.0, 4.0]), np.array([2.0])
    d = [abs(x - y) for i, x in enumerate([0, 1, 4, 2]) for y in [0, 1, 4, 2][i + 1:]]
    assert M.median_bandwidth(a, b) == pytest.approx(np.median(d))
