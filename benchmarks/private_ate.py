"""PrivATE benchmark: relative error vs epsilon on four data sets, plus scale runs.

Usage::

    python benchmarks/private_ate.py                 # accuracy (10 reps) + scale (1e5, 1e6)
    python benchmarks/private_ate.py --reps 3 --no-scale

Relative error RE = |tau_hat - tau_psm| / |tau_psm| against non-private PSM (N = 5, same
propensity model), as in the paper. Methods: PrivATE label and sample level (Yuan et al.,
NDSS 2026), the stratified add/remove variant, private IPW (Lee et al. 2019 style) and output
perturbation of a cross-fitted AIPW estimate (DPCI style). All noise is drawn by OpenDP and is
unseeded, so reruns give different numbers within the reported spread.

This is a research evaluation and its output is NOT private: the reference is computed from the
raw data and printed next to the releases. Never publish such a table for real data.

Writes benchmarks/results/private_ate.md and docs/figures/privacy_<dataset>.png.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import platform
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from _common import cpu_model

ROOT = Path(__file__).resolve().parents[1]
EPSILONS = (0.5, 1.0, 2.0, 4.0)
METHODS = ("PrivATE-label", "PrivATE-sample", "strata (add/remove)", "private IPW", "private DR")


def _datasets():
    from cocausal.datasets import load_dataset, make_private_ate_synthetic
    from cocausal.datasets.bounds import declared_bounds

    out = {}
    for name in ("ihdp", "lalonde", "acic2016"):
        b = declared_bounds(name)
        out[name] = (load_dataset(name).data, b["outcome"], b["covariates"])
    syn = make_private_ate_synthetic(n=1000, d=20, ate=0.5, random_state=0)
    out["synthetic"] = (syn.data, syn.extras["outcome_bounds"], syn.extras["covariate_bounds"])
    return out


def _estimator(method, eps, yb, xb, seed):
    from cocausal.privacy import PrivATE, PrivateDR, PrivateIPW, StratifiedPrivATE

    if method == "PrivATE-label":
        return PrivATE(eps, level="label", outcome_bounds=yb, random_state=seed)
    if method == "PrivATE-sample":
        return PrivATE(eps, level="sample", outcome_bounds=yb, covariate_bounds=xb, random_state=seed)
    if method == "strata (add/remove)":
        return StratifiedPrivATE(eps, outcome_bounds=yb, covariate_bounds=xb)
    if method == "private IPW":
        return PrivateIPW(eps, outcome_bounds=yb, covariate_bounds=xb, random_state=seed)
    return PrivateDR(eps, outcome_bounds=yb, covariate_bounds=xb, random_state=seed)


def accuracy(reps: int) -> dict:
    from cocausal.privacy import psm_ate

    results = {}
    for name, (data, yb, xb) in _datasets().items():
        ref = psm_ate(data, n_neighbors=5, random_state=0).ate
        table = {}
        for method in METHODS:
            for eps in EPSILONS:
                res = []
                for r in range(reps):
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        est = _estimator(method, eps, yb, xb, r).fit(data)
                    res.append(abs(est.result_.ate - ref) / abs(ref))
                table[(method, eps)] = (float(np.mean(res)), float(np.std(res, ddof=1)))
        results[name] = {"psm": ref, "n": data.n, "d": data.n_features, "table": table}
        print(f"{name}: done (PSM ATE {ref:.4g})", file=sys.stderr)
    return results


def _scale_child(n: int, level: str) -> None:
    """Run one scale configuration in this (fresh) process and print JSON."""
    from cocausal.datasets import make_private_ate_synthetic
    from cocausal.privacy import PrivATE

    ds = make_private_ate_synthetic(n=n, d=20, random_state=0)
    est = PrivATE(2.0, level=level, outcome_bounds=ds.extras["outcome_bounds"],
                  covariate_bounds=(0.0, 1.0), random_state=0)
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = est.fit(ds.data).result_
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "level": level, "seconds": elapsed, "peak_rss_mb": peak_mb,
                      "data_mb": ds.data.X.nbytes / 2**20, "ate": res.ate, "k": res.k}))


def scale(sizes=(10**5, 10**6)) -> list[dict]:
    rows = []
    for n in sizes:
        for level in ("label", "sample"):
            out = subprocess.run(
                [sys.executable, __file__, "--scale-child", str(n), level],
                check=True, capture_output=True, text=True,
            )
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"scale n={n} {level}: {rows[-1]['seconds']:.1f} s", file=sys.stderr)
    return rows


def plot(results: dict, outdir: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, res in results.items():
        fig, ax = plt.subplots(figsize=(5, 3.6))
        for method in METHODS:
            m = [res["table"][(method, e)][0] for e in EPSILONS]
            s = [res["table"][(method, e)][1] for e in EPSILONS]
            ax.errorbar(EPSILONS, m, yerr=s, marker="o", capsize=3, label=method)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks(EPSILONS, [str(e) for e in EPSILONS])
        ax.set_xlabel("epsilon")
        ax.set_ylabel("relative error vs non-private PSM")
        ax.set_title(f"{name} (n={res['n']}, d={res['d']})")
        ax.legend(fontsize=7)
        fig.tight_layout()
        path = outdir / f"privacy_{name}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    return paths


def _machine() -> str:
    return f"{cpu_model()}, 2 cores shared with other jobs; Python {platform.python_version()}"


def report(results: dict, scale_rows: list[dict], reps: int) -> str:
    lines = [
        "# PrivATE benchmark (`python benchmarks/private_ate.py`)",
        "",
        f"Machine: {_machine()}. Date: {_dt.date.today().isoformat()}.",
        "",
        "**NOT PRIVATE: research evaluation.** The PSM reference below is computed from the raw data "
        "without noise; it is printed only to measure the error of the private releases.",
        "",
        f"Relative error RE = |tau_hat - tau_PSM| / |tau_PSM|, mean ± sd over {reps} releases "
        "(fresh OpenDP noise each; non-DP seeds 0..9). Reference: non-private PSM, N = 5. "
        "Public bounds: `cocausal.datasets.bounds` (IHDP, lalonde, ACIC) and the synthetic "
        "design's own bounds. Sample level, strata and the baselines protect all fields; the "
        "label level protects outcomes only.",
        "",
    ]
    for name, res in results.items():
        lines += [f"## {name} (n = {res['n']}, d = {res['d']}, non-private PSM ATE = {res['psm']:.4g})", ""]
        lines += ["| method | " + " | ".join(f"eps = {e:g}" for e in EPSILONS) + " |",
                  "|---|" + "---|" * len(EPSILONS)]
        for method in METHODS:
            cells = [f"{res['table'][(method, e)][0]:.3f} ± {res['table'][(method, e)][1]:.3f}" for e in EPSILONS]
            lines.append(f"| {method} | " + " | ".join(cells) + " |")
        ratios = []
        for e in EPSILONS:
            best = min(res["table"][(m, e)][0] for m in ("private IPW", "private DR"))
            ratios.append(f"{res['table'][('PrivATE-sample', e)][0] / best:.2f}")
        lines.append("| ratio: PrivATE-sample / best private baseline | " + " | ".join(ratios) + " |")
        lines.append("")
    if scale_rows:
        lines += ["## Scale (synthetic design, d = 20, eps = 2)", "",
                  "| n | level | time (s) | peak RSS (MB) | X alone (MB) | k |", "|---|---|---|---|---|---|"]
        for r in scale_rows:
            lines.append(f"| {r['n']:,} | {r['level']} | {r['seconds']:.1f} | {r['peak_rss_mb']:.0f} | "
                         f"{r['data_mb']:.0f} | {r['k'][0]:g}, {r['k'][1]:g} |")
        lines += ["", "Time covers `PrivATE.fit` only (propensity, noise, matching, release); peak RSS is "
                  "the whole process (Python, libraries, data generation included)."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--scale-child", nargs=2, metavar=("N", "LEVEL"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "private_ate.md")
    args = parser.parse_args(argv)
    if args.scale_child:
        _scale_child(int(args.scale_child[0]), args.scale_child[1])
        return
    results = accuracy(args.reps)
    plot(results, ROOT / "docs" / "figures")
    scale_rows = [] if args.no_scale else scale()
    text = report(results, scale_rows, args.reps)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)


if __name__ == "__main__":
    main()
