"""The data a causal command runs on (``--dataset`` with ``--treatment``, ``--outcome``,
``--covariates``, ``--party-column``, ``--dropna``), checked in the CLI's words.

Every causal command (``estimate``, ``cci``, ``private-ate``) loads its data here, so a CSV file
is read, checked and refused the same way everywhere: an empty file, a header without rows, a
row with the wrong number of fields, a duplicated column name, the same column as treatment and
outcome, a non-numeric covariate and a missing value each stop the run with one line that names
the file or option, the problem and the fix.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from cocausal.cli._common import print_warnings
from cocausal.data import CausalData
from cocausal.datasets import DATASET_NAMES, Dataset, load_dataset
from cocausal.limits import read_csv

__all__ = ["load_causal", "parse_columns"]


def parse_columns(text: str | None, option: str = "--covariates") -> list[str] | None:
    """The column names of a comma-separated option value (None when the option is not given)."""
    if text is None:
        return None
    names = [part.strip() for part in text.split(",")]
    if not text.strip() or any(not name for name in names):
        raise ValueError(f"{option} must be comma-separated column names, e.g. {option} age,educ; got {text!r}.")
    repeated = sorted(name for name, count in Counter(names).items() if count > 1)
    if repeated:
        raise ValueError(f"{option} names {repeated} more than once; list each column once.")
    return names


def _header(path: Path) -> list[str]:
    with path.open("rb") as fh:
        head = fh.read(2)
    if head == b"\x1f\x8b":  # gzip: pandas reads the header below
        return []
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                return next(csv.reader([line]))
    raise ValueError(
        f"--dataset {path}: the file is empty; give a CSV file with a header row naming the columns "
        "and one row per unit."
    )


def _read(path: Path) -> pd.DataFrame:
    header = _header(path)
    repeated = sorted(name for name, count in Counter(h.strip() for h in header).items() if count > 1)
    if repeated:
        raise ValueError(
            f"--dataset {path}: the header names column(s) {repeated} more than once (pandas would rename "
            "the copies); give every column a distinct name."
        )
    try:
        frame = read_csv(path)
    except ValueError as exc:
        found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if found:
            expected, line, saw = found.groups()
            raise ValueError(
                f"--dataset {path}: line {line} has {saw} fields but the header has {expected}; fix that row "
                "(quote values that contain commas)."
            ) from None
        if "No columns to parse" in str(exc):
            raise ValueError(
                f"--dataset {path}: the file is empty; give a CSV file with a header row naming the columns "
                "and one row per unit."
            ) from None
        raise ValueError(f"--dataset {path}: {' '.join(str(exc).split())}; check that it is a CSV file.") from None
    if len(frame) == 0:
        raise ValueError(
            f"--dataset {path} has a header ({', '.join(map(str, frame.columns))}) but no data rows; "
            "add one row per unit."
        )
    return frame


def _missing(frame: pd.DataFrame, path: Path) -> str | None:
    """A description of the missing values of ``frame`` (None when there are none)."""
    counts = frame.isna().sum()
    counts = counts[counts > 0]
    if counts.empty:
        return None
    rows = int(frame.isna().any(axis=1).sum())
    first = int(np.flatnonzero(frame.isna().any(axis=1).to_numpy())[0]) + 2  # header is line 1
    per_column = ", ".join(f"{c}: {n}" for c, n in counts.items())
    return f"--dataset {path}: {rows} of {len(frame)} rows have missing values ({per_column}; first on line {first})"


def _from_csv(path: Path, treatment, outcome, covariates, party, dropna) -> Dataset:
    if treatment is None or outcome is None:
        raise ValueError(
            f"--dataset {path} is a CSV file: name its treatment and outcome columns with --treatment COL "
            f"--outcome COL; got treatment={treatment!r}, outcome={outcome!r}."
        )
    frame = _read(path)
    special = [c for c in (treatment, outcome, party) if c is not None]
    for option, name in (("--treatment", treatment), ("--outcome", outcome), ("--party-column", party)):
        if name is not None and name not in frame.columns:
            raise ValueError(
                f"{option} {name!r}: column not found in {path}; available columns: "
                f"{', '.join(map(str, frame.columns))}."
            )
    if covariates is None:
        covariates = [c for c in frame.columns if c not in special]
        non_numeric = [c for c in covariates if not pd.api.types.is_numeric_dtype(frame[c])]
        if non_numeric:
            numeric = [str(c) for c in covariates if c not in non_numeric]
            raise ValueError(
                f"--dataset {path}: column(s) {non_numeric} are not numeric (an ID or a category?); leave them "
                f"out with --covariates {','.join(numeric) or 'COL1,COL2'}, or one-hot encode them."
            )
    else:
        unknown = [c for c in covariates if c not in frame.columns]
        if unknown:
            raise ValueError(
                f"--covariates: column(s) {unknown} not found in {path}; available columns: "
                f"{', '.join(map(str, frame.columns))}."
            )
        clash = [c for c in covariates if c in special]
        if clash:
            raise ValueError(f"--covariates lists {clash}, the treatment, outcome or party column; drop it.")
        non_numeric = [c for c in covariates if not pd.api.types.is_numeric_dtype(frame[c])]
        if non_numeric:
            raise ValueError(
                f"--covariates: column(s) {non_numeric} of {path} are not numeric; one-hot encode them or "
                "leave them out of --covariates."
            )
    used = frame[[*special, *covariates]]
    missing = _missing(used, path)
    if missing is not None:
        if not dropna:
            raise ValueError(f"{missing}; drop those rows with --dropna, or impute them first.")
        used = used.dropna()
    data = CausalData.from_frame(used, treatment=treatment, outcome=outcome, covariates=covariates, party=party)
    dropped = len(frame) - len(used)
    if dropped:
        print_warnings([f"{missing}; dropped them (--dropna)"], part="data")
    return Dataset(
        name=path.stem,
        data=data,
        true_ate=None,
        description=f"CSV file {path} ({len(used)} rows; treatment {treatment!r}, outcome {outcome!r}).",
        extras={"treatment_column": treatment, "outcome_column": outcome, "path": str(path),
                "dropped_rows": dropped},
    )


def load_causal(dataset: str, treatment: str | None = None, outcome: str | None = None, *,
                covariates: str | None = None, party: str | None = None, dropna: bool = False,
                seed: int = 0) -> Dataset:
    """The data set of ``--dataset`` with the columns the options name.

    Parameters
    ----------
    dataset : str
        A shipped data set's name or the path of a CSV file.
    treatment, outcome : str, optional
        ``--treatment`` and ``--outcome`` (required for a CSV file).
    covariates : str, optional
        ``--covariates``: comma-separated covariate columns (default: every other column).
    party : str, optional
        ``--party-column``: the column that says which party holds each row (CSV files).
    dropna : bool
        ``--dropna``: drop rows with a missing value in a used column instead of refusing.
    seed : int
        Seed of the generated data sets.

    Raises
    ------
    ValueError
        Bad input, with a message in the CLI's words (option, problem, fix).
    FileNotFoundError
        ``dataset`` is neither a known name nor a file.
    """
    names = parse_columns(covariates)
    if treatment is not None and treatment == outcome:
        raise ValueError(
            f"--treatment and --outcome are both {treatment!r}; the outcome must be a different column "
            "(the effect of a column on itself is always 1)."
        )
    path = Path(dataset)
    if str(dataset).lower() not in DATASET_NAMES and path.is_file():
        return _from_csv(path, treatment, outcome, names, party, dropna)
    if party is not None:
        raise ValueError(
            f"--party-column needs a CSV file with a party column; {dataset!r} is a shipped data set "
            "(split it with --split instead)."
        )
    ds = load_dataset(dataset, treatment=treatment, outcome=outcome, random_state=seed)
    if names is None:
        return ds
    available = list(ds.data.feature_names)
    unknown = [c for c in names if c not in available]
    if unknown:
        raise ValueError(
            f"--covariates: column(s) {unknown} are not covariates of {dataset}; available: {', '.join(available)}."
        )
    keep = [available.index(c) for c in names]
    data = CausalData(X=ds.data.X[:, keep], t=ds.data.t, y=ds.data.y, feature_names=tuple(names))
    return dataclasses.replace(ds, data=data)
