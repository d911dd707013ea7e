"""``cocausal private-ate``: differentially private ATE (PrivATE, label or sample level)."""

from __future__ import annotations

import warnings
from enum import Enum
from pathlib import Path

import numpy as np
import typer

from cocausal.random import spawn_seeds
from cocausal.cli._common import err_console, print_table, progress, write_json
from cocausal.cli.app import app
from cocausal.datasets import load_dataset
from cocausal.limits import MAX_NEIGHBORS, check_count
from cocausal.warnings import CocausalWarning

# cocausal.privacy (and OpenDP, whose import takes seconds) is imported inside the command so
# that other commands start fast.


class Level(str, Enum):
    """Protection levels of ``--level``."""

    label = "label"
    sample = "sample"
    strata = "strata"


def _pair(text: str | None, option: str) -> tuple[float, float] | None:
    if text is None:
        return None
    parts = text.split(",")
    try:
        lo, hi = (float(p) for p in parts)
    except ValueError as exc:
        raise ValueError(f"{option} must be two numbers LO,HI (e.g. {option} 0,100); got {text!r}.") from exc
    return lo, hi


def _load(dataset: str, treatment, outcome, seed: int):
    """The data set and its declared public bounds (None where the user must give them)."""
    from cocausal.datasets import declared_bounds

    ds = load_dataset(dataset, treatment=treatment, outcome=outcome, random_state=seed)
    if "outcome_bounds" in ds.extras:
        return ds, ds.extras["outcome_bounds"], ds.extras["covariate_bounds"]
    if Path(dataset).is_file():
        return ds, None, (0.0, 1.0)
    bounds = declared_bounds(dataset)
    return ds, bounds["outcome"], bounds["covariates"]


def _estimator(level: Level, eps, n_neighbors, y_bounds, x_bounds, seed):
    from cocausal.privacy import PrivATE, StratifiedPrivATE

    if level is Level.strata:
        return StratifiedPrivATE(eps, outcome_bounds=y_bounds, covariate_bounds=x_bounds)
    return PrivATE(
        eps, level=level.value, n_neighbors=n_neighbors, outcome_bounds=y_bounds,
        covariate_bounds=x_bounds, random_state=seed,
    )


@app.command("private-ate")
def private_ate(
    dataset: str = typer.Option("ihdp", "--dataset", "-d", help="ihdp | lalonde | acic2016 | private-ate-synthetic (bounds from its design) | PATH to a CSV."),
    epsilon: float = typer.Option(1.0, "--epsilon", help="Total privacy budget of one release."),
    level: Level = typer.Option(Level.label, "--level", help="label | sample | strata (add/remove-DP variant)."),
    outcome_bounds: str = typer.Option(
        None, "--outcome-bounds", help="Public outcome range LO,HI (default: the declared bounds of a shipped data set)."
    ),
    covariate_bounds: str = typer.Option(
        None, "--covariate-bounds", help="Public covariate box LO,HI for every covariate (sample/strata level)."
    ),
    n_neighbors: int = typer.Option(5, "--n-neighbors", help="N, matches per unit."),
    runs: int = typer.Option(1, "--runs", help="Independent releases; adds re_mean/re_sd against non-private PSM."),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column of a CSV file."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column of a CSV file."),
    seed: int = typer.Option(0, "--seed", help="Seed of the non-DP randomness (matching order, ties, synthetic data)."),
    json_out: Path = typer.Option(None, "--json", help="Write the release as JSON."),
) -> None:
    """Release an epsilon-DP average treatment effect by capped propensity score matching.

    Label level protects outcomes only; sample level protects every field (replace-one
    relation); strata is the stratified variant that is epsilon-DP under add/remove. DP noise
    is drawn by OpenDP and is not seeded. Each of --runs releases spends epsilon again.

    Example: cocausal private-ate --dataset ihdp --epsilon 1 --level label --outcome-bounds -5,15 --runs 10
    """
    if runs < 1:
        raise ValueError(f"--runs must be >= 1, got {runs}.")
    n_neighbors = check_count(n_neighbors, "--n-neighbors", MAX_NEIGHBORS)
    ds, y_default, x_default = _load(dataset, treatment, outcome, seed)
    y_bounds = _pair(outcome_bounds, "--outcome-bounds") or y_default
    if y_bounds is None:
        raise ValueError("--outcome-bounds LO,HI is required for a CSV file (public outcome range).")
    x_bounds = _pair(covariate_bounds, "--covariate-bounds") or x_default
    results = []
    with warnings.catch_warnings(record=True), progress() as bar:
        warnings.simplefilter("always", CocausalWarning)
        task = bar.add_task("private releases", total=runs)
        for s in spawn_seeds(seed, runs):
            est = _estimator(level, epsilon, n_neighbors, y_bounds, x_bounds, np.random.default_rng(s))
            results.append(est.fit(ds.data).result_)
            bar.advance(task)
    first = results[0]
    payload = {
        "ate": first.ate,
        "epsilon": first.epsilon,
        "level": first.level,
        "relation": first.relation,
        "spent": dict(first.spent),
        "k": list(first.k) if level is not Level.strata else None,
        "short_units": first.short_units if level is not Level.strata else None,
        "clipped": dict(first.clipped),
        "dataset": ds.name,
        "outcome_bounds": list(y_bounds),
    }
    rows = [["ATE", first.ate], ["epsilon", first.epsilon], ["relation", first.relation]]
    rows += [[f"spent: {k}", v] for k, v in first.spent.items()]
    if level is not Level.strata:
        rows += [["k (treated, control)", f"{first.k[0]:g}, {first.k[1]:g}"], ["M", first.M],
                 ["short units", first.short_units]]
    rows += [[f"clipped: {k}", v] for k, v in first.clipped.items()]
    if runs > 1:
        from cocausal.privacy import psm_ate

        ref = psm_ate(ds.data, n_neighbors=n_neighbors, random_state=seed).ate
        re = np.abs(np.array([r.ate for r in results]) - ref) / abs(ref)
        payload.update(
            ates=[r.ate for r in results], psm_ate=ref, re_mean=float(re.mean()), re_sd=float(re.std(ddof=1)),
            runs=runs, total_epsilon_spent=runs * first.epsilon,
        )
        rows += [["non-private PSM", ref], ["RE mean", float(re.mean())], ["RE sd", float(re.std(ddof=1))],
                 ["total epsilon of all runs", runs * first.epsilon]]
    print_table(f"PrivATE on {ds.name} ({first.level} level)", ["quantity", "value"], rows)
    for w in first.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {w}", highlight=False)
    if json_out is not None:
        write_json(json_out, payload)
