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

_DEFAULT_METHODS = "exoc,fairk,claire,full,unaware,constant"


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


def _load(dataset: str, sensitive: str, target: str | None, features: str | None):
    from cocausal.data.fair import FairData
    from cocausal.datasets.fairness import load_adult, load_law_school

    if dataset in ("law", "adult"):
        ds = load_law_school() if dataset == "law" else load_adult()
        if sensitive != ds.sensitive:
            raise ValueError(f"the {dataset} data support --sensitive {ds.sensitive} only; got {sensitive!r}.")
        if target is not None and target != ds.target:
            raise ValueError(f"the {dataset} target is {ds.target!r}; drop --target or pass that name.")
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
    return FairData.from_frame(frame.dropna(subset=[*cols, sensitive, target]), features=cols,
                               sensitive=sensitive, target=target)


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
    gamma: float = typer.Option(1.2, "--gamma", min=0.0, help="EXOC control-loss weight."),
    device: str = typer.Option("cpu", "--device", help="cpu | cuda."),
    threads: int = typer.Option(1, "--threads", min=1, help="torch CPU threads (small models run best on 1)."),
    seed: int = typer.Option(0, "--seed", min=0, help="Seed of the 80/10/10 split and of every model."),
    json_out: Path = typer.Option(None, "--json", help="Write the per-method results as JSON."),
    plot: Path = typer.Option(
        None, "--plot", help="PNG of per-method prediction densities under each counterfactual value."
    ),
) -> None:
    """Train counterfactually fair predictors (EXOC, Fair-K, CLAIRE) and baselines; report
    accuracy on the test split and counterfactual fairness on abduction-based counterfactuals
    of the test units (leakage-free: test outcomes are never used to infer latents).

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
    torch = _import_fair_extra()
    torch.set_num_threads(threads)
    data = _load(dataset, sensitive, target, features)
    train, _, test = train_val_test_split(data, random_state=seed)
    steps = len(dict.fromkeys([*chosen, world])) + 1
    with warnings.catch_warnings(record=True) as caught, progress() as bar:
        warnings.simplefilter("always", CocausalWarning)
        task = bar.add_task("fitting models", total=steps)
        result = compare_predictors(
            train, test, chosen, worlds=(world,), iterations=iterations, device=device, random_state=seed,
            gamma=gamma, progress=lambda name: bar.update(task, advance=1, description=f"fitted {name}"),
            keep_predictions=plot is not None,
        )
    acc_key = "accuracy" if data.task == "classification" else "rmse"
    rows = result.rows()
    print_table(
        f"{dataset}: counterfactual fairness ({result.primary_world}, n_test={result.n_test})",
        ["method", acc_key, "mae", "mmd_rbf", "mmd_linear", "wasserstein", "indiv. change", "seconds"],
        [[r["name"], r[acc_key], r["mae"], r["mmd_rbf"], r["mmd_linear"], r["wasserstein"],
          r["individual_change"], r["seconds"]] for r in rows],
    )
    extra = [[m.name, m.leaky.get(acc_key, float("nan")),
              max((abs(d["corr"]) for d in m.dependence.values()), default=float("nan")),
              m.fairness["vae (synthetic)"]["wasserstein"]] for m in result.methods]
    print_table("leakage, latent dependence, synthetic check",
                ["method", f"{acc_key} (leaky: test Y seen)", "max |corr(latent, race)|", "W1 on VAE copies"],
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
