"""Federated IPW/AIPW (rows stay with the parties) against the same study on the pooled rows."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocausal.cci import CollaborativeATE, PartyContribution
from cocausal.cci.federated import LocalRounds
from cocausal.cci.party_rounds import ROUND_KINDS, answer_round, pack_upper, unpack_upper
from cocausal.data import CausalData, split_random
from cocausal.datasets import load_ihdp, load_jobs

FIELDS = ("tau", "se", "v", "phi", "r")


def contributions(parts):
    return [PartyContribution.from_data(p, f"p{i}") for i, p in enumerate(parts)]


def both(parts, estimator, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pooled = CollaborativeATE(estimator, random_state=0, **kw).fit(parts)
        rounds = LocalRounds(parts)
        federated = CollaborativeATE(estimator, random_state=0, **kw).fit(contributions(parts), rounds=rounds)
    return pooled, federated


def assert_same(a, b, rtol=1e-9):
    for field in FIELDS:
        x, y = np.asarray(getattr(a, field), float), np.asarray(getattr(b, field), float)
        np.testing.assert_array_equal(np.isnan(x), np.isnan(y), err_msg=field)
        ok = ~np.isnan(x)
        np.testing.assert_allclose(y[ok], x[ok], rtol=rtol, atol=1e-300, err_msg=field)


@pytest.mark.parametrize("estimator", ["ipw", "aipw"])
@pytest.mark.parametrize("n_parties", [3, 5])
@pytest.mark.parametrize("dataset", ["ihdp", "jobs"])
def test_federated_equals_pooled_rows(dataset, n_parties, estimator):
    data = (load_ihdp(1) if dataset == "ihdp" else load_jobs()).data
    parts = split_random(data, n_parties, random_state=0)
    pooled, federated = both(parts, estimator)
    assert_same(pooled.result_, federated.result_)
    # every coalition's estimate too, not only the rewards
    for key in ("tau", "se"):
        x, y = pooled.coalition_table_[key][1:], federated.coalition_table_[key][1:]
        np.testing.assert_allclose(y, x, rtol=1e-9)


def separated_parties():
    """Three parties; in party 0 one covariate separates the arms, so its coalition's MLE does not exist."""
    rng = np.random.default_rng(3)
    parts = []
    for k in range(3):
        n = 120
        X = rng.normal(size=(n, 3))
        if k == 0:
            t = (X[:, 0] > 0).astype(int)
        else:
            t = rng.binomial(1, 1 / (1 + np.exp(-0.5 * X[:, 0])))
        y = 1.0 + 2.0 * t + X @ np.array([1.0, -0.5, 0.25]) + rng.normal(size=n)
        parts.append(CausalData(X=X, t=t, y=y, feature_names=("a", "b", "c")))
    return parts


@pytest.mark.parametrize("estimator", ["ipw", "aipw"])
def test_federated_equals_pooled_rows_with_a_separated_coalition(estimator):
    parts = separated_parties()
    pooled, federated = both(parts, estimator)
    assert any("separable" in w for w in pooled.result_.warnings)  # the case is exercised
    assert any("separable" in w for w in federated.result_.warnings)
    assert_same(pooled.result_, federated.result_)


def test_rounds_are_bounded_by_newton_not_by_coalitions():
    data = load_ihdp(1).data
    counts = {}
    for n_parties in (3, 6):
        parts = split_random(data, n_parties, random_state=0)
        rounds = LocalRounds(parts)
        asked = []

        def counting(requests, rounds=rounds, asked=asked):
            asked.append(len(requests))
            return rounds(requests)

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = CollaborativeATE("ipw", random_state=0).fit(contributions(parts), rounds=counting)
        counts[n_parties] = len(asked)
        assert max(asked) <= n_parties  # one request per party per round
        assert model.result_.tau.shape == (n_parties,)
    # 7 vs 63 coalitions: the round count depends on Newton's iterations (two evaluator calls), not on 2^n
    assert counts[6] < 2 * counts[3]


def test_a_party_with_fewer_rows_than_the_threshold_refuses():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 2))
    data = CausalData(X=X, t=(rng.random(50) < 0.5).astype(int), y=rng.normal(size=50), feature_names=("a", "b"))
    item = {"coalition": 1, "centre": [0.0, 0.0], "scale": [1.0, 1.0], "constant": [False, False],
            "beta": [0.0, 0.0, 0.0], "beta_prev": [0.0, 0.0, 0.0]}
    fine = answer_round({"kind": "newton", "items": [item]}, data)
    assert "refused" not in fine["items"][0]
    assert fine["items"][0]["f"] == pytest.approx(50 * np.log(2.0), rel=1e-14)
    small = answer_round({"kind": "newton", "items": [item]}, data, min_units=100)
    assert "fewer than the disclosure threshold 100" in small["items"][0]["refused"]


def test_a_refusal_makes_the_coalition_undefined_and_names_the_party():
    parts = split_random(load_ihdp(1).data, 3, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # party sizes are about 249: a threshold of 300 refuses every request
        model = CollaborativeATE("ipw", random_state=0)
        with pytest.raises(ValueError, match="grand coalition"):
            model.fit(contributions(parts), rounds=LocalRounds(parts, min_units=300))


def test_malformed_requests_are_refused_with_the_field_named():
    data = split_random(load_ihdp(1).data, 3, random_state=0)[0]
    with pytest.raises(ValueError, match="unknown kind"):
        answer_round({"kind": "rows"}, data)
    item = {"coalition": 1, "centre": [0.0], "scale": [1.0], "constant": [False], "beta": [0.0], "beta_prev": [0.0]}
    with pytest.raises(ValueError, match="centre must be finite numbers of shape"):
        answer_round({"kind": "newton", "items": [item]}, data)
    assert set(ROUND_KINDS) == {"newton", "ipw_moments", "ipw_correction", "ipw_variance", "aipw_moments",
                                "aipw_variance"}


def test_federated_needs_contributions_and_an_analytic_se():
    parts = split_random(load_ihdp(1).data, 3, random_state=0)
    with pytest.raises(ValueError, match="federated study"):
        CollaborativeATE("ipw", random_state=0).fit(parts, rounds=LocalRounds(parts))
    with pytest.raises(ValueError, match="federated study"):
        CollaborativeATE("psm", random_state=0).fit(contributions(parts), rounds=LocalRounds(parts))
    with pytest.raises(ValueError, match="federated study"):
        CollaborativeATE("ipw", se="bootstrap", random_state=0).fit(contributions(parts), rounds=LocalRounds(parts))


def test_a_batch_too_large_for_one_answer_is_sent_in_passes_with_the_same_results(monkeypatch):
    import cocausal.cci.federated as federated

    parts = split_random(load_ihdp(1).data, 4, random_state=0)
    pooled, one_pass = both(parts, "aipw")
    monkeypatch.setattr(federated, "ROUND_NUMBERS", 3 * 27**2)  # 3 coalitions per pass at d = 25
    _, passes = both(parts, "aipw")
    assert_same(pooled.result_, passes.result_)
    np.testing.assert_allclose(passes.result_.phi, one_pass.result_.phi, rtol=1e-12)  # summation order only


def test_monte_carlo_shapley_evaluates_only_sampled_coalitions_in_rounds():
    from cocausal.games.stopping import MaxPermutations

    parts = split_random(load_jobs().data, 8, random_state=0)
    kw = {"shapley": "montecarlo", "stopping": MaxPermutations(6)}
    pooled, federated = both(parts, "ipw", **kw)
    assert_same(pooled.result_, federated.result_)
    assert federated.result_.n_coalitions < 2**8 - 1  # only the sampled coalitions were estimated


@given(st.integers(1, 8), st.integers(0, 2**32 - 1))
def test_a_packed_upper_triangle_gives_back_the_symmetric_matrix(size, seed):
    A = np.random.default_rng(seed).normal(size=(size, size))
    S = A + A.T
    packed = pack_upper(S)
    assert len(packed) == size * (size + 1) // 2
    np.testing.assert_array_equal(unpack_upper(packed, size), S)


def test_an_upper_triangle_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match="has 6 numbers, got shape"):
        unpack_upper([1.0, 2.0, 3.0], 3)


def test_a_newton_answer_holds_the_hessian_once():
    """The party's Hessian is exactly symmetric (B'B), so its upper triangle loses nothing."""
    data = load_ihdp(1).data
    d = data.X.shape[1]
    item = {"coalition": 1, "centre": data.X.mean(axis=0).tolist(), "scale": data.X.std(axis=0).tolist(),
            "constant": [False] * d, "beta": [0.1] * (d + 1), "beta_prev": [0.0] * (d + 1)}
    answer = answer_round({"kind": "newton", "items": [item]}, data)["items"][0]
    assert "hessian" not in answer and len(answer["hessian_upper"]) == (d + 1) * (d + 2) // 2
