"""``cocausal report``: re-render an HTML report from saved JSON results."""

from __future__ import annotations

from pathlib import Path

import typer

from cocausal.cli._common import check_writable, err_console
from cocausal.cli.app import app
from cocausal.report.html import load_results, render_report


@app.command("report")
def report(
    results: Path = typer.Argument(..., help="A results JSON written by `cocausal demo` or any command's --json."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    title: str = typer.Option("cocausal report", help="Page title."),
) -> None:
    """Render a self-contained HTML report (tables and embedded PNG/SVG figures) from saved results.

    Only figures inside the results file's folder, named by a relative path, and PNG or SVG
    by content are embedded; any other figure entry is refused (exit 2).

    Example: cocausal report out/results.json --out out/report.html
    """
    check_writable(out, "--out")
    payload = load_results(results)
    path = render_report(payload, out, base_dir=results.parent, title=title)
    err_console.print(f"wrote {path}")
