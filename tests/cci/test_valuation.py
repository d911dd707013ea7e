"""Tests of the KL valuation (closed form, sign, optimum, sensitivity, undefined estimates)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import integrate, stats

from cocausal.cci.valuation import KLValuation, empty_value, kl_value, usable, value_sensitivity

finite = st.floats(-1e3, 1e3, allow_nan=False)
positive = st.floats(1e-3, 1e3, allow_nan=False)


def test_reference_values():
    assert kl_value(1.0, 1.0, 1.0, 1.0) == 0.0
    assert kl_value(0.0, 1.0, 1.0, 1.0) == pytest.approx(-0.5)
    # log 2 - (4 + 1) / 2 + 1/2 with se_C = 2, tau_C - tau_N = 1, se_N = 1
    assert kl_value(3.0, 2.0, 2.0, 1.0) == pytest.approx(np.log(2.0) - 2.0)
    # scale: se_N = 2, se_C = 1, no bias -> log(1/2) - 1/8 + 1/2
    assert kl_value(5.0, 1.0, 5.0, 2.0) == pytest.approx(np.log(0.5) - 0.125 + 0.5)


@pytest.mark.parametrize("tau,se,tau_n,se_n", [(0.3, 0.7, -0.2, 1.1), (2.0, 0.5, 1.0, 0.4), (10.0, 3.0, 9.0, 2.0)])
def test_closed_form_matches_numerical_kl(tau, se, tau_n, se_n):
    q, p = stats.norm(tau, se), stats.norm(tau_n, se_n)
    kl, _ = integrate.quad(lambda x: q.pdf(x) * (q.logpdf(x) - p.logpdf(x)), tau - 12 * se, tau + 12 * se)
    assert kl_value(tau, se, tau_n, se_n) == pytest.approx(-kl, rel=1e-7, abs=1e-10)


@settings(max_examples=200, deadline=None)
@given(tau=finite, se=positive, tau_n=finite, se_n=positive)
def test_value_is_nonpositive_and_zero_only_at_grand(tau, se, tau_n, se_n):
    v = float(kl_value(tau, se, tau_n, se_n))
    assert v <= 0.0
    assert kl_value(tau_n, se_n, tau_n, se_n) == 0.0
    # moving the estimate away from tau_N never increases the value
    assert kl_value(tau_n + 2 * (tau - tau_n), se, tau_n, se_n) <= v + 1e-12 * (1 + abs(v))


@settings(max_examples=100, deadline=None)
@given(tau=finite, se=positive, tau_n=finite, se_n=st.floats(1e-1, 1e2))
def test_sensitivity_matches_finite_difference(tau, se, tau_n, se_n):
    h = 1e-5 * se_n
    fd = (kl_value(tau, se, tau_n + h, se_n) - kl_value(tau, se, tau_n - h, se_n)) / (2 * h)
    exact = value_sensitivity(tau, tau_n, se_n)
    rounding = 1e-14 * (1 + abs(float(kl_value(tau, se, tau_n, se_n)))) / h
    assert fd == pytest.approx(exact, rel=1e-4, abs=rounding + 1e-8)


def test_unusable_estimates_give_nan_and_v_empty():
    tau = np.array([1.0, np.nan, 1.0, 1.0, np.inf])
    se = np.array([1.0, 1.0, 0.0, np.nan, 1.0])
    assert usable(tau, se).tolist() == [True, False, False, False, False]
    assert np.isnan(kl_value(tau, se, 1.0, 1.0)[1:]).all()
    val = KLValuation(1.0, 1.0, v_empty=-3.0)
    assert val(tau, se).tolist() == [0.0, -3.0, -3.0, -3.0, -3.0]
    d = val.sensitivity(np.array([2.0, np.nan]), np.array([1.0, 1.0]), d_empty=7.0)
    assert d.tolist() == [1.0, 7.0]


@pytest.mark.parametrize("tau_n,se_n", [(np.nan, 1.0), (0.0, 0.0), (0.0, -1.0), (0.0, np.inf)])
def test_bad_grand_estimate_raises(tau_n, se_n):
    with pytest.raises(ValueError, match="grand coalition"):
        kl_value(0.0, 1.0, tau_n, se_n)


def test_empty_value():
    assert empty_value([-1.0, np.nan, -4.0]) == -4.0
    with pytest.raises(ValueError, match="No party has a usable"):
        empty_value([np.nan, np.nan])
    with pytest.raises(ValueError, match="v_empty"):
        KLValuation(0.0, 1.0, v_empty=1.0)
