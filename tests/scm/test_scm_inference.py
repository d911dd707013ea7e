"""Counterfactuals (abduction-action-prediction) and likelihood-weighted conditioning."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.scm import SCM, abduct, conditional_sample, counterfactual, load_phd_example

# Each 4-SE check fails with probability about 6e-5 when the code is right.
Z4 = 4.0


def linear(b=2.0, c=3.0):
    return SCM(
        {"U_x": {"dist": "normal", "mean": 1.0, "sd": 1.0}, "U_z": {"dist": "normal"}, "U_y": {"dist": "normal"}},
        {"X": "U_x", "Z": "X + U_z", "Y": f"{b} * X + {c} * Z + U_y"},
        predictor="Y",
    )


def test_counterfactual_linear_gaussian_exact():
    m = linear()
    # Abduction: U_x = 1, U_z = 2.5 - 1 = 1.5, U_y = 9 - 2 - 7.5 = -0.5
    assert abduct(m, {"X": 1.0, "Z": 2.5, "Y": 9.0}) == pytest.approx({"U_x": 1.0, "U_z": 1.5, "U_y": -0.5})
    cf = counterfactual(m, {"X": 1.0, "Z": 2.5, "Y": 9.0}, {"X": 3.0})
    assert cf["Z"].tolist() == [4.5]
    assert cf["Y"].tolist() == pytest.approx([6 + 13.5 - 0.5])


@settings(max_examples=50, deadline=None)
@given(
    x=st.floats(-3, 3), z=st.floats(-3, 3), y=st.floats(-3, 3), x_new=st.floats(-3, 3),
    b=st.floats(-2, 2), c=st.floats(-2, 2),
)
def test_counterfactual_closed_form_property(x, z, y, x_new, b, c):
    """Y_{X<-x'} = y + (b + c) (x' - x) and Z_{X<-x'} = z + (x' - x) in the linear SCM."""
    cf = counterfactual(linear(b, c), {"X": x, "Z": z, "Y": y}, {"X": x_new})
    assert cf["Z"][0] == pytest.approx(z + x_new - x, abs=1e-9)
    assert cf["Y"][0] == pytest.approx(y + (b + c) * (x_new - x), abs=1e-8)


def test_counterfactual_partial_evidence_samples_untouched_noise():
    m = linear()
    cf = counterfactual(m, {"X": 1.0}, {"X": 3.0}, n=100_000, random_state=1)
    # U_z, U_y untouched by X: Y_{X<-3} = 6 + 3 (3 + U_z) + U_y, mean 15, var 10
    assert abs(cf["Y"].mean() - 15.0) <= Z4 * np.sqrt(10 / 100_000)


def test_counterfactual_phd_gender_flip():
    (a, b), applicants = load_phd_example()
    ctx = applicants[0][1]
    assert counterfactual(a, ctx, {"Gnd": 0.0})["Y"][0] == pytest.approx(2.72)
    assert counterfactual(b, ctx, {"Gnd": 0.0})["Y"][0] == pytest.approx(2.84)


def test_abduction_refuses_non_invertible_and_inconsistent():
    m = SCM({"U": {"dist": "normal"}, "V": {"dist": "normal"}}, {"X": "U * V", "Y": "X + V"})
    with pytest.raises(ValueError, match="cannot abduct"):
        abduct(m, {"X": 1.0})
    with pytest.raises(ValueError, match="contradicts"):
        abduct(linear(), {"U_x": 0.0, "X": 1.0})
    with pytest.raises(ValueError, match="outside the support"):
        abduct(SCM({"U": {"dist": "beta", "alpha": 2, "beta": 2}}, {"X": "U + 1"}), {"X": 5.0})
    with pytest.raises(ValueError, match="cannot abduct"):
        abduct(linear(), {"Y": 1.0})  # parents X, Z unobserved


def test_likelihood_weighting_linear_gaussian():
    m = SCM({"U_x": {"dist": "normal"}, "U_y": {"dist": "normal"}}, {"X": "U_x", "Y": "X + U_y"})
    ws = conditional_sample(m, {"Y": 1.0}, 100_000, 4)
    assert ws.methods == {"Y": "weighting"}
    mean, se = ws.mean("X")
    assert abs(mean - 0.5) <= Z4 * se  # E[X | Y = 1] = 1/2
    assert np.all(ws.values["Y"] == 1.0)


def test_conditional_phd_expert_a_analytic():
    """E[Y_A | Dpt=0, Mrk=0.9, Cvr=0.6] = 0.3 + 2 P(Gnd=1 | Dpt=0) + 0.23 + 0 + 0.9 + 0.6,
    with P(Gnd=1 | Dpt=0) = 0.5 / (0.5 + 0.5 * 0.7)."""
    a = load_phd_example()[0][0]
    ws = conditional_sample(a, {"Dpt": 0.0, "Mrk": 0.9, "Cvr": 0.6}, 100_000, 9)
    assert ws.methods == {"Dpt": "rejection", "Mrk": "weighting", "Cvr": "weighting"}
    mean, se = ws.mean("Y")
    expected = 0.3 + 2 * 0.5 / 0.85 + 0.23 + 1.5
    assert abs(mean - expected) <= Z4 * se


def test_rejection_equals_weighting_for_discrete_noise():
    """Equivalence: rejection (shared noise) and weighting (exclusive noise) agree."""
    m = SCM({"U": {"dist": "bernoulli", "p": 0.3}, "W": {"dist": "normal"}},
            {"A": "U", "B": "A + U + W"})  # U feeds A and B: A is conditioned by rejection
    m2 = SCM({"U": {"dist": "bernoulli", "p": 0.3}, "W": {"dist": "normal"}},
             {"A": "U", "B": "2 * A + W"})
    r = conditional_sample(m, {"A": 1.0}, 50_000, 1)
    w = conditional_sample(m2, {"A": 1.0}, 50_000, 1)
    assert r.methods == {"A": "rejection"} and w.methods == {"A": "weighting"}
    (mr, sr), (mw, sw) = r.mean("B"), w.mean("B")
    assert abs(mr - mw) <= Z4 * np.hypot(sr, sw)


def test_conditional_errors():
    m = SCM({"U": {"dist": "normal"}}, {"X": "U ** 3"})
    with pytest.raises(ValueError, match="no sample matched"):
        conditional_sample(m, {"X": 0.3}, 1000, 0)
    with pytest.raises(ValueError, match="exogenous"):
        conditional_sample(m, {"U": 0.3}, 1000, 0)
    with pytest.raises(ValueError, match="positive integer"):
        conditional_sample(m, {"X": 0.3}, 0, 0)
