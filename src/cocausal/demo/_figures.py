"""Small matplotlib helpers shared by the demo sections (no pyplot state)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

__all__ = ["save", "subplots"]


def subplots(nrows: int = 1, ncols: int = 1, *, figsize: tuple[float, float], **kwargs: Any) -> tuple[Figure, Any]:
    """A new :class:`~matplotlib.figure.Figure` of ``figsize`` inches and its axes (``Figure.subplots`` arguments)."""
    fig = Figure(figsize=figsize)
    return fig, fig.subplots(nrows, ncols, **kwargs)


def save(fig: Figure, out: Path, name: str) -> str:
    """Save ``fig`` as ``out/name`` (PNG, 110 dpi) and return the file name."""
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    fig.savefig(out / name, dpi=110)
    return name
