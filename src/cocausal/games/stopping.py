"""Composable stopping rules for Monte Carlo valuation, and a Hoeffding sample-size helper.

A rule is called with the sampler's :class:`MonteCarloStatus` and says whether to stop.
Combine rules with ``|`` (stop when either holds) and ``&`` (stop when both hold)::

    StandardErrorTarget(0.005) | MaxPermutations(5000) | TimeBudget(60)

Only :class:`StandardErrorTarget` is an *accuracy* target. When a run ends without every
accuracy target in its rule holding, the sampler warns with ``MonteCarloWarning`` and
records it on the result: the estimate is then only as good as its reported ``stderr``.

Pitfalls: a standard error measures the spread of the sampled marginal contributions,
not the error of a noisy utility (re-evaluating a stochastic ``v(S)`` would differ), and it
is itself noisy for small counts, hence ``min_count``.
"""

from __future__ import annotations

import dataclasses
import math
from abc import ABC, abstractmethod

import numpy as np

__all__ = [
    "MaxPermutations",
    "MonteCarloStatus",
    "StandardErrorTarget",
    "StoppingRule",
    "TimeBudget",
    "hoeffding_permutations",
]


@dataclasses.dataclass(frozen=True)
class MonteCarloStatus:
    """What a stopping rule sees between batches.

    ``counts`` are permutations per player; ``n_samples`` the independent samples behind
    ``stderr`` (permutations, or antithetic pairs).
    """

    n_permutations: int
    values: np.ndarray
    stderr: np.ndarray
    counts: np.ndarray
    elapsed_s: float
    n_samples: int


class StoppingRule(ABC):
    """Base class: ``rule(status) -> bool`` plus ``|`` and ``&`` composition."""

    @abstractmethod
    def __call__(self, status: MonteCarloStatus) -> bool:
        """Whether sampling should stop now."""

    def leaves(self) -> tuple[StoppingRule, ...]:
        """The elementary rules this rule is built from."""
        return (self,)

    def permutation_cap(self) -> int | None:
        """An upper bound on the permutations this rule allows, if it has one."""
        return None

    def __or__(self, other: StoppingRule) -> StoppingRule:
        return _AnyOf(_check_rule(self), _check_rule(other))

    def __and__(self, other: StoppingRule) -> StoppingRule:
        return _AllOf(_check_rule(self), _check_rule(other))


def _check_rule(rule) -> StoppingRule:
    if not isinstance(rule, StoppingRule):
        raise TypeError(
            "Stopping rules combine only with other rules (MaxPermutations, "
            f"StandardErrorTarget, TimeBudget), got {type(rule).__name__}."
        )
    return rule


class _AnyOf(StoppingRule):
    def __init__(self, *rules: StoppingRule) -> None:
        self.rules = rules

    def __call__(self, status: MonteCarloStatus) -> bool:
        return any(rule(status) for rule in self.rules)

    def leaves(self) -> tuple[StoppingRule, ...]:
        return tuple(leaf for rule in self.rules for leaf in rule.leaves())

    def permutation_cap(self) -> int | None:
        caps = [c for c in (r.permutation_cap() for r in self.rules) if c is not None]
        return min(caps) if caps else None

    def __repr__(self) -> str:
        return "(" + " | ".join(map(repr, self.rules)) + ")"


class _AllOf(_AnyOf):
    def __call__(self, status: MonteCarloStatus) -> bool:
        return all(rule(status) for rule in self.rules)

    def permutation_cap(self) -> int | None:
        caps = [r.permutation_cap() for r in self.rules]
        return None if None in caps else max(caps)

    def __repr__(self) -> str:
        return "(" + " & ".join(map(repr, self.rules)) + ")"


class MaxPermutations(StoppingRule):
    """Stop after ``n_permutations`` sampled permutations (antithetic pairs count twice)."""

    def __init__(self, n_permutations: int) -> None:
        if isinstance(n_permutations, bool) or not isinstance(n_permutations, int) or n_permutations < 2:
            raise ValueError(f"n_permutations must be an int >= 2, got {n_permutations!r}.")
        self.n_permutations = n_permutations

    def __call__(self, status: MonteCarloStatus) -> bool:
        return status.n_permutations >= self.n_permutations

    def permutation_cap(self) -> int | None:
        return self.n_permutations

    def __repr__(self) -> str:
        return f"MaxPermutations({self.n_permutations})"


class StandardErrorTarget(StoppingRule):
    """Stop when every player's standard error is at most ``target``.

    Parameters
    ----------
    target : float
        Largest acceptable standard error (> 0).
    relative : bool, default=False
        Read ``target`` as a fraction of the largest absolute estimated value.
    min_count : int, default=30
        Do not trust standard errors from fewer independent samples than this
        (permutations, or antithetic pairs).
    """

    def __init__(self, target: float, *, relative: bool = False, min_count: int = 30) -> None:
        if not target > 0 or not math.isfinite(target):
            raise ValueError(f"target must be a positive finite float, got {target!r}.")
        if min_count < 2:
            raise ValueError(f"min_count must be >= 2 (a standard error needs 2 samples), got {min_count}.")
        self.target, self.relative, self.min_count = float(target), bool(relative), int(min_count)

    def __call__(self, status: MonteCarloStatus) -> bool:
        if status.values.size == 0:
            return True
        if status.n_samples < self.min_count:
            return False
        threshold = self.target
        if self.relative:
            threshold *= float(np.max(np.abs(status.values)))
        return bool(np.all(status.stderr <= threshold))

    def __repr__(self) -> str:
        rel = ", relative=True" if self.relative else ""
        return f"StandardErrorTarget({self.target:g}{rel})"


class TimeBudget(StoppingRule):
    """Stop once ``seconds`` of wall-clock time have passed since sampling started."""

    def __init__(self, seconds: float) -> None:
        if not seconds > 0:
            raise ValueError(f"seconds must be positive, got {seconds!r}.")
        self.seconds = float(seconds)

    def __call__(self, status: MonteCarloStatus) -> bool:
        return status.elapsed_s >= self.seconds

    def __repr__(self) -> str:
        return f"TimeBudget({self.seconds:g})"


def hoeffding_permutations(epsilon: float, delta: float, value_range: float, n_players: int = 1) -> int:
    """Permutations that guarantee ``|estimate - phi_i| < epsilon`` for all players w.p. ``1 - delta``.

    Each sampled marginal contribution lies in an interval of width ``value_range`` (for a
    game with values in ``[0, 1]`` that is at most 2; for a monotone one 1). Hoeffding's
    inequality with a union bound over ``n_players`` gives
    ``m >= value_range**2 log(2 n_players / delta) / (2 epsilon**2)``.

    References
    ----------
    Hoeffding, "Probability inequalities for sums of bounded random variables", JASA 58, 1963.
    Maleki et al., "Bounding the estimation error of sampling-based Shapley value
    approximation", arXiv:1306.4265, 2013.

    Examples
    --------
    >>> hoeffding_permutations(epsilon=0.05, delta=0.05, value_range=1.0, n_players=10)
    1199
    """
    if not epsilon > 0 or not 0 < delta < 1 or not value_range > 0 or n_players < 1:
        raise ValueError(
            "Need epsilon > 0, 0 < delta < 1, value_range > 0 and n_players >= 1; got "
            f"epsilon={epsilon}, delta={delta}, value_range={value_range}, n_players={n_players}."
        )
    return math.ceil(value_range**2 * math.log(2 * n_players / delta) / (2 * epsilon**2))
