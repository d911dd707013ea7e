"""Immutable result objects shared by every capability.

Each result is a frozen dataclass with ``summary()``, ``to_dict()`` and ``to_frame()``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["ResultMixin", "ATEResult", "to_jsonable", "freeze_mapping", "readonly_array"]


def to_jsonable(value: Any) -> Any:
    """Convert numpy scalars/arrays, tuples, mappings and dataclasses to JSON-friendly types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if hasattr(value, "to_dict"):
            return value.to_dict()
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return to_jsonable(value.tolist())
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        return to_jsonable(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


def readonly_array(values: Any, dtype: Any = float, *, copy: bool = True) -> np.ndarray:
    """A read-only array of ``values`` for a frozen result or data field.

    Parameters
    ----------
    values : array_like
        The entries.
    dtype : data-type or None, default float
        Element type of the result; ``None`` keeps the type numpy infers from ``values``.
    copy : bool, default True
        ``True`` returns an independent copy. ``False`` returns a read-only view, without
        copying when ``values`` is already an array of ``dtype``; use it only for an array the
        caller has just built and holds no other reference to, since writes through that
        array would show in the view.

    Returns
    -------
    numpy.ndarray
        An array with ``flags.writeable`` False; ``values`` itself stays writeable.

    Examples
    --------
    >>> import numpy as np
    >>> a = readonly_array([1, 2, 3])
    >>> a.dtype, a.flags.writeable
    (dtype('float64'), False)
    >>> src = np.zeros(2)
    >>> view = readonly_array(src, copy=False)
    >>> np.shares_memory(view, src), src.flags.writeable
    (True, True)
    """
    out = np.array(values, dtype=dtype, copy=True) if copy else np.asarray(values, dtype=dtype).view()
    out.flags.writeable = False
    return out


def freeze_mapping(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """A read-only view of a copy of ``mapping`` (for ``extras`` fields)."""
    return MappingProxyType(dict(mapping or {}))


class ResultMixin:
    """``to_dict`` / ``to_frame`` / ``summary`` for frozen dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """All fields as JSON-serialisable Python objects."""
        return {f.name: to_jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def to_frame(self) -> pd.DataFrame:
        """One-row frame of the scalar fields."""
        row = {
            k: v
            for k, v in self.to_dict().items()
            if isinstance(v, (int, float, str, bool)) or v is None
        }
        return pd.DataFrame([row])

    def summary(self) -> str:
        """A short human-readable description."""
        lines = [type(self).__name__]
        for k, v in self.to_dict().items():
            if isinstance(v, float):
                v = f"{v:.6g}"
            lines.append(f"  {k}: {v}")
        return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class ATEResult(ResultMixin):
    """An average-treatment-effect estimate.

    Attributes
    ----------
    ate : float
        Point estimate.
    se : float
        Standard error (``nan`` when not available).
    ci : tuple of float
        Two-sided confidence interval (normal approximation unless stated in ``extras``).
    n : int
        Number of units used.
    method : str
        Estimator name, e.g. ``"aipw"``.
    estimand : str
        ``"ATE"``, ``"ATT"`` or ``"ATC"``.
    warnings : tuple of str
        Every warning raised while computing the estimate.
    extras : Mapping
        Method-specific details (clipped counts, unmatched units, bootstrap draws ...).
    """

    ate: float
    se: float
    ci: tuple[float, float]
    n: int
    method: str
    estimand: str = "ATE"
    warnings: tuple[str, ...] = ()
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ci", (float(self.ci[0]), float(self.ci[1])))
        object.__setattr__(self, "warnings", tuple(self.warnings))
        object.__setattr__(self, "extras", freeze_mapping(self.extras))

    def summary(self) -> str:
        lo, hi = self.ci
        text = (
            f"{self.method} {self.estimand} = {self.ate:.6g} (se {self.se:.4g}, "
            f"95% CI [{lo:.6g}, {hi:.6g}], n = {self.n})"
        )
        if self.warnings:
            text += "\nwarnings:\n" + "\n".join(f"  - {w}" for w in self.warnings)
        return text
