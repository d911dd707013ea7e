"""Helpers shared by the CLI commands: tables, JSON output, output checks, warnings, progress bars."""

from __future__ import annotations

import json
import math
import os
import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from cocausal.report.html import MISSING
from cocausal.results import to_jsonable

__all__ = [
    "MISSING",
    "STDOUT",
    "check_writable",
    "cli_text",
    "cli_warnings",
    "console",
    "err_console",
    "fmt",
    "one_line",
    "print_table",
    "print_warnings",
    "progress",
    "write_json",
]

console = Console()
err_console = Console(stderr=True, soft_wrap=True)


#: The ``--json`` value that writes the JSON to standard output (the tables then go to stderr).
STDOUT = "-"


def fmt(value: Any, digits: int = 4) -> str:
    """Format numbers for tables: ``digits`` significant digits, NaN and None as :data:`MISSING`."""
    if value is None:
        return MISSING
    if isinstance(value, float):
        if math.isnan(value):
            return MISSING
        return f"{value:.{digits}g}"
    return str(value)


def one_line(text: Any) -> str:
    """``text`` on one line: runs of whitespace (newlines included) become one space."""
    return " ".join(str(text).split())


def write_json(path: str | Path, payload: Any) -> None:
    """Write ``payload`` (converted with :func:`cocausal.results.to_jsonable`) to ``path``.

    ``path`` ``-`` (:data:`STDOUT`) writes to standard output; :func:`cocausal.cli.main` then
    sends the tables to stderr, so that stdout holds the JSON only.
    """
    text = json.dumps(to_jsonable(payload), indent=2)
    if str(path) == STDOUT:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    err_console.print(f"wrote {path}", highlight=False)


def check_writable(path: str | Path | None, option: str) -> None:
    """Fail before any work starts if the output file ``path`` of ``option`` cannot be written.

    Call it at the top of a command for every output option (``--json``, ``--plot``, ``--out``).
    Missing parent folders are fine (they are created on writing) as long as the nearest existing
    ancestor is a writable folder.

    Raises
    ------
    ValueError
        If ``path`` is a folder, sits below a file, or lies in a folder the user cannot write.
    """
    if path is None or str(path) == STDOUT:
        return
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{option} {path} is a folder; give a file name, e.g. {option} {path / 'out'}.")
    if path.exists():
        if not os.access(path, os.W_OK):
            raise ValueError(f"{option} {path} exists and is not writable; choose another file.")
        return
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise ValueError(f"{option} {path}: {parent} is a file, not a folder; choose another path.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValueError(f"{option} {path}: the folder {parent} is not writable; choose another path.")


#: Python phrasings in library messages -> the CLI's words (option names the user types).
_CLI_TERMS: tuple[tuple[str, Any], ...] = (
    (r"budgets=\[([^\]]*)\] \+ \[0\] \* (\d+)",
     lambda m: "--budgets " + ",".join([m.group(1).strip(), *["0"] * int(m.group(2))])),
    (r"\bse='(\w+)'(?:/'(\w+)')?", lambda m: "--se " + m.group(1) + (f" or --se {m.group(2)}" if m.group(2) else "")),
    (r"\bestimator='(\w+)'", lambda m: f"{_ESTIMATOR_OPTION.get(_command(), '--estimator')} {m.group(1)}"),
    (r"\bn_boot=(\d+)", r"--n-boot \1"),
    (r"\bn_neighbors=(\d+)", r"--n-neighbors \1"),
    (r"\bn_samples=(\d+)", r"--samples \1"),
    (r"\bmax_iter=(\d+)", r"--iterations \1"),
    (r"\braise max_iter\b", "raise --iterations"),
    (r"\brandom_state\b", "--seed"),
    (r"\bcovariates=\[\.\.\.\]", "--covariates COL1,COL2"),
    (r"before building CausalData", "in the CSV file (or leave the column out with --covariates)"),
    (r"\bMaxPermutations\((\d+)\)",
     lambda m: f"--permutations {m.group(1)}" if _command() == "cci" else m.group(0)),
    (r"\bStandardErrorTarget\(0\.01, relative=True\)",
     lambda m: "a 1% relative standard error" if _command() == "cci" else m.group(0)),
)

#: The option that names the estimator, per command.
_ESTIMATOR_OPTION = {"estimate": "--method"}


def _command() -> str | None:
    from cocausal.cli.app import state

    return state.get("command")


def cli_text(message: Any) -> str:
    """A library message in CLI terms: one line, Python argument names replaced by the options.

    Examples
    --------
    >>> cli_text("pass budgets=[0.3] + [0] * 4 to keep one budget")
    'pass --budgets 0.3,0,0,0,0 to keep one budget'
    >>> cli_text("not valid; use se='analytic'.")
    'not valid; use --se analytic.'
    """
    text = one_line(message)
    for pattern, replacement in _CLI_TERMS:
        text = re.sub(pattern, replacement, text)
    return text


#: Warnings of the current command: messages already printed and messages still to print.
_RUN: dict[str, Any] = {"printed": set(), "pending": []}


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, RuntimeWarning):
        text = f"numerical problem ({message}); results may hold inf or NaN - check the scale of the inputs."
        print_warnings([text])
    elif one_line(message) not in _RUN["pending"]:
        _RUN["pending"].append(one_line(message))


def print_warnings(messages: Iterable[Any], part: str | None = None) -> None:
    """Print each warning once, as ``warning (PART): MESSAGE`` in CLI terms, on stderr.

    A message already printed during this command (by this function, or raised as a Python
    warning and shown at the end) is not printed again.
    """
    for message in messages:
        key = one_line(message)
        if key in _RUN["printed"]:
            continue
        _RUN["printed"].add(key)
        where = f" ({part})" if part else ""
        err_console.print(f"[yellow]warning{escape(where)}:[/yellow] {escape(cli_text(key))}",
                          highlight=False, soft_wrap=True)


@contextmanager
def cli_warnings():
    """Print each warning of the command once, in CLI terms, without source paths.

    Python warnings raised while the block runs are collected; the commands print the warnings
    recorded on their results with :func:`print_warnings` (naming the part of the run), and the
    collected warnings not printed that way are printed when the block ends. numpy's
    floating-point ``RuntimeWarning`` (overflow, invalid value, division by zero) is reworded to
    say what it means for the result and printed at once. The active warning filters are kept.
    """
    _RUN["printed"], _RUN["pending"] = set(), []
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        yield
        print_warnings(_RUN["pending"])


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print ``title`` on its own line, then a table that never cuts a number.

    Columns of numbers are right-aligned and never narrower than their longest number; other
    columns are left-aligned and wrap between words. A table too wide for the console even so is
    printed vertically, one block of ``column: value`` lines per row.
    """
    raw = [list(row) for row in rows]
    cells = [[fmt(v) for v in row] for row in raw]
    numeric = [any(_is_number(row[j]) for row in raw) and all(_is_number(row[j]) or row[j] in ("", None)
                                                                for row in raw)
               for j in range(len(columns))]
    widths = []
    for j, name in enumerate(columns):
        longest = [len(row[j]) if numeric[j] else _longest_word(row[j]) for row in cells]
        widths.append(max([_longest_word(str(name)), *longest]))
    console.print(Text(title, style="bold"))
    if sum(widths) + 3 * len(widths) + 1 > console.width:
        for row in cells:
            console.print(f"{columns[0]}: {row[0]}", highlight=False, soft_wrap=True, markup=False)
            for name, value in zip(columns[1:], row[1:]):
                console.print(f"  {name}: {value}", highlight=False, soft_wrap=True, markup=False)
        return
    table = Table()
    for j, name in enumerate(columns):
        table.add_column(Text(str(name)), justify="right" if numeric[j] else "left", min_width=widths[j],
                         overflow="fold", no_wrap=numeric[j])
    for row in cells:
        table.add_row(*(Text(c) for c in row))
    console.print(table)


@contextmanager
def progress(transient: bool = True):
    """A rich progress bar on stderr: ``with progress() as p: task = p.add_task("runs", total=n)``."""
    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=transient,
        disable=not err_console.is_terminal,
    )
    with bar:
        yield bar
