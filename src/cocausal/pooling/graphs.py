"""Qualitative stage of fair pooling: removal of unfair variables and layered edge pooling.

``Removal`` (Algorithm A.1) drops the sensitive attributes and all their descendants in
*any* of the given graphs (the predictor itself is kept: by Lemma 1 of Kusner et al. a
predictor is counterfactually fair when its equation reads no descendant of the
sensitive attributes), together with every edge touching them.

``Pooling`` (Algorithm A.2) aggregates the experts' edge judgments layer by layer, by
distance from the predictor: layer ``d`` holds the edges touching a node reached at layer
``d - 1`` in an expert's graph (an edge's layer is the smallest over the experts that draw
it). Inside a layer, candidate edges are visited in a fixed order: more supporting experts
first, then source name, then target name (lexicographic). An edge is added when the
judgment rule accepts the experts' votes *and* the pooled graph stays acyclic. Edges that
are not connected to the predictor in any expert graph are never considered. (The paper's
pseudo-code writes "rule accepts OR acyclic"; the text and issue 7 require both.)

:func:`fair_pool_graphs` chains both steps in either order (``"removal-pooling"`` or
``"pooling-removal"``) and returns the pooled fair graph, the fair features ``Z`` (the
remaining endogenous ancestors of the predictor) and the reason each other variable was
removed.

References
----------
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models, Section 3.2 and Appendix A; Zennaro, F. M. and Ivanovska, M. (2018). Pooling of
causal models under counterfactual fairness via causal judgement aggregation,
arXiv:1805.09866.
Kusner, M. J., Loftus, J., Russell, C. and Silva, R. (2017). Counterfactual fairness.
NeurIPS.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from cocausal.pooling.rules import JudgmentRule, get_rule, rule_name
from cocausal.results import ResultMixin, freeze_mapping
from cocausal.scm.graph import draw_graph, edge_layers

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "EdgeDecision",
    "ORDERS",
    "QualitativeResult",
    "fair_pool_graphs",
    "pooling",
    "removal",
]

ORDERS = ("pooling-removal", "removal-pooling")
_EXO = "exogenous"


def _kind(graph: nx.DiGraph, node: str) -> str:
    return graph.nodes[node].get("kind", "endogenous")


@dataclasses.dataclass(frozen=True)
class EdgeDecision(ResultMixin):
    """What pooling decided for one candidate edge."""

    source: str
    target: str
    layer: int
    votes: tuple[bool, ...]
    accepted: bool
    reason: str


def _named_graphs(models: Sequence[Any], names: Sequence[str] | None) -> tuple[list[nx.DiGraph], list[str]]:
    graphs, out_names = [], []
    for i, m in enumerate(models):
        if isinstance(m, nx.DiGraph):
            graphs.append(m)
            out_names.append(f"expert_{i + 1}")
        elif hasattr(m, "graph") and isinstance(m.graph, nx.DiGraph):
            graphs.append(m.graph)
            out_names.append(getattr(m, "name", f"expert_{i + 1}"))
        else:
            raise TypeError(f"model #{i} must be an SCM or a networkx.DiGraph, got {type(m).__name__}.")
    if names is not None:
        if len(names) != len(graphs):
            raise ValueError(f"{len(names)} names for {len(graphs)} models; give one name per model.")
        out_names = [str(n) for n in names]
    if len(set(out_names)) != len(out_names):
        out_names = [f"{n}#{i + 1}" for i, n in enumerate(out_names)]
    if not graphs:
        raise ValueError("no expert models given; pass at least one.")
    return graphs, out_names


def _common_predictor(models: Sequence[Any], predictor: str | None) -> str:
    if predictor is not None:
        return predictor
    declared = {getattr(m, "predictor", None) for m in models}
    if len(declared) != 1 or None in declared:
        raise ValueError(f"the models declare different or no predictors {declared}; pass predictor=...")
    return declared.pop()


def _project(graph: nx.DiGraph, keep: set[str]) -> nx.DiGraph:
    """Latent projection of ``graph`` onto ``keep``: ``x -> y`` iff a directed path
    from ``x`` to ``y`` runs only through dropped nodes (ancestry is preserved)."""
    out = nx.DiGraph()
    out.add_nodes_from((n, graph.nodes[n]) for n in graph if n in keep)
    for x in out:
        stack, seen = list(graph.successors(x)), set()
        while stack:
            y = stack.pop()
            if y in seen:
                continue
            seen.add(y)
            if y in keep:
                out.add_edge(x, y)
            else:
                stack.extend(graph.successors(y))
    return out


def align_variables(
    graphs: Sequence[nx.DiGraph], names: Sequence[str], variables: str = "strict"
) -> tuple[list[nx.DiGraph], set[str]]:
    """Check that the experts share one variable set; with ``variables="common"`` project
    every graph onto the shared variables instead of failing.

    Raises
    ------
    ValueError
        When the variable sets differ (``variables="strict"``; the message lists what each
        expert lacks) or a variable is exogenous for one expert and endogenous for another.
    """
    if variables not in ("strict", "common"):
        raise ValueError(f"variables must be 'strict' or 'common', got {variables!r}.")
    union = set().union(*(set(g) for g in graphs))
    common = set.intersection(*(set(g) for g in graphs))
    for v in common:
        kinds = {_kind(g, v) for g in graphs}
        if len(kinds) > 1:
            raise ValueError(f"variable {v} is exogenous for some experts and endogenous for others.")
    if union == common:
        return list(graphs), common
    lacks = {n: sorted(union - set(g)) for n, g in zip(names, graphs) if union - set(g)}
    if variables == "strict":
        detail = "; ".join(f"{n} lacks {v}" for n, v in lacks.items())
        raise ValueError(
            f"the experts' models use different variables ({detail}). Align the specs, or pool over the "
            f"{len(common)} shared variables with variables='common' (CLI: --common-variables)."
        )
    return [_project(g, common) for g in graphs], common


def removal(
    graphs: Sequence[Any],
    sensitive: Iterable[str],
    predictor: str | None = None,
    names: Sequence[str] | None = None,
) -> tuple[list[nx.DiGraph], dict[str, str]]:
    """Algorithm A.1: remove sensitive attributes and their descendants in any graph.

    Parameters
    ----------
    graphs : sequence of networkx.DiGraph or SCM
    sensitive : iterable of str
        Sensitive attributes; each must be a node of every graph.
    predictor : str, optional
        Never removed (its equation is what counterfactual fairness constrains); defaults
        to the models' declared predictor.
    names : sequence of str, optional
        Expert names used in the reasons (default: model names).

    Returns
    -------
    (graphs, removed)
        Copies of the graphs without the unfair nodes (and their edges), and a mapping
        unfair variable -> reason (``"sensitive attribute"`` or ``"descendant of Gnd in
        expert_a (Gnd -> Dpt)"``).
    """
    predictor = _common_predictor(graphs, predictor)
    graphs, names = _named_graphs(graphs, names)
    sensitive = list(dict.fromkeys([sensitive] if isinstance(sensitive, str) else sensitive))
    if not sensitive:
        raise ValueError("no sensitive attribute given; name at least one (e.g. sensitive=['Gnd']).")
    if predictor in sensitive:
        raise ValueError(f"the predictor {predictor} cannot be a sensitive attribute.")
    for name, g in zip(names, graphs):
        missing = [p for p in sensitive if p not in g]
        if missing:
            raise ValueError(
                f"sensitive attribute(s) {missing} are not variables of {name}; its variables are {sorted(g)}."
            )
    removed: dict[str, str] = {p: "sensitive attribute" for p in sensitive}
    for name, g in zip(names, graphs):
        for p in sensitive:
            for d in sorted(nx.descendants(g, p)):
                if d != predictor and d not in removed:
                    path = " -> ".join(nx.shortest_path(g, p, d))
                    removed[d] = f"descendant of {p} in {name} ({path})"
    out = []
    for g in graphs:
        h = g.copy()
        h.remove_nodes_from([v for v in removed if v in h])
        out.append(h)
    return out, removed


def pooling(
    graphs: Sequence[Any],
    rule: str | JudgmentRule,
    predictor: str | None = None,
) -> tuple[nx.DiGraph, list[EdgeDecision]]:
    """Algorithm A.2: layered judgment aggregation of edges with an acyclicity check.

    ``graphs`` are networkx DiGraphs or SCMs (votes are ordered like them); ``predictor``
    defaults to the models' declared predictor.

    Returns
    -------
    (pooled, decisions)
        The pooled graph over the union of the nodes, and one :class:`EdgeDecision` per
        candidate edge in the order it was considered.
    """
    rule = get_rule(rule)
    predictor = _common_predictor(graphs, predictor)
    graphs, _ = _named_graphs(graphs, None)
    pooled = nx.DiGraph()
    for g in graphs:
        if predictor not in g:
            raise ValueError(f"the predictor {predictor} is missing from an expert graph.")
        pooled.add_nodes_from(g.nodes(data=True))
    layer: dict[tuple[str, str], int] = {}
    for g in graphs:
        for edge, d in edge_layers(g, predictor).items():
            layer[edge] = min(layer.get(edge, d), d)
    votes = {e: tuple(g.has_edge(*e) for g in graphs) for e in layer}
    order = sorted(layer, key=lambda e: (layer[e], -sum(votes[e]), str(e[0]), str(e[1])))
    decisions = []
    for e in order:
        n_yes = sum(votes[e])
        if not rule(list(votes[e])):
            accepted, reason = False, f"rejected by the rule ({n_yes}/{len(graphs)} experts)"
        elif nx.has_path(pooled, e[1], e[0]):
            cycle = " -> ".join(nx.shortest_path(pooled, e[1], e[0]) + [e[1]])
            accepted, reason = False, f"accepted by the rule but would close the cycle {cycle}"
        else:
            pooled.add_edge(*e)
            accepted, reason = True, f"accepted ({n_yes}/{len(graphs)} experts)"
        decisions.append(EdgeDecision(str(e[0]), str(e[1]), layer[e], votes[e], accepted, reason))
    return pooled, decisions


@dataclasses.dataclass(frozen=True)
class QualitativeResult(ResultMixin):
    """Outcome of the qualitative stage.

    Attributes
    ----------
    order : str
        ``"pooling-removal"`` or ``"removal-pooling"``.
    rule : str
        Name of the judgment aggregation rule.
    predictor : str
    experts : tuple of str
    edges : tuple of (str, str)
        Endogenous edges of the pooled fair graph (restricted to ancestors of the predictor).
    exogenous_edges : tuple of (str, str)
        Edges out of exogenous nodes in the pooled fair graph.
    fair_features : tuple of str
        ``Z``: endogenous ancestors of the predictor in the pooled fair graph.
    fair_exogenous : tuple of str
        Exogenous ancestors of the predictor in the pooled fair graph.
    removed : Mapping[str, str]
        Every other variable -> why it is not used.
    decisions : tuple of EdgeDecision
        The pooling trace.
    """

    order: str
    rule: str
    predictor: str
    experts: tuple[str, ...]
    edges: tuple[tuple[str, str], ...]
    exogenous_edges: tuple[tuple[str, str], ...]
    fair_features: tuple[str, ...]
    fair_exogenous: tuple[str, ...]
    removed: Mapping[str, str]
    decisions: tuple[EdgeDecision, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "removed", freeze_mapping(self.removed))

    @property
    def graph(self) -> nx.DiGraph:
        """The pooled fair graph (exogenous nodes have ``kind="exogenous"``)."""
        g = nx.DiGraph()
        g.add_nodes_from(self.fair_exogenous, kind=_EXO)
        g.add_nodes_from((*self.fair_features, self.predictor), kind="endogenous")
        g.add_edges_from(self.exogenous_edges)
        g.add_edges_from(self.edges)
        return g

    def draw(self, path: str | Path | None = None, *, title: str | None = None) -> Figure:
        """Draw the pooled fair graph, to a PNG file when ``path`` is given (see :func:`~cocausal.scm.draw_graph`)."""
        return draw_graph(self.graph, path, source=self.predictor, title=title or f"pooled fair graph ({self.order})")

    def summary(self) -> str:
        lines = [
            f"pooled fair graph ({self.order}, rule {self.rule}, predictor {self.predictor})",
            "  edges: " + ", ".join(f"{a} -> {b}" for a, b in self.edges),
            "  fair features Z: " + ", ".join(self.fair_features),
            "  removed:",
        ]
        lines += [f"    {k}: {v}" for k, v in self.removed.items()]
        return "\n".join(lines)


def fair_pool_graphs(
    models: Sequence[Any],
    sensitive: Iterable[str],
    *,
    rule: str | JudgmentRule = "strict-majority",
    order: str = "pooling-removal",
    predictor: str | None = None,
    names: Sequence[str] | None = None,
    variables: str = "strict",
) -> QualitativeResult:
    """Qualitative fair pooling of several experts' causal graphs.

    Parameters
    ----------
    models : sequence of SCM or networkx.DiGraph
        Expert models (graphs need node attribute ``kind="exogenous"`` on exogenous nodes).
    sensitive : iterable of str
        Sensitive attributes ``A``.
    rule : str or callable
        Judgment aggregation rule (see :func:`cocausal.pooling.rules.get_rule`).
    order : {"pooling-removal", "removal-pooling"}
    predictor : str, optional
        Defaults to the models' common declared predictor.
    names : sequence of str, optional
        Expert names (default: the models' names).
    variables : {"strict", "common"}
        What to do when experts use different variables: fail with the mismatch, or pool
        over the shared variables (each graph is projected onto them, keeping ancestry).

    Returns
    -------
    QualitativeResult

    Examples
    --------
    >>> from cocausal.scm import load_phd_example
    >>> models, _ = load_phd_example()
    >>> res = fair_pool_graphs(models, ["Gnd"], rule="strict-majority", order="pooling-removal")
    >>> res.fair_features
    ('Cvr', 'Dpt', 'Mrk')

    References
    ----------
    Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
    Models, Algorithms 1, 2, A.1 and A.2.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {list(ORDERS)}.")
    rule_fn = get_rule(rule)
    graphs, names = _named_graphs(models, names)
    predictor = _common_predictor(models, predictor)
    sensitive = list(dict.fromkeys([sensitive] if isinstance(sensitive, str) else sensitive))
    for name, g in zip(names, graphs):
        missing = [p for p in sensitive if p not in g]
        if missing:
            raise ValueError(
                f"sensitive attribute(s) {missing} are not variables of {name}; its variables are {sorted(g)}."
            )
    graphs, common = align_variables(graphs, names, variables)
    if predictor not in common:
        raise ValueError(f"the predictor {predictor} is not a variable of every expert.")
    if order == "removal-pooling":
        fair_graphs, removed = removal(graphs, sensitive, predictor, names)
        pooled, decisions = pooling(fair_graphs, rule_fn, predictor)
    else:
        pooled, decisions = pooling(graphs, rule_fn, predictor)
        (pooled,), removed = removal([pooled], sensitive, predictor, ["the pooled graph"])
    ancestors = nx.ancestors(pooled, predictor)
    kinds = {n: _kind(pooled, n) for n in pooled}
    for v in sorted(common - set(removed) - ancestors - {predictor}, key=str):
        removed[v] = f"not an ancestor of {predictor} in the pooled fair graph"
    keep = ancestors | {predictor}
    sub = pooled.subgraph(keep)
    edges = tuple(sorted((a, b) for a, b in sub.edges if kinds[a] != _EXO))
    exo_edges = tuple(sorted((a, b) for a, b in sub.edges if kinds[a] == _EXO))
    return QualitativeResult(
        order=order,
        rule=rule_name(rule_fn),
        predictor=predictor,
        experts=tuple(names),
        edges=edges,
        exogenous_edges=exo_edges,
        fair_features=tuple(sorted(v for v in ancestors if kinds[v] != _EXO)),
        fair_exogenous=tuple(sorted(v for v in ancestors if kinds[v] == _EXO)),
        removed=removed,
        decisions=tuple(decisions),
    )
