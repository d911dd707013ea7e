"""Games with closed-form Shapley values, for tests, examples and benchmarks.

Every class evaluates batches vectorised over the membership matrix (so they also serve
as fast large-``n`` games for Monte Carlo) and has a ``shapley_closed_form()`` method that
returns the exact Shapley values without enumerating coalitions.

References
----------
Shapley, "A value for n-person games", Contributions to the Theory of Games II, 1953.
Littlechild and Owen, "A simple expression for the Shapley value in a special case",
Management Science 20(3), 1973 (airport games).
"""

from __future__ import annotations

from fractions import Fraction
from math import comb

import numpy as np

from cocausal.games._coalitions import check_n_players, coalition_to_mask
from cocausal.games.base import BaseGame

__all__ = ["AdditiveGame", "AirportGame", "GloveGame", "UnanimityGame", "VotingGame"]


def _finite_vector(values, name: str) -> np.ndarray:
    array = np.array(values, dtype=float)
    if array.ndim != 1 or array.size < 1:
        raise ValueError(f"{name} must be a non-empty 1-D array (one entry per player).")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or inf; give a finite value for every player.")
    array.setflags(write=False)
    return array


class AdditiveGame(BaseGame):
    """``v(S) = sum of weights[i] for i in S``; the Shapley value of ``i`` is ``weights[i]``.

    Examples
    --------
    >>> AdditiveGame([1.0, -2.0]).value([0, 1])
    -1.0
    """

    def __init__(self, weights) -> None:
        self.weights = _finite_vector(weights, "weights")
        self.n_players = self.weights.size

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        return members @ self.weights

    def shapley_closed_form(self) -> np.ndarray:
        return self.weights.copy()


class VotingGame(BaseGame):
    """Symmetric majority game: ``v(S) = 1`` if ``|S| >= quota`` else 0.

    By symmetry and efficiency every player gets ``1 / n`` (``0`` if ``quota`` is 0, since
    then ``v(N) = v(empty) = 1``).

    Parameters
    ----------
    n_players : int
    quota : int, optional
        Votes needed to win, ``0 <= quota <= n`` (default: simple majority ``n // 2 + 1``).
    """

    def __init__(self, n_players: int, quota: int | None = None) -> None:
        self.n_players = check_n_players(n_players)
        quota = self.n_players // 2 + 1 if quota is None else quota
        if not 0 <= quota <= self.n_players:
            raise ValueError(f"quota must lie in [0, {self.n_players}], got {quota}.")
        self.quota = int(quota)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        return (members.sum(axis=1) >= self.quota).astype(float)

    def shapley_closed_form(self) -> np.ndarray:
        share = 0.0 if self.quota == 0 else 1.0 / self.n_players
        return np.full(self.n_players, share)


class UnanimityGame(BaseGame):
    """``v(S) = 1`` if ``S`` contains every player of ``carrier`` else 0.

    The Shapley value is ``1 / |carrier|`` on the carrier and 0 elsewhere; unanimity games
    form a basis of all games, which makes them the natural check of linearity.
    """

    def __init__(self, n_players: int, carrier) -> None:
        self.n_players = check_n_players(n_players)
        mask = coalition_to_mask(carrier, self.n_players)
        if mask == 0:
            raise ValueError("carrier must contain at least one player.")
        self.carrier = np.array([(mask >> i) & 1 for i in range(self.n_players)], dtype=bool)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        return np.all(members[:, self.carrier], axis=1).astype(float)

    def shapley_closed_form(self) -> np.ndarray:
        return self.carrier / self.carrier.sum()


class AirportGame(BaseGame):
    """Airport (runway cost) game: ``v(S) = max of costs[i] for i in S`` (0 for the empty set).

    Closed form (Littlechild and Owen, 1973): with costs sorted ``c_(1) <= ... <= c_(n)``
    and ``c_(0) = 0``, player ``(k)`` pays ``sum_{l <= k} (c_(l) - c_(l-1)) / (n - l + 1)``:
    each runway segment is shared equally by everyone who needs it.
    """

    def __init__(self, costs) -> None:
        self.costs = _finite_vector(costs, "costs")
        if np.any(self.costs < 0):
            raise ValueError("Airport costs must be non-negative.")
        self.n_players = self.costs.size

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        return np.max(np.where(members, self.costs, 0.0), axis=1, initial=0.0)

    def shapley_closed_form(self) -> np.ndarray:
        n = self.n_players
        order = np.argsort(self.costs, kind="stable")
        sorted_costs = self.costs[order]
        increments = np.diff(sorted_costs, prepend=0.0) / (n - np.arange(n))
        phi = np.empty(n)
        phi[order] = np.cumsum(increments)
        return phi


class GloveGame(BaseGame):
    """Glove market: players ``0 .. n_left-1`` own a left glove, the rest a right glove.

    ``v(S)`` is the number of pairs ``S`` can form, ``min(#left in S, #right in S)``.

    The closed form counts coalitions by composition: a left-glove owner adds a pair
    exactly when the coalition it joins has more right than left gloves, so
    ``phi_left = (1/n) sum_{b > a} C(L-1, a) C(R, b) / C(n-1, a+b)``; right-glove owners
    share the rest of ``v(N)`` (efficiency). The sum has ``O(L R)`` terms, evaluated in
    exact rational arithmetic.
    """

    def __init__(self, n_left: int, n_right: int) -> None:
        if n_left < 0 or n_right < 0:
            raise ValueError("n_left and n_right must be non-negative.")
        self.n_players = check_n_players(n_left + n_right)
        self.n_left, self.n_right = int(n_left), int(n_right)

    def _evaluate(self, members: np.ndarray) -> np.ndarray:
        left = members[:, : self.n_left].sum(axis=1)
        right = members[:, self.n_left :].sum(axis=1)
        return np.minimum(left, right).astype(float)

    def shapley_closed_form(self) -> np.ndarray:
        n, n_left, n_right = self.n_players, self.n_left, self.n_right
        if n_left == 0 or n_right == 0:
            return np.zeros(n)
        phi_left = sum(
            Fraction(comb(n_left - 1, a) * comb(n_right, b), comb(n - 1, a + b))
            for a in range(n_left)
            for b in range(a + 1, n_right + 1)
        ) / n
        phi_right = (min(n_left, n_right) - n_left * phi_left) / n_right
        return np.array([float(phi_left)] * n_left + [float(phi_right)] * n_right)
