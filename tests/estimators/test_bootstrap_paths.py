"""Tier 4: the vectorised bootstrap equals the refitting bootstrap; same seed, same bits."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from cocausal.cci.coalitions import EstimatorEvaluator, Parties
from cocausal.data import split_random
from cocausal.datasets import load_ihdp, make_synthetic
from cocausal.estimators import PropensityMatching, bootstrap_se, make_estimator
from cocausal.games import JoblibExecutor, SerialExecutor
from cocausal.warnings import CocausalWarning

#: fast == naive: both paths solve the same fits, so draws agree to rounding.
RTOL = 1e-9


@pytest.fixture(scope="module")
def data():
    return make_synthetic(n=600, d=4, random_state=3).data


def _boot(name, data, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        return bootstrap_se(make_estimator(name), data, n_boot=40, random_state=5, **kw)


@pytest.mark.parametrize("name", ["dim", "por", "ipw", "aipw"])
def test_vectorised_equals_refit(data, name):
    fast, slow = _boot(name, data), _boot(name, data, method="refit")
    assert fast.extras["bootstrap_path"] == "vectorised" and slow.extras["bootstrap_path"] == "refit"
    np.testing.assert_allclose(fast.extras["draws"], slow.extras["draws"], rtol=RTOL, atol=RTOL * slow.se)
    assert fast.se == pytest.approx(slow.se, rel=1e-8)
    assert fast.ate == slow.ate


@pytest.mark.parametrize("name", ["por", "aipw"])
def test_vectorised_equals_refit_with_rank_deficient_and_clipped_resamples(name):
    """IHDP: binary covariates make some resample arms rank deficient; propensities are clipped."""
    ihdp = load_ihdp(1).data
    fast, slow = _boot(name, ihdp), _boot(name, ihdp, method="refit")
    np.testing.assert_allclose(fast.extras["draws"], slow.extras["draws"], rtol=RTOL, atol=RTOL * slow.se)
    assert fast.warnings == slow.warnings


@pytest.mark.parametrize("method", ["vectorised", "refit"])
def test_same_seed_same_bits_across_n_jobs_and_blas_threads(data, method):
    a = _boot("aipw", data, method=method)
    b = _boot("aipw", data, method=method, n_jobs=2)
    with threadpool_limits(limits=2, user_api="blas"):
        c = _boot("aipw", data, method=method)
    assert a.extras["draws"] == b.extras["draws"] == c.extras["draws"]
    assert a.se == b.se == c.se


def test_coalition_bootstrap_same_bits_across_executors():
    parties = Parties(split_random(load_ihdp(1).data, 3, random_state=0))
    members = np.array([[True, False, True], [True, True, True]])
    root = np.random.SeedSequence(4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        serial = EstimatorEvaluator(parties, make_estimator("ipw"), "bootstrap", 12, root, SerialExecutor())(members)
        pooled = EstimatorEvaluator(parties, make_estimator("ipw"), "bootstrap", 12, root, JoblibExecutor(n_jobs=2))(
            members
        )
    np.testing.assert_array_equal(serial[0], pooled[0])
    np.testing.assert_array_equal(serial[1], pooled[1])


def test_method_argument_is_checked(data):
    from sklearn.linear_model import LogisticRegression

    from cocausal.estimators import IPW

    with pytest.raises(ValueError, match="method must be one of"):
        bootstrap_se(make_estimator("dim"), data, n_boot=5, method="bogus")
    with pytest.raises(ValueError, match="no vectorised bootstrap"):
        bootstrap_se(IPW(propensity_model=LogisticRegression()), data, n_boot=5, method="vectorised")
    with pytest.raises(ValueError, match="Abadie"):
        bootstrap_se(PropensityMatching(), data, n_boot=5, method="refit")
