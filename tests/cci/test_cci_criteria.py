"""Tests of the R1-R6 criteria report: each criterion can fail and says why."""

import numpy as np

from cocausal.cci.criteria import check_criteria
from cocausal.cci.rewards import rho_shapley_rewards

V = np.array([-1.0, -2.0, -4.0])
PHI = np.array([2.0, 1.5, 0.5])


def test_all_hold_for_rho_shapley_rewards():
    rep = check_criteria(V, PHI, rho_shapley_rewards(V, PHI, 0.5).r, rho0=0.5)
    assert rep.all_hold
    assert rep.flags() == {f"R{k}": True for k in range(1, 7)}
    assert set(rep.reasons()) == {f"R{k}" for k in range(1, 7)}
    assert "holds" in rep.summary()


def test_each_failure_is_named():
    rep = check_criteria(V, PHI, np.array([0.1, -2.5, -5.0]))
    assert not rep.R1.holds and "[2]" in rep.R1.reason
    assert not rep.R2.holds and "[0]" in rep.R2.reason
    assert not rep.R3.holds
    assert not rep.R4.holds and "[1, 2]" in rep.R4.reason
    rep = check_criteria(V, PHI, np.array([0.0, -3.9, -3.0]))
    assert not rep.R5.holds and "phi_1 > phi_2" in rep.R5.reason


def test_symmetry_violation_and_negative_shapley_explained():
    rep = check_criteria([-1.0, -2.0, -3.0], [2.0, 2.0, 2.0], [0.0, -0.5, -0.5])
    assert not rep.R5.holds and "phi_0 = phi_1" in rep.R5.reason
    v, phi = np.array([-1.0, -3.0, -2.0]), np.array([5.0, -0.4, -0.6])
    rep = check_criteria(v, phi, rho_shapley_rewards(v, phi).r)
    assert not rep.R5.holds and "negative Shapley" in rep.R5.reason
    assert rep.R1.holds and rep.R4.holds


def test_r6_fails_for_needlessly_large_rho():
    r_fair = rho_shapley_rewards(V, PHI, 1.0)
    rep = check_criteria(V, PHI, r_fair.r, rho0=0.1)
    assert r_fair.rho > 0.1 and not rep.R6.holds and "rho = 0.1" in rep.R6.reason
    assert rep.R1.holds and rep.R5.holds
