"""``cocausal private-ate``: differentially private ATE (PrivATE, label or sample level)."""

from __future__ import annotations

import warnings
from enum import Enum
from pathlib import Path

import numpy as np
import typer

from cocausal.cli._common import check_writable, print_table, print_warnings, progress, write_json
from cocausal.cli._data import load_causal
from cocausal.cli.app import app
from cocausal.limits import MAX_NEIGHBORS, check_count
from cocausal.random import spawn_seeds
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


#: Sample level: above this share of clipped noisy propensity scores the matching is mostly noise.
CLIPPED_SHARE_WARNING = 0.5


def _load(dataset: str, treatment, outcome, seed: int, covariates=None, dropna=False):
    """The data set and its declared public bounds (None where the user must give them)."""
    from cocausal.datasets import declared_bounds

    ds = load_causal(dataset, treatment, outcome, covariates=covariates, dropna=dropna, seed=seed)
    if "outcome_bounds" in ds.extras and covariates is None:
        return ds, ds.extras["outcome_bounds"], ds.extras["covariate_bounds"]
    if Path(dataset).is_file() or covariates is not None:
        return ds, None, (0.0, 1.0)
    bounds = declared_bounds(dataset)
    return ds, bounds["outcome"], bounds["covariates"]


def noise_sd(result, n: int) -> float | None:
    """The standard deviation the final Laplace noise alone adds to the released ATE.

    ``ATE = (S1' - S0') / n`` with independent Laplace noise of scales ``b1``, ``b0`` on the
    sums, so the noise adds ``sqrt(2 b1^2 + 2 b0^2) / n``: a function of the public scales and
    ``n`` only (post-processing, no privacy cost). None for a release without those two sums.
    """
    scales = {r.name: float(r.scale) for r in result.releases if r.name in ("S1", "S0")}
    if set(scales) != {"S1", "S0"}:
        return None
    return float(np.sqrt(2 * scales["S1"] ** 2 + 2 * scales["S0"] ** 2) / n)


def clipping_note(result, n: int) -> str | None:
    """A warning when most noisy propensity scores were clipped (derived from the score release)."""
    if getattr(result, "level", None) != "sample" or result.clipped_scores <= CLIPPED_SHARE_WARNING * n:
        return None
    scale = next((float(r.scale) for r in result.releases if r.name == "propensity scores"), float("nan"))
    return (
        f"{result.clipped_scores:,} of {n:,} noisy propensity scores fell outside [0, 1] and were clipped "
        f"(score noise scale {scale:.3g} against scores in [0, 1]), so the matching is close to random and the "
        "release is biased towards the unadjusted difference; raise --epsilon, use more rows, or use --level label "
        "if only the outcomes are private."
    )


def _estimator(level: Level, eps, n_neighbors, y_bounds, x_bounds, seed, accountant):
    from cocausal.privacy import PrivATE, StratifiedPrivATE

    if level is Level.strata:
        return StratifiedPrivATE(eps, outcome_bounds=y_bounds, covariate_bounds=x_bounds, accountant=accountant)
    return PrivATE(
        eps, level=level.value, n_neighbors=n_neighbors, outcome_bounds=y_bounds,
        covariate_bounds=x_bounds, accountant=accountant, random_state=seed,
    )


def _total_budget(epsilon: float, runs: int, total_epsilon: float | None) -> float:
    """The total budget the runs are charged to, refused up front when they do not fit."""
    if runs < 1:
        raise ValueError(f"--runs must be >= 1, got {runs}.")
    needed = runs * epsilon
    if total_epsilon is None:
        if runs > 1:
            raise ValueError(
                f"--runs {runs} releases spend {runs} x --epsilon {epsilon:g} = {needed:g} in total; "
                f"state that total budget with --total-epsilon {needed:g} (or use --runs 1)."
            )
        return epsilon
    if needed > total_epsilon * (1 + 1e-9):
        raise ValueError(
            f"--runs {runs} x --epsilon {epsilon:g} = {needed:g} exceeds --total-epsilon {total_epsilon:g}; "
            "lower --runs or --epsilon, or raise --total-epsilon."
        )
    return total_epsilon


def release_outputs(results, accountant, dataset: str, evaluation=None) -> tuple[dict, str, list, list[str]]:
    """What the command publishes: the JSON payload, the table title and rows, the stderr notes.

    Built from the release record (:func:`cocausal.privacy.record.published_record`) and the
    accountant only; ``evaluation`` (NOT private) is added, labelled, only in evaluation mode.
    The table's noise standard deviation is computed from the public noise scales and ``n``.
    """
    from cocausal.privacy.record import published_record

    record = published_record(results[0])
    payload = {
        "private": evaluation is None, "dataset": dataset, **record,
        "runs": len(results), "total_epsilon": accountant.total_epsilon,
        "total_epsilon_spent": accountant.spent,
    }
    if len(results) > 1:
        payload["ates"] = [r.ate for r in results]
    n = sum(record["n_arms"]) if "n_arms" in record else None
    sd = noise_sd(results[0], n) if n else None
    rows = [["ATE", record["ate"]]]
    if sd is not None:
        rows.append(["sd of the DP noise alone", sd])
    rows += [["epsilon", record["epsilon"]], ["relation", record["relation"]]]
    rows += [[f"spent: {k}", v] for k, v in record["spent"].items()]
    if "k" in record:
        rows += [["k per neighbour (treated, control)", "{:g}, {:g}".format(*record["k"])],
                 ["matching limits L = k x N (treated, control)", "{:g}, {:g}".format(*record["limits"])],
                 ["M", record["M"]], ["short units", record["short_units"]]]
        if record["level"] == "sample":
            rows.append(["clipped noisy scores", f"{record['clipped_scores']:,} of {n:,}"])
    else:
        rows.append(["bins used", f"{record['bins_used']} of {record['n_bins']}"])
    rows.append(["total epsilon spent", f"{accountant.spent:g} of {accountant.total_epsilon:g} ({len(results)} runs)"])
    title = f"PrivATE on {dataset} ({record['level']} level)"
    if evaluation is not None:
        payload["evaluation"] = {"not_private": "computed from the raw data without noise", **evaluation.to_dict()}
        title = f"NOT PRIVATE research evaluation: {title}"
        rows += [["non-private PSM (NOT private)", evaluation.psm_ate],
                 ["RE mean (NOT private)", evaluation.re_mean], ["RE sd (NOT private)", evaluation.re_sd]]
        rows += [[f"clipped {k} (NOT private)", v] for k, v in evaluation.clipped.items()]
    return payload, title, rows, list(record["warnings"])


@app.command("private-ate")
def private_ate(
    dataset: str = typer.Option(
        "ihdp", "--dataset", "-d",
        help="ihdp | lalonde | acic2016 | private-ate-synthetic (bounds from its design) | PATH to a CSV.",
    ),
    epsilon: float = typer.Option(1.0, "--epsilon", help="Privacy budget of one release."),
    level: Level = typer.Option(Level.label, "--level", help="label | sample | strata (add/remove-DP variant)."),
    outcome_bounds: str = typer.Option(
        None, "--outcome-bounds",
        help="Public outcome range LO,HI (default: the declared bounds of a shipped data set).",
    ),
    covariate_bounds: str = typer.Option(
        None, "--covariate-bounds", help="Public covariate box LO,HI for every covariate (sample/strata level)."
    ),
    bounds: Path = typer.Option(
        None, "--bounds",
        help="Codebook YAML: public 'outcome: [lo, hi]' and 'covariates: {name: [lo, hi]}' (per covariate).",
    ),
    n_neighbors: int = typer.Option(5, "--n-neighbors", help="N, matches per unit."),
    runs: int = typer.Option(1, "--runs", help="Independent releases, each spending --epsilon of --total-epsilon."),
    total_epsilon: float = typer.Option(
        None, "--total-epsilon", help="Total budget of all --runs (required when --runs > 1); overspend is refused."
    ),
    evaluate: bool = typer.Option(
        False, "--evaluate",
        help="Research evaluation, NOT private: also compute non-private PSM, relative errors and clip counts.",
    ),
    treatment: str = typer.Option(None, "--treatment", help="Treatment column of a CSV file."),
    outcome: str = typer.Option(None, "--outcome", help="Outcome column of a CSV file."),
    covariates: str = typer.Option(
        None, "--covariates", help="Comma-separated covariate columns (default: every other column)."
    ),
    dropna: bool = typer.Option(
        False, "--dropna", help="Drop rows with a missing value in a used column (default: refuse them)."
    ),
    seed: int = typer.Option(0, "--seed", help="Seed of the non-DP randomness (matching order, ties, synthetic data)."),
    json_out: Path = typer.Option(None, "--json", help="Write the release as JSON ('-': stdout)."),
) -> None:
    """Release an epsilon-DP average treatment effect by capped propensity score matching.

    Label level protects outcomes only; sample level protects every field (replace-one
    relation); strata is the stratified variant that is epsilon-DP under add/remove. DP noise
    is drawn by OpenDP and is not seeded. Every field printed or written is public or a charged
    release; --evaluate adds non-private numbers and labels the output NOT PRIVATE.

    Example: cocausal private-ate --dataset ihdp --epsilon 1 --outcome-bounds -5,15 --runs 10 --total-epsilon 10

    The table shows the standard deviation that the DP noise alone adds to the release
    (computed from the public noise scales, at no privacy cost): a release whose noise sd is
    as large as the effect says little.
    """
    from cocausal.privacy import PrivacyAccountant

    n_neighbors = check_count(n_neighbors, "--n-neighbors", MAX_NEIGHBORS)
    total = _total_budget(epsilon, runs, total_epsilon)
    check_writable(json_out, "--json")
    if bounds is not None and (outcome_bounds is not None or covariate_bounds is not None):
        raise ValueError("--bounds gives every public bound; drop --outcome-bounds and --covariate-bounds.")
    ds, y_default, x_default = _load(dataset, treatment, outcome, seed, covariates, dropna)
    if bounds is not None:
        from cocausal.privacy.codebook import load_bounds

        codebook = load_bounds(bounds, ds.data.feature_names)
        y_bounds, x_bounds = codebook.outcome, codebook.covariate_array()
    else:
        y_bounds = _pair(outcome_bounds, "--outcome-bounds") or y_default
        if y_bounds is None:
            raise ValueError(
                "--outcome-bounds LO,HI (or a codebook --bounds FILE.yaml) is required for a CSV file or "
                "--covariates (the public outcome range)."
            )
        x_bounds = _pair(covariate_bounds, "--covariate-bounds") or x_default
    accountant = PrivacyAccountant(total)
    results = []
    with warnings.catch_warnings(record=True), progress() as bar:
        warnings.simplefilter("always", CocausalWarning)
        task = bar.add_task("private releases", total=runs)
        for s in spawn_seeds(seed, runs):
            est = _estimator(level, epsilon, n_neighbors, y_bounds, x_bounds, np.random.default_rng(s), accountant)
            results.append(est.fit(ds.data).result_)
            bar.advance(task)
    evaluation = None
    if evaluate:
        from cocausal.privacy.evaluation import evaluate_releases

        evaluation = evaluate_releases(
            ds.data, [r.ate for r in results], outcome_bounds=y_bounds, covariate_bounds=x_bounds,
            n_neighbors=n_neighbors, random_state=seed,
        )
    payload, title, rows, notes = release_outputs(results, accountant, ds.name, evaluation)
    payload["outcome_bounds"] = list(y_bounds)
    payload["noise_sd"] = noise_sd(results[0], ds.data.n)
    clipping = clipping_note(results[0], ds.data.n)
    if clipping is not None:
        notes.append(clipping)
        payload["warnings"] = [*payload["warnings"], clipping]
    print_table(title, ["quantity", "value"], rows)
    print_warnings(notes, part=f"private-ate {level.value} level on {ds.name}")
    if json_out is not None:
        write_json(json_out, payload)
