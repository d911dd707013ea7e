"""Small matplotlib helpers shared by the demo sections."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

__all__ = ["plt", "save"]


def save(fig, out: Path, name: str) -> str:
    """Save ``fig`` as ``out/name`` (PNG, 110 dpi), close it and return the file name."""
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    fig.savefig(out / name, dpi=110)
    plt.close(fig)
    return name
