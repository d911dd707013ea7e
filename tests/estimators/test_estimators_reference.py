"""Tier 1: exact reference values (hand-computed examples and statsmodels 0.15 numbers)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.data import CausalData
from cocausal.datasets import load_ihdp, load_jobs, load_lalonde
from cocausal.estimators import AIPW, IPW, DifferenceInMeans, PropensityMatching, RegressionAdjustment
from cocausal.estimators.matching import matching_estimate
from cocausal.warnings import UnmatchedUnitsWarning, WarningLog


def test_dim_hand_example():
    data = CausalData(X=np.empty((6, 0)), t=[0, 0, 0, 1, 1, 1], y=[1.0, 2, 3, 4, 5, 6])
    res = DifferenceInMeans().fit(data).result_
    assert res.ate == 3.0
    assert res.se == pytest.approx(np.sqrt(2 / 3))  # s1^2 = s0^2 = 1
    assert res.ci == pytest.approx((3 - 1.959963984540054 * np.sqrt(2 / 3), 3 + 1.959963984540054 * np.sqrt(2 / 3)))
    assert res.method == "dim" and res.n == 6


def test_dim_jobs_reference():
    res = DifferenceInMeans().fit(load_jobs().data).result_
    assert res.ate == pytest.approx(886.3037307037439, rel=1e-12)
    # Neyman SE == statsmodels OLS(y ~ 1 + t) with HC2 covariance on the same data
    assert res.se == pytest.approx(488.2045295361458, rel=1e-10)


def test_without_covariates_all_weighting_estimators_equal_dim():
    rng = np.random.default_rng(0)
    t = np.array([0, 1] * 20)
    y = rng.normal(size=40) + t
    data = CausalData(X=np.empty((40, 0)), t=t, y=y)
    dim = DifferenceInMeans().fit(data).result_.ate
    assert IPW().fit(data).result_.ate == pytest.approx(dim, abs=1e-12)
    assert AIPW().fit(data).result_.ate == pytest.approx(dim, abs=1e-12)
    assert RegressionAdjustment().fit(data).result_.ate == pytest.approx(dim, abs=1e-12)


def test_psm_hand_example_with_tie():
    # treated scores 0.25, 0.625 (y 5, 9); controls 0.125, 0.375, 0.75 (y 1, 2, 3).
    # Treated 0.25 is equidistant from 0.125 and 0.375 -> both kept, Y(0) = 1.5.
    score = np.array([0.25, 0.625, 0.125, 0.375, 0.75])
    t = np.array([1, 1, 0, 0, 0])
    y = np.array([5.0, 9, 1, 2, 3])
    res = {e: matching_estimate(score, t, y, 1, e, None, 1, WarningLog()) for e in ("ATT", "ATC", "ATE")}
    assert res["ATT"].ate == pytest.approx((3.5 + 6.0) / 2)
    assert res["ATC"].ate == pytest.approx((4 + 3 + 6) / 3)
    assert res["ATE"].ate == pytest.approx((3.5 + 6 + 4 + 3 + 6) / 5)
    assert (res["ATT"].n, res["ATC"].n, res["ATE"].n) == (2, 3, 5)


def test_psm_caliper_hand_example():
    score = np.array([0.1, 0.9, 0.15, 0.2])
    t = np.array([1, 1, 0, 0])
    y = np.array([1.0, 2.0, 0.0, 0.0])
    log = WarningLog()
    with pytest.warns(UnmatchedUnitsWarning, match="1 treated and 0 control"):
        res = matching_estimate(score, t, y, 1, "ATT", 0.25, 1, log)
    assert (res.ate, res.n, res.extras["n_unmatched_treated"]) == (1.0, 1, 1)
    assert res.warnings == log.messages and len(res.warnings) == 1
    with pytest.raises(ValueError, match="increase the caliper"):
        matching_estimate(score, t, y, 1, "ATT", 0.01, 1, WarningLog())


def test_ihdp_matches_statsmodels_treatment_effects():
    """Reference: statsmodels 0.15 TreatmentEffect(OLS, Logit).ipw()/.aipw() on IHDP rep 1."""
    data = load_ihdp(1).data
    ipw = IPW(clip=None).fit(data).result_
    assert ipw.ate == pytest.approx(4.02561118049, abs=1e-9)
    assert ipw.se == pytest.approx(0.0981520, rel=1e-5)
    assert AIPW(clip=None).fit(data).result_.ate == pytest.approx(3.96964688813, abs=1e-9)
    assert DifferenceInMeans().fit(data).result_.se == pytest.approx(0.11417658, rel=1e-6)


def test_lalonde_matches_statsmodels_treatment_effects():
    """Reference: statsmodels 0.15 TreatmentEffect .ra()/.ipw()/.aipw() point estimates on nswre74."""
    data = load_lalonde().data
    assert RegressionAdjustment().fit(data).result_.ate == pytest.approx(1621.58310144, abs=1e-6)
    assert IPW(clip=None).fit(data).result_.ate == pytest.approx(1641.31522185, abs=1e-6)
    assert AIPW(clip=None).fit(data).result_.ate == pytest.approx(1619.05286497, abs=1e-6)
    # statsmodels' IPW SE with earnings rescaled to $1000 (its numerical GMM derivatives
    # lose accuracy on the raw dollar scale); ours is scale invariant.
    assert IPW(clip=None).fit(data).result_.se == pytest.approx(671.045214900191, rel=1e-6)


def test_ihdp_every_estimator_within_half_of_truth():
    ds = load_ihdp(1)
    estimators = [
        DifferenceInMeans(),
        RegressionAdjustment(),
        IPW(),
        AIPW(),
        AIPW(n_folds=5, random_state=0),
        PropensityMatching(),
        PropensityMatching(n_neighbors=5),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for est in estimators:
            res = est.fit(ds.data).result_
            assert abs(res.ate - ds.true_ate) < 0.5, (est, res.ate)
