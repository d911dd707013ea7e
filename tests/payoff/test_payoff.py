"""Payoffs, payoff flows and the budget allocation (Nguyen, Low & Jaillet, NeurIPS 2022)."""

from __future__ import annotations

import dataclasses
import json
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_payoff_reference import (
    enumerate_budget_lp,
    perm_conditional,
    perm_shapley,
    random_table,
)

from cocausal.games import FunctionGame, TabularGame, load_collab_ml_game
from cocausal.payoff import allocate, allocate_from_flows, payoff_flows, payoffs
from cocausal.payoff.payoffs import payoff_vector, performance_bounds
from cocausal.warnings import CocausalWarning

INF = np.inf
# Glove game: player 0 holds a left glove, players 1 and 2 right gloves; a pair is worth 1.
GLOVE = np.array([0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0])

seeds = st.integers(0, 2**32 - 1)
sizes = st.integers(2, 5)


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        return fn(*args, **kwargs)


# ---------------------------------------------------------------- exact reference values
def test_glove_game_payoffs_and_flows_by_hand():
    # phi = (2/3, 1/6, 1/6); p = 3 phi - 1; phi_{.|0} = (1/2, 1/2); phi_{0|1} = phi_{0|2} = 1.
    res = payoffs(GLOVE)
    np.testing.assert_allclose(res.phi, [2 / 3, 1 / 6, 1 / 6], atol=1e-12)
    np.testing.assert_allclose(res.payoffs, [1.0, -0.5, -0.5], atol=1e-12)
    flows = payoff_flows(GLOVE)
    np.testing.assert_allclose(flows.flows, [[0, 0.5, 0.5], [1, 0, 0], [1, 0, 0]], atol=1e-12)
    np.testing.assert_allclose(flows.cost, [1, 1, 1], atol=1e-12)
    np.testing.assert_allclose(flows.revenue, [2, 0.5, 0.5], atol=1e-12)


def test_glove_game_budget_lp_by_hand():
    # b = 0: lambda_0 <= lambda_1 + lambda_2 and lambda_k <= lambda_0 / 2 -> (1, 1/2, 1/2).
    res = allocate(GLOVE, 0.0)
    np.testing.assert_allclose(res.lambdas, [1.0, 0.5, 0.5], atol=1e-9)
    np.testing.assert_allclose(res.model_values, [1.0, 0.5, 0.5], atol=1e-9)
    np.testing.assert_allclose(res.payoffs, 0.0, atol=1e-12)
    # b_1 = 0.25 lets party 1 pay for lambda_1 = 3/4; party 0 receives that payment.
    res = allocate(GLOVE, [0.0, 0.25, 0.0])
    np.testing.assert_allclose(res.lambdas, [1.0, 0.75, 0.5], atol=1e-9)
    np.testing.assert_allclose(res.payoffs, [0.25, -0.25, 0.0], atol=1e-9)
    assert res.solver == "highs" and res.status == "optimal"
    assert res.weakly_efficient and res.budget_efficient and res.monotone


def test_mnist_table_matches_permutation_reference_and_published_payoffs():
    game = load_collab_ml_game("mnist_5_parties")
    table = np.asarray(game.table())
    res = payoffs(game)
    np.testing.assert_allclose(res.phi, perm_shapley(table), atol=1e-12)
    # n * phi - v(N) for the shipped table (party [6-9] is paid most, [0] pays most).
    np.testing.assert_allclose(
        res.payoffs, [-0.73201667, -0.436725, 0.04769167, 0.181025, 0.940025], atol=1e-7
    )
    np.testing.assert_allclose(payoff_flows(game).flows, perm_conditional(table), atol=1e-12)


def test_mnist_zero_budgets_weak_efficiency_party_6_9_gets_best_model():
    res = allocate(load_collab_ml_game("mnist_5_parties"), 0.0)
    np.testing.assert_allclose(res.lambdas, [0.1012992, 0.24017605, 0.59291459, 0.60020404, 1.0], atol=1e-6)
    assert res.model_values[4] == pytest.approx(0.9753)
    assert res.weakly_efficient and res.budget_efficient


def test_pay_party_zero_budget_raises_everyone_else():
    # Paper, Sec. 5: a budget for [0] alone improves [1-2], [0-3], [3-5] and pays [6-9].
    game = load_collab_ml_game("mnist_5_parties")
    base, more = allocate(game, 0.0), allocate(game, [0.3, 0, 0, 0, 0])
    assert np.all(more.model_values[:4] > base.model_values[:4] + 1e-3)
    assert more.payoffs[0] == pytest.approx(-0.3, abs=1e-9)
    assert more.payoffs[4] == pytest.approx(0.3, abs=1e-9)


# ---------------------------------------------------------------- payoff properties
@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes, monotone=st.booleans())
def test_balance_and_generalised_form(seed, n, monotone):
    table = random_table(np.random.default_rng(seed), n, monotone)
    res = payoffs(table)
    assert abs(res.payoffs.sum()) < 1e-9
    np.testing.assert_allclose(payoffs(table, alpha=1.0, beta=table[-1]).payoffs, res.phi, atol=1e-12)
    gen = payoffs(table, alpha=2.5, beta=0.7)
    assert gen.payoffs.sum() == pytest.approx(0.7, abs=1e-9)
    np.testing.assert_allclose(payoffs(table, alpha=0.0, beta=1.0).payoffs, 1.0 / n)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes)
def test_symmetry(seed, n):
    table = random_table(np.random.default_rng(seed), n, monotone=False)
    masks = np.arange(table.size)
    swapped = masks ^ (((masks & 1) ^ ((masks >> 1) & 1)) * 0b11)  # swap bits 0 and 1
    sym = (table + table[swapped]) / 2
    res = payoffs(sym)
    assert res.payoffs[0] == pytest.approx(res.payoffs[1], abs=1e-10)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=st.integers(1, 4))
def test_dummy_party_pays_grand_value_and_receives_no_flow(seed, n):
    small = random_table(np.random.default_rng(seed), n, monotone=False)
    table = np.concatenate([small, small])  # party n adds nothing to any coalition
    res = payoffs(table)
    assert res.payoffs[n] == pytest.approx(-table[-1], abs=1e-10)
    flows = payoff_flows(table).flows
    np.testing.assert_allclose(flows[:, n], 0.0, atol=1e-12)  # conditional dummy: paid nothing


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes, a=st.floats(-3, 3), b=st.floats(-3, 3))
def test_linearity_of_payoffs_and_flows(seed, n, a, b):
    rng = np.random.default_rng(seed)
    v, w = random_table(rng, n, False), random_table(rng, n, False)
    np.testing.assert_allclose(
        payoffs(a * v + b * w).payoffs, a * payoffs(v).payoffs + b * payoffs(w).payoffs, atol=1e-9
    )
    np.testing.assert_allclose(
        payoff_flows(a * v + b * w).flows, a * payoff_flows(v).flows + b * payoff_flows(w).flows, atol=1e-9
    )


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes, monotone=st.booleans())
def test_flow_identities(seed, n, monotone):
    table = random_table(np.random.default_rng(seed), n, monotone)
    res = payoff_flows(table)
    phi = payoffs(table).phi
    own = table[1 << np.arange(n)]
    np.testing.assert_allclose(res.cost, table[-1] - own, atol=1e-10)
    np.testing.assert_allclose(res.revenue, n * phi - own, atol=1e-10)
    np.testing.assert_allclose(res.payoffs, n * phi - table[-1], atol=1e-10)
    assert np.all(np.diag(res.flows) == 0.0)
    if monotone:
        assert np.all(res.flows >= -1e-12)


@settings(max_examples=15, deadline=None)
@given(seed=seeds, n=st.integers(2, 4))
def test_flows_equal_permutation_reference(seed, n):
    table = random_table(np.random.default_rng(seed), n, monotone=False)
    np.testing.assert_allclose(payoff_flows(table).flows, perm_conditional(table), atol=1e-12)


# ---------------------------------------------------------------- budget LP
budget_vectors = st.lists(
    st.one_of(st.floats(0.0, 2.0), st.just(0.0), st.just(INF)), min_size=5, max_size=5
)


@settings(max_examples=60, deadline=None)
@given(seed=seeds, n=sizes, monotone=st.booleans(), raw=budget_vectors)
def test_every_budget_holds_to_1e_9(seed, n, monotone, raw):
    table = random_table(np.random.default_rng(seed), n, monotone)
    budgets = np.array(raw[:n])
    res = _quiet(allocate, table, budgets)
    expense = -res.payoffs
    finite = np.isfinite(budgets)
    assert np.all(expense[finite] <= budgets[finite] + 1e-9)
    assert res.max_budget_excess <= 1e-9
    assert np.all((res.lambdas >= 0) & (res.lambdas <= 1))
    assert abs(res.payoffs.sum()) < 1e-9  # adjusted flows still balance
    flows = payoff_flows(table).flows
    np.testing.assert_allclose(res.flows, res.lambdas[:, None] * flows, atol=1e-12)
    own = table[1 << np.arange(n)]
    np.testing.assert_allclose(res.model_values, own + res.lambdas * (table[-1] - own), atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(seed=seeds, n=sizes, raw=budget_vectors)
def test_budget_and_weak_efficiency_on_monotone_games(seed, n, raw):
    table = random_table(np.random.default_rng(seed), n, monotone=True)
    budgets = np.array(raw[:n])
    res = allocate(table, budgets)  # no warning may be raised on a monotone game
    assert res.monotone and res.budget_efficient and res.weakly_efficient and not res.warnings
    expense = -res.payoffs
    for i in range(n):
        if res.lambdas[i] < 1 - 1e-7:  # a party not at lambda = 1 spends its whole budget
            assert expense[i] == pytest.approx(budgets[i], abs=1e-7)
        if budgets[i] - expense[i] > 1e-7:  # slack budget -> the best model
            assert res.lambdas[i] == pytest.approx(1.0, abs=1e-7)
    assert np.max(res.model_values) == pytest.approx(table[-1], abs=1e-9)


@settings(max_examples=30, deadline=None)
@given(seed=seeds, n=st.integers(2, 4), raw=st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4))
def test_lp_equals_active_set_enumeration_on_monotone_games(seed, n, raw):
    table = random_table(np.random.default_rng(seed), n, monotone=True)
    budgets = np.array(raw[:n])
    res = allocate(table, budgets)
    flows = payoff_flows(table).flows
    objective = float(flows.sum(axis=1) @ res.lambdas)
    assert objective == pytest.approx(enumerate_budget_lp(flows, budgets), abs=1e-8)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes, monotone=st.booleans())
def test_zero_budgets_give_zero_payoffs(seed, n, monotone):
    table = random_table(np.random.default_rng(seed), n, monotone)
    res = _quiet(allocate, table, np.zeros(n))
    np.testing.assert_allclose(res.payoffs, 0.0, atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, n=sizes, monotone=st.booleans())
def test_infinite_budgets_bypass_lp_and_match_huge_budgets(seed, n, monotone):
    table = random_table(np.random.default_rng(seed), n, monotone)
    fast = _quiet(allocate, table, INF)
    slow = _quiet(allocate, table, np.full(n, 1e6))
    assert fast.solver == "closed_form" and slow.solver == "highs"
    np.testing.assert_allclose(fast.lambdas, slow.lambdas, atol=1e-9)
    if monotone:
        np.testing.assert_allclose(fast.lambdas, 1.0)
        np.testing.assert_allclose(fast.payoffs, payoffs(table).payoffs, atol=1e-12)


@settings(max_examples=80, deadline=None)
@given(seed=seeds, n=st.integers(2, 7), scale=st.floats(1e-3, 1e3), raw=budget_vectors)
def test_non_monotone_games_never_diverge(seed, n, scale, raw):
    table = scale * random_table(np.random.default_rng(seed), n, monotone=False)
    budgets = scale * np.array((raw * 2)[:n])
    res = _quiet(allocate, table, budgets)
    assert res.status == "optimal"
    assert np.all(np.isfinite(res.payoffs)) and np.all(np.isfinite(res.model_values))
    assert np.all((res.lambdas >= 0) & (res.lambdas <= 1))
    finite = np.isfinite(budgets)
    assert np.all(-res.payoffs[finite] <= budgets[finite] + 1e-9 * scale)


def test_non_monotone_budget_efficiency_violation_is_reported():
    # v(0) = 1 > v(N) = 0.5: a better model for party 0 does not exist, its flows are negative
    # and with unlimited budget it keeps lambda_0 = 0 although its budget is slack.
    table = [0.0, 1.0, 0.2, 0.5]
    with pytest.warns(CocausalWarning, match="budget efficiency fails"):
        res = allocate(table, INF)
    assert res.monotone is False
    assert res.budget_violations == (0,) and not res.budget_efficient
    assert res.lambdas.tolist() == [0.0, 1.0]
    assert res.model_values.tolist() == pytest.approx([1.0, 0.5])
    assert any("budget efficiency" in w for w in res.warnings)


def test_omnipotent_party_pays_nothing_and_gets_lambda_one():
    # v(C + 0) = v(0) = 1 for every C: party 0's outgoing flows are all zero (Remark 3.11).
    table = np.array([0.0, 1.0, 0.3, 1.0, 0.2, 1.0, 0.5, 1.0])
    res = allocate(table, 0.0)
    np.testing.assert_allclose(payoff_flows(table).flows[0], 0.0)
    assert res.lambdas[0] == 1.0 and res.payoffs[0] == pytest.approx(0.0, abs=1e-12)


# ---------------------------------------------------------------- performance caps
def test_caps_bound_model_values_and_infinite_cap_changes_nothing():
    game = load_collab_ml_game("mnist_5_parties")
    caps = np.array([0.15, INF, 0.5, INF, INF])
    with pytest.warns(CocausalWarning, match="weak efficiency fails"):
        res = allocate(game, 0.0, caps=caps)
    assert np.all(res.model_values <= caps + 1e-9)
    assert not res.weakly_efficient
    plain = allocate(game, [0.3, 0, 0, 0, 0])
    same = allocate(game, [0.3, 0, 0, 0, 0], caps=INF)
    np.testing.assert_allclose(same.lambdas, plain.lambdas)


def test_cap_with_unlimited_budget_gives_exactly_the_cap():
    game = load_collab_ml_game("imdb_5_parties")
    table = np.asarray(game.table())
    cap = 0.5 * (table[1] + table[-1])
    res = allocate(game, INF, caps=[cap, INF, INF, INF, INF])
    assert res.model_values[0] == pytest.approx(cap, abs=1e-12)
    assert res.lambdas[1:].tolist() == [1.0] * 4


def test_performance_bounds_formula():
    np.testing.assert_allclose(performance_bounds([0.5, 2.0, 0.3], [0.2, 0.4, 0.3], 1.0), [0.375, 1.0, 0.0])
    # v(N) <= v(i): the cap never binds
    assert performance_bounds([0.9], [0.9], 0.5).tolist() == [1.0]
    with pytest.raises(ValueError, match=r"caps\[0\].*below v\(0\)"):
        performance_bounds([0.1, 1.0], [0.2, 0.4], 1.0)


# ---------------------------------------------------------------- results, games, bad input
def test_results_are_frozen_read_only_and_serialisable():
    res = allocate(GLOVE, [0.0, INF, 0.1])
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.status = "x"
    with pytest.raises(ValueError):
        res.lambdas[0] = 0.0
    payload = json.loads(json.dumps(res.to_dict()))
    assert payload["budgets"][1] == "inf" and len(payload["flows"]) == 3
    frame = res.to_frame()
    assert list(frame.columns) == ["budget", "phi", "lambda", "payoff", "own_value", "model_value"]
    assert "weakly efficient: True" in res.summary()
    assert payoffs(GLOVE).to_frame().shape == (3, 2)
    assert payoff_flows(GLOVE).to_frame().shape == (3, 3)


def test_function_game_and_table_agree():
    table = random_table(np.random.default_rng(3), 4, monotone=True)
    game = FunctionGame(lambda c: table[sum(1 << i for i in c)], n_players=4)
    np.testing.assert_allclose(allocate(game, 0.1).lambdas, allocate(TabularGame(table), 0.1).lambdas)


def test_allocate_from_flows_derives_phi():
    table = random_table(np.random.default_rng(5), 4, monotone=True)
    flows = payoff_flows(table)
    res = allocate_from_flows(flows.flows, flows.singleton_values, flows.grand_value, INF)
    np.testing.assert_allclose(res.phi, payoffs(table).phi, atol=1e-12)
    assert res.monotone is None and res.players == ("0", "1", "2", "3")
    assert payoff_vector(res.phi, flows.grand_value).tolist() == pytest.approx(res.payoffs.tolist())


@pytest.mark.parametrize(
    ("budgets", "match"),
    [
        ([0.1, -0.2, 0.0], "must be >= 0"),
        ([0.1, 0.2], "one entry per party"),
        ([0.1, np.nan, 0.0], "NaN"),
        (-1.0, "must be >= 0"),
    ],
)
def test_bad_budgets(budgets, match):
    with pytest.raises(ValueError, match=match):
        allocate(GLOVE, budgets)


def test_bad_tables_and_games():
    with pytest.raises(ValueError, match="2\\*\\*n"):
        payoffs([0.0, 1.0, 2.0])
    with pytest.raises(ValueError, match="not finite"):
        allocate([0.0, np.nan, 1.0, 2.0], 0.0)
    with pytest.raises(ValueError, match="v\\(empty coalition\\)"):
        payoff_flows([0.5, 1.0, 1.0, 2.0])
    with pytest.raises(TypeError, match="load_collab_ml_game"):
        payoffs("mnist_5_parties")
    with pytest.raises(ValueError, match="caps"):
        allocate(GLOVE, 0.0, caps=[np.nan, 1.0, 1.0])
    with pytest.raises(ValueError, match="finite"):
        allocate_from_flows([[0.0, np.nan], [0.1, 0.0]], [0.1, 0.2], 0.5, 0.0)


def test_round_off_flows_of_a_party_that_already_has_v_n():
    # Found by hypothesis: v({0}) = v(N), so party 0's flows are exactly 0 up to round-off,
    # whose sign must not decide lambda_0.
    table = random_table(np.random.default_rng(1964519), 4, monotone=True)
    assert table[1] == table[-1]
    for budgets in (INF, 0.0, [0.0, 0.1, INF, 0.0]):
        res = allocate(table, budgets)
        assert res.lambdas[0] == 1.0 and res.budget_efficient
