"""``cocausal estimate``: one ATE estimate with its standard error on a shipped data set or a CSV file."""

from __future__ import annotations

import warnings
from pathlib import Path

from enum import Enum

import typer

from cocausal.cli._common import print_table, progress, write_json
from cocausal.cli.app import app
from cocausal.datasets import load_dataset
from cocausal.estimators import (
    AIPW,
    IPW,
    DifferenceInMeans,
    PropensityMatching,
    RegressionAdjustment,
    bootstrap_se,
)
from cocausal.warnings import CocausalWarning

_METHODS = {
    "dim": DifferenceInMeans,
    "por": RegressionAdjustment,
    "ipw": IPW,
    "aipw": AIPW,
    "psm": PropensityMatching,
}


class Method(str, Enum):
    """Estimator choices of ``--method``."""

    dim = "dim"
    por = "por"
    ipw = "ipw"
    aipw = "aipw"
    psm = "psm"


class SEKind(str, Enum):
    """Standard-error choices of ``--se``."""

    analytic = "analytic"
    bootstrap = "bootstrap"


@app.command("estimate")
def estimate(
    dataset: str = typer.Option(
        "ihdp", "--dataset", "-d", help="ihdp | jobs | lalonde | acic2016 | synthetic | tcga-standin | private-ate-synthetic, or PATH.csv."
    ),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column (CSV files)."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column (CSV files)."),
    method: Method = typer.Option(Method.aipw, "--method", "-m", help="Estimator."),
    se: SEKind = typer.Option(
        SEKind.analytic, "--se", help="analytic (the method's own formula) or bootstrap."
    ),
    n_boot: int = typer.Option(200, "--n-boot", min=2, help="Bootstrap resamples (with --se bootstrap)."),
    json_out: Path = typer.Option(None, "--json", help="Write the result as JSON to this path."),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed (synthetic data, bootstrap)."),
) -> None:
    """Estimate an average treatment effect with a standard error and 95% CI.

    Example: cocausal estimate --dataset ihdp --method aipw --json ate.json

    A CSV file needs --treatment and --outcome; all other columns are covariates.
    """
    method, se = Method(method).value, SEKind(se).value
    ds = load_dataset(dataset, treatment=treatment, outcome=outcome, random_state=seed)
    if method == "psm" and se == "bootstrap":
        raise ValueError(
            "The bootstrap is not valid for matching with replacement (Abadie and Imbens 2008); "
            "use --se analytic with --method psm."
        )
    estimator = _METHODS[method]()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)  # recorded on the result and printed below
        if se == "bootstrap":
            with progress() as bar:
                task = bar.add_task(f"bootstrap ({n_boot} resamples)", total=None)
                result = bootstrap_se(estimator, ds.data, n_boot=n_boot, random_state=seed)
                bar.update(task, total=1, completed=1)
        else:
            result = estimator.fit(ds.data).result_
    lo, hi = result.ci
    print_table(
        f"{ds.name}: {result.method} ({result.estimand}, {se} SE)",
        ["ate", "se", "95% CI", "n", "warnings"],
        [[result.ate, result.se, f"[{lo:.4g}, {hi:.4g}]", result.n, len(result.warnings)]],
    )
    for message in result.warnings:
        typer.echo(f"warning: {message}", err=True)
    if ds.true_ate is not None:
        typer.echo(f"true ATE of {ds.name}: {ds.true_ate:.4g}")
    if json_out is not None:
        write_json(
            json_out,
            {
                "method": result.method,
                "ate": result.ate,
                "se": result.se,
                "ci": [lo, hi],
                "n": result.n,
                "warnings": list(result.warnings),
            },
        )
