"""Shapley-fair payoffs, payoff flows and budget-constrained model rewards.

Parties pool data to train a model and no outside buyer pays for it. With ``phi`` the Shapley
values of the value game ``v`` (``v(C)`` = exchange rate x performance of a model trained on
coalition ``C``'s data) and ``phi_{j|i}`` the conditional Shapley value of ``j`` given ``i``:

* payoffs without budgets: ``p_i = n * phi_i - v(N)`` (they sum to zero; a dummy party pays
  ``v(N)``), or the generalised ``p_i = alpha * phi_i + (beta - alpha * v(N)) / n``;
* payoff flows ``F[i, j] = phi_{j|i}`` (what ``i`` pays ``j``), with total cost
  ``sum_j F[i, j] = v(N) - v(i)`` and total revenue ``sum_j F[j, i] = n * phi_i - v(i)``;
* with budgets ``b``, party ``i`` scales its outgoing flows by ``lambda_i`` from the budget LP
  (:mod:`cocausal.payoff.budget_lp`) and receives a model of value
  ``v(i) + lambda_i * (v(N) - v(i))``;
* with a performance cap ``c_i`` (the best model value party ``i`` wants), the LP also
  requires ``v(i) + lambda_i * (v(N) - v(i)) <= c_i``, i.e. ``lambda_i <= u_i`` with
  ``u_i = (c_i - v(i)) / (v(N) - v(i))`` when ``v(N) > v(i)`` (``u_i = 1`` otherwise).

References
----------
.. [1] Nguyen, Q. P., Low, B. K. H., & Jaillet, P. (2022). Trade-off between payoff and model
   rewards in Shapley-fair collaborative machine learning. NeurIPS 35.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from cocausal.games import TabularGame, conditional_shapley, shapley_values
from cocausal.games.base import full_table
from cocausal.payoff.budget_lp import check_budgets, solve_budget_lp
from cocausal.results import ResultMixin, readonly_array
from cocausal.warnings import CocausalWarning, WarningLog

__all__ = [
    "Allocation",
    "PayoffFlows",
    "Payoffs",
    "allocate",
    "allocate_from_flows",
    "payoff_flows",
    "payoff_vector",
    "payoffs",
    "performance_bounds",
]

#: Relative tolerance of the reported weak- and budget-efficiency checks.
CHECK_RTOL = 1e-7


def _names(n: int, players) -> tuple[str, ...]:
    return tuple(players) if players is not None else tuple(str(i) for i in range(n))


@dataclasses.dataclass(frozen=True)
class Payoffs(ResultMixin):
    """Payoff vector of the collaboration without budget constraints.

    Attributes
    ----------
    phi : ndarray of shape (n,)
        Shapley values.
    payoffs : ndarray of shape (n,)
        ``alpha * phi_i + (beta - alpha * v(N)) / n`` (``n * phi_i - v(N)`` by default).
    grand_value : float
        ``v(N)``.
    alpha, beta : float
        Parameters of the generalised form (``alpha = n``, ``beta = 0`` by default).
    players : tuple of str
        Party names.
    """

    phi: np.ndarray
    payoffs: np.ndarray
    grand_value: float
    alpha: float
    beta: float
    players: tuple[str, ...]

    def to_frame(self) -> pd.DataFrame:
        """One row per party: phi and payoff."""
        return pd.DataFrame({"phi": self.phi, "payoff": self.payoffs}, index=list(self.players))


@dataclasses.dataclass(frozen=True)
class PayoffFlows(ResultMixin):
    """Payoff flows ``F[i, j] = phi_{j|i}`` from party ``i`` to party ``j``.

    Attributes
    ----------
    flows : ndarray of shape (n, n)
        Conditional Shapley values, zero diagonal.
    cost : ndarray of shape (n,)
        Row sums ``sum_j F[i, j]`` (equal to ``v(N) - v(i)``).
    revenue : ndarray of shape (n,)
        Column sums ``sum_j F[j, i]`` (equal to ``n * phi_i - v(i)``).
    payoffs : ndarray of shape (n,)
        ``revenue - cost`` (equal to ``n * phi_i - v(N)``).
    singleton_values : ndarray of shape (n,)
        ``v(i)``.
    grand_value : float
        ``v(N)``.
    players : tuple of str
        Party names.
    """

    flows: np.ndarray
    cost: np.ndarray
    revenue: np.ndarray
    payoffs: np.ndarray
    singleton_values: np.ndarray
    grand_value: float
    players: tuple[str, ...]

    def to_frame(self) -> pd.DataFrame:
        """The flow matrix with party names on both axes (rows pay columns)."""
        return pd.DataFrame(self.flows, index=list(self.players), columns=list(self.players))


@dataclasses.dataclass(frozen=True)
class Allocation(ResultMixin):
    """Payoff and model rewards under budget (and optional performance) constraints.

    Attributes
    ----------
    phi : ndarray of shape (n,)
        Shapley values of the unadjusted game.
    lambdas : ndarray of shape (n,)
        ``lambda*`` of the budget LP: the fraction of its outgoing flows each party pays.
    payoffs : ndarray of shape (n,)
        Adjusted payoffs ``sum_k lambda_k phi_{i|k} - lambda_i sum_j phi_{j|i}`` (they sum to 0).
    flows : ndarray of shape (n, n)
        Adjusted flows ``lambda_i * phi_{j|i}``.
    model_values : ndarray of shape (n,)
        Value of the model each party receives, ``v(i) + lambda_i * (v(N) - v(i))``.
    status : str
        ``"optimal"``.
    solver : str
        ``"highs"`` (the LP was solved) or ``"closed_form"`` (no finite budget: LP bypassed).
    budgets : ndarray of shape (n,)
        Budgets used (``inf`` = unlimited).
    upper : ndarray of shape (n,)
        Upper bounds on ``lambda`` implied by the performance caps (1 without caps).
    singleton_values : ndarray of shape (n,)
        ``v(i)``.
    grand_value : float
        ``v(N)``.
    weakly_efficient : bool
        Some party receives a model of value ``v(N)`` (Remark 4.2 of [1]_); can fail on
        non-monotone games and under performance caps.
    budget_efficient : bool
        Every party with ``lambda_i < u_i`` spends its budget exactly (equivalently every
        party whose budget constraint is slack gets ``lambda_i = u_i``).
    budget_violations : tuple of int
        Parties for which budget efficiency fails (expected only on non-monotone games).
    max_budget_excess : float
        ``max_i (expense_i - b_i)`` over finite budgets, clipped at 0 (solver round-off).
    monotone : bool or None
        Whether the game is monotone (``None`` when only flows were given).
    players : tuple of str
        Party names.
    warnings : tuple of str
        Messages of every warning raised (failed efficiency checks).

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Sec. 4.
    """

    phi: np.ndarray
    lambdas: np.ndarray
    payoffs: np.ndarray
    flows: np.ndarray
    model_values: np.ndarray
    status: str
    solver: str
    budgets: np.ndarray
    upper: np.ndarray
    singleton_values: np.ndarray
    grand_value: float
    weakly_efficient: bool
    budget_efficient: bool
    budget_violations: tuple[int, ...]
    max_budget_excess: float
    monotone: bool | None
    players: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def to_frame(self) -> pd.DataFrame:
        """One row per party: budget, phi, lambda, payoff, own value and model value."""
        return pd.DataFrame(
            {
                "budget": self.budgets,
                "phi": self.phi,
                "lambda": self.lambdas,
                "payoff": self.payoffs,
                "own_value": self.singleton_values,
                "model_value": self.model_values,
            },
            index=list(self.players),
        )

    def summary(self) -> str:
        text = (
            f"Allocation ({self.solver}, {self.status}; v(N) = {self.grand_value:.6g}; "
            f"weakly efficient: {self.weakly_efficient}; budget efficient: {self.budget_efficient})\n"
            + self.to_frame().to_string(float_format=lambda x: f"{x:.4g}")
        )
        if self.warnings:
            text += "\nwarnings:\n" + "\n".join(f"  - {w}" for w in self.warnings)
        return text


def payoff_vector(phi, grand_value: float, *, alpha: float | None = None, beta: float = 0.0) -> np.ndarray:
    """Payoffs from Shapley values: ``alpha * phi_i + (beta - alpha * v(N)) / n``.

    Parameters
    ----------
    phi : array-like of shape (n,)
        Shapley values.
    grand_value : float
        ``v(N)``.
    alpha : float, optional
        Default ``n``: the Shapley-fair payoff ``n * phi_i - v(N)`` (Lemma 3.1 of [1]_).
        ``alpha = 1, beta = v(N)`` gives the Shapley value itself.
    beta : float
        Total payoff ``sum_i p_i`` (0: no external source of reward).

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Lemma 3.1 and Remark 3.6.

    Examples
    --------
    >>> payoff_vector([0.1, 0.3], 0.4).round(6).tolist()
    [-0.2, 0.2]
    """
    phi = np.asarray(phi, dtype=float)
    if phi.ndim != 1 or not np.all(np.isfinite(phi)) or not np.isfinite(grand_value):
        raise ValueError("phi must be a 1-D array of finite Shapley values and v(N) finite.")
    n = phi.size
    alpha = float(n) if alpha is None else float(alpha)
    return alpha * phi + (float(beta) - alpha * float(grand_value)) / n


def performance_bounds(caps, singleton_values, grand_value: float) -> np.ndarray:
    """Upper bounds ``u_i`` on ``lambda_i`` that keep each model value at most its cap.

    Party ``i`` receives ``v(i) + lambda_i * (v(N) - v(i))``; a cap ``c_i`` adds the linear
    constraint ``lambda_i * (v(N) - v(i)) <= c_i - v(i)`` to the LP. For ``v(N) > v(i)`` this
    is ``lambda_i <= (c_i - v(i)) / (v(N) - v(i))``; for ``v(N) <= v(i)`` every ``lambda``
    gives at most ``v(i) <= c_i`` and the cap never binds.

    Parameters
    ----------
    caps : None, float or array-like of shape (n,)
        Highest model value each party wants (``inf`` = no cap); must be ``>= v(i)``.
    singleton_values : array-like of shape (n,)
        ``v(i)``.
    grand_value : float
        ``v(N)``.

    Raises
    ------
    ValueError
        NaN, wrong length, or a cap below the party's own model value ``v(i)``.
    """
    own = np.asarray(singleton_values, dtype=float)
    n = own.size
    if caps is None:
        return np.ones(n)
    caps = np.asarray(caps, dtype=float)
    if caps.ndim == 0:
        caps = np.full(n, float(caps))
    if caps.shape != (n,) or np.any(np.isnan(caps)):
        raise ValueError(
            f"caps must be a scalar or {n} numbers (inf = no cap) without NaN, got {caps!r}."
        )
    low = caps < own - 1e-12 * np.maximum(1.0, np.abs(own))
    if np.any(low):
        i = int(np.flatnonzero(low)[0])
        raise ValueError(
            f"caps[{i}] = {caps[i]:.6g} is below v({i}) = {own[i]:.6g}, the value of the model "
            "the party trains on its own data; give caps >= v(i) (inf = no cap)."
        )
    gain = grand_value - own
    upper = np.ones(n)
    binding = (gain > 0) & (caps < grand_value)
    upper[binding] = np.clip((caps[binding] - own[binding]) / gain[binding], 0.0, 1.0)
    return upper


def allocate_from_flows(
    flows,
    singleton_values,
    grand_value: float,
    budgets,
    *,
    caps=None,
    phi=None,
    players=None,
    monotone: bool | None = None,
) -> Allocation:
    """Budget-constrained payoffs and model rewards from a conditional-Shapley matrix.

    Parameters
    ----------
    flows : array-like of shape (n, n)
        ``F[i, j] = phi_{j|i}`` (diagonal ignored).
    singleton_values : array-like of shape (n,)
        ``v(i)``.
    grand_value : float
        ``v(N)``.
    budgets : float or array-like of shape (n,)
        ``b_i >= 0``; ``inf`` = unlimited. With no finite budget the LP is bypassed.
    caps : float or array-like of shape (n,), optional
        Performance caps on the model value (see :func:`performance_bounds`).
    phi : array-like of shape (n,), optional
        Shapley values; default from ``n * phi_i = v(i) + sum_j phi_{i|j}``.
    players : sequence of str, optional
        Party names.
    monotone : bool, optional
        Whether the game is monotone, if known (reported only).

    Returns
    -------
    Allocation

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Lemma 4.1, eq. (10)-(11), Remark 4.2.
    """
    flows = np.array(flows, dtype=float)
    own = np.asarray(singleton_values, dtype=float)
    n = own.size
    if flows.shape != (n, n):
        raise ValueError(f"flows must have shape ({n}, {n}) to match singleton_values, got {flows.shape}.")
    if not (np.all(np.isfinite(flows)) and np.all(np.isfinite(own)) and np.isfinite(grand_value)):
        raise ValueError("flows, v(i) and v(N) must be finite; check the game's values for NaN.")
    np.fill_diagonal(flows, 0.0)
    budgets = check_budgets(budgets, n)
    upper = performance_bounds(caps, own, grand_value)
    if phi is None:
        phi = (own + flows.sum(axis=0)) / n
    elif np.shape(phi) != (n,):
        raise ValueError(f"phi must hold {n} Shapley values (one per party), got shape {np.shape(phi)}.")
    sol = solve_budget_lp(flows, budgets, upper)
    lam = sol.lambdas
    cost = flows.sum(axis=1)
    expense = lam * cost - flows.T @ lam
    adjusted = lam[:, None] * flows
    model_values = own + lam * (grand_value - own)

    scale = max(1.0, float(np.max(np.abs(flows), initial=0.0)), abs(float(grand_value)))
    tol = CHECK_RTOL * scale
    finite = np.isfinite(budgets)
    excess = expense[finite] - budgets[finite]
    max_excess = float(max(0.0, np.max(excess, initial=0.0)))
    slack = np.where(finite, budgets - expense, np.inf)
    violations = tuple(int(i) for i in np.flatnonzero((lam < upper - tol) & (slack > tol)))
    weak = bool(np.any(np.abs(model_values - grand_value) <= tol))

    log = WarningLog()
    if violations:
        log.warn(
            f"budget efficiency fails for parties {list(violations)}: lambda_i < u_i although their "
            "budget is not spent (expected only on non-monotone games, where some flows are "
            "negative and a better model can cost a party money it never pays).",
            CocausalWarning,
        )
    if not weak:
        log.warn(
            "weak efficiency fails: no party receives a model of value v(N) (possible on "
            "non-monotone games and under performance caps).",
            CocausalWarning,
        )
    return Allocation(
        phi=readonly_array(phi),
        lambdas=readonly_array(lam),
        payoffs=readonly_array(-expense),
        flows=readonly_array(adjusted),
        model_values=readonly_array(model_values),
        status=sol.status,
        solver=sol.solver,
        budgets=readonly_array(budgets),
        upper=readonly_array(upper),
        singleton_values=readonly_array(own),
        grand_value=float(grand_value),
        weakly_efficient=weak,
        budget_efficient=not violations,
        budget_violations=violations,
        max_budget_excess=max_excess,
        monotone=monotone,
        players=_names(n, players),
        warnings=log.messages,
    )


def _as_game(game):
    """A Game, or a TabularGame built from a value table (array-like of length ``2**n``)."""
    if hasattr(game, "n_players") and hasattr(game, "values"):
        return game
    if isinstance(game, (str, bytes)):
        raise TypeError(
            "game must be a cocausal Game or a value table; load a JSON file with "
            "TabularGame.from_json(path) or a shipped one with load_collab_ml_game(name)."
        )
    return TabularGame(game)


def _prepared(game):
    """(TabularGame of all values, the table, player names): every coalition evaluated once."""
    game = _as_game(game)
    table = _table(game)
    players = getattr(game, "players", None)
    return TabularGame(table, players=players), table, _names(game.n_players, players)


def _table(game) -> np.ndarray:
    table = full_table(game)
    if table[0] != 0.0:
        raise ValueError(
            f"v(empty coalition) = {table[0]:.6g}, but the value of the empty coalition must be 0 "
            "(it trains no model); subtract it from every coalition value first."
        )
    return table


def _singletons(table: np.ndarray, n: int) -> np.ndarray:
    return table[1 << np.arange(n)]


def _is_monotone(table: np.ndarray, n: int) -> bool:
    for i in range(n):
        pairs = table.reshape(-1, 2, 1 << i)  # [:, 0] lacks player i, [:, 1] adds it
        if np.any(pairs[:, 1] < pairs[:, 0]):
            return False
    return True


def payoffs(game, *, alpha: float | None = None, beta: float = 0.0) -> Payoffs:
    """Shapley-fair payoffs without budget constraints: ``p_i = n * phi_i - v(N)``.

    Parameters
    ----------
    game : Game or array-like of length ``2**n``
        The value game (``v(empty) = 0``) or its table indexed by bitmask.
    alpha, beta : float
        Generalised form ``p_i = alpha * phi_i + (beta - alpha * v(N)) / n`` (Remark 3.6 of
        [1]_); defaults ``alpha = n``, ``beta = 0``.

    Returns
    -------
    Payoffs

    Raises
    ------
    ValueError
        A table whose length is not ``2**n``, NaN values or ``v(empty) != 0``.

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Lemma 3.1.

    Examples
    --------
    >>> res = payoffs([0.0, 0.2, 0.4, 0.6])
    >>> res.payoffs.round(6).tolist()
    [-0.2, 0.2]
    """
    game, table, players = _prepared(game)
    n = game.n_players
    phi = np.asarray(shapley_values(game, method="exact").values, dtype=float)
    alpha_used = float(n) if alpha is None else float(alpha)
    return Payoffs(
        phi=readonly_array(phi),
        payoffs=readonly_array(payoff_vector(phi, table[-1], alpha=alpha_used, beta=beta)),
        grand_value=float(table[-1]),
        alpha=alpha_used,
        beta=float(beta),
        players=players,
    )


def payoff_flows(game) -> PayoffFlows:
    """Payoff flows ``F[i, j] = phi_{j|i}`` with their cost and revenue totals.

    Parameters
    ----------
    game : Game or array-like of length ``2**n``
        The value game or its table indexed by bitmask.

    Returns
    -------
    PayoffFlows

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Lemma 3.7 and eq. (6)-(7).

    Examples
    --------
    >>> res = payoff_flows([0.0, 0.2, 0.4, 0.6])
    >>> res.flows.round(6).tolist(), res.cost.round(6).tolist()
    ([[0.0, 0.4], [0.2, 0.0]], [0.4, 0.2])
    """
    game, table, players = _prepared(game)
    n = game.n_players
    flows = np.array(conditional_shapley(game, method="exact"), dtype=float)
    np.fill_diagonal(flows, 0.0)
    cost, revenue = flows.sum(axis=1), flows.sum(axis=0)
    return PayoffFlows(
        flows=readonly_array(flows),
        cost=readonly_array(cost),
        revenue=readonly_array(revenue),
        payoffs=readonly_array(revenue - cost),
        singleton_values=readonly_array(_singletons(table, n)),
        grand_value=float(table[-1]),
        players=players,
    )


def allocate(game, budgets, caps=None) -> Allocation:
    """Payoff and model rewards under budgets (and optional performance caps).

    Solves the budget LP of [1]_ (HiGHS) for ``lambda*``; the adjusted payoff flows are
    ``lambda_i * phi_{j|i}`` and party ``i`` receives a model of value
    ``v(i) + lambda_i * (v(N) - v(i))``. With every budget ``inf`` (and no caps) the LP is
    bypassed: ``lambda_i = 1`` wherever ``v(N) >= v(i)``, which is the unconstrained scheme.

    Parameters
    ----------
    game : Game or array-like of length ``2**n``
        The value game (``v(empty) = 0``; monotone or not) or its table.
    budgets : float or array-like of shape (n,)
        ``b_i >= 0`` (``inf`` allowed); a scalar applies to every party.
    caps : float or array-like of shape (n,), optional
        Highest model value each party wants (``inf`` = no cap; must be ``>= v(i)``).

    Returns
    -------
    Allocation
        ``lambdas``, ``payoffs``, ``flows``, ``model_values``, ``status`` and the weak- and
        budget-efficiency checks.

    Raises
    ------
    ValueError
        Negative, NaN or wrong-length budgets; caps below ``v(i)``; a bad value table.

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Sec. 4 and App. I (performance constraint).

    Examples
    --------
    >>> res = allocate([0.0, 0.2, 0.4, 0.6], budgets=[0.0, 0.0])
    >>> res.lambdas.round(6).tolist(), res.model_values.round(6).tolist()
    ([0.5, 1.0], [0.4, 0.6])
    """
    game, table, players = _prepared(game)
    n = game.n_players
    flows = np.array(conditional_shapley(game, method="exact"), dtype=float)
    phi = np.asarray(shapley_values(game, method="exact").values, dtype=float)
    return allocate_from_flows(
        flows,
        _singletons(table, n),
        float(table[-1]),
        budgets,
        caps=caps,
        phi=phi,
        players=players,
        monotone=_is_monotone(table, n),
    )
