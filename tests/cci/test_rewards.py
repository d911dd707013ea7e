"""Tests of the rho-Shapley reward values and Gain/Cost."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.cci.criteria import check_criteria
from cocausal.cci.rewards import DEFAULT_RHO0, fairness_rho, gain_cost, rho_shapley_rewards


def test_reference_values():
    v = np.array([-3.0, -1.0, -10.0, -0.5])
    phi = np.array([2.0, 3.0, 0.5, 4.5])
    rv = rho_shapley_rewards(v, phi, rho0=1.0)
    bound = min(np.log(1 - v[i] / -10.0) / np.log(phi[i] / 4.5) for i in (0, 1))
    assert rv.rho_uncapped == pytest.approx(bound)
    assert rv.rho == pytest.approx(bound)
    expected = np.maximum(v + 10.0, 10.0 * (phi / 4.5) ** bound) - 10.0
    np.testing.assert_allclose(rv.r, expected, rtol=1e-12, atol=1e-12)
    assert rv.r[3] == 0.0
    capped = rho_shapley_rewards(v, phi, rho0=0.2)
    assert capped.rho == 0.2 and capped.rho_uncapped == pytest.approx(bound)
    np.testing.assert_allclose(capped.r, 10.0 * (phi / 4.5) ** 0.2 - 10.0, rtol=1e-12)


def test_negative_shapley_threshold_gives_standalone_value():
    v = np.array([-2.0, -1.0, -5.0])
    phi = np.array([3.0, 2.5, -0.5])
    rv = rho_shapley_rewards(v, phi)
    assert rv.r[2] == v[2]
    assert rv.phi_used[2] == 0.0
    # the negative party is ignored when computing rho
    assert rv.rho_uncapped == pytest.approx(np.log(1 - v[1] / -5.0) / np.log(2.5 / 3.0))


def test_degenerate_games():
    assert rho_shapley_rewards([0.0, 0.0], [0.0, 0.0]).r.tolist() == [0.0, 0.0]
    assert fairness_rho([-1.0, -1.0], [0.5, 0.5]) == np.inf  # equal Shapley values: no bound
    rv = rho_shapley_rewards([-1.0, -1.0], [0.5, 0.5])
    assert rv.r.tolist() == [0.0, 0.0] and rv.rho == DEFAULT_RHO0


@pytest.mark.parametrize("rho0", [0.0, -0.1, 1.5])
def test_bad_rho0(rho0):
    with pytest.raises(ValueError, match="rho0"):
        rho_shapley_rewards([-1.0, -2.0], [1.0, 1.0], rho0=rho0)


def test_bad_inputs():
    with pytest.raises(ValueError, match="equal length"):
        rho_shapley_rewards([-1.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="<= 0"):
        rho_shapley_rewards([1.0, -1.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="finite"):
        rho_shapley_rewards([np.nan, -1.0], [1.0, 2.0])


def test_gain_cost():
    assert gain_cost([0.0, -1.0, -2.0], [-1.0, -3.0, -2.0]) == (pytest.approx(1.0), pytest.approx(1.0))


@st.composite
def games(draw, positive=False):
    n = draw(st.integers(2, 8))
    v = np.array(draw(st.lists(st.floats(-50, 0), min_size=n, max_size=n)))
    lo = 1e-3 if positive else -5.0
    phi = np.array(draw(st.lists(st.floats(lo, 20), min_size=n, max_size=n)))
    if phi.max() <= 0:
        phi[0] = 1.0
    return v, phi


@settings(max_examples=300, deadline=None)
@given(game=games(), rho0=st.floats(0.01, 1.0))
def test_r1_to_r4_always_hold(game, rho0):
    v, phi = game
    rv = rho_shapley_rewards(v, phi, rho0)
    rep = check_criteria(v, phi, rv.r, rho0)
    assert rep.R1.holds and rep.R2.holds and rep.R3.holds and rep.R4.holds and rep.R6.holds
    assert rv.rho <= rho0 and rv.rho <= rv.rho_uncapped
    if v.min() < 0:
        assert np.all(rv.r[phi == phi.max()] == 0.0)
    assert np.all(rv.r[phi < 0] == v[phi < 0])


@settings(max_examples=300, deadline=None)
@given(game=games(positive=True), rho0=st.floats(0.01, 1.0))
def test_fairness_holds_with_positive_shapley_values(game, rho0):
    v, phi = game
    rv = rho_shapley_rewards(v, phi, rho0)
    rep = check_criteria(v, phi, rv.r, rho0)
    assert rep.all_hold, rep.summary()


@settings(max_examples=100, deadline=None)
@given(game=games(positive=True))
def test_welfare_decreases_with_rho(game):
    v, phi = game
    welfare = [rho_shapley_rewards(v, phi, rho0).r.sum() for rho0 in (0.05, 0.3, 1.0)]
    assert welfare[0] >= welfare[1] - 1e-9 * (1 + abs(welfare[1]))
    assert welfare[1] >= welfare[2] - 1e-9 * (1 + abs(welfare[2]))
