"""Input validation, warnings recorded on results, and parameter errors."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LogisticRegression

from cocausal.data import CausalData
from cocausal.datasets import load_ihdp, make_synthetic
from cocausal.estimators import (
    AIPW,
    IPW,
    DifferenceInMeans,
    LinearPORStats,
    PropensityMatching,
    RegressionAdjustment,
    bootstrap_se,
)
from cocausal.warnings import ClippingWarning, CocausalWarning


@pytest.fixture(scope="module")
def small():
    return make_synthetic(n=300, d=3, random_state=3).data


def test_fit_rejects_non_causal_data():
    with pytest.raises(TypeError, match="CausalData"):
        DifferenceInMeans().fit(np.zeros((3, 2)))


def test_clipping_is_counted_warned_and_recorded():
    data = make_synthetic(n=2000, d=3, confounding=4.0, random_state=0).data
    with pytest.warns(ClippingWarning, match="propensity scores clipped") as rec:
        res = IPW(clip=(0.05, 0.95)).fit(data).result_
    n_clipped = res.extras["n_clipped"]
    assert n_clipped > 0 and f"{n_clipped} of 2000" in res.warnings[0]
    assert str(rec[0].message) == res.warnings[0]
    e = IPW(clip=(0.05, 0.95)).fit(data).propensity_
    assert e.min() >= 0.05 and e.max() <= 0.95


def test_no_clipping_warning_when_nothing_clipped(small):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CocausalWarning)
        res = IPW(clip=(1e-6, 1 - 1e-6)).fit(small).result_
    assert res.warnings == () and res.extras["n_clipped"] == 0


@pytest.mark.parametrize("clip", [(0.0, 0.9), (0.6, 0.4), (0.1,), "x"])
def test_bad_clip(small, clip):
    with pytest.raises(ValueError, match="clip"):
        IPW(clip=clip).fit(small)


def test_por_se_choices(small):
    assert RegressionAdjustment().fit(small).result_.extras["se_type"] == "analytic"
    assert np.isnan(RegressionAdjustment(se=None).fit(small).result_.se)
    with pytest.raises(ValueError, match="se='bootstrap'"):
        RegressionAdjustment(regressor=RandomForestRegressor(), se="analytic").fit(small)
    with pytest.raises(ValueError, match="se must be one of"):
        RegressionAdjustment(se="robust").fit(small)
    boot = RegressionAdjustment(
        regressor=RandomForestRegressor(n_estimators=10, random_state=0), n_boot=5, random_state=0
    ).fit(small).result_
    assert boot.extras["se_type"] == "bootstrap" and boot.se > 0 and len(boot.extras["draws"]) == 5


def test_por_rank_deficient_arm_warns():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 2))
    t = np.repeat([0, 1], 30)
    X[t == 1, 1] = 0.0  # constant within the treated arm: collinear with the intercept
    data = CausalData(X=X, t=t, y=rng.normal(size=60))
    with pytest.warns(CocausalWarning, match="rank deficient"):
        res = RegressionAdjustment().fit(data).result_
    assert res.extras["rank"] == [3, 2] and np.isfinite(res.ate)


def test_matching_parameter_errors(small):
    with pytest.raises(ValueError, match="estimand"):
        PropensityMatching(estimand="ATX").fit(small)
    with pytest.raises(ValueError, match="n_neighbors"):
        PropensityMatching(n_neighbors=0).fit(small)
    with pytest.raises(ValueError, match="exceeds"):
        PropensityMatching(n_neighbors=10_000).fit(small)
    with pytest.raises(ValueError, match="caliper"):
        PropensityMatching(caliper=-1).fit(small)


def test_bootstrap_refuses_matching_and_bad_n_boot(small):
    with pytest.raises(ValueError, match="Abadie"):
        bootstrap_se(PropensityMatching(), small, n_boot=10)
    with pytest.raises(ValueError, match="n_boot"):
        bootstrap_se(IPW(), small, n_boot=1)


def test_crossfit_folds_validation_and_reproducibility(small):
    with pytest.raises(ValueError, match="n_folds"):
        AIPW(n_folds=1).fit(small)
    a = AIPW(n_folds=4, random_state=9).fit(small).result_
    b = AIPW(n_folds=4, random_state=9).fit(small).result_
    assert a.ate == b.ate and a.extras["n_folds"] == 4


def test_custom_propensity_model_uses_known_propensity_se(small):
    res = IPW(propensity_model=LogisticRegression(C=1.0)).fit(small).result_
    assert "known" in res.extras["se_type"]
    with pytest.raises(TypeError, match="predict_proba"):
        IPW(propensity_model=RandomForestRegressor()).fit(small)


def test_stats_addition_errors():
    a = LinearPORStats.from_data(load_ihdp(1).data)
    b = LinearPORStats.from_data(make_synthetic(n=50, d=2, random_state=0).data)
    with pytest.raises(ValueError, match="different covariates"):
        a + b
    assert (0 + a) is a
    with pytest.raises(TypeError):
        LinearPORStats.from_data(np.zeros(3))


def test_logistic_mle_equals_sklearn_unpenalised_fit():
    """Equivalence: the default propensity model is the same MLE as scikit-learn's C=inf fit."""
    from cocausal.estimators.logistic import LogisticMLE

    data = make_synthetic(n=3000, d=4, confounding=1.5, random_state=4).data
    ours = LogisticMLE().fit(data.X, data.t)
    ref = LogisticRegression(C=np.inf, solver="newton-cholesky", tol=1e-12, max_iter=500).fit(data.X, data.t)
    np.testing.assert_allclose(ours.coef_, ref.coef_, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(ours.predict_proba(data.X), ref.predict_proba(data.X), atol=1e-10)
    assert (ours.predict(data.X) == ref.predict(data.X)).all()


def test_separable_propensity_warns_and_is_recorded():
    X = np.linspace(-1, 1, 40)[:, None]
    t = (X[:, 0] > 0).astype(int)  # perfectly separable: the logistic MLE does not exist
    data = CausalData(X=X, t=t, y=X[:, 0] + t)
    with pytest.warns(CocausalWarning):
        res = IPW().fit(data).result_
    assert any("separable" in w for w in res.warnings)
    assert any("clipped" in w for w in res.warnings)


def test_aipw_records_rank_deficient_outcome_fit():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(80, 2))
    t = np.repeat([0, 1], 40)
    X[t == 1, 1] = 3.0  # constant within the treated arm
    data = CausalData(X=X, t=t, y=rng.normal(size=80))
    with pytest.warns(CocausalWarning, match="treated outcome regression is rank deficient"):
        res = AIPW().fit(data).result_
    assert any("rank deficient" in w for w in res.warnings)
