"""Tier 2: hypothesis property tests (invariances every ATE estimator must satisfy)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone

from cocausal.data import CausalData
from cocausal.datasets import make_synthetic
from cocausal.estimators import AIPW, IPW, DifferenceInMeans, PropensityMatching, RegressionAdjustment

ESTIMATORS = {
    "dim": DifferenceInMeans(),
    "por": RegressionAdjustment(),
    "ipw": IPW(),
    "aipw": AIPW(),
    "psm": PropensityMatching(n_neighbors=2),
}


def _fit(est, data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return clone(est).fit(data).result_


data_params = dict(
    seed=st.integers(0, 2**31 - 1),
    n=st.integers(40, 150),
    d=st.integers(1, 3),
    name=st.sampled_from(sorted(ESTIMATORS)),
)


@settings(max_examples=40, deadline=None)
@given(**data_params)
def test_row_order_does_not_matter(seed, n, d, name):
    data = make_synthetic(n=n, d=d, random_state=seed).data
    perm = np.random.default_rng(seed).permutation(n)
    a = _fit(ESTIMATORS[name], data)
    b = _fit(ESTIMATORS[name], data.take(perm))
    assert b.ate == pytest.approx(a.ate, rel=1e-6, abs=1e-6)
    assert b.se == pytest.approx(a.se, rel=1e-5, abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(shift=st.floats(-50, 50), scale=st.floats(0.1, 10), **data_params)
def test_outcome_affine_equivariance(seed, n, d, name, shift, scale):
    data = make_synthetic(n=n, d=d, random_state=seed).data
    moved = CausalData(X=data.X, t=data.t, y=shift + scale * data.y)
    a = _fit(ESTIMATORS[name], data)
    b = _fit(ESTIMATORS[name], moved)
    assert b.ate == pytest.approx(scale * a.ate, rel=1e-6, abs=1e-6)
    assert b.se == pytest.approx(scale * a.se, rel=1e-5, abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(**data_params)
def test_swapping_arms_negates_the_ate(seed, n, d, name):
    data = make_synthetic(n=n, d=d, random_state=seed).data
    swapped = CausalData(X=data.X, t=1 - data.t, y=data.y)
    a = _fit(ESTIMATORS[name], data)
    b = _fit(ESTIMATORS[name], swapped)
    assert b.ate == pytest.approx(-a.ate, rel=1e-6, abs=1e-6)
    assert b.se == pytest.approx(a.se, rel=1e-5, abs=1e-6)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), n=st.integers(40, 150))
def test_att_atc_swap_and_result_shape(seed, n):
    data = make_synthetic(n=n, d=2, random_state=seed).data
    swapped = CausalData(X=data.X, t=1 - data.t, y=data.y)
    att = _fit(PropensityMatching(estimand="ATT"), data)
    atc = _fit(PropensityMatching(estimand="ATC"), swapped)
    assert atc.ate == pytest.approx(-att.ate, abs=1e-9)
    assert att.n == data.n_treated and att.estimand == "ATT"
    lo, hi = att.ci
    assert lo <= att.ate <= hi
    assert hi - lo == pytest.approx(2 * 1.959963984540054 * att.se)


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_sklearn_contract(name):
    est = ESTIMATORS[name]
    params = est.get_params()
    twin = clone(est)
    assert twin.get_params() == params
    assert not hasattr(twin, "result_")
    data = make_synthetic(n=200, d=2, random_state=0).data
    assert twin.fit(data) is twin
    assert twin.ate_ == twin.result_.ate and twin.se_ == twin.result_.se
    assert twin.result_.method == name
