"""The two standard figures of a collaborative causal study, plus Gain/Cost distributions.

* :func:`plot_values` - per-party bars of standalone value ``v_i``, Shapley value ``phi_i``
  and reward value ``r_i``;
* :func:`plot_rewards` - each party's realised reward ``N(tau_r, se_r^2)`` as a density with
  its estimate, against the grand-coalition estimate ``tau_N``;
* :func:`plot_gain_cost` - histograms of Gain and Cost over repeated random partitions;
* :func:`study_figure` - all of them in one :class:`matplotlib.figure.Figure` (two panels side
  by side, Gain/Cost below).

Figures are built without pyplot state; each ``plot_*`` function draws on the axes it is
given, or on a new figure's axes.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Figures 2 and 3.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, NullFormatter
from scipy import stats

__all__ = ["plot_values", "plot_rewards", "plot_gain_cost", "save_study_figure", "study_figure"]

_PANEL_SIZE = (5.2, 4.0)


def _axes(ax):
    return Figure(figsize=_PANEL_SIZE).subplots() if ax is None else ax


def plot_values(result, ax=None):
    """Bars of ``v_i``, ``phi_i`` and ``r_i`` per party; returns the axes."""
    ax = _axes(ax)
    k = len(result.parties)
    x = np.arange(k)
    width = 0.27
    ax.bar(x - width, result.v, width, label="standalone value $v_i$", color="#c9a227")
    ax.bar(x, result.phi, width, label="Shapley value $\\phi_i$", color="#b2443a")
    ax.bar(x + width, result.r, width, label="reward value $r_i$", color="#2f5d9b")
    ax.axhline(0.0, color="black", linewidth=0.6)
    ax.set_xticks(x, [str(p) for p in result.parties])
    ax.set_xlabel("party")
    ax.set_ylabel("value (negative KL)")
    ax.set_title(f"values and rewards (rho = {result.rho:.3g})")
    ax.legend(fontsize=8)
    return ax


def plot_rewards(result, ax=None):
    """Normal densities of the realised rewards against ``tau_N``; returns the axes."""
    ax = _axes(ax)
    tau_r, se_r = np.asarray(result.tau_r), np.asarray(result.se_r)
    ok = np.isfinite(tau_r) & np.isfinite(se_r) & (se_r > 0)
    # The x range follows the typical reward's spread (4 median SEs around the estimates), so one or
    # two wide densities do not stretch the axis until the informative narrow ones vanish.
    spread = 4 * float(np.median(se_r[ok])) if ok.any() else 4 * result.se_N
    centres = np.append(tau_r[ok], result.tau_N)
    lo, hi = float(centres.min() - spread), float(centres.max() + spread)
    grid = np.linspace(lo, hi, 600)
    colours = matplotlib.colormaps["viridis"](np.linspace(0.0, 0.9, len(result.parties)))
    for i in np.flatnonzero(ok):
        density = stats.norm.pdf(grid, tau_r[i], se_r[i])
        ax.fill_between(grid, density, alpha=0.25, color=colours[i])
        ax.axvline(tau_r[i], color=colours[i], linewidth=1.2, label=f"party {result.parties[i]}")
    ax.axvline(result.tau_N, color="black", linestyle="--", linewidth=1.0, label="$\\tau_N$ (grand)")
    ax.set_xlim(lo, hi)
    ax.set_ylim(bottom=0.0)
    ax.set_xlabel("ATE")
    ax.set_ylabel("density")
    ax.set_title("realised reward estimates")
    ax.legend(fontsize=8)
    return ax


def plot_gain_cost(gains, costs, ax=None):
    """Histograms of Gain and Cost over runs; returns the axes."""
    ax = _axes(ax)
    gains, costs = np.asarray(gains, dtype=float), np.asarray(costs, dtype=float)
    both = np.concatenate([gains, costs])
    log = bool(np.all(both > 0))  # heavy right tails: log-spaced bins when possible
    bins = np.geomspace(both.min(), both.max(), 40) if log else 40
    gain_label = f"Gain (mean {gains.mean():.3g}, min {gains.min():.3g})"
    cost_label = f"Cost (mean {costs.mean():.3g}, min {costs.min():.3g})"
    ax.hist(gains, bins=bins, alpha=0.6, label=gain_label, color="#2f5d9b")
    ax.hist(costs, bins=bins, alpha=0.6, label=cost_label, color="#b2443a")
    if log:
        ax.set_xscale("log")
        # About five labelled ticks, one significant digit each, whatever the number of decades
        # (matplotlib's minor labels overlapped over one or two decades, or left one label).
        ticks = np.unique([float(f"{t:.1g}") for t in np.geomspace(both.min(), both.max(), 5)])
        ax.set_xticks(ticks, [f"{t:g}" for t in ticks])
        ax.xaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # run counts are whole numbers
    ax.set_xlabel("value units (negative KL)")
    ax.set_ylabel("runs")
    ax.set_title(f"Gain and Cost over {len(gains)} random partitions")
    ax.legend(fontsize=8)
    return ax


def study_figure(result, gains=None, costs=None) -> Figure:
    """The two standard figures, and the Gain/Cost histograms when given, side by side.

    Parameters
    ----------
    result : CCIResult
        One collaborative study.
    gains, costs : sequence of float, optional
        Gain and Cost over repeated random partitions; both or neither.

    Returns
    -------
    matplotlib.figure.Figure
        Two panels side by side, 120 dpi; with Gain and Cost a second row holds their
        histograms at full width, so the figure stays readable when shown 800 pixels wide.
    """
    if (gains is None) != (costs is None):
        raise ValueError("gains and costs go together; pass both or neither.")
    rows = 1 if gains is None else 2
    fig = Figure(figsize=(_PANEL_SIZE[0] * 2, _PANEL_SIZE[1] * rows), dpi=120)
    grid = fig.add_gridspec(rows, 2)
    plot_values(result, fig.add_subplot(grid[0, 0]))
    plot_rewards(result, fig.add_subplot(grid[0, 1]))
    if gains is not None:
        plot_gain_cost(gains, costs, fig.add_subplot(grid[1, :]))
    fig.tight_layout()
    return fig


def save_study_figure(result, path, gains=None, costs=None) -> Path:
    """Save :func:`study_figure` as a PNG at ``path`` (parent folders are created); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    study_figure(result, gains, costs).savefig(path)
    return path
