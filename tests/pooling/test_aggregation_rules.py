"""Judgment aggregation rules: truth tables, properties, registry."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocausal.pooling.rules import (
    Dictatorship,
    Majority,
    Quota,
    StrictMajority,
    Unanimity,
    available_rules,
    get_rule,
    register_rule,
    rule_name,
)


@pytest.mark.parametrize(
    ("votes", "strict", "major", "unan"),
    [
        ([True, False], False, True, False),
        ([True, True], True, True, True),
        ([False, False], False, False, False),
        ([True, True, False], True, True, False),
        ([True, False, False], False, False, False),
        ([True, True, False, False], False, True, False),
    ],
)
def test_truth_tables(votes, strict, major, unan):
    assert StrictMajority()(votes) is strict
    assert Majority()(votes) is major
    assert Unanimity()(votes) is unan


def test_dictatorship_and_quota():
    assert Dictatorship(1)([False, True, False]) is True
    assert Dictatorship(0)([False, True, True]) is False
    assert Quota(2)([True, False, True]) is True
    assert Quota(2)([True, False, False]) is False
    assert Quota(0.75)([True, True, True, False]) is True
    assert Quota(0.75)([True, True, False, False]) is False
    with pytest.raises(ValueError, match="only 2 experts"):
        Dictatorship(3)([True, False])
    with pytest.raises(ValueError):
        Quota(0)
    with pytest.raises(ValueError):
        Quota(1.5)
    with pytest.raises(ValueError, match="at least one"):
        Majority()([])


def test_get_rule_names():
    assert isinstance(get_rule("strict-majority"), StrictMajority)
    assert isinstance(get_rule("strict_majority"), StrictMajority)
    assert get_rule("dictatorship:2") == Dictatorship(2)
    assert get_rule("quota:3") == Quota(3)
    assert get_rule("quota:0.5") == Quota(0.5)
    assert rule_name(get_rule("quota:0.5")) == "quota:0.5"
    assert {"strict-majority", "majority", "unanimity", "dictatorship", "quota"} <= set(available_rules())
    with pytest.raises(ValueError, match="unknown aggregation rule 'plurality'"):
        get_rule("plurality")
    with pytest.raises(ValueError, match="quota"):
        get_rule("quota")


def test_register_custom_rule_and_callables():
    register_rule("at-least-one", lambda arg: (lambda votes: any(votes)))
    assert get_rule("at-least-one")([False, True]) is True
    fn = lambda votes: votes[-1]  # noqa: E731
    assert get_rule(fn) is fn
    with pytest.raises(ValueError):
        register_rule("Bad Name", lambda arg: any)


@given(st.lists(st.booleans(), min_size=1, max_size=12))
def test_rule_inclusions(votes):
    """Unanimity => strict majority => majority; quota(1.0) == unanimity; quota(0.5) == majority."""
    u, s, m = Unanimity()(votes), StrictMajority()(votes), Majority()(votes)
    assert (not u or s) and (not s or m)
    assert Quota(1.0)(votes) == u
    assert Quota(0.5)(votes) == m
    assert Quota(1)(votes) == any(votes)


@given(st.lists(st.booleans(), min_size=1, max_size=12), st.integers(0, 11))
def test_monotonicity(votes, i):
    """Turning a reject into an accept never flips an accepted judgment to rejected."""
    i %= len(votes)
    more = list(votes)
    more[i] = True
    for rule in (StrictMajority(), Majority(), Unanimity(), Quota(2), Dictatorship(0)):
        assert not rule(votes) or rule(more)
