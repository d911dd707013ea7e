"""Entry points: ``shapley_values``, ``banzhaf_values``, ``conditional_shapley``.

They pick a method, run it and wrap the numbers in a result object; the algorithms live in
:mod:`cocausal.games.exact` and :mod:`cocausal.games.montecarlo`.
"""

from __future__ import annotations

import numpy as np

from cocausal.games.base import full_table
from cocausal.games.exact import banzhaf_from_table, conditional_from_table, shapley_from_table
from cocausal.games.result import ConditionalValues, GameValues

__all__ = [
    "AUTO_EXACT_MAX_PLAYERS",
    "banzhaf_values",
    "conditional_shapley",
    "conditional_shapley_values",
    "shapley_values",
]

#: ``method="auto"`` enumerates exactly up to this many players, and samples above.
AUTO_EXACT_MAX_PLAYERS = 20

_METHODS = ("auto", "exact", "montecarlo")


def _check_game(game) -> int:
    n = getattr(game, "n_players", None)
    if n is None or not callable(getattr(game, "values", None)):
        raise TypeError(
            "game must implement the Game protocol (n_players and values(coalitions)); wrap a "
            f"table in TabularGame or a function in FunctionGame. Got {type(game).__name__}."
        )
    return int(n)


def _resolve(method: str, n: int) -> str:
    if method not in _METHODS:
        raise ValueError(f"method must be one of {_METHODS}, got {method!r}.")
    if method == "auto":
        return "exact" if n <= AUTO_EXACT_MAX_PLAYERS else "montecarlo"
    return method


def _exact_values(game, n: int, values: np.ndarray, method: str) -> GameValues:
    """Per-player values from full enumeration: no error, ``2**(n-1)`` contributions each."""
    return GameValues(
        values=values,
        stderr=np.zeros(n),
        counts=np.full(n, 1 << (n - 1)),
        method=method,
        players=getattr(game, "players", None),
    )


def shapley_values(
    game,
    method: str = "auto",
    *,
    sampler: str = "antithetic",
    stopping=None,
    random_state=None,
    batch_size: int | None = None,
    progress=None,
) -> GameValues:
    """Shapley values of a cooperative game, exact or by Monte Carlo permutation sampling.

    Parameters
    ----------
    game : Game
        A :class:`TabularGame`, :class:`FunctionGame`, closed-form game or any object with
        ``n_players`` and ``values(coalitions)``.
    method : {"auto", "exact", "montecarlo"}
        ``"auto"`` enumerates exactly for ``n <= 20`` players and samples above.
    sampler : {"antithetic", "permutation"}
        Monte Carlo only: antithetic pairs (a permutation and its reverse) or plain
        independent permutations.
    stopping : StoppingRule, optional
        Monte Carlo only. Default ``StandardErrorTarget(0.01, relative=True) |
        MaxPermutations(2000)``.
    random_state : int, SeedSequence, Generator or None
        Monte Carlo only: root seed; batch ``k`` of permutations uses the ``k``-th
        ``SeedSequence.spawn`` child, so results do not depend on the executor.
    batch_size : int, optional
        Monte Carlo only: permutations evaluated per batch (stopping is checked between
        batches).
    progress : callable, optional
        Monte Carlo only: ``progress(done, total)`` after each batch of permutations (see
        :func:`~cocausal.games.montecarlo.permutation_shapley`).

    Returns
    -------
    GameValues
        ``values``, ``stderr``, ``counts``, ``method``; ``v(N) - v(empty)`` is split exactly
        by the exact method (efficiency).

    Raises
    ------
    ValueError
        Unknown method, ``method="exact"`` beyond ``MAX_EXACT_PLAYERS`` players (use
        ``"montecarlo"``), or non-finite coalition values.

    References
    ----------
    Shapley, "A value for n-person games", 1953. Castro, Gomez and Tejada, "Polynomial
    calculation of the Shapley value based on sampling", Computers & Operations Research
    36(5), 2009. Mitchell, Cooper, Frank and Holmes, "Sampling permutations for Shapley
    value estimation", JMLR 23, 2022 (antithetic permutations).

    Examples
    --------
    >>> from cocausal.games import TabularGame
    >>> shapley_values(TabularGame([0.0, 1.0, 2.0, 4.0])).values.tolist()
    [1.5, 2.5]
    """
    n = _check_game(game)
    if _resolve(method, n) == "exact":
        return _exact_values(game, n, shapley_from_table(full_table(game)), "exact")
    from cocausal.games.montecarlo import permutation_shapley

    return permutation_shapley(
        game, sampler=sampler, stopping=stopping, random_state=random_state, batch_size=batch_size,
        progress=progress,
    )


def banzhaf_values(game) -> GameValues:
    """Exact Banzhaf values: each player's mean marginal contribution over all coalitions.

    References
    ----------
    Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19, 1965.
    """
    n = _check_game(game)
    return _exact_values(game, n, banzhaf_from_table(full_table(game)), "banzhaf-exact")


def conditional_shapley_values(
    game,
    method: str = "auto",
    *,
    sampler: str = "antithetic",
    stopping=None,
    random_state=None,
    batch_size: int | None = None,
) -> ConditionalValues:
    """Conditional Shapley values ``phi_{j|i}`` of all ordered pairs, with uncertainty.

    ``phi_{j|i} = 1/(n-1) sum_{C subset of N minus {i, j}} C(n-2, |C|)^-1 [v(C+{i,j}) -
    v(C+{i})]`` is the payoff flow from ``i`` to ``j``: what ``j`` contributes to the
    coalitions containing ``i``. Row ``i`` is the Shapley value of the game
    ``C -> v(C + {i})`` on the other players, so ``sum_{j != i} phi_{j|i} = v(N) - v({i})``
    and ``n phi_i = v({i}) - v(empty) + sum_{j != i} phi_{i|j}``.

    Parameters are those of :func:`shapley_values`; Monte Carlo samples permutations that
    start with ``i`` for each row, with ``stopping`` applied per row.

    Returns
    -------
    ConditionalValues
        ``matrix[i, j] = phi_{j|i}`` plus ``stderr`` and ``counts`` of the same shape.

    References
    ----------
    Nguyen, Low and Jaillet, "Trade-off between Payoff and Model Rewards in Shapley-Fair
    Collaborative Machine Learning", NeurIPS 2022, eq. (5) and (6).
    """
    n = _check_game(game)
    if _resolve(method, n) == "exact":
        size = 1 << max(n - 2, 0) if n > 1 else 0
        return ConditionalValues(
            matrix=conditional_from_table(full_table(game)),
            stderr=np.zeros((n, n)),
            counts=np.where(np.eye(n, dtype=bool), 0, size),
            method="exact",
            players=getattr(game, "players", None),
        )
    from cocausal.games.montecarlo import permutation_conditional_shapley

    return permutation_conditional_shapley(
        game, sampler=sampler, stopping=stopping, random_state=random_state, batch_size=batch_size
    )


def conditional_shapley(game, method: str = "auto", **kwargs) -> np.ndarray:
    """The conditional Shapley matrix ``out[i, j] = phi_{j|i}`` (payoff flow from i to j).

    Shorthand for ``conditional_shapley_values(game, method, **kwargs).matrix``.

    Examples
    --------
    >>> from cocausal.games import AdditiveGame
    >>> conditional_shapley(AdditiveGame([1.0, 2.0, 3.0])).tolist()
    [[0.0, 2.0, 3.0], [1.0, 0.0, 3.0], [1.0, 2.0, 0.0]]
    """
    return conditional_shapley_values(game, method, **kwargs).matrix
