"""Input validation shared by the private estimators."""

from __future__ import annotations

import math

import numpy as np

from cocausal.data import CausalData
from cocausal.privacy.logistic import CovariateBox

__all__ = [
    "check_data",
    "check_outcome_bounds",
    "check_split",
    "check_positive_int",
    "check_positive",
    "clip_inputs",
]


def check_data(data) -> CausalData:
    """Require a :class:`CausalData`."""
    if not isinstance(data, CausalData):
        raise TypeError(
            f"data must be cocausal.data.CausalData, got {type(data).__name__}; build it with "
            "CausalData(X=..., t=..., y=...)."
        )
    return data


def check_outcome_bounds(bounds) -> tuple[float, float]:
    """Public outcome range ``(lo, hi)`` with ``lo < hi``, both finite."""
    if bounds is None:
        raise ValueError(
            "outcome_bounds is required: pass the public outcome range (lo, hi), e.g. "
            "outcome_bounds=(0, 100); it must come from domain knowledge, not from the data."
        )
    try:
        lo, hi = (float(v) for v in bounds)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"outcome_bounds must be a pair of numbers (lo, hi), got {bounds!r}.") from exc
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError(f"outcome_bounds must be finite, got {bounds!r}.")
    if not lo < hi:
        raise ValueError(f"outcome_bounds are inverted or empty: lo={lo} >= hi={hi}; pass (lo, hi) with lo < hi.")
    return lo, hi


def check_split(split, n_parts: tuple[int, ...], name: str = "budget_split") -> tuple[float, ...]:
    """Positive shares that sum to 1 (within 1e-9), of one of the allowed lengths."""
    try:
        parts = tuple(float(v) for v in split)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a sequence of numbers, got {split!r}.") from exc
    if len(parts) not in n_parts:
        raise ValueError(f"{name} must have {' or '.join(map(str, n_parts))} entries, got {len(parts)}.")
    if not all(math.isfinite(p) and p > 0 for p in parts):
        raise ValueError(f"every share of {name} must be a finite number > 0, got {parts}.")
    total = math.fsum(parts)
    if abs(total - 1.0) > 1e-9:
        raise ValueError(
            f"{name} must sum to 1, got {parts} (sum {total:.6g}); rescale the shares, "
            "e.g. (0.1, 0.7, 0.2)."
        )
    return parts


def check_positive_int(value, name: str) -> int:
    """An integer >= 1."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be an integer >= 1, got {value!r}.")
    return int(value)


def check_positive(value, name: str) -> float:
    """A finite float > 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}.")
    v = float(value)
    if not (math.isfinite(v) and v > 0):
        raise ValueError(f"{name} must be a finite number > 0, got {value!r}.")
    return v


def clip_inputs(
    data: CausalData, covariate_bounds, outcome_bounds: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Covariates mapped into the public box and outcomes clipped to ``outcome_bounds``.

    Clipping is silent: how many values were clipped depends on private values, so it is
    neither counted on the result nor warned about (:func:`cocausal.privacy.bounds_report`
    tells the data owner). Returns ``(Z, y)``.
    """
    lo, hi = outcome_bounds
    Z = CovariateBox.from_bounds(covariate_bounds, data.n_features).transform(data.X)
    return Z, np.clip(data.y, lo, hi)
