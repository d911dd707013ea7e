"""How the pages show numbers, states and a party's reward: formatting, intervals and the reward figure.

The figure is a :class:`matplotlib.figure.Figure` drawn on the Agg canvas (pyplot is never
imported, so no global plotting state is touched).

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023 (the values v_i, the reward values r_i and the realised rewards).
"""

from __future__ import annotations

import io
import math
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

__all__ = ["Z95", "interval", "num", "reward_figure_png", "shown_state"]

#: The normal quantile of a two-sided 95% interval.
Z95 = 1.959963984540054
#: Magnitudes below this are float noise of sums that are zero (e.g. -5.551e-16) and show as 0.
_NOISE = 1e-12


def num(value: Any, digits: int = 4) -> str:
    """``value`` for a reader: ``digits`` significant digits, no float noise, ``n/a`` for missing.

    Examples
    --------
    >>> num(-5.551115123125783e-16), num(2.027625837844522), num(0.2), num(12345), num(None)
    ('0', '2.028', '0.2', '12,345', 'n/a')
    >>> num(1.5e-7), num(-2.5e9)
    ('1.5e-07', '-2.5e+09')
    """
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if not isinstance(value, float):
        return str(value)
    if not math.isfinite(value):
        return "n/a"
    if abs(value) < _NOISE:
        return "0"
    exponent = math.floor(math.log10(abs(value)))
    if -4 <= exponent < 6:
        text = f"{value:.{max(0, digits - 1 - exponent)}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text
    mantissa, _, power = f"{value:.{digits - 1}e}".partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{power}"


def shown_state(state: str, invited: int) -> str:
    """A study's state as the pages show it: ``draft`` is an open study with no party invited yet.

    The API knows no ``draft`` state (such a study is ``open``); the pages tell it apart so the
    admin sees which studies still need invitations.

    Examples
    --------
    >>> shown_state("open", 0), shown_state("open", 2), shown_state("closed", 0)
    ('draft', 'open', 'closed')
    """
    return "draft" if state == "open" and invited == 0 else state


def interval(estimate: float | None, se: float | None) -> str:
    """The 95% normal interval ``estimate +- 1.96 se`` as ``[low, high]`` (``n/a`` without an SE).

    Examples
    --------
    >>> interval(2.0, 0.5)
    '[1.02, 2.98]'
    """
    if estimate is None or se is None or not (math.isfinite(estimate) and math.isfinite(se)):
        return "n/a"
    return f"[{num(estimate - Z95 * se)}, {num(estimate + Z95 * se)}]"


def reward_figure_png(v: float, r: float) -> bytes:
    """A party's reward value ``r`` against its standalone value ``v`` and 0, as a PNG.

    Both are minus a KL divergence from the pooled estimate, so 0 is the estimate on every
    party's data and lower is further from it; the arrow runs from what the party's data
    alone reach (``v``) to what its reward reaches (``r``).
    """
    fig = Figure(figsize=(5.6, 2.4), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    low = min(v, r, 0.0)
    span = max(abs(low), 1e-9)
    ax.set_xlim(low - 0.2 * span, 0.3 * span)
    ax.set_ylim(-1.0, 1.0)
    ax.axhline(0.0, color="#8a94a6", linewidth=1.0, zorder=1)
    ax.annotate("", xy=(r, 0.0), xytext=(v, 0.0), zorder=2,
                arrowprops={"arrowstyle": "-|>", "color": "#2f6fd0", "linewidth": 2.0, "shrinkA": 5, "shrinkB": 5})
    ax.plot([v], [0.0], "o", color="#b4541b", markersize=9, zorder=3)
    ax.plot([r], [0.0], "D", color="#2f6fd0", markersize=9, zorder=3)
    ax.plot([0.0], [0.0], "|", color="#1d2433", markersize=22, markeredgewidth=2.5, zorder=3)
    ax.text(v, 0.3, f"your data alone\nv = {num(v)}", ha="center", va="bottom", fontsize=12, color="#b4541b")
    ax.text(r, -0.3, f"your reward\nr = {num(r)}", ha="center", va="top", fontsize=12, color="#2f6fd0")
    ax.text(0.04 * span, 0.0, "pooled\n0", ha="left", va="center", fontsize=12, color="#1d2433")
    ax.set_yticks([])
    ax.set_xticks([t for t in ax.get_xticks() if low - 0.2 * span <= t <= 0.0])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("minus KL divergence from the pooled estimate", fontsize=11)
    ax.tick_params(axis="x", labelsize=10)
    ax.xaxis.set_major_locator(MaxNLocator(5))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
