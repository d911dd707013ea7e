"""Helpers shared by the CLI commands: tables, JSON output, output checks, warnings, progress bars."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cocausal.results import to_jsonable

__all__ = [
    "check_writable",
    "cli_warnings",
    "console",
    "err_console",
    "fmt",
    "print_table",
    "progress",
    "write_json",
]

console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def fmt(value: Any, digits: int = 4) -> str:
    """Format numbers for tables."""
    if isinstance(value, float):
        return f"{value:.{digits}g}"
    return str(value)


def write_json(path: str | Path, payload: Any) -> None:
    """Write ``payload`` (converted with :func:`cocausal.results.to_jsonable`) to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_jsonable(payload), indent=2))
    err_console.print(f"wrote {path}")


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
    if path is None:
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


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, RuntimeWarning):
        text = f"numerical problem ({message}); results may hold inf or NaN - check the scale of the inputs."
    else:
        text = str(message)
    err_console.print(f"[yellow]warning:[/yellow] {text}", highlight=False, soft_wrap=True)


@contextmanager
def cli_warnings():
    """Show warnings as one ``warning:`` line each, without source paths, while the block runs.

    numpy's floating-point ``RuntimeWarning`` (overflow, invalid value, division by zero) is
    reworded to say what it means for the result; every other warning prints its own message.
    The active warning filters are kept.
    """
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        yield


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print a rich table with right-aligned numeric columns."""
    table = Table(title=title)
    for c in columns:
        table.add_column(str(c), justify="right")
    for row in rows:
        table.add_row(*(fmt(v) for v in row))
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
