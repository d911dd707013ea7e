"""Tier 1/4: shifted and scaled data give the unshifted numbers; no overlap warns (issue 18, section 4)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.data import CausalData, split_random
from cocausal.datasets import make_synthetic
from cocausal.estimators import (
    AIPW,
    IPW,
    DifferenceInMeans,
    LinearPORBatch,
    LinearPORStats,
    PropensityMatching,
    RegressionAdjustment,
    bootstrap_se,
)
from cocausal.estimators.logistic import LogisticMLE
from cocausal.warnings import CocausalWarning, OverlapWarning

ESTIMATORS = {
    "dim": DifferenceInMeans,
    "por": RegressionAdjustment,
    "ipw": IPW,
    "aipw": AIPW,
    "psm": PropensityMatching,
}


@pytest.fixture(scope="module")
def data():
    return make_synthetic(n=2000, d=3, ate=2.0, random_state=0).data


def _with(data, X=None, y=None):
    return CausalData(
        X=data.X if X is None else X, t=data.t, y=data.y if y is None else y, feature_names=data.feature_names
    )


def _fit(name, data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        return ESTIMATORS[name]().fit(data).result_


def _transformed(X, how):
    X = X.copy()
    if how in ("scale", "both"):
        X[:, 0] *= 1e5
    if how in ("shift", "both"):
        X[:, 0] += 1e5
    return X


@pytest.mark.parametrize("how", ["shift", "scale", "both"])
@pytest.mark.parametrize("name", list(ESTIMATORS))
def test_covariate_shift_and_scale_leave_estimates_unchanged(data, name, how):
    base = _fit(name, data)
    moved = _fit(name, _with(data, X=_transformed(data.X, how)))
    assert abs(moved.ate - base.ate) <= 1e-6
    assert moved.se == pytest.approx(base.se, rel=1e-6)


@pytest.mark.parametrize("how", ["shift", "scale", "both"])
def test_logistic_mle_keeps_a_shifted_confounder(data, how):
    base = LogisticMLE().fit(data.X, data.t)
    X = _transformed(data.X, how)
    moved = LogisticMLE().fit(X, data.t)
    factor = 1e5 if how in ("scale", "both") else 1.0
    np.testing.assert_allclose(moved.coef_[0] * np.r_[factor, 1.0, 1.0], base.coef_[0], rtol=1e-8)
    assert abs(base.coef_[0, 0]) > 0.5
    np.testing.assert_allclose(moved.predict_proba(X), base.predict_proba(data.X), atol=1e-10)


def test_logistic_mle_constant_column_gets_zero_coefficient(data):
    X = np.column_stack([data.X, np.full(data.n, 7.0)])
    fit = LogisticMLE().fit(X, data.t)
    base = LogisticMLE().fit(data.X, data.t)
    assert fit.coef_[0, -1] == 0.0
    np.testing.assert_allclose(fit.predict_proba(X), base.predict_proba(data.X), atol=1e-12)


@pytest.mark.parametrize("name", list(ESTIMATORS))
def test_outcome_shift_moves_the_estimate_by_rounding_only(data, name):
    base = _fit(name, data)
    moved = _fit(name, _with(data, y=data.y + 1e9))
    assert abs(moved.ate - base.ate) <= 1e-6
    assert moved.se == pytest.approx(base.se, rel=1e-6)


def test_por_se_is_exact_under_a_1e9_outcome_shift_and_pools_from_parties(data):
    shifted = _with(data, y=data.y + 1e9)
    base = LinearPORStats.from_data(data).estimate()
    direct = LinearPORStats.from_data(shifted).estimate()
    assert direct.se == pytest.approx(base.se, rel=1e-6)
    parts = split_random(shifted, 5, random_state=0)
    stats = [LinearPORStats.from_data(p) for p in parts]
    pooled = sum(stats)
    whole = LinearPORStats.from_data(shifted)
    np.testing.assert_array_equal(pooled.counts, whole.counts)
    np.testing.assert_allclose(pooled.means, whole.means, rtol=1e-15)
    np.testing.assert_allclose(pooled.comoments, whole.comoments, rtol=1e-7)  # y itself is rounded at 1.2e-7
    est = pooled.estimate()
    assert est.ate == pytest.approx(direct.ate, abs=1e-6)
    assert est.se == pytest.approx(direct.se, rel=1e-8)
    batch = LinearPORBatch.stack(stats).coalitions(np.ones((1, 5), dtype=bool)).estimate()
    assert batch.se[0] == pytest.approx(direct.se, rel=1e-8)


def test_one_pass_sums_of_squares_would_fail_the_shift():
    """The statistics this replaces: syy = y'y - n ybar^2 keeps no digit at a 1e9 level."""
    y = np.random.default_rng(0).normal(size=1000) + 1e9
    one_pass = y @ y - y.size * y.mean() ** 2
    centred = LinearPORStats.from_arrays(np.zeros((1000, 0)), np.r_[np.zeros(500), np.ones(500)], y, ())
    exact = sum(((y[a] - y[a].mean()) ** 2).sum() for a in (slice(0, 500), slice(500, None)))
    assert abs(one_pass - ((y - y.mean()) ** 2).sum()) > 1.0
    assert centred.comoments[:, -1, -1].sum() == pytest.approx(exact, rel=1e-9)


@pytest.mark.parametrize("name", ["por", "ipw", "aipw"])
def test_vectorised_bootstrap_equals_refit_on_shifted_covariates(data, name):
    small = CausalData(X=_transformed(data.X, "both")[:400], t=data.t[:400], y=data.y[:400])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        fast = bootstrap_se(ESTIMATORS[name](), small, n_boot=20, random_state=3)
        slow = bootstrap_se(ESTIMATORS[name](), small, n_boot=20, random_state=3, method="refit")
    assert fast.extras["bootstrap_path"] == "vectorised"
    np.testing.assert_allclose(fast.extras["draws"], slow.extras["draws"], rtol=1e-8, atol=1e-8 * slow.se)


@pytest.fixture(scope="module")
def separated():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(2000, 2))
    t = (X[:, 0] + 0.3 * X[:, 1] > 0).astype(int)
    y = 1 + X[:, 0] + X[:, 0] ** 2 + t * (2 + 3 * X[:, 0] ** 2 - 3) + rng.normal(size=2000) * 0.5
    return CausalData(X=X, t=t, y=y)


@pytest.mark.parametrize("name", ["por", "ipw", "aipw", "psm"])
def test_no_overlap_warns_and_is_recorded(separated, name):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = ESTIMATORS[name]().fit(separated).result_
    assert any(issubclass(w.category, OverlapWarning) for w in caught)
    assert any("No overlap" in m for m in res.warnings)
    overlap = res.extras["overlap"]
    assert overlap["separated"] is True
    assert overlap["outside_treated"] == int(separated.t.sum())
    assert overlap["outside_control"] == int((1 - separated.t).sum())


@pytest.mark.parametrize("name", ["por", "ipw", "aipw", "psm"])
def test_overlapping_arms_do_not_warn(data, name):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = ESTIMATORS[name]().fit(data).result_
    assert not any(issubclass(w.category, OverlapWarning) for w in caught)
    assert res.extras["overlap"]["separated"] is False
    lo1, hi1 = res.extras["overlap"]["range_treated"]
    lo0, hi0 = res.extras["overlap"]["range_control"]
    assert lo1 < hi0 and lo0 < hi1
