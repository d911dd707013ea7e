"""Warning categories of cocausal.

Every numerical problem that does not invalidate a result is raised as one of these
categories *and* recorded on the result object (``result.warnings``), so that a
saved result tells the same story as the console.
"""

from __future__ import annotations

import warnings as _warnings

__all__ = [
    "CocausalWarning",
    "ClippingWarning",
    "ConstantCovariateWarning",
    "ConvergenceWarning",
    "MonteCarloWarning",
    "OverlapWarning",
    "RootFindingWarning",
    "UnmatchedUnitsWarning",
    "WarningLog",
]


class CocausalWarning(UserWarning):
    """Base class of every warning cocausal emits."""


class ClippingWarning(CocausalWarning):
    """Values (propensities, outcomes, covariates, noisy scores) were clipped to bounds."""


class UnmatchedUnitsWarning(CocausalWarning):
    """Some units found fewer matches than requested (caliper, matching limits)."""


class RootFindingWarning(CocausalWarning):
    """A root-finder failed or hit the edge of its bracket."""


class MonteCarloWarning(CocausalWarning):
    """A Monte Carlo estimate stopped before reaching its accuracy target."""


class ConvergenceWarning(CocausalWarning):
    """An optimiser or variational fit stopped before its convergence criterion held."""


class ConstantCovariateWarning(CocausalWarning):
    """A covariate takes a single value and carries no information."""


class OverlapWarning(CocausalWarning):
    """The treated and control units do not overlap (separation): the estimate extrapolates."""


class WarningLog:
    """Collect warnings for a result while also emitting them.

    Examples
    --------
    >>> log = WarningLog()
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     log.warn("3 propensities clipped", ClippingWarning)
    >>> log.messages
    ('3 propensities clipped',)
    """

    def __init__(self) -> None:
        self._messages: list[str] = []

    def warn(self, message: str, category: type[CocausalWarning] = CocausalWarning) -> None:
        """Emit ``message`` as ``category`` and remember it."""
        self._messages.append(message)
        _warnings.warn(message, category, stacklevel=3)

    def extend(self, messages) -> None:
        """Remember messages already emitted elsewhere (e.g. by a nested estimator)."""
        self._messages.extend(str(m) for m in messages)

    @property
    def messages(self) -> tuple[str, ...]:
        """The recorded messages, in order."""
        return tuple(self._messages)
