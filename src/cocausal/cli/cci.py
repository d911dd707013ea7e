"""``cocausal cci``: collaborative ATE with causal data valuation and fair rewards."""

from __future__ import annotations

import time
import warnings
from enum import Enum
from pathlib import Path

import numpy as np
import typer

from cocausal.cci.repeated import repeated_study
from cocausal.cci.rewards import DEFAULT_RHO0
from cocausal.cci.study import CollaborativeATE
from cocausal.cli._common import check_writable, err_console, print_table, print_warnings, progress, write_json
from cocausal.cli._data import load_causal
from cocausal.cli.app import app
from cocausal.data import split_by_covariate
from cocausal.estimators.registry import SE_KINDS, estimator_names, get_spec, invalid_se_reason
from cocausal.games import MAX_EXACT_PLAYERS, MaxPermutations, StandardErrorTarget
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


class Shapley(str, Enum):
    """Shapley-value methods of ``--shapley``."""

    auto = "auto"
    exact = "exact"
    montecarlo = "montecarlo"


#: Up to this many parties ``--shapley auto`` is exact (as ``CollaborativeATE(shapley="auto")``).
AUTO_EXACT_PARTIES = 20

#: Work above this many seconds is announced with its estimate before it starts.
ANNOUNCE_SECONDS = 30.0


def _load(dataset: str, treatment, outcome, covariates=None, party=None, dropna=False):
    return load_causal(dataset, treatment, outcome, covariates=covariates, party=party,
                       dropna=dropna, seed=0)


def _best_of(runs: int, work) -> float:
    """The fastest of ``runs`` timed calls of ``work()`` (the first call pays for warming up)."""
    best = np.inf
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _seconds_per_fit(data, estimator: str, se: str, n_boot: int) -> float:
    """Measured seconds of one coalition estimate: linear POR from summed statistics is one small
    solve per coalition (timed on a batch of 256); any other estimate is a fit on half the rows
    (a typical coalition), n_boot fits with --se bootstrap."""
    if estimator == "por" and se != "bootstrap":
        k = 2 * data.X.shape[1] + 2
        gram = np.broadcast_to(np.eye(k) * 2.0, (256, k, k)).copy()
        rhs = np.ones((256, k, 1))
        return _best_of(3, lambda: np.linalg.solve(gram, rhs)) / 256
    half = data.take(np.arange(0, data.n, 2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a timing fit: its warnings are not the study's
        seconds = _best_of(2, lambda: get_spec(estimator).make().fit(half))
    return seconds * (n_boot if se == "bootstrap" else 1)


def _cost(data, n_parties: int, runs: int, method: str, permutations: int, estimator: str, se: str,
          n_boot: int) -> tuple[float, int]:
    """(estimated seconds, coalitions per run) of the study, from one measured coalition estimate."""
    exact = 2**n_parties - 1
    coalitions = exact if method == "exact" else min(exact, permutations * n_parties)
    return coalitions * runs * _seconds_per_fit(data, estimator, se, n_boot), coalitions


def _check_cost(seconds: float, coalitions: int, method: str, estimator: str, se: str, max_minutes: float,
                parties: int) -> None:
    """Refuse work over ``--max-minutes`` naming the cheaper options; announce long work."""
    what = (f"about {seconds / 60:.1f} min ({coalitions:,} coalition estimates per run by {estimator}, "
            f"--se {se}, {method} Shapley)")
    if seconds > max_minutes * 60:
        cheaper = []
        if method == "exact":
            cheaper.append("--shapley montecarlo --permutations 200")
        if se == "bootstrap":
            cheaper.append("--se analytic")
        if estimator != "por":
            cheaper.append("--estimator por (from summed statistics)")
        cheaper.append(f"fewer --parties than {parties}")
        raise ValueError(
            f"cci would take {what}, more than --max-minutes {max_minutes:g}; use {', '.join(cheaper)}, "
            f"or allow it with --max-minutes {int(np.ceil(seconds / 60)) + 1}."
        )
    if seconds > ANNOUNCE_SECONDS:
        err_console.print(f"note: this study takes {what}.", highlight=False, soft_wrap=True)


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
    print_warnings(res.warnings, part=f"cci {res.estimator}, run 1")


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
    shapley: Shapley = typer.Option(
        Shapley.auto, "--shapley",
        help=f"auto (exact up to {AUTO_EXACT_PARTIES} parties, Monte Carlo above) | exact | montecarlo.",
    ),
    permutations: int = typer.Option(
        2000, "--permutations", min=2, help="Monte Carlo Shapley: most permutations (it stops earlier at 1% SE)."
    ),
    max_minutes: float = typer.Option(
        10.0, "--max-minutes", min=0.0, help="Refuse a study estimated to take longer (estimated before it starts)."
    ),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column (CSV files)."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column (CSV files)."),
    covariates: str = typer.Option(
        None, "--covariates", help="Comma-separated covariate columns (default: every other column)."
    ),
    party_column: str = typer.Option(
        None, "--party-column", help="CSV column saying which party holds each row (instead of --split)."
    ),
    dropna: bool = typer.Option(
        False, "--dropna", help="Drop rows with a missing value in a used column (default: refuse them)."
    ),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed of partitions, bootstrap and reward draws."),
    json_out: Path = typer.Option(None, "--json", help="Write the result as JSON to this path ('-': stdout)."),
    plot: Path = typer.Option(None, "--plot", help="Save the value/reward figures to this PNG."),
) -> None:
    """Value each party's data, reward it fairly and realise the rewards as ATE estimates.

    Example: cocausal cci --dataset jobs --parties 5 --estimator por --runs 1000 --json cci.json --plot cci.png

    Each coalition is valued by -KL(N(tau_C, se_C^2) || N(tau_N, se_N^2)); parties receive
    rho-Shapley rewards realised as perturbed estimates (Qiao, Xu and Low, ICML 2023). The work
    is estimated first (one measured coalition estimate times the coalitions): a study over
    --max-minutes is refused with the cheaper options named.
    """
    se = SEKind(se).value
    reason = invalid_se_reason(estimator, se) if se in SE_KINDS else None
    if reason is not None:
        raise ValueError(f"--se {se} is not valid with --estimator {estimator}: {reason}; use --se analytic.")
    column = _covariate_column(split)
    if runs > 1 and column is not None:
        raise ValueError("--runs > 1 repeats over random partitions; use --split random (or --runs 1).")
    if party_column is not None and (column is not None or runs > 1):
        raise ValueError("--party-column fixes the parties; drop --split and --runs (they draw partitions).")
    check_writable(json_out, "--json")
    check_writable(plot, "--plot")
    data = _load(dataset, treatment, outcome, covariates, party_column, dropna).data
    if party_column is not None:
        parties = len(np.unique(data.party))
    method = Shapley(shapley).value
    if method == "auto":
        method = "exact" if parties <= AUTO_EXACT_PARTIES else "montecarlo"
        if method == "montecarlo":
            err_console.print(
                f"note: {parties} parties: Shapley values by Monte Carlo (exact needs 2^{parties} coalitions), "
                f"at most --permutations {permutations}; choose with --shapley exact|montecarlo.",
                highlight=False, soft_wrap=True,
            )
    if method == "exact" and parties > MAX_EXACT_PLAYERS:
        raise ValueError(
            f"--shapley exact enumerates 2^{parties} coalitions, more than the {MAX_EXACT_PLAYERS}-party limit; "
            "use --shapley montecarlo."
        )
    seconds, coalitions = _cost(data, parties, runs, method, permutations, estimator, se, n_boot)
    _check_cost(seconds, coalitions, method, estimator, se, max_minutes, parties)
    stopping = StandardErrorTarget(0.01, relative=True) | MaxPermutations(permutations)
    model = dict(estimator=estimator, rho0=rho0, kappa=kappa, se=se, n_boot=n_boot, shapley=method,
                 stopping=stopping)
    with progress() as bar:
        task = bar.add_task("partitions", total=runs)
        # CollaborativeATE reports the coalitions of exact Shapley values, or the permutations of
        # Monte Carlo Shapley values, of each run
        unit, expected = ("coalitions", coalitions) if method == "exact" else ("permutations", permutations)
        inner_task = bar.add_task(f"cci {estimator}: {unit}", total=expected)

        def on_progress(done: int, total: int | None) -> None:
            bar.update(inner_task, completed=done, total=total)

        if party_column is not None:
            rng = np.random.default_rng(spawn_seeds(seed, 1)[0])
            results = [CollaborativeATE(**model, random_state=rng).fit(data, progress=on_progress).result_]
            bar.advance(task)
        elif column is None:
            study = repeated_study(data, parties, runs, random_state=seed, warn="all" if runs == 1 else "none",
                                   on_run=lambda k, result: bar.advance(task), progress=on_progress, **model)
            results = study.results
        else:
            rng = np.random.default_rng(spawn_seeds(seed, 1)[0])
            blocks = split_by_covariate(data, column, parties)
            results = [CollaborativeATE(**model, random_state=rng).fit(blocks, progress=on_progress).result_]
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
