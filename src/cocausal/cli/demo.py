"""``cocausal demo``: every capability on the embedded data, written to one HTML report."""

from __future__ import annotations

from pathlib import Path

import typer

from cocausal.cli._common import console, err_console, print_table, progress
from cocausal.cli.app import app
from cocausal.demo import QUICK_DURATION


@app.command("demo")
def demo(
    out: Path = typer.Option(Path("cocausal-demo"), "--out", "-o", help="Folder for report.html, results.json, PNGs."),
    quick: bool = typer.Option(False, "--quick", help=f"Fewer repetitions and iterations: {QUICK_DURATION}."),
    seed: int = typer.Option(0, "--seed", min=0, help="Root seed of every section."),
    only: str = typer.Option(
        None, "--only",
        help="Comma-separated subset of sections: estimators,cci,payoff,privacy,fair_pooling,fair_predict.",
    ),
) -> None:
    """Run all six capabilities on the shipped data and write a self-contained report.

    Example: cocausal demo --quick --out demo-out   (then open demo-out/report.html)

    The sections: ATE estimators, collaborative causal inference, payoffs, private ATE, fair
    pooling, fair predictors. The summary table gives each section's seconds.
    """
    from cocausal.demo.runner import SECTIONS, run_demo

    chosen = None if only is None else [s.strip() for s in only.split(",") if s.strip()]
    total = len(SECTIONS) if chosen is None else len(chosen)
    with progress() as bar:
        task = bar.add_task("demo sections", total=total)
        results = run_demo(out, quick=quick, seed=seed, only=chosen,
                           on_section=lambda key: bar.advance(task))
    print_table(
        f"cocausal demo ({'quick' if quick else 'full'}, seed {seed}): {results['total_seconds']} s",
        ["section", "seconds", "figures", "warnings"],
        [[s["title"], s["seconds"], len(s.get("figures", [])), len(s.get("warnings", []))]
         for s in results["sections"].values()],
    )
    console.print(f"report: {out / 'report.html'}")
    err_console.print(f"results: {out / 'results.json'}")
