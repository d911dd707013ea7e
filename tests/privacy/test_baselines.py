"""Non-private PSM reference and the private IPW / DR baselines."""

import math
import warnings

import numpy as np
import pytest

from cocausal.privacy.baselines import PrivateDR, PrivateIPW, psm_ate, stratum_index
from cocausal.privacy.logistic import fit_logistic, label_propensity, predict_proba
from cocausal.privacy.mechanisms import REPLACE_ONE


def test_psm_equals_brute_force(small_data):
    N = 3
    res = psm_ate(small_data, n_neighbors=N, random_state=0)
    e = label_propensity(small_data.X, small_data.t)
    y, t = small_data.y, small_data.t
    effects = []
    for i in range(small_data.n):
        opp = np.flatnonzero(t != t[i])
        # continuous scores: no ties, the N nearest by distance are unique
        near = opp[np.argsort(np.abs(e[opp] - e[i]), kind="stable")[:N]]
        cf = y[near].mean()
        effects.append(y[i] - cf if t[i] == 1 else cf - y[i])
    assert res.ate == pytest.approx(np.mean(effects), abs=1e-12)
    assert res.method.startswith("psm")


def _split_like(est, n):
    rng = np.random.default_rng(est.random_state)
    perm = rng.permutation(n)
    k = int(round(n * est.train_fraction))
    return np.sort(perm[:k]), np.sort(perm[k:])


def test_private_ipw_at_huge_epsilon_equals_truncated_ipw(small_data):
    est = PrivateIPW(1e9, outcome_bounds=(0, 4), truncation=0.1, random_state=4)
    res = est.fit(small_data).result_
    train, test = _split_like(est, small_data.n)
    w, *_ = fit_logistic(small_data.X[train], small_data.t[train], 0.1, tol=1e-10)
    e = np.clip(predict_proba(small_data.X[test], w), 0.1, 0.9)
    t, yc = small_data.t[test], small_data.y[test] - 2.0
    want = np.mean(t * yc / e - (1 - t) * yc / (1 - e))
    assert res.ate == pytest.approx(want, abs=1e-6)
    rel = res.extras["releases"][1]
    assert rel.relation == REPLACE_ONE
    assert rel.sensitivity == pytest.approx(4.0 / (0.1 * len(test)))
    assert est.accountant_.spent == pytest.approx(1e9, rel=1e-9)


def test_private_dr_at_huge_epsilon_equals_aipw(small_data):
    est = PrivateDR(1e9, outcome_bounds=(0, 4), truncation=0.05, n_bins=4, random_state=2)
    res = est.fit(small_data).result_
    train, test = _split_like(est, small_data.n)
    X, t, y = small_data.X, small_data.t, small_data.y
    w, *_ = fit_logistic(X[train], t[train], 0.1, tol=1e-10)
    cell = stratum_index(predict_proba(X[train], w), 4) * 2 + t[train]
    mu = np.zeros(8)
    for c in range(8):
        mu[c] = np.clip(y[train][cell == c].mean() if np.any(cell == c) else 2.0, 0, 4)
    mu = mu.reshape(4, 2)
    e = predict_proba(X[test], w)
    b = stratum_index(e, 4)
    e = np.clip(e, 0.05, 0.95)
    tt, yy = t[test], y[test]
    phi = mu[b, 1] - mu[b, 0] + tt * (yy - mu[b, 1]) / e - (1 - tt) * (yy - mu[b, 0]) / (1 - e)
    assert res.ate == pytest.approx(phi.mean(), abs=1e-5)
    assert est.accountant_.spent == pytest.approx(1e9, rel=1e-9)
    assert res.extras["releases"][-1].sensitivity == pytest.approx(2 * 4 * (1 + 1 / 0.05) / len(test))


@pytest.mark.parametrize("cls", [PrivateIPW, PrivateDR])
def test_budget_is_spent_exactly_once(small_data, cls):
    est = cls(0.7, outcome_bounds=(0, 4), random_state=0)
    est.fit(small_data)
    assert est.accountant_.spent == pytest.approx(0.7, rel=1e-9)
    assert math.isfinite(est.result_.ate)


@pytest.mark.parametrize("cls", [PrivateIPW, PrivateDR])
def test_baseline_bad_input(small_data, cls):
    with pytest.raises(ValueError, match="truncation"):
        cls(1.0, outcome_bounds=(0, 4), truncation=0.6).fit(small_data)
    with pytest.raises(ValueError, match="train_fraction"):
        cls(1.0, outcome_bounds=(0, 4), train_fraction=1.0).fit(small_data)
    with pytest.raises(ValueError, match="outcome_bounds"):
        cls(1.0).fit(small_data)
    with pytest.raises(ValueError, match="epsilon"):
        cls(-1.0, outcome_bounds=(0, 4)).fit(small_data)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = cls(1.0, outcome_bounds=(1, 3), random_state=0).fit(small_data).result_
    assert "clipped" not in res.extras and not res.warnings  # a clip count would be private
