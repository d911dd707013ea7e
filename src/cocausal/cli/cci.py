"""``cocausal cci``: collaborative ATE with causal data valuation and fair rewards."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import numpy as np
import typer

from cocausal.cci.repeated import repeated_study
from cocausal.cci.rewards import DEFAULT_RHO0
from cocausal.cci.study import CollaborativeATE
from cocausal.cli._common import err_console, print_table, progress, write_json
from cocausal.cli.app import app
from cocausal.data import split_by_covariate
from cocausal.datasets import load_dataset
from cocausal.estimators.registry import SE_KINDS, estimator_names, invalid_se_reason
from cocausal.random import spawn_seeds

_CRITERIA = ("R1", "R2", "R3", "R4", "R5", "R6")


def _estimator(value: str) -> str:
    """Validate ``--estimator`` against the estimator registry (read when the command runs)."""
    if value not in estimator_names():
        raise typer.BadParameter(
            f"{value!r} is not a registered estimator; choose one of {', '.join(estimator_names())}."
        )
    return value


class SEKind(str, Enum):
    """Standard-error choices of ``--se``."""

    analytic = "analytic"
    bootstrap = "bootstrap"
    fitted_variance = "fitted_variance"


def _load(dataset: str, treatment, outcome):
    return load_dataset(dataset, treatment=treatment, outcome=outcome, random_state=0)


def _covariate_column(split: str) -> str | None:
    """The column of ``--split covariate:COLUMN``; None for ``random``."""
    if split == "random":
        return None
    if split.startswith("covariate:") and len(split) > len("covariate:"):
        return split.split(":", 1)[1]
    raise ValueError(f"--split must be 'random' or 'covariate:COLUMN' (e.g. covariate:x1); got {split!r}.")


def _print_run(res) -> None:
    rows = [
        [str(p), int(res.n[i]), *(float(getattr(res, c)[i]) for c in ("tau", "se", "v", "phi", "r", "tau_r", "se_r"))]
        for i, p in enumerate(res.parties)
    ]
    print_table(
        f"collaborative ATE ({res.estimator}, se={res.se_method}): tau_N = {res.tau_N:.5g} (se {res.se_N:.4g}), "
        f"rho = {res.rho:.3g} (uncapped {res.rho_uncapped:.3g})",
        ["party", "n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"],
        rows,
    )
    print_table(
        f"incentive criteria: gain {res.gain:.4g}, cost {res.cost:.4g}",
        ["criterion", "holds", "reason"],
        [
            [name, "yes" if getattr(res.criteria, name).holds else "NO", getattr(res.criteria, name).reason]
            for name in _CRITERIA
        ],
    )
    for w in res.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {w}", highlight=False)


@app.command("cci")
def cci(
    dataset: str = typer.Option(
        "ihdp", "--dataset", "-d",
        help="ihdp | jobs | lalonde | acic2016 | synthetic | tcga-standin | private-ate-synthetic, or PATH.csv.",
    ),
    parties: int = typer.Option(5, "--parties", "-n", min=1, help="Number of parties."),
    split: str = typer.Option("random", "--split", help="random, or covariate:COLUMN (quantile blocks)."),
    estimator: str = typer.Option(
        "por", "--estimator", "-e", callback=_estimator, help=f"ATE estimator: {' | '.join(estimator_names())}."
    ),
    se: SEKind = typer.Option(
        SEKind.analytic, "--se",
        help="analytic | bootstrap | fitted_variance (the published code's POR quantity; por only).",
    ),
    n_boot: int = typer.Option(100, "--n-boot", min=2, help="Bootstrap resamples per coalition (--se bootstrap)."),
    rho0: float = typer.Option(DEFAULT_RHO0, "--rho0", help="Cap on the reward exponent rho, in (0, 1]."),
    kappa: float = typer.Option(2.0, "--kappa", min=0.0, help="Reward sampling scale in units of se_N."),
    runs: int = typer.Option(1, "--runs", min=1, help="Repeat over this many random partitions."),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column (CSV files)."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column (CSV files)."),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed of partitions, bootstrap and reward draws."),
    json_out: Path = typer.Option(None, "--json", help="Write the result as JSON to this path."),
    plot: Path = typer.Option(None, "--plot", help="Save the value/reward figures to this PNG."),
) -> None:
    """Value each party's data, reward it fairly and realise the rewards as ATE estimates.

    Example: cocausal cci --dataset jobs --parties 5 --estimator por --runs 1000 --json cci.json --plot cci.png

    Each coalition is valued by -KL(N(tau_C, se_C^2) || N(tau_N, se_N^2)); parties receive
    rho-Shapley rewards realised as perturbed estimates (Qiao, Xu and Low, ICML 2023).
    """
    se = SEKind(se).value
    reason = invalid_se_reason(estimator, se) if se in SE_KINDS else None
    if reason is not None:
        raise ValueError(f"--se {se} is not valid with --estimator {estimator}: {reason}; use --se analytic.")
    column = _covariate_column(split)
    if runs > 1 and column is not None:
        raise ValueError("--runs > 1 repeats over random partitions; use --split random (or --runs 1).")
    data = _load(dataset, treatment, outcome).data
    model = dict(estimator=estimator, rho0=rho0, kappa=kappa, se=se, n_boot=n_boot)
    with progress() as bar:
        task = bar.add_task("partitions", total=runs)
        if column is None:
            study = repeated_study(data, parties, runs, random_state=seed, warn="all" if runs == 1 else "none",
                                   on_run=lambda k, result: bar.advance(task), **model)
            results = study.results
        else:
            rng = np.random.default_rng(spawn_seeds(seed, 1)[0])
            blocks = split_by_covariate(data, column, parties)
            results = [CollaborativeATE(**model, random_state=rng).fit(blocks).result_]
            bar.advance(task)
    first = results[0]
    _print_run(first)
    payload = first.report()
    if runs > 1:
        summary = study.statistics()
        print_table(
            f"{runs} random {parties}-party partitions of {dataset} ({estimator}, se={se})",
            ["", "mean", "min"],
            [["Gain", summary["gain_mean"], summary["gain_min"]], ["Cost", summary["cost_mean"], summary["cost_min"]]],
        )
        print_table(
            "share of runs in which each criterion holds",
            list(_CRITERIA),
            [[summary["criteria_share"][c] for c in _CRITERIA]],
        )
        payload["runs"] = [r.report() for r in results]
        payload["summary"] = summary
    if json_out is not None:
        write_json(json_out, payload)
    if plot is not None:
        from cocausal.cci.plots import save_study_figure

        gains, costs = (study.gains, study.costs) if runs > 1 else (None, None)
        save_study_figure(first, plot, gains, costs)
        err_console.print(f"wrote {plot}")
