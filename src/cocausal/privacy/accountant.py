"""A pure-epsilon privacy budget ledger that refuses to overspend."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from cocausal.privacy.mechanisms import Release, check_epsilon
from cocausal.results import ResultMixin

__all__ = ["BudgetExceededError", "LedgerEntry", "PrivacyAccountant", "accountant_for_fit"]

# Relative slack for float rounding when comparing a sum of spends with the total.
_RTOL = 1e-9


class BudgetExceededError(ValueError):
    """A spend would take the total epsilon above the accountant's budget."""


@dataclasses.dataclass(frozen=True)
class LedgerEntry(ResultMixin):
    """One charge: a phase name, its epsilon and the releases it covers.

    ``composition`` is ``"sequential"`` (epsilons add) or ``"parallel"`` (the releases touch
    disjoint records, so the charge is their maximum).
    """

    phase: str
    epsilon: float
    composition: str
    releases: tuple[Release, ...]


class PrivacyAccountant:
    """Record every spend of a pure epsilon-DP budget and refuse to exceed it.

    Parameters
    ----------
    total_epsilon : float
        The budget (finite, > 0).

    Examples
    --------
    >>> acc = PrivacyAccountant(1.0)
    >>> acc.charge("phase 1", 0.4)
    0.4
    >>> round(acc.remaining, 12)
    0.6
    >>> acc.charge("phase 2", 0.7)
    Traceback (most recent call last):
    ...
    cocausal.privacy.accountant.BudgetExceededError: phase 2 asks for epsilon 0.7 but only 0.6 ...

    References
    ----------
    .. [1] C. Dwork and A. Roth, "The algorithmic foundations of differential privacy",
       Found. Trends Theor. Comput. Sci. 9(3-4), 2014 (sequential and parallel composition).
    """

    def __init__(self, total_epsilon: float) -> None:
        self.total_epsilon = check_epsilon(total_epsilon, "total_epsilon")
        self._entries: list[LedgerEntry] = []

    @property
    def spent(self) -> float:
        """Total epsilon charged so far (sequential composition of the entries)."""
        return math.fsum(e.epsilon for e in self._entries)

    @property
    def remaining(self) -> float:
        """Budget left (never negative)."""
        return max(self.total_epsilon - self.spent, 0.0)

    @property
    def ledger(self) -> tuple[LedgerEntry, ...]:
        """All charges in order."""
        return tuple(self._entries)

    def by_phase(self, since: int = 0) -> dict[str, float]:
        """Epsilon per phase name (summed over entries with the same name).

        ``since`` skips the first ledger entries: ``by_phase(len(ledger))`` taken before a fit
        on a shared accountant, then again after, gives that fit's spend.
        """
        out: dict[str, float] = {}
        for e in self._entries[since:]:
            out[e.phase] = out.get(e.phase, 0.0) + e.epsilon
        return out

    def check(self, phase: str, epsilon: float) -> float:
        """Raise :class:`BudgetExceededError` unless ``epsilon`` still fits; return it."""
        eps = check_epsilon(epsilon, f"epsilon of {phase!r}")
        if self.spent + eps > self.total_epsilon * (1 + _RTOL):
            raise BudgetExceededError(
                f"{phase} asks for epsilon {eps:.6g} but only {self.remaining:.6g} of the total "
                f"{self.total_epsilon:.6g} is left; lower that phase's share or raise the total "
                "budget."
            )
        return eps

    def charge(self, phase: str, epsilon: float) -> float:
        """Charge ``epsilon`` for ``phase`` (no release attached); return it."""
        eps = self.check(phase, epsilon)
        self._entries.append(LedgerEntry(phase, eps, "sequential", ()))
        return eps

    def record(self, phase: str, releases: Sequence[Release], *, parallel: bool = False) -> float:
        """Charge the releases of one phase and keep them on the ledger.

        Parameters
        ----------
        phase : str
        releases : sequence of Release
            Their OpenDP-mapped epsilons are summed (sequential) or maximised (``parallel=True``:
            each record influences at most one of them).

        Returns
        -------
        float
            The epsilon charged.
        """
        releases = tuple(releases)
        if not releases or not all(isinstance(r, Release) for r in releases):
            raise TypeError("releases must be a non-empty sequence of Release objects.")
        eps = max(r.epsilon for r in releases) if parallel else math.fsum(r.epsilon for r in releases)
        eps = self.check(phase, eps)
        self._entries.append(
            LedgerEntry(phase, eps, "parallel" if parallel else "sequential", releases)
        )
        return eps

    def record_disjoint(self, phase: str, groups: Sequence[Sequence[Release]]) -> float:
        """Charge releases made on disjoint parts of the data.

        Within a group the epsilons add (sequential composition); across groups, which touch
        disjoint records, the charge is the largest group total (parallel composition).
        """
        groups = [tuple(g) for g in groups]
        flat = tuple(r for g in groups for r in g)
        if not flat or not all(g for g in groups) or not all(isinstance(r, Release) for r in flat):
            raise TypeError("groups must be non-empty sequences of Release objects.")
        eps = max(math.fsum(r.epsilon for r in g) for g in groups)
        eps = self.check(phase, eps)
        self._entries.append(LedgerEntry(phase, eps, "parallel", flat))
        return eps

    def __repr__(self) -> str:
        return (
            f"PrivacyAccountant(total={self.total_epsilon:.6g}, spent={self.spent:.6g}, "
            f"entries={len(self._entries)})"
        )


def accountant_for_fit(accountant: PrivacyAccountant | None, epsilon: float, estimator: str) -> PrivacyAccountant:
    """The accountant one fit charges: a new one of budget ``epsilon``, or a shared one.

    A shared accountant (passed as ``accountant=``) carries one total budget across fits and
    estimators; the fit is refused before any work when ``epsilon`` no longer fits into it.

    Raises
    ------
    TypeError
        ``accountant`` is not a :class:`PrivacyAccountant`.
    BudgetExceededError
        The shared budget has less than ``epsilon`` left.
    """
    if accountant is None:
        return PrivacyAccountant(epsilon)
    if not isinstance(accountant, PrivacyAccountant):
        raise TypeError(
            f"accountant must be a cocausal.privacy.PrivacyAccountant, got {type(accountant).__name__}; "
            "create one with PrivacyAccountant(total_epsilon) and pass the same object to every fit."
        )
    accountant.check(f"{estimator} (epsilon {epsilon:g})", epsilon)
    return accountant
