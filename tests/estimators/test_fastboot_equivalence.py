"""Vectorised bootstrap == refitting bootstrap on (quasi-)separated propensity fits.

IHDP split into 5 parties (about 28 treated units and 25 covariates each) makes almost
every resample's logistic propensity fit separated; the batched Newton fit must give the
refitting bootstrap's draws there too, and a coalition's bootstrap must use its own seed once.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.cci.coalitions import EstimatorEvaluator, Parties
from cocausal.data import split_random
from cocausal.datasets import load_ihdp
from cocausal.estimators import bootstrap_se
from cocausal.estimators.fastboot import bootstrap_draws
from cocausal.estimators.registry import make_estimator
from cocausal.games import coalition_seed
from cocausal.warnings import CocausalWarning, ConvergenceWarning


@pytest.fixture(scope="module")
def parties():
    return split_random(load_ihdp(1).data, 5, random_state=0)


def _slow(name, data, n_boot, seed):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        return np.array(bootstrap_se(make_estimator(name), data, n_boot, seed, method="refit").extras["draws"])


@pytest.mark.parametrize("name", ["ipw", "aipw"])
@pytest.mark.parametrize("members", [(0,), (1, 3), (0, 1, 2, 3, 4)])
def test_separated_resamples_equal_refitting_bootstrap(parties, name, members):
    data = Parties(parties).pooled(np.isin(np.arange(5), members))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        fast = bootstrap_draws(make_estimator(name), data, 12, 7)
    slow = _slow(name, data, 12, 7)
    np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-9 * np.std(slow))


def test_separated_fits_are_counted_in_one_warning(parties):
    with pytest.warns(ConvergenceWarning, match=r"\d+ of 10 bootstrap propensity fits were \(quasi-\)separated"):
        bootstrap_draws(make_estimator("aipw"), parties[0], 10, 1)


def test_same_seed_same_draws(parties):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        a = bootstrap_draws(make_estimator("ipw"), parties[2], 10, 5)
        b = bootstrap_draws(make_estimator("ipw"), parties[2], 10, 5)
        c = bootstrap_draws(make_estimator("ipw"), parties[2], 10, 6)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_separated_coalition_uses_its_seed_once(parties):
    """A coalition's bootstrap SE is bootstrap_se with the coalition's seed (fresh), separated or not."""
    p = Parties(parties)
    root = np.random.SeedSequence(11)
    members = np.array([[True, False, False, False, False], [True, True, True, True, True]])
    _, se, _ = EstimatorEvaluator(p, make_estimator("aipw"), "bootstrap", 10, root)(members)
    for k, key in enumerate((1, 31)):
        expected = np.std(_slow("aipw", p.pooled(members[k]), 10, coalition_seed(root, key)), ddof=1)
        assert se[k] == pytest.approx(expected, rel=1e-9)
