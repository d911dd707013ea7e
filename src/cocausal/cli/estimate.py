"""``cocausal estimate``: one ATE estimate with its standard error on a shipped data set or a CSV file."""

from __future__ import annotations

import warnings
from enum import Enum
from pathlib import Path

import typer

from cocausal.cli._common import check_writable, console, print_table, print_warnings, progress, write_json
from cocausal.cli._data import load_causal
from cocausal.cli.app import app
from cocausal.estimators import bootstrap_se
from cocausal.estimators.registry import estimator_names, get_spec, invalid_se_reason
from cocausal.warnings import CocausalWarning


def _method(value: str) -> str:
    """Validate ``--method`` against the estimator registry (read when the command runs)."""
    if value not in estimator_names():
        raise typer.BadParameter(
            f"{value!r} is not a registered estimator; choose one of {', '.join(estimator_names())}."
        )
    return value


class SEKind(str, Enum):
    """Standard-error choices of ``--se``."""

    analytic = "analytic"
    bootstrap = "bootstrap"


@app.command("estimate")
def estimate(
    dataset: str = typer.Option(
        "ihdp",
        "--dataset",
        "-d",
        help="ihdp | jobs | lalonde | acic2016 | synthetic | tcga-standin | private-ate-synthetic, or PATH.csv.",
    ),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column (CSV files)."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column (CSV files)."),
    covariates: str = typer.Option(
        None, "--covariates", help="Comma-separated covariate columns (default: every other column)."
    ),
    dropna: bool = typer.Option(
        False, "--dropna", help="Drop rows with a missing value in a used column (default: refuse them)."
    ),
    method: str = typer.Option(
        "aipw", "--method", "-m", callback=_method, help=f"Estimator: {' | '.join(estimator_names())}."
    ),
    se: SEKind = typer.Option(
        SEKind.analytic, "--se", help="analytic (the method's own formula) or bootstrap."
    ),
    n_boot: int = typer.Option(200, "--n-boot", min=2, help="Bootstrap resamples (with --se bootstrap)."),
    json_out: Path = typer.Option(None, "--json", help="Write the result as JSON to this path ('-': stdout)."),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed (synthetic data, bootstrap)."),
) -> None:
    """Estimate an average treatment effect with a standard error and 95% CI.

    Example: cocausal estimate --dataset ihdp --method aipw --json ate.json

    A CSV file needs --treatment and --outcome; all other columns are covariates unless
    --covariates lists them.
    """
    se = SEKind(se).value
    check_writable(json_out, "--json")
    ds = load_causal(dataset, treatment, outcome, covariates=covariates, dropna=dropna, seed=seed)
    reason = invalid_se_reason(method, se)
    if reason is not None:
        valid = get_spec(method).se_kinds
        raise ValueError(f"--se {se} is not valid with --method {method}: {reason}; use --se {valid[0]}.")
    estimator = get_spec(method).make()
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
    print_warnings(result.warnings, part=f"{result.method} on {ds.name}")
    if ds.true_ate is not None:
        console.print(f"true ATE of {ds.name}: {ds.true_ate:.4g}", highlight=False)
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
