"""``cocausal report``: re-render an HTML report from saved JSON results."""

from __future__ import annotations

from pathlib import Path

import typer

from cocausal.cli._common import err_console
from cocausal.cli.app import app
from cocausal.report.html import load_results, render_report


@app.command("report")
def report(
    results: Path = typer.Argument(..., help="A results JSON written by `cocausal demo` or any command's --json."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    title: str = typer.Option("cocausal report", help="Page title."),
) -> None:
    """Render a self-contained HTML report (tables and embedded PNG figures) from saved results.

    Example: cocausal report out/results.json --out out/report.html
    """
    payload = load_results(results)
    path = render_report(payload, out, base_dir=results.parent, title=title)
    err_console.print(f"wrote {path}")
