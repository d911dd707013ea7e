"""Figures of payoff and model rewards: payoffs, model values and the payoff-flow heatmap.

All functions return a :class:`matplotlib.figure.Figure` built without pyplot state (Agg), so
they are safe in scripts and workers; save it with ``fig.savefig(path)``.

References
----------
.. [1] Nguyen, Q. P., Low, B. K. H., & Jaillet, P. (2022). Trade-off between payoff and model
   rewards in Shapley-fair collaborative machine learning. NeurIPS 35, Fig. 2.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure

from cocausal.payoff.payoffs import Allocation

__all__ = ["plot_allocation", "plot_flows", "plot_model_rewards", "plot_payoffs"]


def _grouped_bars(ax, allocations: Sequence[Allocation], labels: Sequence[str], attr: str) -> None:
    players = allocations[0].players
    x = np.arange(len(players))
    width = 0.8 / len(allocations)
    for k, (alloc, label) in enumerate(zip(allocations, labels)):
        ax.bar(x + (k - (len(allocations) - 1) / 2) * width, getattr(alloc, attr), width, label=label)
    ax.set_xticks(x, players)
    ax.set_xlabel("party")
    ax.axhline(0.0, color="black", linewidth=0.8)


def _payoff_axes(ax, allocations, labels) -> None:
    _grouped_bars(ax, allocations, labels, "payoffs")
    ax.set_ylabel("payoff (negative = payment)")
    ax.set_title("Payoffs")


def _model_axes(ax, allocations, labels) -> None:
    _grouped_bars(ax, allocations, labels, "model_values")
    first = allocations[0]
    ax.scatter(np.arange(len(first.players)), first.singleton_values, marker="_", s=400,
               color="black", zorder=3, label="own model v(i)")
    ax.axhline(first.grand_value, color="grey", linestyle="--", linewidth=1, label="v(N)")
    ax.set_ylabel("model value")
    ax.set_title("Model rewards")


def _flow_axes(fig: Figure, ax, alloc: Allocation, title: str, bound: float | None = None, colorbar: bool = True):
    """The flow heatmap of ``alloc`` on a colour scale of ``[-bound, bound]`` (default: its own largest
    flow), annotated in white on dark cells and black on light ones; returns the image."""
    flows = alloc.flows
    bound = max(float(np.max(np.abs(flows))), 1e-12) if bound is None else bound
    image = ax.imshow(flows, cmap="RdBu_r", vmin=-bound, vmax=bound)
    n = len(alloc.players)
    ax.set_xticks(range(n), alloc.players, rotation=45)
    ax.set_yticks(range(n), alloc.players)
    for i in range(n):
        for j in range(n):
            if i != j:
                dark = abs(flows[i, j]) > 0.55 * bound  # the RdBu ends are dark: black text would vanish
                ax.text(j, i, f"{flows[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if dark else "black")
    ax.set_xlabel("receives (j)")
    ax.set_ylabel("pays (i)")
    ax.set_title(title)
    if colorbar:
        fig.colorbar(image, ax=ax, shrink=0.8)
    return image


def _check(allocations, labels):
    allocations = list(allocations)
    labels = [str(lab) for lab in labels]
    if not allocations or len(labels) != len(allocations):
        raise ValueError("Give at least one allocation and one label per allocation.")
    return allocations, labels


def _bar_figure(draw, allocations, labels) -> Figure:
    allocations, labels = _check(allocations, labels)
    fig = Figure(figsize=(7, 4), layout="constrained")
    ax = fig.add_subplot()
    draw(ax, allocations, labels)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))  # outside the axes: covers no bar
    return fig


def plot_payoffs(allocations: Sequence[Allocation], labels: Sequence[str]) -> Figure:
    """Grouped bars of each party's payoff, one group per party, one bar per scenario."""
    return _bar_figure(_payoff_axes, allocations, labels)


def plot_model_rewards(allocations: Sequence[Allocation], labels: Sequence[str]) -> Figure:
    """Grouped bars of model values, with each party's own-model value and ``v(N)``."""
    return _bar_figure(_model_axes, allocations, labels)


def plot_flows(allocations: Sequence[Allocation], labels: Sequence[str]) -> Figure:
    """Heatmaps of the adjusted payoff flows ``lambda_i phi_{j|i}``, one per scenario, on one shared
    colour scale (one colour means one value in every panel) with one colour bar."""
    allocations, labels = _check(allocations, labels)
    bound = max(max(float(np.max(np.abs(a.flows))) for a in allocations), 1e-12)
    fig = Figure(figsize=(4.2 * len(allocations) + 0.8, 4.2), layout="constrained")
    axes = [fig.add_subplot(1, len(allocations), k + 1) for k in range(len(allocations))]
    for ax, alloc, label in zip(axes, allocations, labels):
        image = _flow_axes(fig, ax, alloc, f"Flows, {label}", bound=bound, colorbar=False)
    fig.colorbar(image, ax=axes, shrink=0.8, label="flow (row pays column)")
    return fig


def plot_allocation(allocation: Allocation, title: str | None = None) -> Figure:
    """One allocation: payoffs, model rewards and the flow heatmap side by side."""
    fig = Figure(figsize=(15, 4.4), layout="constrained")
    axes = [fig.add_subplot(1, 3, k + 1) for k in range(3)]
    _payoff_axes(axes[0], [allocation], ["payoff"])
    _model_axes(axes[1], [allocation], ["model value"])
    axes[1].legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3)  # below: covers no bar
    _flow_axes(fig, axes[2], allocation, "Payoff flows (row pays column)")
    if title:
        fig.suptitle(title)
    return fig
