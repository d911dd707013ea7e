"""Helpers shared by the CLI commands: tables, JSON output, progress bars."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cocausal.results import to_jsonable

__all__ = ["console", "err_console", "write_json", "print_table", "progress", "fmt"]

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
