"""Party contributions: the statistics path gives bit-for-bit the in-process study."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.cci import CollaborativeATE, ContributionError, PartyContribution, check_disclosure
from cocausal.data import CausalData, split_random
from cocausal.datasets import load_ihdp

FIELDS = ("tau", "se", "v", "phi", "r", "tau_r", "se_r", "dv_dtau", "dphi_dtau")


def _over_json(c: PartyContribution) -> PartyContribution:
    return PartyContribution.from_json(json.loads(json.dumps(c.to_json())))


@pytest.mark.parametrize(("n_parties", "se"), [(3, "analytic"), (5, "analytic"), (4, "fitted_variance")])
def test_contributions_give_bit_identical_rewards(n_parties, se):
    parts = split_random(load_ihdp(1).data, n_parties, random_state=1)
    contributions = [_over_json(PartyContribution.from_data(p, f"site-{i}")) for i, p in enumerate(parts)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = CollaborativeATE(se=se, random_state=3).fit(parts).result_
        stats = CollaborativeATE(se=se, random_state=3).fit(contributions).result_
    for field in FIELDS:
        assert np.array_equal(getattr(rows, field), getattr(stats, field), equal_nan=True), field
    assert (rows.tau_N, rows.se_N, rows.rho) == (stats.tau_N, stats.se_N, stats.rho)
    assert stats.parties == tuple(f"site-{i}" for i in range(n_parties))


def test_a_contribution_changes_when_one_row_changes():
    data = load_ihdp(1).data
    y = data.y.copy()
    y[0] += 1.0
    a = PartyContribution.from_data(data, "a").to_json()
    b = PartyContribution.from_data(CausalData(data.X, data.t, y, feature_names=data.feature_names), "a").to_json()
    assert a != b


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=6, max_value=40), st.integers(min_value=0, max_value=3), st.integers(0, 2**31 - 1),
       st.floats(min_value=-1e6, max_value=1e6))
def test_json_round_trip_is_exact(n, d, seed, shift):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(2 * n, d)) * 10.0 ** rng.integers(-3, 4, size=d)
    t = np.r_[np.zeros(n, int), np.ones(n, int)]
    y = rng.normal(size=2 * n) + shift
    c = PartyContribution.from_data(CausalData(X, t, y), "p")
    back = _over_json(c)
    for field in ("counts", "means", "comoments"):
        assert np.array_equal(getattr(c.stats, field), getattr(back.stats, field))
    assert back.outcome_scale == c.outcome_scale and back.feature_names == c.feature_names


def _valid() -> dict:
    return PartyContribution.from_data(load_ihdp(1).data, "a").to_json()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o: o.update(format="pickle"), "format must be"),
        (lambda o: o.update(version=2), "version 2 is not supported"),
        (lambda o: o.pop("means"), "missing \\['means'\\]"),
        (lambda o: o.update(rows=[[1, 2]]), "unexpected \\['rows'\\]"),
        (lambda o: o.update(counts=[1.5, 3]), "whole numbers"),
        (lambda o: o.update(counts=[float("nan"), 3]), "NaN or infinite"),
        (lambda o: o.update(means=[[0.0]]), "shape"),
        (lambda o: o["comoments"][0][0].__setitem__(1, 1e9), "symmetric"),
        (lambda o: o.update(outcome_scale=-1), "outcome_scale"),
        (lambda o: o.update(label=""), "label"),
    ],
)
def test_malformed_contributions_are_refused_by_name(change, message):
    obj = _valid()
    change(obj)
    with pytest.raises(ContributionError, match=message):
        PartyContribution.from_json(obj)


def test_disclosure_control_names_the_threshold_and_the_columns():
    data = load_ihdp(1).data
    c = PartyContribution.from_data(data, "a")
    names = list(data.feature_names)
    check_disclosure(c, names)
    with pytest.raises(ContributionError, match="disclosure threshold of 200"):
        check_disclosure(c, names, min_arm=200)
    small = CausalData(data.X[:40], data.t[:40], data.y[:40], feature_names=data.feature_names)
    with pytest.raises(ContributionError, match="covariates \\+ 2 = 27"):
        check_disclosure(PartyContribution.from_data(small, "s"), names, min_arm=2)
    with pytest.raises(ContributionError, match="missing \\['age'\\]"):
        check_disclosure(c, ["age", *names])
    with pytest.raises(ContributionError, match="another order"):
        check_disclosure(c, names[::-1])


def test_statistics_refuse_estimators_that_need_rows():
    parts = split_random(load_ihdp(1).data, 3, random_state=0)
    contributions = [PartyContribution.from_data(p, f"p{i}") for i, p in enumerate(parts)]
    with pytest.raises(ValueError, match="needs the rows"):
        CollaborativeATE("ipw", random_state=0).fit(contributions)
    with pytest.raises(ContributionError, match="repeat"):
        CollaborativeATE(random_state=0).fit([contributions[0], contributions[0]])
