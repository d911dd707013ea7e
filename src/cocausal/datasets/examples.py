"""Shipped example inputs that are not data frames: coalition value tables and SCM specs.

The collaborative-ML value tables (``v(C)`` for every coalition) are read by
:func:`cocausal.games.load_collab_ml_game`; the PhD-admission expert models by
:func:`cocausal.scm.load_phd_example`. This module only locates and reads the files.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["COLLAB_ML_GAMES", "PHD_SENSITIVE", "collab_ml_table", "phd_example_files"]

#: Names of the collaborative-ML coalition tables shipped in ``cocausal/datasets/data``.
COLLAB_ML_GAMES = ("imdb_5_parties", "mnist_5_disjoint_parties", "mnist_5_parties")

#: The sensitive attribute of the PhD-admission toy case.
PHD_SENSITIVE = ("Gnd",)


def _data_root():
    return resources.files("cocausal").joinpath("datasets", "data")


def collab_ml_table(name: str) -> tuple[str, str]:
    """The JSON text of a shipped collaborative-ML value table and its file name.

    Parameters
    ----------
    name : {"imdb_5_parties", "mnist_5_disjoint_parties", "mnist_5_parties"}
        Which table (5 parties each; provenance in ``shared/data/PROVENANCE.md``).

    Raises
    ------
    ValueError
        ``name`` is not a shipped table.
    """
    if name not in COLLAB_ML_GAMES:
        raise ValueError(f"Unknown collaborative-ML game {name!r}; choose one of {COLLAB_ML_GAMES}.")
    filename = f"{name}.json"
    return _data_root().joinpath(filename).read_text(encoding="utf-8"), filename


def phd_example_files() -> tuple[list[Path], Path]:
    """Paths of the PhD toy case: ``([expert_a.yaml, expert_b.yaml], applicants.json)``."""
    root = _data_root() / "phd"
    return [Path(str(root / "expert_a.yaml")), Path(str(root / "expert_b.yaml"))], Path(str(root / "applicants.json"))
