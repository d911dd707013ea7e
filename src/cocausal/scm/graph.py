"""Graph utilities for causal diagrams (networkx ``DiGraph``).

Nodes carry a ``kind`` attribute (``"exogenous"`` or ``"endogenous"``). The helpers here
are shared by :class:`cocausal.scm.SCM` and the qualitative pooling in
:mod:`cocausal.pooling.graphs`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "cycle_message",
    "descendants",
    "distance_layers",
    "draw_graph",
    "edge_layers",
    "is_acyclic",
]


def is_acyclic(graph: nx.DiGraph) -> bool:
    """True when ``graph`` has no directed cycle."""
    return nx.is_directed_acyclic_graph(graph)


def cycle_message(graph: nx.DiGraph) -> str | None:
    """``"A -> B -> A"`` for one directed cycle of ``graph``, or ``None`` if it is acyclic."""
    try:
        cycle = nx.find_cycle(graph, orientation="original")
    except nx.NetworkXNoCycle:
        return None
    nodes = [edge[0] for edge in cycle] + [cycle[0][0]]
    return " -> ".join(str(n) for n in nodes)


def descendants(graph: nx.DiGraph, nodes: Iterable[str]) -> set[str]:
    """All strict descendants of ``nodes`` (the union over the nodes)."""
    out: set[str] = set()
    for node in nodes:
        out |= nx.descendants(graph, node)
    return out


def distance_layers(graph: nx.DiGraph, source: str) -> list[set[str]]:
    """Nodes grouped by undirected hop distance from ``source``.

    ``layers[0] == {source}``, ``layers[d]`` holds the nodes at distance ``d``; nodes not
    connected to ``source`` are left out.
    """
    if source not in graph:
        raise ValueError(f"node {source!r} is not in the graph.")
    dist = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), source)
    layers: list[set[str]] = [set() for _ in range(max(dist.values()) + 1)]
    for node, d in dist.items():
        layers[d].add(node)
    return layers


def edge_layers(graph: nx.DiGraph, source: str) -> dict[tuple[str, str], int]:
    """Layer of each edge as in Algorithm A.2 of Zennaro & Ivanovska.

    Starting from ``V_0 = {source}``, layer ``d`` holds the edges touching a node reached
    at layer ``d - 1``; equivalently an edge's layer is ``1 + min`` of its endpoints'
    undirected distances from ``source``. Edges not connected to ``source`` are left out.
    """
    if source not in graph:
        raise ValueError(f"node {source!r} is not in the graph.")
    dist = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), source)
    return {(u, v): 1 + min(dist[u], dist[v]) for u, v in graph.edges if u in dist}


def draw_graph(
    graph: nx.DiGraph,
    path: str | Path | None = None,
    *,
    source: str | None = None,
    title: str | None = None,
    highlight: Iterable[str] = (),
) -> Figure:
    """Draw ``graph`` with a deterministic layered layout.

    Columns are the undirected distance from ``source`` (the predictor), when given;
    exogenous nodes are drawn small and grey, ``highlight`` nodes in orange.

    Parameters
    ----------
    graph : networkx.DiGraph
        The causal diagram; nodes may carry ``kind="exogenous"``.
    path : str or path, optional
        PNG file to write (120 dpi); nothing is written when omitted.
    source : str, optional
        Node whose undirected distance sets the columns; without it, columns follow a
        topological layering.
    title : str, optional
        Axes title.
    highlight : iterable of str
        Nodes drawn in orange.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, built without pyplot state.
    """
    from matplotlib.figure import Figure

    g = nx.DiGraph()
    g.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: str(item[0])))
    g.add_edges_from(graph.edges)
    if source is not None and source in g:
        dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), source)
        far = max(dist.values(), default=0) + 1
        layer = {n: dist.get(n, far) for n in g}
    else:
        layer = {n: 0 for n in g}
        for n in nx.topological_sort(g) if is_acyclic(g) else g:
            preds = list(g.predecessors(n))
            layer[n] = 1 + max((layer[p] for p in preds), default=-1)
        top = max(layer.values(), default=0)
        layer = {n: top - d for n, d in layer.items()}
    for n in g:
        g.nodes[n]["_layer"] = -layer[n]
    pos = nx.multipartite_layout(g, subset_key="_layer") if len(g) else {}
    highlight = set(highlight)
    exo = [n for n, d in g.nodes(data=True) if d.get("kind") == "exogenous"]
    endo = [n for n in g if n not in exo]
    fig = Figure(figsize=(1.6 + 1.5 * (max(layer.values(), default=0) + 1), 5))
    ax = fig.subplots()
    # A node's circle is wide enough for its label (8 pt text is about 5 pt per character):
    # node_size is an area in points^2.
    size = {n: max(21.0 if n in exo else 33.0, 5.2 * len(str(n)) + 12.0) ** 2 for n in g}
    nx.draw_networkx_nodes(g, pos, nodelist=exo, node_color="#dddddd", node_size=[size[n] for n in exo], ax=ax)
    nx.draw_networkx_nodes(
        g, pos, nodelist=endo, node_size=[size[n] for n in endo], ax=ax,
        node_color=["#f4a261" if n in highlight else "#8ecae6" for n in endo],
    )
    nx.draw_networkx_labels(g, pos, font_size=8, ax=ax)
    nodes = list(g)
    nx.draw_networkx_edges(g, pos, nodelist=nodes, ax=ax, arrows=True, arrowsize=14,
                           node_size=[size[n] for n in nodes])
    ax.set_title(title or "")
    ax.axis("off")
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=120)
    return fig
