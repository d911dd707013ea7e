"""Where a ``mode: rows`` study keeps its parties' rows, and how they are read back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from cocausal.data import CausalData

__all__ = ["load_party_rows", "rows_path", "study_rows_dir"]


def study_rows_dir(rows_dir: Path, study_id: int) -> Path:
    """The folder of one study's rows (deleted when the study is closed)."""
    return rows_dir / f"study-{study_id}"


def rows_path(rows_dir: Path, study_id: int, party_id: int) -> Path:
    """The file of one party's rows."""
    return study_rows_dir(rows_dir, study_id) / f"party-{party_id}.json"


def load_party_rows(rows_dir: Path, study_id: int, party_id: int, covariates: Sequence[str]) -> CausalData:
    """A party's stored rows as CausalData with the study's covariate names."""
    path = rows_path(rows_dir, study_id, party_id)
    if not path.is_file():
        raise ValueError(f"the rows of party {party_id} are gone ({path}); the study was closed")
    stored = json.loads(path.read_text())
    X = np.asarray(stored["X"], dtype=float).reshape(len(stored["y"]), len(covariates))
    return CausalData(X, np.asarray(stored["t"]), np.asarray(stored["y"], dtype=float),
                      feature_names=tuple(covariates))
