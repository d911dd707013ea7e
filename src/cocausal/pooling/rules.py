"""Judgment aggregation rules over experts' binary edge judgments.

A rule maps the experts' votes on one proposition ("edge X -> Y is present"), a sequence
of booleans ordered like the experts, to an accept/reject decision. Rules are plain
callables, so any ``Callable[[Sequence[bool]], bool]`` plugs in; the named ones are
available through :func:`get_rule` and new names can be added with :func:`register_rule`.

References
----------
Grossi, D. and Pigozzi, G. (2014). *Judgment Aggregation: A Primer*. Morgan & Claypool.
Bradley, R., Dietrich, F. and List, C. (2014). Aggregating causal judgments. *Philosophy
of Science* 81(4), 491-515.
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models, Section 3.2.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

__all__ = [
    "Dictatorship",
    "JudgmentRule",
    "Majority",
    "Quota",
    "StrictMajority",
    "Unanimity",
    "available_rules",
    "get_rule",
    "register_rule",
    "rule_name",
]

JudgmentRule = Callable[[Sequence[bool]], bool]


def _check_votes(votes: Sequence[bool]) -> list[bool]:
    votes = [bool(v) for v in votes]
    if not votes:
        raise ValueError("a judgment needs at least one expert vote.")
    return votes


@dataclasses.dataclass(frozen=True)
class StrictMajority:
    """Accept when more than half of the experts accept."""

    name: str = "strict-majority"

    def __call__(self, votes: Sequence[bool]) -> bool:
        votes = _check_votes(votes)
        return 2 * sum(votes) > len(votes)


@dataclasses.dataclass(frozen=True)
class Majority:
    """Accept when at least half of the experts accept."""

    name: str = "majority"

    def __call__(self, votes: Sequence[bool]) -> bool:
        votes = _check_votes(votes)
        return 2 * sum(votes) >= len(votes)


@dataclasses.dataclass(frozen=True)
class Unanimity:
    """Accept when every expert accepts."""

    name: str = "unanimity"

    def __call__(self, votes: Sequence[bool]) -> bool:
        return all(_check_votes(votes))


@dataclasses.dataclass(frozen=True)
class Dictatorship:
    """Accept exactly when expert ``k`` (0-based) accepts."""

    k: int = 0

    @property
    def name(self) -> str:
        return f"dictatorship:{self.k}"

    def __post_init__(self) -> None:
        if isinstance(self.k, bool) or not isinstance(self.k, int) or self.k < 0:
            raise ValueError(f"dictatorship: k must be a non-negative expert index, got {self.k!r}.")

    def __call__(self, votes: Sequence[bool]) -> bool:
        votes = _check_votes(votes)
        if self.k >= len(votes):
            raise ValueError(f"dictatorship of expert {self.k}, but only {len(votes)} experts voted.")
        return votes[self.k]


@dataclasses.dataclass(frozen=True)
class Quota:
    """Accept when at least ``q`` experts accept.

    ``q`` is a count when it is an integer >= 1, a fraction of the experts when it is a
    float in (0, 1] (``Quota(0.5)`` equals :class:`Majority`).
    """

    q: float = 1

    @property
    def name(self) -> str:
        return f"quota:{self.q:g}"

    def __post_init__(self) -> None:
        q = self.q
        ok = (isinstance(q, int) and not isinstance(q, bool) and q >= 1) or (
            isinstance(q, float) and 0.0 < q <= 1.0
        )
        if not ok:
            raise ValueError(f"quota: q must be an integer count >= 1 or a fraction in (0, 1], got {q!r}.")

    def __call__(self, votes: Sequence[bool]) -> bool:
        votes = _check_votes(votes)
        need = self.q if isinstance(self.q, int) else self.q * len(votes)
        return sum(votes) >= need - 1e-12


_RULES: dict[str, Callable[[str | None], JudgmentRule]] = {
    "strict-majority": lambda arg: StrictMajority(),
    "majority": lambda arg: Majority(),
    "unanimity": lambda arg: Unanimity(),
    "dictatorship": lambda arg: Dictatorship(int(arg) if arg is not None else 0),
    "quota": lambda arg: Quota(_quota_arg(arg)),
}


def _quota_arg(arg: str | None) -> float:
    if arg is None:
        raise ValueError("quota needs a value: 'quota:2' (count) or 'quota:0.75' (fraction).")
    return float(arg) if "." in arg else int(arg)


def register_rule(name: str, factory: Callable[[str | None], JudgmentRule]) -> None:
    """Make ``factory(arg)`` available as ``get_rule("name")`` / ``get_rule("name:arg")``."""
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
        raise ValueError(f"rule name {name!r} must be lower-case letters, digits, '-' or '_'.")
    _RULES[name] = factory


def available_rules() -> list[str]:
    """Names accepted by :func:`get_rule`."""
    return sorted(_RULES)


def get_rule(rule: str | JudgmentRule) -> JudgmentRule:
    """Resolve a rule name (``"strict-majority"``, ``"majority"``, ``"unanimity"``,
    ``"dictatorship:K"``, ``"quota:Q"``) or pass a callable through.

    Raises
    ------
    ValueError
        For an unknown name or a malformed argument.
    """
    if callable(rule):
        return rule
    if not isinstance(rule, str):
        raise TypeError(f"rule must be a name or a callable, got {type(rule).__name__}.")
    key = rule.strip().lower().replace("_", "-")
    base, _, arg = key.partition(":")
    if base not in _RULES:
        raise ValueError(
            f"unknown aggregation rule {rule!r}; use one of {available_rules()} "
            "(dictatorship:K picks expert K, quota:Q needs Q votes or fraction Q)."
        )
    try:
        return _RULES[base](arg or None)
    except ValueError as exc:
        raise ValueError(f"rule {rule!r}: {exc}") from None


def rule_name(rule: JudgmentRule) -> str:
    """A printable name for a rule object."""
    return str(getattr(rule, "name", getattr(rule, "__name__", repr(rule))))
