"""Tests of reward realisation: value equality, fidelity, feasibility, distribution, seeds."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special, stats

from cocausal.cci.realisation import realise_rewards, solve_reward_se
from cocausal.cci.valuation import kl_value
from cocausal.warnings import CocausalWarning, MonteCarloWarning


@pytest.mark.parametrize("r", [-1e-6, -0.1, -1.0, -10.0, -200.0])
def test_se_root_matches_lambert_w(r):
    # with tau_r = tau_N the equation is log u - u^2/2 + 1/2 = r, u^2 = -W_{-1}(-exp(2r - 1))
    u = np.sqrt(-special.lambertw(-np.exp(2 * r - 1), k=-1).real)
    assert solve_reward_se(r, 3.0, 3.0, 2.0) == pytest.approx(2.0 * u, rel=1e-10)


def test_larger_root_is_chosen():
    se = solve_reward_se(-1.0, 0.5, 0.0, 1.0)
    assert se > 1.0
    # a smaller root exists as well; it is not returned
    u_small = np.sqrt(-special.lambertw(-np.exp(2 * (-1.0 + 0.125) - 1), k=0).real)
    assert u_small < 1.0 and kl_value(0.5, u_small, 0.0, 1.0) == pytest.approx(-1.0)
    with pytest.raises(ValueError, match="feasible band"):
        solve_reward_se(-0.1, 5.0, 0.0, 1.0)
    assert solve_reward_se(0.0, 2.0, 2.0, 0.3) == 0.3


@settings(max_examples=150, deadline=None)
@given(
    r=st.lists(st.floats(0.0, 1.0), min_size=1, max_size=6),
    v_empty=st.floats(-5000.0, -1e-4),
    tau_n=st.floats(-1e4, 1e4).filter(lambda x: abs(x) > 1e-6),
    se_n=st.floats(1e-3, 1e3),
    kappa=st.floats(0.0, 5.0),
    seed=st.integers(0, 2**32),
)
def test_realised_rewards_are_faithful_feasible_and_exact(r, v_empty, tau_n, se_n, kappa, seed):
    r = v_empty * np.array(r)
    r[0] = 0.0  # the best party
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MonteCarloWarning)
        out = realise_rewards(r, tau_n, se_n, v_empty, kappa=kappa, random_state=seed)
    assert np.all(np.sign(out.tau_r) == np.sign(tau_n))
    assert np.all(np.abs(out.tau_r - tau_n) <= se_n * np.sqrt(-2 * r) * (1 + 1e-12) + 1e-12)
    assert np.all(out.se_r >= se_n)
    assert np.all(np.abs(out.value - r) <= 1e-9 * np.maximum(1.0, np.abs(r)))
    assert out.tau_r[0] == tau_n and out.se_r[0] == se_n


def test_same_seed_same_draws_and_seeds_differ():
    r = np.array([0.0, -1.0, -2.0, -3.0])
    a = realise_rewards(r, 1.0, 0.5, -3.0, random_state=7)
    b = realise_rewards(r, 1.0, 0.5, -3.0, random_state=7)
    c = realise_rewards(r, 1.0, 0.5, -3.0, random_state=8)
    np.testing.assert_array_equal(a.tau_r, b.tau_r)
    np.testing.assert_array_equal(a.se_r, b.se_r)
    assert not np.array_equal(a.tau_r, c.tau_r)


def test_draws_follow_the_truncated_normal():
    """KS test of 3000 draws against the exact target; fails with probability 1e-3 if correct."""
    tau_n, se_n, v_empty, ri = 0.4, 1.0, -2.0, -0.5
    r = np.concatenate([[0.0, v_empty], np.full(3000, ri)])
    out = realise_rewards(r, tau_n, se_n, v_empty, kappa=2.0, random_state=123)
    sd = 2.0 * se_n * np.sqrt((0.0 - ri) / (0.0 - v_empty))
    lo, hi = max(tau_n - se_n * np.sqrt(-2 * ri), 0.0), tau_n + se_n * np.sqrt(-2 * ri)
    target = stats.truncnorm((lo - tau_n) / sd, (hi - tau_n) / sd, loc=tau_n, scale=sd)
    assert stats.kstest(out.tau_r[2:], target.cdf).pvalue > 1e-3


def test_zero_grand_estimate_warns_and_is_recorded():
    with pytest.warns(CocausalWarning, match="sign fidelity"):
        out = realise_rewards([0.0, -1.0], 0.0, 1.0, -1.0, random_state=0)
    assert not out.fidelity and any("sign fidelity" in w for w in out.warnings)
    assert abs(out.value[1] + 1.0) < 1e-9


def test_tiny_acceptance_region_falls_back_with_warning():
    # feasible half-width / sampling sd = sqrt(-2 v_empty) / kappa ~ 3e-6: acceptance ~ 2e-6
    r = np.array([0.0, -0.5e-10, -1e-10])
    with pytest.warns(MonteCarloWarning, match="truncated normal"):
        out = realise_rewards(r, 1.0, 1.0, -1e-10, kappa=5.0, max_attempts=10, random_state=1)
    assert out.attempts[1] == 10 and any("no draw" in w for w in out.warnings)
    assert np.all(np.abs(out.tau_r - 1.0) <= np.sqrt(-2 * r) + 1e-15)
    assert np.all(np.abs(out.value - r) < 1e-9)


@pytest.mark.parametrize(
    "kwargs,match",
    [
        ({"r": [0.5], "v_empty": -1.0}, "lie in"),
        ({"r": [np.nan], "v_empty": -1.0}, "finite"),
        ({"r": [-0.5], "v_empty": -1.0, "kappa": -1.0}, "kappa"),
        ({"r": [-0.5], "v_empty": -1.0, "max_attempts": 0}, "max_attempts"),
        ({"r": [-0.5], "v_empty": -1.0, "se_n": 0.0}, "se_N"),
    ],
)
def test_bad_inputs(kwargs, match):
    args = {"tau_n": 1.0, "se_n": 1.0, **kwargs}
    with pytest.raises(ValueError, match=match):
        realise_rewards(args.pop("r"), args.pop("tau_n"), args.pop("se_n"), args.pop("v_empty"), **args)
