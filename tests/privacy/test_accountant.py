"""The budget ledger: sums, parallel composition and refusal to overspend."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.privacy.accountant import BudgetExceededError, PrivacyAccountant
from cocausal.privacy.mechanisms import LABEL, laplace_release


def _rel(eps):
    return laplace_release(0.0, sensitivity=1.0, epsilon=eps, relation=LABEL, name=f"r{eps}")


def test_charges_add_up_and_overspend_is_refused():
    acc = PrivacyAccountant(1.0)
    acc.charge("a", 0.25)
    acc.record("b", [_rel(0.25), _rel(0.25)])
    assert acc.spent == pytest.approx(0.75)
    assert acc.by_phase() == pytest.approx({"a": 0.25, "b": 0.5})
    with pytest.raises(BudgetExceededError, match="only 0.25 of the total 1 is left"):
        acc.charge("c", 0.3)
    assert len(acc.ledger) == 2 and acc.spent == pytest.approx(0.75)
    assert isinstance(BudgetExceededError("x"), ValueError)


def test_parallel_and_disjoint_composition():
    acc = PrivacyAccountant(1.0)
    assert acc.record("sums", [_rel(0.4), _rel(0.4)], parallel=True) == pytest.approx(0.4)
    got = acc.record_disjoint("parts", [[_rel(0.2), _rel(0.3)], [_rel(0.5)]])
    assert got == pytest.approx(0.5)
    assert acc.ledger[1].composition == "parallel" and len(acc.ledger[1].releases) == 3
    assert acc.remaining == pytest.approx(0.1)


def test_bad_inputs():
    with pytest.raises(ValueError):
        PrivacyAccountant(0.0)
    with pytest.raises(ValueError):
        PrivacyAccountant(math.inf)
    acc = PrivacyAccountant(1.0)
    with pytest.raises(TypeError):
        acc.record("x", [])
    with pytest.raises(ValueError):
        acc.charge("x", -0.1)


@settings(max_examples=60, deadline=None)
@given(total=st.floats(0.01, 100), shares=st.lists(st.floats(0.001, 2.0), min_size=1, max_size=12))
def test_ledger_never_exceeds_total(total, shares):
    acc = PrivacyAccountant(total)
    for s in shares:
        before = acc.spent
        try:
            acc.charge("p", s * total / 3)
        except BudgetExceededError:
            assert acc.spent == before
    assert acc.spent <= total * (1 + 1e-9)
    assert acc.spent == pytest.approx(math.fsum(e.epsilon for e in acc.ledger))
    assert np.isfinite(acc.remaining) and acc.remaining >= 0
