"""Exact logistic solver and the output-perturbation release."""

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize
from scipy.special import expit

from cocausal.privacy.logistic import CovariateBox, DPLogisticRegression, fit_logistic
from cocausal.privacy.mechanisms import REPLACE_ONE


def _objective(w, Z, t, lam):
    eta = Z @ w[1:] + w[0]
    return np.mean(np.logaddexp(0, eta) - t * eta) + 0.5 * lam * w @ w


def test_newton_matches_generic_optimiser():
    rng = np.random.default_rng(0)
    Z = rng.random((300, 4))
    t = (rng.random(300) < expit(Z @ [2, -1, 0.5, 0] - 0.5)).astype(float)
    w, gnorm, _ = fit_logistic(Z, t, 0.01, tol=1e-12)
    assert gnorm <= 1e-12
    ref = minimize(_objective, np.zeros(5), args=(Z, t, 0.01), method="BFGS", options={"gtol": 1e-12}).x
    np.testing.assert_allclose(w, ref, atol=1e-6)


def test_sensitivity_formula_counts_the_intercept():
    m = DPLogisticRegression(1.0, l2_reg=0.5, tol=1e-10)
    assert m.sensitivity(100, 3) == pytest.approx(2 * 4 / (100 * 0.5) + 2 * 2 * 1e-10 / 0.5, rel=1e-15)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), lam=st.sampled_from([0.05, 0.3, 1.0]), n=st.integers(10, 60))
def test_replace_one_moves_weights_less_than_the_bound(seed, lam, n):
    """The L1 distance between exact minimisers of neighbouring data sets (one record
    replaced by an adversarial corner record) never exceeds 2(d+1)/(n lam)."""
    rng = np.random.default_rng(seed)
    d = 3
    Z = rng.random((n, d))
    t = rng.integers(0, 2, n).astype(float)
    Z2, t2 = Z.copy(), t.copy()
    Z2[0] = rng.integers(0, 2, d)
    t2[0] = 1 - t[0]
    w1, *_ = fit_logistic(Z, t, lam, tol=1e-12)
    w2, *_ = fit_logistic(Z2, t2, lam, tol=1e-12)
    assert np.abs(w1 - w2).sum() <= 2 * (d + 1) / (n * lam)


def test_release_declares_scale_and_clips_to_box():
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 3, (500, 2))
    t = (rng.random(500) < 0.5).astype(int)
    m = DPLogisticRegression(0.5, covariate_bounds=(0, 2), l2_reg=0.2)
    res = m.fit(X, t)
    rel = res.release
    assert rel.relation == REPLACE_ONE and rel.size == 3
    assert rel.sensitivity == pytest.approx(m.sensitivity(500, 2))
    assert rel.scale == pytest.approx(rel.sensitivity / 0.5, rel=1e-9)
    assert set(dataclasses.asdict(res)) == {"weights", "release"}  # nothing pre-noise is kept


def test_covariate_box_shapes_and_errors():
    box = CovariateBox.from_bounds(([0, -1], [1, 1]), 2)
    X = np.array([[2.0, 0.0], [0.5, -3.0]])
    np.testing.assert_allclose(box.transform(X), [[1.0, 0.5], [0.5, 0.0]])
    assert box.count_outside(X) == 2
    np.testing.assert_allclose(CovariateBox.from_bounds([[0, 2], [1, 3], [2, 4]], 3).hi, [2, 3, 4])
    with pytest.raises(ValueError, match="inverted"):
        CovariateBox.from_bounds((1, 0), 3)
    with pytest.raises(ValueError, match="required"):
        CovariateBox.from_bounds(None, 3)
    with pytest.raises(ValueError, match="shape"):
        CovariateBox.from_bounds(([0, 0, 0], [1, 1, 1]), 2)
    with pytest.raises(ValueError, match="finite"):
        CovariateBox.from_bounds((0, math.inf), 2)
    with pytest.raises(ValueError):
        fit_logistic(np.zeros((3, 1)), np.zeros(3), 0.0)
