"""The budget linear program that trades payoff for model reward (Nguyen, Low & Jaillet, 2022).

Given the payoff-flow matrix ``F[i, j] = phi_{j|i}`` (what party ``i`` owes party ``j`` for the
grand-coalition model, zero diagonal), party ``i`` scales every flow it pays by a factor
``lambda_i`` in ``[0, u_i]`` (``u_i = 1`` unless a performance cap lowers it). Its net
expense is then ``lambda_i * sum_j F[i, j] - sum_k lambda_k * F[k, i]`` and must not exceed
its budget ``b_i``. The LP

    maximise    sum_i lambda_i * sum_j F[i, j]
    subject to  lambda_i * sum_j F[i, j] - sum_k lambda_k * F[k, i] <= b_i   (b_i finite)
                0 <= lambda_i <= u_i

is solved with HiGHS (:func:`scipy.optimize.linprog`). ``lambda = 0`` is feasible for every
``b >= 0``, so the problem is never infeasible, and the box bounds keep it bounded: unlike the
row-scaling fixed-point iteration of the published reference code, it cannot diverge when the
game is not monotone (negative flows).

References
----------
.. [1] Nguyen, Q. P., Low, B. K. H., & Jaillet, P. (2022). Trade-off between payoff and model
   rewards in Shapley-fair collaborative machine learning. NeurIPS 35, Lemma 4.1, problem (P).
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy.optimize import linprog

from cocausal.results import ResultMixin, readonly_array

__all__ = ["BudgetLPSolution", "check_budgets", "solve_budget_lp"]

#: Flows below this fraction of the largest |flow| (and of 1) are round-off and set to 0.
ZERO_RTOL = 1e-12

#: HiGHS feasibility/optimality tolerances: tight enough that every budget holds to ~1e-10.
_HIGHS_OPTIONS = {
    "primal_feasibility_tolerance": 1e-10,
    "dual_feasibility_tolerance": 1e-10,
}


@dataclasses.dataclass(frozen=True)
class BudgetLPSolution(ResultMixin):
    """Solution of the budget LP.

    Attributes
    ----------
    lambdas : ndarray of shape (n,)
        Optimal scaling ``lambda*`` of each party's outgoing payoff flows.
    objective : float
        ``sum_i lambda_i * sum_j F[i, j]``, the total value of the flows that are paid.
    status : str
        ``"optimal"`` (the only outcome: the LP is always feasible and bounded).
    solver : str
        ``"highs"`` or ``"closed_form"`` (no finite budget: the LP separates per party).
    message : str
        The solver's message.
    """

    lambdas: np.ndarray
    objective: float
    status: str
    solver: str
    message: str


def _check_flows(flows) -> np.ndarray:
    flows = np.array(flows, dtype=float)
    if flows.ndim != 2 or flows.shape[0] != flows.shape[1]:
        raise ValueError(
            f"flows must be a square (n, n) matrix with flows[i, j] = phi_{{j|i}}, got shape "
            f"{flows.shape}; compute it with cocausal.games.conditional_shapley(game)."
        )
    if not np.all(np.isfinite(flows)):
        raise ValueError(
            "flows contain NaN or infinite entries; check the game's values (every coalition "
            "value must be a finite number)."
        )
    np.fill_diagonal(flows, 0.0)
    # Round-off of exactly-zero conditional Shapley values (e.g. every flow of a party with
    # v(N) = v(i) in a monotone game) would otherwise decide lambda_i by its sign.
    flows[np.abs(flows) <= ZERO_RTOL * max(1.0, float(np.max(np.abs(flows))))] = 0.0
    return flows


def check_budgets(budgets, n: int) -> np.ndarray:
    """Validate budgets: a scalar (broadcast) or ``n`` non-negative numbers, ``inf`` allowed.

    Raises
    ------
    ValueError
        Wrong length, a negative entry or NaN.
    """
    arr = np.asarray(budgets, dtype=float)
    if arr.ndim == 0:
        arr = np.full(n, float(arr))
    if arr.ndim != 1 or arr.shape[0] != n:
        raise ValueError(
            f"budgets must be a scalar or have one entry per party ({n}), got shape "
            f"{np.shape(budgets)}; e.g. budgets=[0.3] + [0] * {n - 1}."
        )
    if np.any(np.isnan(arr)):
        raise ValueError("budgets contain NaN; give every party a number >= 0 or inf.")
    if np.any(arr < 0):
        bad = np.flatnonzero(arr < 0).tolist()
        raise ValueError(
            f"budgets must be >= 0 (a budget is what a party can pay), got negative budgets "
            f"for parties {bad}; use 0 for a party that cannot pay anything."
        )
    return arr


def solve_budget_lp(flows, budgets, upper=None) -> BudgetLPSolution:
    """Solve the budget LP for the scaling factors ``lambda*``.

    Parameters
    ----------
    flows : array-like of shape (n, n)
        Payoff flows ``F[i, j] = phi_{j|i}`` (the diagonal is ignored). Entries may be
        negative (non-monotone games).
    budgets : float or array-like of shape (n,)
        Budgets ``b_i >= 0``; ``inf`` removes a party's budget constraint.
    upper : array-like of shape (n,), optional
        Upper bounds ``u_i`` in ``[0, 1]`` on ``lambda_i`` (performance caps); default 1.

    Returns
    -------
    BudgetLPSolution

    Raises
    ------
    ValueError
        Malformed flows, budgets or bounds.
    RuntimeError
        If HiGHS reports anything but an optimal solution (cannot happen for valid input:
        ``lambda = 0`` is feasible and the box is bounded).

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, problem (P) of Lemma 4.1.

    Examples
    --------
    >>> sol = solve_budget_lp([[0.0, 0.4], [0.1, 0.0]], budgets=[0.0, 0.0])
    >>> sol.lambdas.round(3).tolist(), sol.status
    ([0.25, 1.0], 'optimal')
    """
    flows = _check_flows(flows)
    n = flows.shape[0]
    budgets = check_budgets(budgets, n)
    if upper is None:
        upper = np.ones(n)
    upper = np.asarray(upper, dtype=float)
    if upper.shape != (n,) or np.any(~np.isfinite(upper)) or np.any(upper < 0) or np.any(upper > 1):
        raise ValueError(
            f"upper must hold {n} bounds in [0, 1] (one per party), got {upper!r}."
        )
    cost = flows.sum(axis=1)  # r_i = sum_j phi_{j|i}
    lambdas = upper.copy()
    # A party whose outgoing flows are all zero changes neither the objective nor any
    # constraint (an omnipotent party, Remark 3.11): it keeps lambda_i = u_i.
    active = np.flatnonzero(np.any(flows != 0.0, axis=1))
    finite = np.flatnonzero(np.isfinite(budgets))
    if finite.size == 0 or active.size == 0:
        # Without budget constraints the objective separates: lambda_i = u_i when paying
        # for the grand model raises the party's model value (r_i >= 0), else 0.
        lambdas[cost < 0] = 0.0
        return BudgetLPSolution(
            lambdas=readonly_array(lambdas),
            objective=float(cost @ lambdas),
            status="optimal",
            solver="closed_form",
            message="no finite budget constraint; solved per party in closed form",
        )
    a_full = np.diag(cost) - flows.T  # row i: net expense of party i as a function of lambda
    a_ub = a_full[np.ix_(finite, active)]
    b_ub = budgets[finite]  # inactive parties have all-zero columns in a_full
    res = linprog(
        -cost[active],
        A_ub=a_ub,
        b_ub=b_ub,
        bounds=list(zip(np.zeros(active.size), upper[active])),
        method="highs",
        options=_HIGHS_OPTIONS,
    )
    if res.status != 0:
        raise RuntimeError(
            f"HiGHS did not return an optimal solution of the budget LP ({res.message}); "
            "please report this with the game's value table."
        )
    lambdas[active] = np.clip(res.x, 0.0, upper[active])
    return BudgetLPSolution(
        lambdas=readonly_array(lambdas),
        objective=float(cost @ lambdas),
        status="optimal",
        solver="highs",
        message=str(res.message),
    )
