"""Public bounds from a codebook file: one range for the outcome and one per covariate.

Differential privacy needs the outcome range and the covariate box to be public. A codebook
states them per variable, from the variables' meaning, without looking at the data::

    outcome: [-5, 15]
    covariates:
      age: [16, 60]
      educ: [0, 20]
    default: [0, 1]        # optional: every covariate not listed

Per-covariate bounds matter at sample level: one box for every covariate clips or squeezes
each covariate that lives on another scale, which biases the private propensity model.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from cocausal.limits import MAX_SPEC_BYTES, check_depth, read_text

__all__ = ["PublicBounds", "load_bounds", "parse_bounds"]


@dataclasses.dataclass(frozen=True)
class PublicBounds:
    """The public bounds of one analysis.

    Attributes
    ----------
    outcome : tuple of float
        ``(lo, hi)`` of the outcome.
    covariates : tuple of tuple of float
        ``(lo, hi)`` per covariate, in the order of ``names``.
    names : tuple of str
        The covariate names.
    """

    outcome: tuple[float, float]
    covariates: tuple[tuple[float, float], ...]
    names: tuple[str, ...]

    def covariate_array(self) -> np.ndarray:
        """The ``(d, 2)`` array of covariate bounds (the form ``PrivATE(covariate_bounds=...)`` takes)."""
        return np.array(self.covariates, dtype=float).reshape(len(self.names), 2)


def _range(value: Any, where: str) -> tuple[float, float]:
    if (not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        raise ValueError(f"{where} must be a list of two numbers [lo, hi], got {value!r}.")
    lo, hi = float(value[0]), float(value[1])
    if not (math.isfinite(lo) and math.isfinite(hi)) or not lo < hi:
        raise ValueError(f"{where} must be finite with lo < hi, got [{value[0]}, {value[1]}].")
    return lo, hi


def parse_bounds(spec: Any, names: Sequence[str], source: str = "bounds") -> PublicBounds:
    """Public bounds from a parsed codebook for the covariates ``names``.

    Parameters
    ----------
    spec : Mapping
        ``{"outcome": [lo, hi], "covariates": {name: [lo, hi], ...}, "default": [lo, hi]}``;
        ``default`` is optional and covers the covariates not listed.
    names : sequence of str
        The covariates of the analysis, in column order.
    source : str
        The codebook's name in messages.

    Raises
    ------
    ValueError
        A missing or malformed range, an unknown key, or a covariate without bounds.
    """
    if not isinstance(spec, Mapping):
        raise ValueError(f"{source} must hold a mapping with 'outcome' and 'covariates', got {type(spec).__name__}.")
    unknown = sorted(set(spec) - {"outcome", "covariates", "default"})
    if unknown:
        raise ValueError(f"{source}: unknown key(s) {unknown}; use 'outcome', 'covariates' and 'default'.")
    if "outcome" not in spec:
        raise ValueError(f"{source} has no 'outcome: [lo, hi]' (the public outcome range).")
    outcome = _range(spec["outcome"], f"{source}: outcome")
    listed = spec.get("covariates", {}) or {}
    if not isinstance(listed, Mapping):
        raise ValueError(f"{source}: 'covariates' must map each covariate name to [lo, hi].")
    default = _range(spec["default"], f"{source}: default") if "default" in spec else None
    missing = [n for n in names if n not in listed]
    if missing and default is None:
        raise ValueError(
            f"{source} gives no bounds for covariate(s) {missing}; add them under 'covariates' "
            "or give 'default: [lo, hi]' for every covariate not listed."
        )
    covariates = tuple(_range(listed[n], f"{source}: covariates.{n}") if n in listed else default for n in names)
    return PublicBounds(outcome=outcome, covariates=covariates, names=tuple(map(str, names)))


def load_bounds(path: str | Path, names: Sequence[str]) -> PublicBounds:
    """Read a codebook (YAML or JSON; see the module docstring) for the covariates ``names``.

    Raises
    ------
    FileNotFoundError
        No file at ``path``.
    ValueError
        Invalid YAML, or a codebook :func:`parse_bounds` refuses.
    """
    import yaml

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"No codebook file at {path}.")
    text = read_text(path, max_bytes=MAX_SPEC_BYTES, what="codebook file")
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text)):
            raise ValueError(f"{path}: YAML aliases (*name) are not allowed in a codebook; write the ranges out.")
        spec = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise ValueError(f"{path}: invalid YAML{where}: {exc.problem}; fix the YAML syntax there.") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: invalid YAML ({' '.join(str(exc).split())}).") from None
    check_depth(spec, str(path))
    return parse_bounds(spec, names, str(path))
