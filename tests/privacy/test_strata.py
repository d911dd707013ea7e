"""The stratified add/remove-DP variant."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.privacy.logistic import fit_logistic
from cocausal.privacy.mechanisms import ADD_REMOVE
from cocausal.privacy.strata import StratifiedPrivATE, subclassification_ate


def test_subclassification_exact_values():
    counts = np.array([[10.0, 10.0], [5.0, 15.0], [0.5, 3.0]])  # last bin dropped (min_count 2)
    sums = np.array([[-10.0, 0.0], [5.0, 30.0], [1.0, 1.0]])  # centred at mid = 2
    ate, used = subclassification_ate(counts, sums, (0.0, 4.0), 2.0)
    # bin 0: mu0 = 1, mu1 = 2, w = 20; bin 1: mu0 = 3, mu1 = 4, w = 20
    assert used == 2 and ate == pytest.approx(1.0)
    with pytest.raises(ValueError, match="No propensity bin"):
        subclassification_ate(counts[2:], sums[2:], (0.0, 4.0), 2.0)


def test_huge_epsilon_equals_reference_and_accounting(small_data):
    est = StratifiedPrivATE(1e9, outcome_bounds=(0, 4), n_bins=4, reference=True)
    res = est.fit(small_data).result_
    assert res.ate == pytest.approx(res.reference_ate, abs=1e-6)
    assert res.relation == ADD_REMOVE and res.level == "strata"
    assert math.fsum(res.spent.values()) == pytest.approx(1e9, rel=1e-9)
    for r in res.releases:
        assert r.relation == ADD_REMOVE
        assert r.scale == pytest.approx(r.sensitivity / r.epsilon, rel=1e-9)
    names = {r.name: r for r in res.releases}
    assert names["cell counts"].sensitivity == 1.0
    assert names["cell outcome sums"].sensitivity == pytest.approx(2.0)
    assert names["propensity weights"].sensitivity == pytest.approx(est.sensitivity(3))


def test_accounting_at_moderate_epsilon(small_data):
    res = StratifiedPrivATE(1.0, outcome_bounds=(0, 4), n_bins=2).fit(small_data).result_
    assert dict(res.spent) == pytest.approx({"propensity_weights": 0.2, "cell_counts": 0.3, "cell_sums": 0.5})


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), lam=st.sampled_from([5.0, 20.0, 100.0]), n=st.integers(5, 60))
def test_adding_a_record_moves_weights_less_than_the_bound(seed, lam, n):
    """Exact minimisers of sum(loss) + Lambda/2 |w|^2 for D and D + r differ by at most
    (d + 1) / Lambda in L1, whatever n is."""
    rng = np.random.default_rng(seed)
    d = 3
    Z = rng.random((n, d))
    t = rng.integers(0, 2, n).astype(float)
    Z2 = np.vstack([Z, rng.integers(0, 2, d)])
    t2 = np.r_[t, rng.integers(0, 2)]
    w1, *_ = fit_logistic(Z, t, lam / n, tol=1e-13)
    w2, *_ = fit_logistic(Z2, t2, lam / (n + 1), tol=1e-13)
    assert np.abs(w1 - w2).sum() <= (d + 1) / lam


def test_strata_bad_input(small_data):
    with pytest.raises(ValueError, match="budget_split"):
        StratifiedPrivATE(1.0, outcome_bounds=(0, 4), budget_split=(0.5, 0.5, 0.5)).fit(small_data)
    with pytest.raises(ValueError, match="n_bins"):
        StratifiedPrivATE(1.0, outcome_bounds=(0, 4), n_bins=0).fit(small_data)
    with pytest.raises(ValueError, match="outcome_bounds"):
        StratifiedPrivATE(1.0).fit(small_data)
    with pytest.raises(ValueError, match="epsilon"):
        StratifiedPrivATE(math.inf, outcome_bounds=(0, 4)).fit(small_data)
