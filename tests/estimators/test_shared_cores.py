"""Tier 4: the shared numerical cores (Newton logistic, Gram statistics, batched linear POR)
agree with their one-at-a-time and naive forms."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy.special import expit

from cocausal.data import split_random
from cocausal.datasets import make_synthetic
from cocausal.estimators import LinearPORBatch, LinearPORStats, RegressionAdjustment
from cocausal.estimators.linalg import InterceptDesign, intercept_gram
from cocausal.estimators.logistic import ARMIJO, LogisticMLE, newton_logistic
from cocausal.estimators.sufficient import arm_moments


@pytest.fixture(scope="module")
def logit_data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    t = (rng.random(400) < expit(X @ [1.0, -0.5, 0.25] + 0.2)).astype(float)
    return X, t


def test_batched_newton_equals_each_fit_on_repeated_rows(logit_data):
    """Frequency weights == the fit on the rows repeated that often (one fit per weight row)."""
    X, t = logit_data
    rng = np.random.default_rng(1)
    W = np.stack([np.bincount(rng.integers(0, 400, 400), minlength=400) for _ in range(6)]).astype(float)
    batch = newton_logistic(X, t, W)
    for b in range(6):
        idx = np.repeat(np.arange(400), W[b].astype(int))
        one = LogisticMLE().fit(X[idx], t[idx])
        np.testing.assert_allclose(batch.coef[b], np.r_[one.intercept_, one.coef_[0]], rtol=1e-9, atol=1e-11)
    assert batch.converged.all()


def test_l2_gradient_stop_reaches_the_penalised_optimum(logit_data):
    X, t = logit_data
    n = X.shape[0]
    fit = newton_logistic(X, t, np.full(n, 1 / n), l2=0.1, tol=1e-12, stop="gradient", line_search=ARMIJO)
    w = fit.coef[0]
    grad = np.r_[np.mean(expit(w[0] + X @ w[1:]) - t), X.T @ (expit(w[0] + X @ w[1:]) - t) / n] + 0.1 * w
    assert fit.grad_norm[0] <= 1e-12 and np.linalg.norm(grad) <= 1e-11


def test_separated_fit_stops_early_and_is_flagged():
    X = np.arange(10.0)[:, None]
    t = (X[:, 0] > 4.5).astype(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = LogisticMLE().fit(X, t)
    assert model.separated_ and model.n_iter_ < 100


def test_intercept_gram_and_design_agree_with_the_explicit_product():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(50, 3))
    Z = np.hstack([np.ones((50, 1)), X])
    W = rng.random((4, 50))
    expected = np.stack([(Z.T * w) @ Z for w in W])
    np.testing.assert_allclose(InterceptDesign(X).gram(W), expected, rtol=1e-12)
    np.testing.assert_allclose(intercept_gram(X, W[0]), expected[0], rtol=1e-12)


def test_arm_moments_hold_the_per_arm_counts_means_and_centred_comoments():
    rng = np.random.default_rng(3)
    X, y, t = rng.normal(size=(30, 2)), rng.normal(size=30), np.r_[np.zeros(12), np.ones(18)]
    counts, means, com = arm_moments(X, t, y)
    for a in (0, 1):
        Z = np.column_stack([X[t == a], y[t == a]])
        assert counts[a] == (t == a).sum()
        np.testing.assert_allclose(means[a], Z.mean(axis=0), rtol=1e-12)
        np.testing.assert_allclose(com[a], (Z - Z.mean(axis=0)).T @ (Z - Z.mean(axis=0)), rtol=1e-12)


def test_batched_por_equals_one_estimate_per_coalition():
    data = make_synthetic(n=1200, d=3, random_state=4).data
    parts = split_random(data, 4, random_state=0)
    stats = [LinearPORStats.from_data(p) for p in parts]
    members = np.array([[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 1], [1, 1, 1, 1]], dtype=bool)
    est = LinearPORBatch.stack(stats).coalitions(members).estimate()
    for k, row in enumerate(members):
        one = sum(s for s, m in zip(stats, row) if m).estimate()
        assert est.tau[k] == pytest.approx(one.ate, rel=1e-12)
        assert est.se[k] == pytest.approx(one.se, rel=1e-12)
    full = RegressionAdjustment().fit(data).result_
    assert est.tau[-1] == pytest.approx(full.ate, rel=1e-10)
    assert est.se[-1] == pytest.approx(full.se, rel=1e-10)
