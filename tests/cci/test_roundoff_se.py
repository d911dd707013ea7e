"""A party whose outcome is constant has no usable standalone estimate (SE zero up to rounding)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.cci import CollaborativeATE
from cocausal.cci.coalitions import EstimatorEvaluator, LinearPOREvaluator, Parties
from cocausal.cci.valuation import SE_RTOL, roundoff_se
from cocausal.data import CausalData
from cocausal.datasets import make_synthetic
from cocausal.estimators import IPW
from cocausal.warnings import CocausalWarning


@pytest.fixture(scope="module")
def parties():
    parts = [make_synthetic(n=300, d=2, random_state=s).data for s in range(3)]
    p = parts[2]
    parts[2] = CausalData(X=p.X, t=p.t, y=np.full(p.n, 3.7), feature_names=p.feature_names)
    return parts


def test_roundoff_rule_is_relative_to_the_outcome_scale():
    assert roundoff_se([2.5e-17, 0.0], 3.7).all()
    assert not roundoff_se([10 * SE_RTOL * 1e9], 1e9).any()
    assert not roundoff_se([np.nan], 1.0).any()


def test_ipw_gives_a_roundoff_se_that_the_evaluator_undefines(parties):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        raw = IPW().fit(parties[2]).result_.se
        tau, se, messages = EstimatorEvaluator(Parties(parties), IPW(), "analytic", 2, np.random.SeedSequence(0))(
            np.eye(3, dtype=bool)
        )
    assert 0.0 < raw < 1e-15  # the floating-point noise the rule removes
    assert np.isnan(se[2]) and np.all(se[:2] > 0)
    assert any("zero up to rounding" in m for m in messages)


@pytest.mark.parametrize("estimator", ["por", "ipw", "aipw", "dim"])
def test_constant_outcome_party_is_valued_v_empty_with_a_warning(parties, estimator):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = CollaborativeATE(estimator, random_state=0).fit(parties).result_
    frame = res.to_frame()
    assert np.isnan(frame["se"].iloc[2])
    assert frame["v"].iloc[2] == res.v_empty
    assert any("Parties [2] have no usable standalone estimate" in str(w.message) for w in caught)
    assert any("Parties [2] have no usable standalone estimate" in m for m in res.warnings)


def test_linear_por_evaluator_undefines_a_constant_outcome_coalition(parties):
    tau, se, messages = LinearPOREvaluator(Parties(parties))(np.eye(3, dtype=bool))
    assert np.isnan(se[2]) and np.all(se[:2] > 0)
    assert messages and "zero up to rounding" in messages[0]
