"""LogisticMLE's early stop on (quasi-)separation: fast path == full Newton path.

Equivalence tier: without separation the fit equals statsmodels' Logit and the plain
Newton iteration run to its step tolerance; with separation the clipped propensities (all
that the estimators use) equal those of the Newton path run to ``max_iter``.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import ConvergenceWarning as SklearnConvergenceWarning

from cocausal.data import CausalData, split_random
from cocausal.datasets import load_ihdp, make_synthetic
from cocausal.estimators import AIPW, IPW
from cocausal.estimators.linalg import GramSolver, intercept_gram
from cocausal.estimators.logistic import LogisticMLE

CLIP = (0.01, 0.99)


class FullNewtonLogistic(ClassifierMixin, BaseEstimator):
    """Naive reference: Newton with step halving, no separation stop (the pre-early-stop path)."""

    def __init__(self, max_iter=100):
        self.max_iter = max_iter

    def fit(self, X, y):
        X, t = np.asarray(X, float), np.asarray(y, float)
        beta = np.zeros(X.shape[1] + 1)

        def loglik(eta):
            return float(t @ eta - np.logaddexp(0.0, eta).sum())

        eta = np.zeros(len(t))
        ll = loglik(eta)
        for _ in range(self.max_iter):
            p = expit(eta)
            grad = np.concatenate(([np.sum(t - p)], X.T @ (t - p)))
            step = GramSolver(intercept_gram(X, p * (1 - p))).solve(grad)
            for _ in range(30):
                cand = beta + step
                eta_c = cand[0] + X @ cand[1:]
                ll_c = loglik(eta_c)
                if ll_c >= ll - 1e-12 * abs(ll):
                    break
                step = step / 2
            beta, eta, ll = cand, eta_c, ll_c
            if np.max(np.abs(step)) <= 1e-8 * (1 + np.max(np.abs(beta))):
                break
        self.beta_, self.classes_ = beta, np.array([0, 1])
        return self

    def predict_proba(self, X):
        p = expit(self.beta_[0] + np.asarray(X, float) @ self.beta_[1:])
        return np.column_stack([1 - p, p])


def _fit(model, X, t):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SklearnConvergenceWarning)
        return model.fit(X, t).predict_proba(X)[:, 1]


@pytest.fixture(scope="module")
def ihdp():
    return load_ihdp(1).data


def test_non_separated_equals_statsmodels_logit(ihdp):
    sm = pytest.importorskip("statsmodels.api")
    for data in (ihdp, make_synthetic(n=2000, d=5, confounding=1.5, random_state=3).data):
        ours = LogisticMLE().fit(data.X, data.t)
        assert not ours.separated_
        ref = sm.Logit(data.t, sm.add_constant(data.X)).fit(method="newton", tol=1e-12, maxiter=200, disp=0)
        np.testing.assert_allclose(ours.predict_proba(data.X)[:, 1], ref.predict(sm.add_constant(data.X)), atol=1e-8)


def test_non_separated_unchanged_from_full_newton_path(ihdp):
    """Without extreme logits the stopping rule is the step tolerance alone: same iterates."""
    for data in (ihdp, make_synthetic(n=1500, d=4, random_state=5).data):
        np.testing.assert_allclose(_fit(LogisticMLE(), data.X, data.t), _fit(FullNewtonLogistic(), data.X, data.t),
                                   rtol=0, atol=1e-14)


def test_separated_party_stops_early_and_matches_clipped_limit(ihdp):
    party = split_random(ihdp, 5, random_state=0)[0]  # 150 units, 25 covariates: quasi-separated
    with pytest.warns(SklearnConvergenceWarning, match="separable"):
        fast = LogisticMLE().fit(party.X, party.t)
    assert fast.separated_ and fast.n_iter_ < 50
    e_fast = fast.predict_proba(party.X)[:, 1]
    e_full = _fit(FullNewtonLogistic(), party.X, party.t)
    assert np.sum((e_full < 1e-9) | (e_full > 1 - 1e-9)) > 0  # really separated
    np.testing.assert_allclose(np.clip(e_fast, *CLIP), np.clip(e_full, *CLIP), rtol=0, atol=1e-10)
    for cls in (IPW, AIPW):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = cls().fit(party).result_
            b = cls(propensity_model=FullNewtonLogistic()).fit(party).result_
        assert a.ate == pytest.approx(b.ate, rel=1e-10)
        assert any("separable" in w for w in a.warnings)


def test_same_data_same_fit(ihdp):
    party = split_random(ihdp, 5, random_state=0)[1]
    a, b = _fit(LogisticMLE(), party.X, party.t), _fit(LogisticMLE(), party.X, party.t)
    np.testing.assert_array_equal(a, b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(12, 60), d=st.integers(1, 4), shift=st.floats(0.0, 6.0), seed=st.integers(0, 2**31 - 1))
def test_clipped_propensities_equal_full_newton_path(n, d, shift, seed):
    """Property: separated or not, the clipped propensities equal the full Newton path's."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    t = (X[:, 0] * shift + rng.logistic(size=n) > 0).astype(int)
    if t.sum() < 2 or t.sum() > n - 2:
        return
    CausalData(X=X, t=t, y=np.zeros(n))  # valid input for the estimators
    e_fast = _fit(LogisticMLE(), X, t)
    e_full = _fit(FullNewtonLogistic(), X, t)
    np.testing.assert_allclose(np.clip(e_fast, *CLIP), np.clip(e_full, *CLIP), rtol=0, atol=1e-8)
