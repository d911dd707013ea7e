"""Loading SCM specs from YAML/JSON (safely) and building them in Python.

A spec is a mapping::

    name: expert_a            # optional
    predictor: Y              # optional
    exogenous:                # name -> distribution spec (or a number = constant)
      U_age: {dist: poisson, lam: 3}
    endogenous:               # name -> equation in the safe expression language
      Age: 20 + U_age

YAML is read with ``yaml.safe_load`` (no Python object tags) and equations are parsed by
:mod:`cocausal.scm.expressions`, which refuses anything but arithmetic, comparisons,
if/else and whitelisted numpy functions; nothing from a file is ever ``eval``-ed as code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from cocausal.scm.distributions import Distribution
from cocausal.scm.expressions import Expression
from cocausal.scm.model import SCM

__all__ = ["SCMBuilder", "load_contexts", "load_scm", "parse_contexts", "save_scm", "scm_from_dict"]

_KEYS = {"name", "predictor", "exogenous", "endogenous", "description"}


def scm_from_dict(spec: Mapping[str, Any], *, name: str | None = None) -> SCM:
    """Build an :class:`SCM` from a spec mapping (see the module docstring).

    Raises
    ------
    ValueError
        For unknown top-level keys, missing sections or any model error.
    """
    if not isinstance(spec, Mapping):
        raise ValueError(f"an SCM spec must be a mapping with 'exogenous' and 'endogenous', got {type(spec).__name__}.")
    unknown = sorted(set(spec) - _KEYS)
    if unknown:
        raise ValueError(f"unknown key(s) {unknown} in SCM spec; allowed keys are {sorted(_KEYS)}.")
    for section in ("exogenous", "endogenous"):
        if not isinstance(spec.get(section, {}), Mapping):
            raise ValueError(f"'{section}' must be a mapping of variable name -> specification.")
    if "endogenous" not in spec:
        raise ValueError("SCM spec lacks the 'endogenous' section (variable name -> equation).")
    return SCM(
        spec.get("exogenous", {}),
        spec["endogenous"],
        predictor=spec.get("predictor"),
        name=name or spec.get("name", "scm"),
    )


def load_scm(path: str | Path) -> SCM:
    """Load an SCM spec from a ``.yaml``/``.yml`` or ``.json`` file.

    The model name defaults to the file stem.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"SCM spec file {str(path)!r} does not exist.")
    text = path.read_text()
    if path.suffix.lower() == ".json":
        try:
            spec = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: invalid JSON ({exc}).") from None
    elif path.suffix.lower() in {".yaml", ".yml"}:
        try:
            spec = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: invalid YAML ({exc}).") from None
    else:
        raise ValueError(f"{path}: unknown spec format {path.suffix!r}; use .yaml, .yml or .json.")
    if isinstance(spec, Mapping) and "name" not in spec:
        spec = {**spec, "name": path.stem}
    try:
        return scm_from_dict(spec)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"{path}: {exc}") from None


def save_scm(model: SCM, path: str | Path) -> None:
    """Write ``model`` as YAML or JSON (by suffix)."""
    path = Path(path)
    spec = model.to_dict()
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(spec, indent=2))
    else:
        path.write_text(yaml.safe_dump(spec, sort_keys=False))


class SCMBuilder:
    """Fluent construction of an :class:`SCM` in Python.

    Examples
    --------
    >>> from cocausal.scm.distributions import Normal
    >>> m = (SCMBuilder("linear").exogenous("U_x", Normal()).exogenous("U_y", Normal())
    ...      .equation("X", "U_x").equation("Y", "2 * X + U_y").predictor("Y").build())
    >>> m.parents("Y")
    ['U_y', 'X']
    """

    def __init__(self, name: str = "scm") -> None:
        self._name = name
        self._exogenous: dict[str, Any] = {}
        self._equations: dict[str, Any] = {}
        self._predictor: str | None = None

    def exogenous(self, name: str, distribution: Distribution | Mapping[str, Any] | float) -> SCMBuilder:
        """Declare an exogenous variable."""
        self._exogenous[name] = distribution
        return self

    def equation(self, name: str, expression: str | float | Expression) -> SCMBuilder:
        """Declare an endogenous variable with its structural equation."""
        self._equations[name] = expression
        return self

    def predictor(self, name: str) -> SCMBuilder:
        """Declare the predictor."""
        self._predictor = name
        return self

    def build(self) -> SCM:
        """Validate and return the model."""
        return SCM(self._exogenous, self._equations, predictor=self._predictor, name=self._name)


def load_contexts(path: str | Path) -> list[tuple[str, dict[str, float]]]:
    """Load named contexts (units, applicants) from JSON.

    Accepted shapes: a list of ``{"name": ..., "context": {...}}`` objects, one such
    object, or a bare ``{variable: value}`` mapping (named after the file stem).

    Returns
    -------
    list of (name, context)
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"context file {str(path)!r} does not exist.")
    try:
        data = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: invalid JSON ({exc}).") from None
    return parse_contexts(data, default_name=path.stem)


def parse_contexts(data: Any, *, default_name: str = "unit") -> list[tuple[str, dict[str, float]]]:
    """Normalise context data (see :func:`load_contexts`) to ``[(name, {var: float})]``."""
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ValueError("no contexts given; supply at least one {'name': ..., 'context': {...}}.")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise ValueError(f"context #{i} must be a mapping, got {type(item).__name__}.")
        if "context" in item:
            name, ctx = str(item.get("name", f"{default_name}_{i + 1}")), item["context"]
        else:
            name, ctx = (default_name if len(items) == 1 else f"{default_name}_{i + 1}"), item
        if not isinstance(ctx, Mapping):
            raise ValueError(f"context of {name!r} must map variable names to numbers.")
        try:
            out.append((name, {str(k): float(v) for k, v in ctx.items()}))
        except (TypeError, ValueError):
            raise ValueError(f"context of {name!r} must map variable names to numbers, got {dict(ctx)}.") from None
    return out
