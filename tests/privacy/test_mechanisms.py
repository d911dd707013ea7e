"""OpenDP-backed mechanisms: privacy maps, declared scales and empirical noise laws."""

import math

import numpy as np
import opendp.prelude as dp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.privacy.mechanisms import (
    LABEL,
    REPLACE_ONE,
    check_epsilon,
    laplace_release,
    randomized_response_release,
)


@pytest.mark.parametrize("sens,eps", [(1.0, 1.0), (3.7, 0.35), (504.0, 0.5), (2e-5, 0.05)])
def test_scalar_laplace_declares_scale_and_map(sens, eps):
    rel = laplace_release(1.0, sensitivity=sens, epsilon=eps, relation=LABEL, name="S1")
    assert rel.mechanism == "laplace" and rel.relation == LABEL and rel.size == 1
    assert rel.sensitivity == sens
    assert rel.scale == pytest.approx(sens / eps, rel=1e-9)
    assert rel.scale >= sens / eps * (1 - 1e-15)
    assert rel.epsilon <= eps and rel.epsilon == pytest.approx(eps, rel=1e-9)
    # The privacy map of the OpenDP measurement with the declared scale, read back.
    meas = dp.m.make_laplace(dp.atom_domain(T=float, nan=False), dp.absolute_distance(T=float), scale=rel.scale)
    assert meas.map(sens) <= eps


def test_vector_laplace_map_includes_grid_rounding():
    x = np.linspace(0, 1, 1000)
    rel = laplace_release(x, sensitivity=1.0, epsilon=0.05, relation=REPLACE_ONE, name="scores")
    assert rel.size == 1000 and rel.value.shape == (1000,)
    assert rel.epsilon <= 0.05
    assert rel.scale == pytest.approx(20.0, rel=1e-9)
    assert not rel.value.flags.writeable


def test_laplace_scale_empirically():
    """Mean absolute noise of Laplace(b) is b with sd b: over 20000 draws, a 6-SE band
    (relative 6/sqrt(20000) = 4.2%) fails with probability below 1e-8."""
    b = 2.5
    rel = laplace_release(np.zeros(20000), sensitivity=1.0, epsilon=1 / b, relation=LABEL, name="zeros")
    noise = np.asarray(rel.value)
    assert np.mean(np.abs(noise)) == pytest.approx(rel.scale, rel=6 / math.sqrt(20000))
    assert abs(np.mean(noise)) < 6 * math.sqrt(2) * b / math.sqrt(20000)


def test_randomized_response_flip_rate_and_map():
    """Flip rate 1/(1+e) at eps=1; 6 binomial SEs over 200000 bits (failure < 1e-8)."""
    bits = np.r_[np.ones(100000, int), np.zeros(100000, int)]
    rel = randomized_response_release(bits, epsilon=1.0, relation=REPLACE_ONE, name="t")
    q = 1 / (1 + math.e)
    assert rel.scale == pytest.approx(q, rel=1e-12)
    assert rel.epsilon <= 1.0 and rel.epsilon == pytest.approx(1.0, rel=1e-12)
    assert rel.sensitivity == 1.0 and rel.size == 200000
    cert = dp.m.make_randomized_response_bool(prob=1 - rel.scale)
    assert cert.map(1) <= 1.0 + 1e-12
    flipped = rel.value != bits
    se = math.sqrt(q * (1 - q) / 100000)
    assert abs(flipped[:100000].mean() - q) < 6 * se
    assert abs(flipped[100000:].mean() - q) < 6 * se


def test_randomized_response_huge_epsilon_spends_at_most_36():
    rel = randomized_response_release(np.array([0, 1, 1]), epsilon=1e9, relation=REPLACE_ONE, name="t")
    assert rel.epsilon <= 36.0
    assert rel.value.tolist() == [0, 1, 1]


@pytest.mark.parametrize("bad", [0, -1.0, math.nan, math.inf, -math.inf])
def test_bad_epsilon_is_rejected(bad):
    with pytest.raises(ValueError, match="finite number > 0"):
        check_epsilon(bad)
    with pytest.raises(ValueError):
        laplace_release(1.0, sensitivity=1.0, epsilon=bad, relation=LABEL, name="x")


def test_bad_epsilon_type_and_sensitivity():
    with pytest.raises(TypeError):
        check_epsilon("1")
    with pytest.raises(ValueError, match="sensitivity"):
        laplace_release(1.0, sensitivity=0.0, epsilon=1.0, relation=LABEL, name="x")
    with pytest.raises(ValueError, match="finite"):
        laplace_release([1.0, math.nan], sensitivity=1.0, epsilon=1.0, relation=LABEL, name="x")


@settings(max_examples=40, deadline=None)
@given(
    sens=st.floats(1e-6, 1e6, allow_nan=False),
    eps=st.floats(1e-3, 1e3, allow_nan=False),
    size=st.one_of(st.none(), st.integers(1, 50)),
)
def test_release_never_overspends(sens, eps, size):
    value = 0.0 if size is None else np.zeros(size)
    rel = laplace_release(value, sensitivity=sens, epsilon=eps, relation=LABEL, name="x")
    assert rel.epsilon <= eps
    # OpenDP rounds the vector L1 map upwards by about one ulp per element: allow 1e-9 relative per element.
    slack = 1e-9 * (1 if size is None else size)
    assert sens / eps <= rel.scale * (1 + 1e-15) and rel.scale <= sens / eps * (1 + slack)
