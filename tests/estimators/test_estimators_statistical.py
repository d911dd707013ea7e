"""Tier 3: seeded statistical tests, each with its failure probability stated."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.datasets import make_synthetic
from cocausal.estimators import (
    AIPW,
    IPW,
    DifferenceInMeans,
    PropensityMatching,
    RegressionAdjustment,
    bootstrap_se,
)
from cocausal.estimators.matching import matching_estimate
from cocausal.warnings import WarningLog


@pytest.fixture(scope="module")
def confounded():
    return make_synthetic(n=20_000, d=5, ate=2.0, confounding=1.0, random_state=2024)


@pytest.mark.parametrize(
    "est",
    [
        RegressionAdjustment(),
        IPW(),
        AIPW(),
        AIPW(n_folds=3, random_state=0),
        PropensityMatching(n_neighbors=4),
        PropensityMatching(n_neighbors=1, estimand="ATT"),
    ],
    ids=["por", "ipw", "aipw", "aipw-crossfit", "psm", "psm-att"],
)
def test_recovers_known_ate_within_4_se(confounded, est):
    """A consistent estimator with a valid SE misses by more than 4 SE with probability
    about 6e-5 (normal tails); the seed is fixed, so the test is deterministic."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = est.fit(confounded.data).result_
    truth = confounded.true_ate
    if res.estimand == "ATT":  # ATT = 2 + 0.5 E[x0 | t = 1]
        X, t = confounded.data.X, confounded.data.t
        truth = 2.0 + 0.5 * X[t == 1, 0].mean()
    assert abs(res.ate - truth) < 4 * res.se, (res.ate, res.se, truth)


def test_dim_recovers_ate_in_rct_and_is_biased_under_confounding(confounded):
    """P(|error| > 4 SE) ~ 6e-5 in the RCT; under confounding the bias (~0.7) is > 20 SE."""
    rct = make_synthetic(n=20_000, d=5, ate=2.0, confounding=0.0, random_state=7)
    res = DifferenceInMeans().fit(rct.data).result_
    assert abs(res.ate - 2.0) < 4 * res.se
    biased = DifferenceInMeans().fit(confounded.data).result_
    assert abs(biased.ate - 2.0) > 20 * biased.se


@pytest.mark.parametrize(
    "est", [DifferenceInMeans(), RegressionAdjustment(), IPW(), AIPW()], ids=["dim", "por", "ipw", "aipw"]
)
def test_analytic_se_agrees_with_bootstrap(est):
    """With B = 300 resamples the bootstrap SE has relative sd ~ 1/sqrt(2B) = 4.1%, so a 15%
    disagreement is a ~3.7 sd event (probability ~2e-4) when the analytic SE is right."""
    data = make_synthetic(n=10_000, d=4, ate=1.0, confounding=0.7, random_state=11).data
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analytic = est.fit(data).result_.se
        boot = bootstrap_se(est, data, n_boot=300, random_state=5).se
    assert abs(analytic / boot - 1) < 0.15, (analytic, boot)


@pytest.mark.parametrize("estimand,k", [("ATE", 1), ("ATE", 4), ("ATT", 1)])
def test_abadie_imbens_se_matches_monte_carlo_spread_with_known_propensity(estimand, k):
    """Matching on the true propensity: the mean Abadie-Imbens SE over 200 independent data
    sets should equal the sd of the estimates. The sd estimate has relative sd ~5%, so the
    band [0.85, 1.15] is ~3 sd wide on each side (failure probability ~0.3%)."""
    ates, ses = [], []
    for seed in range(200):
        ds = make_synthetic(n=2000, d=3, ate=1.0, random_state=20_000 + seed)
        res = matching_estimate(ds.extras["propensity"], ds.data.t, ds.data.y, k, estimand, None, 2, WarningLog())
        ates.append(res.ate)
        ses.append(res.se)
    ratio = np.mean(ses) / np.std(ates, ddof=1)
    assert 0.85 < ratio < 1.15, ratio


def test_psm_se_with_estimated_propensity_is_conservative():
    """With an estimated propensity (no Abadie-Imbens 2016 adjustment) the ATE SE should be
    valid and conservative: mean SE / sd of estimates over 200 data sets in [0.95, 1.6]
    (measured 1.27; the ratio estimate has relative sd ~5%)."""
    ates, ses = [], []
    for seed in range(200):
        data = make_synthetic(n=2000, d=3, ate=1.0, random_state=10_000 + seed).data
        res = PropensityMatching(n_neighbors=2).fit(data).result_
        ates.append(res.ate)
        ses.append(res.se)
    ratio = np.mean(ses) / np.std(ates, ddof=1)
    assert 0.95 < ratio < 1.6, ratio
