"""Input limits: documented caps on the size, depth and width of everything cocausal reads.

Every file or number a user (or another party) hands to cocausal is checked against a cap
*before* the work it would cause starts, so that hostile or extreme input fails at once with
:class:`InputLimitError` (a :class:`ValueError`; exit code 2 on the command line) instead of
exhausting memory, recursion depth or time. The defaults below are generous for real studies;
the functions take the cap as an argument so that a caller can raise it deliberately.

=========================  ===============  ==================================================
constant                   default          what it bounds
=========================  ===============  ==================================================
``MAX_JSON_BYTES``         64 MiB           size of a JSON file (results, games, applicants)
``MAX_JSON_DEPTH``         64               nesting of JSON/YAML arrays and objects
``MAX_SPEC_BYTES``         1 MiB            size of an SCM spec file (YAML or JSON)
``MAX_CSV_BYTES``          256 MiB          decompressed size of a CSV file (plain or gzip)
``MAX_CSV_COLUMNS``        10,000           columns of a CSV file
``MAX_SAMPLES``            5,000,000        Monte Carlo samples per draw (``--samples``)
``MAX_NEIGHBORS``          1,000            matches per unit (``--n-neighbors``)
``MAX_ABS_GAME_VALUE``     1e100            magnitude of a coalition value
=========================  ===============  ==================================================
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "MAX_ABS_GAME_VALUE",
    "MAX_CSV_BYTES",
    "MAX_CSV_COLUMNS",
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_NEIGHBORS",
    "MAX_SAMPLES",
    "MAX_SPEC_BYTES",
    "InputLimitError",
    "check_count",
    "check_depth",
    "check_finite_values",
    "load_json",
    "read_csv",
    "read_text",
]

MAX_JSON_BYTES = 64 * 2**20
MAX_JSON_DEPTH = 64
MAX_SPEC_BYTES = 2**20
MAX_CSV_BYTES = 256 * 2**20
MAX_CSV_COLUMNS = 10_000
MAX_SAMPLES = 5_000_000
MAX_NEIGHBORS = 1_000
MAX_ABS_GAME_VALUE = 1e100

_GZIP_MAGIC = b"\x1f\x8b"


class InputLimitError(ValueError):
    """An input exceeds one of the documented caps of :mod:`cocausal.limits`."""


def _mib(n: int) -> str:
    return f"{n / 2**20:g} MiB"


def check_count(value: Any, name: str, limit: int, *, minimum: int = 1) -> int:
    """Return ``value`` as an int if ``minimum <= value <= limit``.

    Parameters
    ----------
    value : int
        The count to check (samples, neighbours, ...); integral floats such as ``5e6`` pass.
    name : str
        How the caller spells the argument (``"--samples"`` on the CLI, ``"n"`` in Python).
    limit : int
        The largest accepted value, e.g. :data:`MAX_SAMPLES`.
    minimum : int, default 1
        The smallest accepted value.

    Raises
    ------
    TypeError
        If ``value`` is not an integer.
    InputLimitError
        If it lies outside ``[minimum, limit]``.

    Examples
    --------
    >>> check_count(1000, "--samples", MAX_SAMPLES)
    1000
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float, np.floating)):
        raise TypeError(f"{name} must be an integer, got {type(value).__name__}.")
    if isinstance(value, (float, np.floating)) and not (math.isfinite(value) and float(value).is_integer()):
        raise TypeError(f"{name} must be an integer, got {value!r}.")
    count = int(value)
    if count < minimum:
        raise InputLimitError(f"{name} must be at least {minimum}, got {count}.")
    if count > limit:
        raise InputLimitError(
            f"{name} = {count:,} exceeds the limit of {limit:,} (cocausal.limits); use a smaller value."
        )
    return count


def check_depth(value: Any, source: str, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON-like data (dicts and lists) nested deeper than ``max_depth``.

    The walk is iterative, so it cannot itself run out of recursion depth.

    Raises
    ------
    InputLimitError
        If a list or mapping sits more than ``max_depth`` levels deep.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > max_depth:
            raise InputLimitError(
                f"{source} is nested more than {max_depth} levels deep (the JSON depth limit); "
                "flatten the data."
            )
        stack.extend((child, depth + 1) for child in children)


def read_text(path: str | Path, *, max_bytes: int, what: str = "file") -> str:
    """Read a UTF-8 text file of at most ``max_bytes`` bytes.

    Raises
    ------
    FileNotFoundError
        If there is no file at ``path``.
    InputLimitError
        If the file is larger than ``max_bytes``.
    ValueError
        If it is not UTF-8 text.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{what} {str(path)!r} does not exist.")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputLimitError(
            f"{what} {path} is larger than {_mib(max_bytes)} (the size limit); split or shrink it."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{what} {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8.") from None


def load_json(source: str | Path, *, text: str | None = None, max_bytes: int = MAX_JSON_BYTES,
              max_depth: int = MAX_JSON_DEPTH, what: str = "JSON file") -> Any:
    """Parse JSON from a file (or from ``text``) within the size and depth caps.

    Parameters
    ----------
    source : str or path
        The file to read, or the name used in messages when ``text`` is given.
    text : str, optional
        JSON text to parse instead of reading ``source``.
    max_bytes, max_depth : int
        Caps on the file size and the nesting depth.
    what : str
        How messages name the input (e.g. ``"results file"``).

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    InputLimitError
        If the file is too large or too deeply nested.
    ValueError
        If it is not valid JSON.
    """
    if text is None:
        text = read_text(source, max_bytes=max_bytes, what=what)
    elif len(text) > max_bytes:
        raise InputLimitError(f"{what} {source} is larger than {_mib(max_bytes)} (the size limit); shrink it.")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{what} {source} is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    except RecursionError:
        raise InputLimitError(
            f"{what} {source} is nested more than {max_depth} levels deep (the JSON depth limit); "
            "flatten the data."
        ) from None
    check_depth(payload, f"{what} {source}", max_depth)
    return payload


def check_finite_values(values: Any, source: str, limit: float = MAX_ABS_GAME_VALUE) -> np.ndarray:
    """Return ``values`` as a float array after checking ``|v| <= limit`` for every entry.

    Sums and differences of values near the float maximum (about 1.8e308) overflow to
    infinity; the cap leaves ample headroom for the Shapley and LP arithmetic.

    Raises
    ------
    ValueError
        If an entry is not a number, or is NaN, infinite or larger in magnitude than ``limit``.
    """
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{source}: every value must be a number.") from None
    flat = arr.ravel()
    bad = np.flatnonzero(~(np.abs(flat) <= limit))
    if bad.size:
        raise InputLimitError(
            f"{source}: {bad.size} value(s) are NaN, infinite or larger in magnitude than {limit:g} "
            f"(first: index {int(bad[0])}, value {flat[bad[0]]}); rescale the values (e.g. to a smaller unit)."
        )
    return arr


class _CappedReader(io.RawIOBase):
    """A binary stream that raises :class:`InputLimitError` past ``max_bytes`` bytes."""

    def __init__(self, raw, max_bytes: int, source: str) -> None:
        super().__init__()
        self._raw, self._max, self._source, self._seen = raw, max_bytes, source, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        self._seen += len(data)
        if self._seen > self._max:
            raise InputLimitError(
                f"CSV file {self._source} holds more than {_mib(self._max)} of (decompressed) data "
                "(the CSV size limit); split the file or drop rows and columns the analysis does not need."
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open_capped(path: Path, max_bytes: int) -> io.BufferedReader:
    with path.open("rb") as probe:
        gzipped = probe.read(2) == _GZIP_MAGIC
    raw = gzip.open(path, "rb") if gzipped else path.open("rb")  # closed by the reader
    return io.BufferedReader(_CappedReader(raw, max_bytes, str(path)))


def _count_columns(first_line: bytes, sep: str) -> int:
    """The number of fields on the first line of a CSV file (quotes respected for 1-character separators)."""
    line = first_line.decode("utf-8", errors="replace").rstrip("\r\n")
    if len(sep) == 1:
        return len(next(csv.reader([line], delimiter=sep), []))
    return len(re.split(sep, line.strip()))


def read_csv(path: str | Path, *, max_bytes: int = MAX_CSV_BYTES, max_columns: int = MAX_CSV_COLUMNS,
             **read_csv_kwargs) -> pd.DataFrame:
    """Read a CSV file (plain or gzip, recognised by content) within the size and column caps.

    Parameters
    ----------
    path : str or path
        The file.
    max_bytes : int, default :data:`MAX_CSV_BYTES`
        Cap on the decompressed bytes, checked by streaming through the file before parsing.
    max_columns : int, default :data:`MAX_CSV_COLUMNS`
        Cap on the number of columns, checked on the header before the body is parsed.
    **read_csv_kwargs
        Passed to :func:`pandas.read_csv`.

    Raises
    ------
    FileNotFoundError
        If there is no file at ``path``.
    InputLimitError
        If the file decompresses to more than ``max_bytes`` or has more than ``max_columns``.
    ValueError
        If pandas cannot parse the file.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"CSV file {str(path)!r} does not exist.")
    try:
        with _open_capped(path, max_bytes) as fh:
            while fh.read(2**20):
                pass
        with _open_capped(path, max_bytes) as fh:
            columns = _count_columns(fh.readline(max_bytes), read_csv_kwargs.get("sep", ","))
        if columns > max_columns:
            raise InputLimitError(
                f"CSV file {path} has {columns:,} columns, more than the limit of {max_columns:,}; "
                "keep only the columns the analysis needs."
            )
        with _open_capped(path, max_bytes) as fh:
            return pd.read_csv(fh, **read_csv_kwargs)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, gzip.BadGzipFile, EOFError) as exc:
        raise ValueError(f"cannot read CSV file {path}: {exc}") from None
