"""Counterfactually fair predictors vs baselines on law school (and Adult) over several seeds.

Usage:  python benchmarks/fair_predict.py [--datasets law,adult] [--seeds 5] [--out benchmarks/results/fair_predict.md]

For each seed: a fresh 80/10/10 split, every method fitted on train, accuracy on test
(leakage-free; Fair-K/EXOC also with the leaky reference-code inference), counterfactual
fairness on abduction-based counterfactuals of the test units under Fair-K's and EXOC's fitted
models (each method is scored in both worlds) and on eval-mode MMD-VAE copies (synthetic).
Prints one markdown table (mean +- sd over seeds) and writes it with machine and date.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import subprocess
import time
import warnings

import numpy as np
import torch

from cocausal.datasets.fairness import load_adult, load_law_school, train_val_test_split
from cocausal.predictors.evaluation import METHODS, compare_predictors
from cocausal.warnings import CocausalWarning


def _cpu() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        return next(line.split(":", 1)[1].strip() for line in out.splitlines() if "Model name" in line)
    except (OSError, StopIteration):
        return platform.processor() or "unknown"


def _ms(values) -> str:
    v = np.asarray(values, float)
    return f"{v.mean():.4f} ± {v.std(ddof=1) if v.size > 1 else 0.0:.4f}"


def run(name: str, seeds: int):
    data = load_law_school().data if name == "law" else load_adult().data
    acc_key = "rmse" if data.task == "regression" else "accuracy"
    per = {m: [] for m in METHODS}
    start = time.perf_counter()
    for seed in range(seeds):
        train, _, test = train_val_test_split(data, random_state=seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CocausalWarning)
            res = compare_predictors(train, test, METHODS, worlds=("fairk", "exoc"), random_state=seed)
        for m in res.methods:
            per[m.name].append(m)
        print(f"{name} seed {seed} done ({time.perf_counter() - start:.0f} s)", flush=True)
    total = time.perf_counter() - start
    lines = [
        f"### {name} ({seeds} seeds, n_test={test.n}; total wall time {total:.0f} s)",
        "",
        f"| method | {acc_key} | {acc_key} leaky | W1 fairk-world | indiv. fairk-world | MMD-RBF fairk-world "
        "| W1 exoc-world | W1 VAE (synthetic) | mmd_ref fairk | wass_ref fairk | max abs corr(latent, race) | fit s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for m, runs in per.items():
        fk = [r.fairness["model:fairk"] for r in runs]
        ex = [r.fairness["model:exoc"] for r in runs]
        va = [r.fairness["vae (synthetic)"] for r in runs]
        leaky = _ms([r.leaky[acc_key] for r in runs]) if runs[0].leaky else "-"
        dep = _ms([max(abs(d["corr"]) for d in r.dependence.values()) for r in runs]) if runs[0].dependence else "-"
        lines.append(
            f"| {m} | {_ms([r.accuracy[acc_key] for r in runs])} | {leaky} | {_ms([f['wasserstein'] for f in fk])} "
            f"| {_ms([f['individual_change'] for f in fk])} | {_ms([f['mmd_rbf'] for f in fk])} "
            f"| {_ms([f['wasserstein'] for f in ex])} | {_ms([f['wasserstein'] for f in va])} "
            f"| {_ms([f['mmd_reference'] for f in fk])} | {_ms([f['wass_reference'] for f in fk])} "
            f"| {dep} | {_ms([r.seconds for r in runs])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default="law,adult")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--out", default="benchmarks/results/fair_predict.md")
    args = parser.parse_args()
    torch.set_num_threads(1)
    tables = [run(d.strip(), args.seeds) for d in args.datasets.split(",")]
    header = (
        "# fair_predict benchmark\n\n"
        f"Machine: {_cpu()} (2 cores shared with other jobs), torch {torch.__version__}, 1 thread; "
        f"date {datetime.date.today().isoformat()}. Command: `python benchmarks/fair_predict.py "
        f"--datasets {args.datasets} --seeds {args.seeds}`.\n\n"
        "Accuracy is leakage-free unless marked leaky (leaky = E[K | X, R, Y] with the test outcome observed, "
        "the reference code's behaviour). Fairness: mean over pairs of race values; 'fairk-world' / "
        "'exoc-world' = abduction-based counterfactuals of the test units under the fitted Fair-K / EXOC "
        "causal model; VAE = eval-mode MMD-VAE copies (synthetic, secondary). *_ref = the study's "
        "reference-scaled variants (comparison only). 'fit s' excludes evaluation.\n"
    )
    text = header + "\n" + "\n\n".join(tables) + "\n"
    print(text)
    with open(args.out, "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
