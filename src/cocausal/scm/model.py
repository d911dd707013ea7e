"""Probabilistic structural causal models: definition, graph, sampling, V(u) and do().

References
----------
Pearl, J. (2009). *Causality*, 2nd ed., Cambridge University Press (Ch. 1.4 and 7).
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models (Section 2.1).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import numpy as np

from cocausal.limits import MAX_SAMPLES, check_count
from cocausal.random import RandomState, spawn_generators
from cocausal.scm.distributions import Distribution, distribution_from_spec
from cocausal.scm.expressions import Expression, check_variable_name
from cocausal.scm.graph import cycle_message, descendants, distance_layers, draw_graph

__all__ = ["SCM", "Values", "exogenous_streams"]

Values = dict[str, np.ndarray]


def _as_column(name: str, value: Any, n: int) -> np.ndarray:
    arr = np.asarray(value, dtype=float)
    if arr.ndim == 0:
        if not math.isfinite(float(arr)):
            raise ValueError(f"value of {name} must be finite, got {float(arr)}.")
        return np.full(n, float(arr))
    if arr.shape != (n,):
        raise ValueError(f"value of {name} has shape {arr.shape}; give a scalar or an array of length {n}.")
    return arr


def exogenous_streams(random_state: RandomState, k: int) -> list[np.random.Generator]:
    """``k`` independent generators, one per exogenous variable.

    A :class:`numpy.random.SeedSequence` is treated as a value: its children are keyed by
    position (not by ``spawn``, which is stateful), so passing the same sequence twice
    gives the same draws - the basis of common random numbers across worlds.
    """
    if isinstance(random_state, np.random.SeedSequence):
        root = random_state
        return [
            np.random.default_rng(np.random.SeedSequence(root.entropy, spawn_key=(*root.spawn_key, i)))
            for i in range(k)
        ]
    return spawn_generators(random_state, k)


def _check_positive_int(n: Any, what: str = "n") -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"{what} must be a positive integer, got {n!r}; ask for at least one sample.")
    return check_count(n, what, MAX_SAMPLES)


class SCM:
    """A probabilistic structural causal model ``(U, V, F, P(U))`` with a declared predictor.

    Parameters
    ----------
    exogenous : mapping
        Exogenous variable name -> :class:`~cocausal.scm.distributions.Distribution`, a spec
        mapping such as ``{"dist": "poisson", "lam": 3}``, or a number (constant). Exogenous
        variables are mutually independent.
    endogenous : mapping
        Endogenous variable name -> structural equation (string in the safe expression
        language of :mod:`cocausal.scm.expressions`, a number, or an ``Expression``).
    predictor : str, optional
        The endogenous variable that is the model's prediction (``Y``).
    name : str
        Model name (used in messages and reports).

    Raises
    ------
    ValueError
        For invalid names, a name declared twice, an equation using an undefined
        variable, a cycle (the message names it), or an unknown predictor.

    Notes
    -----
    The causal diagram has one node per exogenous and endogenous variable and an edge
    ``P -> V`` for every name ``P`` read by the equation of ``V``.

    Examples
    --------
    >>> m = SCM({"U_x": {"dist": "normal"}, "U_y": {"dist": "normal"}},
    ...         {"X": "U_x", "Y": "2 * X + U_y"}, predictor="Y")
    >>> m.evaluate({"U_x": 1.0, "U_y": 0.5})["Y"]
    2.5
    >>> sorted(m.graph.edges)
    [('U_x', 'X'), ('U_y', 'Y'), ('X', 'Y')]

    References
    ----------
    Pearl, J. (2009). *Causality*, Cambridge University Press.
    """

    def __init__(
        self,
        exogenous: Mapping[str, Distribution | Mapping[str, Any] | float],
        endogenous: Mapping[str, str | float | Expression],
        *,
        predictor: str | None = None,
        name: str = "scm",
    ) -> None:
        self.name = str(name)
        self._exogenous: dict[str, Distribution] = {}
        for var, spec in exogenous.items():
            check_variable_name(var)
            try:
                self._exogenous[var] = distribution_from_spec(spec)
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"model {self.name!r}, exogenous {var}: {exc}") from None
        self._equations: dict[str, Expression] = {}
        for var, eq in endogenous.items():
            check_variable_name(var)
            if var in self._exogenous:
                raise ValueError(f"model {self.name!r}: {var} is declared both exogenous and endogenous.")
            try:
                self._equations[var] = eq if isinstance(eq, Expression) else Expression(eq)
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"model {self.name!r}, equation of {var}: {exc}") from None
        if not self._equations:
            raise ValueError(f"model {self.name!r} has no endogenous variables; declare at least one equation.")
        known = set(self._exogenous) | set(self._equations)
        graph = nx.DiGraph()
        graph.add_nodes_from(self._exogenous, kind="exogenous")
        graph.add_nodes_from(self._equations, kind="endogenous")
        for var, eq in self._equations.items():
            undefined = sorted(eq.names - known)
            if undefined:
                raise ValueError(
                    f"model {self.name!r}: the equation of {var} ({eq.source!r}) uses undefined variable(s) "
                    f"{undefined}; declare them under 'exogenous' or 'endogenous'."
                )
            graph.add_edges_from((parent, var) for parent in sorted(eq.names))
        cycle = cycle_message(graph)
        if cycle is not None:
            raise ValueError(f"model {self.name!r} is cyclic: {cycle}. Structural equations must form a DAG.")
        self._graph = graph
        endo_graph = graph.subgraph(self._equations)
        self._order = [v for v in nx.lexicographical_topological_sort(endo_graph)]
        if predictor is not None and predictor not in self._equations:
            raise ValueError(
                f"model {self.name!r}: predictor {predictor!r} is not an endogenous variable; "
                f"choose one of {sorted(self._equations)}."
            )
        self.predictor = predictor

    # ------------------------------------------------------------------ structure
    @property
    def exogenous(self) -> dict[str, Distribution]:
        """Exogenous name -> distribution (a copy)."""
        return dict(self._exogenous)

    @property
    def equations(self) -> dict[str, Expression]:
        """Endogenous name -> equation (a copy)."""
        return dict(self._equations)

    @property
    def exogenous_names(self) -> list[str]:
        return list(self._exogenous)

    @property
    def endogenous_names(self) -> list[str]:
        """Endogenous names in a deterministic topological order."""
        return list(self._order)

    @property
    def variables(self) -> list[str]:
        return self.exogenous_names + self.endogenous_names

    @property
    def graph(self) -> nx.DiGraph:
        """The causal diagram over exogenous and endogenous nodes (a copy)."""
        return self._graph.copy()

    def parents(self, var: str) -> list[str]:
        """Parents of ``var`` in the diagram (sorted)."""
        self._check_known([var])
        return sorted(self._graph.predecessors(var))

    def descendants(self, nodes: str | Iterable[str]) -> set[str]:
        """Strict descendants of one or several variables."""
        nodes = [nodes] if isinstance(nodes, str) else list(nodes)
        self._check_known(nodes)
        return descendants(self._graph, nodes)

    def ancestors(self, var: str) -> set[str]:
        """Strict ancestors of ``var``."""
        self._check_known([var])
        return set(nx.ancestors(self._graph, var))

    def distance_layers(self, source: str | None = None) -> list[set[str]]:
        """Variables grouped by undirected distance from ``source`` (default: the predictor)."""
        return distance_layers(self._graph, self._source(source))

    def draw(self, path: str, *, title: str | None = None, highlight: Iterable[str] = ()) -> None:
        """Draw the causal diagram to a PNG file."""
        draw_graph(self._graph, path, source=self.predictor, title=title or self.name, highlight=highlight)

    def noise_term(self, var: str) -> tuple[str, Expression, float] | None:
        """The invertible additive noise of ``var``, if any.

        Returns ``(U, g, c)`` when ``var`` has exactly one exogenous parent ``U`` and its
        equation reads ``var = g(endogenous parents) + c * U`` (see
        :meth:`Expression.additive_noise`); otherwise ``None``. Such equations support
        abduction ``U = (var - g) / c`` and likelihood weighting.
        """
        self._check_known([var])
        if var not in self._equations:
            raise ValueError(f"{var} is exogenous; only endogenous variables have equations.")
        eq = self._equations[var]
        exo = [p for p in eq.names if p in self._exogenous]
        if len(exo) != 1:
            return None
        split = eq.additive_noise(exo[0])
        return None if split is None else (exo[0], split[0], split[1])

    def invertible(self) -> dict[str, bool]:
        """Endogenous name -> whether its equation is invertible in its noise."""
        return {v: self.noise_term(v) is not None for v in self._order}

    # ------------------------------------------------------------------ computation
    def sample(
        self,
        n: int,
        random_state: RandomState = None,
        *,
        context: Mapping[str, Any] | None = None,
        do: Mapping[str, Any] | None = None,
    ) -> Values:
        """Draw ``n`` joint samples of every variable.

        Parameters
        ----------
        n : int
            Number of samples, from 1 to :data:`cocausal.limits.MAX_SAMPLES`.
        random_state : int, Generator, SeedSequence or None
            Seed. Every exogenous variable gets its own child stream
            (``SeedSequence.spawn``), so fixing some variables leaves the draws of the
            others unchanged (common random numbers across contexts and interventions).
        context : mapping, optional
            Fixed values (scalars or length-``n`` arrays). Exogenous entries replace the
            draws; endogenous entries replace the equation (the paper's context may set,
            e.g., ``Age = 22`` directly).
        do : mapping, optional
            Interventions ``do(V = v)`` on endogenous variables.

        Returns
        -------
        dict of str to ndarray
            Name -> float64 array of length ``n`` for every variable.
        """
        n = _check_positive_int(n)
        fixed = self._fixed(context, do, n)
        gens = exogenous_streams(random_state, len(self._exogenous))
        values: Values = {}
        for gen, (var, dist) in zip(gens, self._exogenous.items()):
            values[var] = fixed[var] if var in fixed else dist.sample(gen, n)
        return self._propagate(values, fixed, n)

    def evaluate(self, context: Mapping[str, Any], *, do: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Pearl's ``V(u)``: every variable computable from the context, without sampling.

        Scalars in, floats out; arrays (length ``m``) in, arrays out. Endogenous entries
        of ``context`` set that variable directly. Variables whose inputs are not all
        given are left out; use :meth:`value_of` to require one.

        Raises
        ------
        ValueError
            For unknown names or non-finite values.
        """
        ctx = dict(context)
        self._check_known(ctx)
        lengths = {np.asarray(v).size for v in ctx.values() if np.asarray(v).ndim > 0}
        if len(lengths) > 1:
            raise ValueError(f"context arrays have different lengths {sorted(lengths)}; give equal lengths.")
        scalar = not lengths
        n = lengths.pop() if lengths else 1
        fixed = self._fixed(ctx, do, n)
        values = {k: v for k, v in fixed.items() if k in self._exogenous}
        for var in self._order:
            if var in fixed:
                values[var] = fixed[var]
            elif self._equations[var].names <= values.keys():
                values[var] = self._equations[var](values, n)
        if scalar:
            return {k: float(v[0]) for k, v in values.items()}
        return values

    def value_of(self, var: str, context: Mapping[str, Any], *, do: Mapping[str, Any] | None = None) -> Any:
        """``var(u)`` under ``context`` (and ``do``); raises if the context does not determine it."""
        values = self.evaluate(context, do=do)
        if var not in values:
            missing = sorted(
                u for u in nx.ancestors(self._graph, var) | {var}
                if u in self._exogenous and u not in values
            )
            raise ValueError(
                f"model {self.name!r}: the context does not determine {var}; it needs {missing} "
                f"(or set an endogenous ancestor of {var} directly)."
            )
        return values[var]

    def do(self, interventions: Mapping[str, Any]) -> SCM:
        """The mutilated model: each intervened equation replaced by its constant."""
        self._check_known(interventions)
        equations: dict[str, Any] = dict(self._equations)
        for var, value in interventions.items():
            if var not in self._equations:
                raise ValueError(f"do({var}=...): {var} is exogenous; set it through a context instead.")
            value = float(value)
            if not math.isfinite(value):
                raise ValueError(f"do({var}={value}): the value must be finite.")
            equations[var] = value
        label = ", ".join(f"{k}={float(v):g}" for k, v in interventions.items())
        return SCM(self._exogenous, equations, predictor=self.predictor, name=f"{self.name} | do({label})")

    def to_dict(self) -> dict[str, Any]:
        """The spec mapping (round-trips through :func:`cocausal.scm.scm_from_dict`)."""
        out: dict[str, Any] = {"name": self.name}
        if self.predictor is not None:
            out["predictor"] = self.predictor
        out["exogenous"] = {k: d.to_dict() for k, d in self._exogenous.items()}
        out["endogenous"] = {k: e.source for k, e in self._equations.items()}
        return out

    def __repr__(self) -> str:
        return (
            f"SCM(name={self.name!r}, exogenous={len(self._exogenous)}, "
            f"endogenous={len(self._equations)}, predictor={self.predictor!r})"
        )

    # ------------------------------------------------------------------ internals
    def _source(self, source: str | None) -> str:
        source = source or self.predictor
        if source is None:
            raise ValueError(f"model {self.name!r} declares no predictor; pass source=...")
        self._check_known([source])
        return source

    def _check_known(self, names: Iterable[str]) -> None:
        unknown = sorted(set(names) - set(self._exogenous) - set(self._equations))
        if unknown:
            raise ValueError(
                f"model {self.name!r} has no variable(s) {unknown}; its variables are {sorted(self.variables)}."
            )

    def _fixed(self, context: Mapping[str, Any] | None, do: Mapping[str, Any] | None, n: int) -> Values:
        fixed: Values = {}
        for source in (context or {}), (do or {}):
            self._check_known(source)
            for var, value in source.items():
                fixed[var] = _as_column(var, value, n)
        bad = sorted(v for v in (do or {}) if v in self._exogenous)
        if bad:
            raise ValueError(f"do() on exogenous variable(s) {bad}: set them through context instead.")
        return fixed

    def _propagate(self, values: Values, fixed: Values, n: int) -> Values:
        for var in self._order:
            values[var] = fixed[var] if var in fixed else self._equations[var](values, n)
        return values
