"""``cocausal fair-predict``: counterfactually fair predictors against baselines on one split."""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import typer

from cocausal.cli._common import err_console, print_table, progress, write_json
from cocausal.cli.app import app
from cocausal.limits import read_csv
from cocausal.warnings import CocausalWarning

_DEFAULT_METHODS = "exoc,exoc_cut,fairk,claire,full,unaware,constant"
#: Most levels a sensitive column may have (the latent models carry one column per level).
MAX_LEVELS = 20


def _import_fair_extra():
    """torch, after checking that pyro imports too; a missing one is bad input (exit 2) naming the ``fair`` extra."""
    try:
        # torch first, so that without either package the message names torch
        torch = importlib.import_module("torch")
        importlib.import_module("pyro")  # the predictors need it; fail here rather than after loading data
    except ImportError as exc:
        raise ValueError(
            f"fair-predict needs torch and pyro-ppl ({exc}); install cocausal[fair]: pip install 'cocausal[fair]'"
        ) from exc
    return torch


def _check_sensitive(frame, sensitive: str, bins: int | None):
    """The sensitive column as categories: refuse a continuous or high-cardinality column at once
    (or cut a numeric one into ``bins`` quantile bins when asked)."""
    import pandas as pd

    col = frame[sensitive]
    numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
    levels = int(col.nunique())
    if bins is not None:
        if not numeric:
            raise ValueError(f"--bin-sensitive needs a numeric --sensitive column; {sensitive!r} is not numeric "
                             f"({levels} distinct values); drop --bin-sensitive or recode the column.")
        binned = pd.qcut(col, q=bins, duplicates="drop")
        if binned.cat.categories.size < 2:
            raise ValueError(f"--bin-sensitive {bins}: {sensitive!r} gives fewer than 2 distinct bins; "
                             "choose another column.")
        out = frame.copy()
        out[sensitive] = binned.astype(str)
        err_console.print(f"warning: --bin-sensitive cut {sensitive!r} ({levels} distinct values) into "
                          f"{binned.cat.categories.size} quantile bins: {', '.join(map(str, binned.cat.categories))}",
                          highlight=False)
        return out
    if levels < 2:
        raise ValueError(f"--sensitive {sensitive} has {levels} distinct value(s); a sensitive attribute needs "
                         "at least 2; choose another column.")
    if levels > MAX_LEVELS:
        kind = "numeric (continuous or a code)" if numeric else "categorical"
        fix = (f"pass --bin-sensitive K to cut it into K quantile bins (K <= {MAX_LEVELS})" if numeric
               else "merge its values into fewer groups")
        raise ValueError(f"--sensitive {sensitive} is {kind} with {levels} distinct values; fair-predict needs a "
                         f"categorical sensitive attribute with 2..{MAX_LEVELS} levels; {fix}, or choose another "
                         "column.")
    return frame


def _check_missing(frame, columns: list[str], dropna: bool, path):
    counts = frame[columns].isna().sum()
    rows = int(frame[columns].isna().any(axis=1).sum())
    if not rows:
        return frame
    where = ", ".join(f"{c} ({int(n)})" for c, n in counts.items() if n)
    if not dropna:
        raise ValueError(f"{rows} of {len(frame)} rows of {path} have missing values in the columns used "
                         f"(per column: {where}); fill them in, or pass --dropna to drop those rows.")
    err_console.print(f"warning: --dropna dropped {rows} of {len(frame)} rows with missing values "
                      f"(per column: {where}).", highlight=False)
    return frame.dropna(subset=columns)


def _load(dataset: str, sensitive: str, target: str | None, features: str | None, *, dropna: bool = False,
          bin_sensitive: int | None = None):
    from cocausal.data.fair import FairData
    from cocausal.datasets.fairness import load_adult, load_law_school

    if dataset in ("law", "adult"):
        ds = load_law_school() if dataset == "law" else load_adult()
        if sensitive != ds.sensitive:
            raise ValueError(f"the {dataset} data support --sensitive {ds.sensitive} only; got {sensitive!r}.")
        if target is not None and target != ds.target:
            raise ValueError(f"the {dataset} target is {ds.target!r}; drop --target or pass that name.")
        if bin_sensitive is not None:
            raise ValueError(f"--bin-sensitive applies to CSV files only; the {dataset} sensitive attribute "
                             "is categorical already.")
        return ds.data
    path = Path(dataset)
    if not path.is_file():
        raise FileNotFoundError(f"--dataset must be law, adult or an existing CSV file; {dataset!r} is neither.")
    if target is None:
        raise ValueError("a CSV dataset needs --target COLUMN (and --sensitive COLUMN).")
    frame = read_csv(path)
    cols = [c.strip() for c in features.split(",")] if features else [
        c for c in frame.columns if c not in (sensitive, target)]
    missing = [c for c in [*cols, sensitive, target] if c not in frame.columns]
    if missing:
        raise ValueError(f"Column(s) {missing} not found in {path}; available columns: {list(frame.columns)}.")
    if sensitive in cols or target in cols or sensitive == target:
        raise ValueError("--features must not include the --sensitive or --target column, and --sensitive must "
                         "differ from --target.")
    frame = _check_missing(frame, [*cols, sensitive, target], dropna, path)
    frame = _check_sensitive(frame, sensitive, bin_sensitive)
    return FairData.from_frame(frame, features=cols, sensitive=sensitive, target=target)


@app.command("fair-predict")
def fair_predict(
    dataset: str = typer.Option("law", "--dataset", "-d", help="law | adult | PATH.csv."),
    sensitive: str = typer.Option("race", "--sensitive", help="Sensitive attribute column."),
    target: str = typer.Option(None, "--target", help="Outcome column (default: the data set's; e.g. ZFYA)."),
    features: str = typer.Option(None, "--features", help="CSV only: comma-separated feature columns."),
    methods: str = typer.Option(
        _DEFAULT_METHODS, "--methods", help="Comma-separated subset of " + _DEFAULT_METHODS + "."
    ),
    iterations: int = typer.Option(
        None, "--iterations", min=1, help="Cap on SVI/VAE steps (default: library defaults)."
    ),
    world: str = typer.Option("fairk", "--world", help="Causal model of the primary counterfactuals: fairk | exoc."),
    dropna: bool = typer.Option(False, "--dropna", help="CSV only: drop rows with missing values (with a warning) "
                                "instead of refusing them."),
    bin_sensitive: int = typer.Option(None, "--bin-sensitive", min=2, max=MAX_LEVELS,
                                      help="CSV only: cut a numeric sensitive column into K quantile bins."),
    gamma: float = typer.Option(1.2, "--gamma", min=0.0, help="EXOC control-loss weight."),
    device: str = typer.Option("cpu", "--device", help="cpu | cuda."),
    threads: int = typer.Option(1, "--threads", min=1, help="torch CPU threads (small models run best on 1)."),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed of the 80/10/10 split and of every model."),
    json_out: Path = typer.Option(None, "--json", help="Write the per-method results as JSON."),
    plot: Path = typer.Option(
        None, "--plot", help="PNG of per-method prediction densities under each counterfactual value."
    ),
) -> None:
    """Train counterfactually fair predictors (EXOC, EXOC-cut, Fair-K, CLAIRE) and baselines; report
    accuracy on the test split and counterfactual fairness on abduction-based counterfactuals
    of the test units in the chosen model's world (leakage-free: test outcomes are never used to
    infer latents). A CSV's sensitive column must be categorical (2..20 levels; --bin-sensitive
    cuts a numeric one into quantile bins); rows with missing values are refused unless --dropna.

    Example: cocausal fair-predict --dataset law --methods exoc,fairk,full --json out/fair.json --plot out/fair.png
    """
    from cocausal.datasets.fairness import train_val_test_split
    from cocausal.predictors.evaluation import METHODS, compare_predictors

    chosen = [m.strip().lower() for m in methods.split(",") if m.strip()]
    bad = [m for m in chosen if m not in METHODS]
    if bad or not chosen:
        raise ValueError(f"unknown --methods {bad}; choose from {','.join(METHODS)}.")
    if world not in ("fairk", "exoc"):
        raise ValueError(f"--world must be fairk or exoc; got {world!r}.")
    if device not in ("cpu", "cuda"):
        raise ValueError(f"--device must be cpu or cuda; got {device!r}.")
    data = _load(dataset, sensitive, target, features, dropna=dropna, bin_sensitive=bin_sensitive)
    torch = _import_fair_extra()
    torch.set_num_threads(threads)
    train, _, test = train_val_test_split(data, random_state=seed)
    fits = set([*chosen, world])
    steps = len(fits) - ({"exoc", "exoc_cut"} <= fits) + 2  # exoc shares exoc_cut's fit; + vae, evaluation
    with warnings.catch_warnings(record=True) as caught, progress() as bar:
        warnings.simplefilter("always", CocausalWarning)
        task = bar.add_task("loading", total=steps)
        started = []

        def step(label: str) -> None:
            if started:
                bar.update(task, advance=1)
            started.append(label)
            bar.update(task, description=label)

        result = compare_predictors(
            train, test, chosen, worlds=(world,), iterations=iterations, device=device, random_state=seed,
            gamma=gamma, progress=step, keep_predictions=plot is not None,
        )
        bar.update(task, completed=steps, description="done")
    acc_key = "accuracy" if data.task == "classification" else "rmse"
    name = data.sensitive_name
    rows = result.rows()
    print_table(
        f"{dataset}: counterfactual fairness in the world {result.primary_world} "
        f"(do({name} = each value), n_test={result.n_test})",
        ["method", acc_key, "mae", "indiv. change", f"eta(cf pred, do {name})", "wasserstein", "mmd_rbf",
         "mmd_linear", "seconds"],
        [[r["name"], r[acc_key], r["mae"], r["individual_change"], r["eta"], r["wasserstein"], r["mmd_rbf"],
          r["mmd_linear"], r["seconds"]] for r in rows],
    )
    extra = [[m.name, m.leaky.get(acc_key, float("nan")), m.prediction_eta,
              max((d["eta"] for d in m.dependence.values()), default=float("nan")),
              m.fairness["vae (synthetic)"]["individual_change"]] for m in result.methods]
    print_table("leakage, dependence on the sensitive attribute, synthetic check",
                ["method", f"{acc_key} (leaky: test Y seen)", f"eta(prediction, {name})",
                 f"max eta(latent, {name})", "indiv. change on VAE copies"],
                extra)
    for w in caught:
        err_console.print(f"warning: {w.message}", highlight=False)
    if json_out is not None:
        write_json(json_out, {"dataset": dataset, "primary_world": result.primary_world, "methods": rows,
                              "details": result.to_dict()})
    if plot is not None:
        from cocausal.predictors.plots import plot_counterfactual_densities

        plot_counterfactual_densities(result, plot)
        err_console.print(f"wrote {plot}")
