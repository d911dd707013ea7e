"""Loading SCM specs from YAML/JSON (safely) and building them in Python.

A spec is a mapping::

    name: expert_a            # optional
    predictor: Y              # optional
    exogenous:                # name -> distribution spec (or a number = constant)
      U_age: {dist: poisson, lam: 3}
    endogenous:               # name -> equation in the safe expression language
      Age: 20 + U_age

YAML is read with a restricted safe loader: no tags at all (``!!python/...``, ``!!binary``,
``!custom``), no anchors and aliases (so an alias "billion laughs" bomb cannot expand), files
of at most :data:`cocausal.limits.MAX_SPEC_BYTES` and nesting of at most
:data:`cocausal.limits.MAX_JSON_DEPTH`. Equations are parsed by
:mod:`cocausal.scm.expressions`, which refuses anything but arithmetic, comparisons,
if/else and whitelisted numpy functions; nothing from a file is ever ``eval``-ed as code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from cocausal.limits import (
    MAX_JSON_BYTES,
    MAX_JSON_DEPTH,
    MAX_SPEC_BYTES,
    InputLimitError,
    check_depth,
    load_json,
    read_text,
)
from cocausal.scm.distributions import Distribution
from cocausal.scm.expressions import Expression
from cocausal.scm.model import SCM

__all__ = ["SCMBuilder", "load_contexts", "load_scm", "parse_contexts", "save_scm", "scm_from_dict"]

_KEYS = {"name", "predictor", "exogenous", "endogenous", "description"}


class _SpecLoader(yaml.SafeLoader):
    """A YAML safe loader that refuses tags, anchors and aliases (none is needed by a spec)."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            mark = "*" if isinstance(event, yaml.AliasEvent) else "&"
            raise yaml.YAMLError(
                f"YAML anchors and aliases are not allowed in an SCM spec (found {mark}{event.anchor} at "
                f"line {event.start_mark.line + 1}); write the value out."
            )
        if getattr(event, "tag", None) is not None:
            raise yaml.YAMLError(
                f"tags ({event.tag}) are not allowed in an SCM spec (line {event.start_mark.line + 1}); "
                "remove the tag."
            )
        self._depth = getattr(self, "_depth", 0) + 1
        if self._depth > MAX_JSON_DEPTH:
            raise InputLimitError(
                f"nested more than {MAX_JSON_DEPTH} levels deep (line {event.start_mark.line + 1}, "
                "the depth limit); flatten the spec."
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _parse_yaml(text: str, source: str) -> Any:
    try:
        spec = yaml.load(text, Loader=_SpecLoader)
    except InputLimitError as exc:
        raise InputLimitError(f"{source} is {exc}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: invalid YAML ({exc}).") from None
    check_depth(spec, source)
    return spec


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

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    cocausal.limits.InputLimitError
        If the file is larger than :data:`cocausal.limits.MAX_SPEC_BYTES`, nested too deeply,
        or an equation exceeds the expression caps.
    ValueError
        For invalid JSON/YAML (including YAML tags, anchors and aliases) or any model error.
    """
    path = Path(path)
    text = read_text(path, max_bytes=MAX_SPEC_BYTES, what="SCM spec file")
    suffix = path.suffix.lower()
    if suffix not in {".json", ".yaml", ".yml"}:
        raise ValueError(f"{path}: unknown spec format {path.suffix!r}; use .yaml, .yml or .json.")
    if suffix == ".json":
        spec = load_json(path, text=text, max_bytes=MAX_SPEC_BYTES, what="SCM spec file")
    else:
        spec = _parse_yaml(text, str(path))
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

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    cocausal.limits.InputLimitError
        If it exceeds :data:`cocausal.limits.MAX_JSON_BYTES` or :data:`cocausal.limits.MAX_JSON_DEPTH`.
    ValueError
        If it is not valid JSON or not of an accepted shape.
    """
    path = Path(path)
    data = load_json(path, max_bytes=MAX_JSON_BYTES, what="context file")
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
            values = {str(k): float(v) for k, v in ctx.items()}
        except (TypeError, ValueError, OverflowError):
            raise ValueError(
                f"context of {name!r} must map variable names to numbers, got {str(dict(ctx))[:200]}."
            ) from None
        infinite = sorted(k for k, v in values.items() if not math.isfinite(v))
        if infinite:
            raise ValueError(f"context of {name!r} has non-finite value(s) for {infinite}; give finite numbers.")
        out.append((name, values))
    return out
