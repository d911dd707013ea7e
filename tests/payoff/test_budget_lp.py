"""The budget linear program on plain flow matrices."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_payoff_reference import enumerate_budget_lp

from cocausal.payoff import budget_lp
from cocausal.payoff.budget_lp import check_budgets, solve_budget_lp


def test_two_party_solution_by_hand():
    # 0.4 l0 - 0.1 l1 <= 0 and 0.1 l1 - 0.4 l0 <= 0 force 0.4 l0 = 0.1 l1; maximise -> l1 = 1.
    sol = solve_budget_lp([[0.0, 0.4], [0.1, 0.0]], [0.0, 0.0])
    np.testing.assert_allclose(sol.lambdas, [0.25, 1.0], atol=1e-10)
    assert sol.objective == pytest.approx(0.2)
    assert (sol.status, sol.solver) == ("optimal", "highs")


def test_diagonal_is_ignored_and_upper_bounds_hold():
    flows = np.array([[9.0, 0.4], [0.1, 9.0]])
    sol = solve_budget_lp(flows, [0.0, 0.0], upper=[1.0, 0.5])
    np.testing.assert_allclose(sol.lambdas, [0.125, 0.5], atol=1e-10)


def test_no_finite_budget_is_solved_in_closed_form():
    sol = solve_budget_lp([[0.0, -0.3], [0.2, 0.0]], [np.inf, np.inf], upper=[1.0, 0.7])
    # row 0 costs -0.3 < 0: paying for the grand model lowers the objective -> lambda_0 = 0
    assert sol.lambdas.tolist() == [0.0, 0.7] and sol.solver == "closed_form"


def test_zero_row_party_keeps_its_upper_bound():
    flows = np.array([[0.0, 0.0, 0.0], [0.2, 0.0, 0.1], [0.3, 0.2, 0.0]])
    sol = solve_budget_lp(flows, [0.0, 0.0, 0.0], upper=[0.6, 1.0, 1.0])
    assert sol.lambdas[0] == 0.6


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(2, 4),
    budgets=st.lists(st.floats(0.0, 0.5), min_size=4, max_size=4),
)
def test_nonnegative_flows_match_active_set_enumeration(seed, n, budgets):
    # Non-negative flows with row sums r_i: the structure of a monotone game's flow matrix.
    flows = np.random.default_rng(seed).uniform(0.0, 1.0, (n, n))
    np.fill_diagonal(flows, 0.0)
    b = np.array(budgets[:n])
    sol = solve_budget_lp(flows, b)
    assert sol.objective == pytest.approx(enumerate_budget_lp(flows, b), abs=1e-8)
    expense = sol.lambdas * flows.sum(axis=1) - flows.T @ sol.lambdas
    assert np.all(expense <= b + 1e-9)


def test_check_budgets_broadcasts_and_validates():
    assert check_budgets(0.5, 3).tolist() == [0.5, 0.5, 0.5]
    assert check_budgets([np.inf, 0.0], 2).tolist() == [np.inf, 0.0]
    with pytest.raises(ValueError, match="one entry per party \\(3\\)"):
        check_budgets([[0.1, 0.2, 0.3]], 3)


@pytest.mark.parametrize(
    ("flows", "upper", "match"),
    [
        ([[0.0, 1.0, 2.0]], None, "square"),
        ([[0.0, np.inf], [0.1, 0.0]], None, "NaN or infinite"),
        ([[0.0, 0.4], [0.1, 0.0]], [1.0, 1.5], "bounds in \\[0, 1\\]"),
        ([[0.0, 0.4], [0.1, 0.0]], [1.0], "bounds in \\[0, 1\\]"),
    ],
)
def test_bad_input(flows, upper, match):
    with pytest.raises(ValueError, match=match):
        solve_budget_lp(flows, 0.0, upper=upper)


def test_solver_failure_is_an_error_not_a_silent_result(monkeypatch):
    class Failed:
        status, message, x = 4, "numerical difficulties", None

    monkeypatch.setattr(budget_lp, "linprog", lambda *a, **k: Failed())
    with pytest.raises(RuntimeError, match="numerical difficulties"):
        solve_budget_lp([[0.0, 0.4], [0.1, 0.0]], [0.0, 0.0])
