"""``bootstrap_se`` before/after: per-replicate refits vs the vectorised bootstrap.

For each estimator with default nuisance models (DiM, linear POR, IPW, AIPW) the script times
``bootstrap_se(estimator, data, n_boot, random_state=0)`` on IHDP (747 rows, 25 covariates)
and on ``make_synthetic(n=100_000, d=10)``. The same script runs against two checkouts:

1. the code before the change (``git worktree add /tmp/before <commit>`` and
   ``PYTHONPATH=/tmp/before/src python benchmarks/bootstrap.py --save before.json``), where
   ``bootstrap_se`` refits the estimator once per resample;
2. the current code (``python benchmarks/bootstrap.py --before before.json --out
   benchmarks/results/bootstrap.md``), where ``bootstrap_se`` takes the vectorised path.

The table shows both times, their ratio (after / before; < 1 means faster), both standard
errors and the largest difference of the bootstrap draws (they are defined to be equal).

Run:  python benchmarks/bootstrap.py [--before before.json] [--save after.json] [--out benchmarks/results/bootstrap.md]
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import warnings

import numpy as np
from _common import cpu_model, timed

import cocausal
from cocausal.datasets import load_ihdp, make_synthetic
from cocausal.estimators import (
    AIPW,
    IPW,
    DifferenceInMeans,
    RegressionAdjustment,
    bootstrap_se,
)

_ESTIMATORS = {"dim": DifferenceInMeans, "por": RegressionAdjustment, "ipw": IPW, "aipw": AIPW}
_CASES = {
    "ihdp": (lambda: load_ihdp(1).data, 200),
    "synthetic 1e5": (lambda: make_synthetic(n=100_000, d=10, random_state=0).data, 50),
}


def run() -> dict:
    """Seconds, SE and draws of every (data set, estimator) pair with the installed cocausal."""
    out = {}
    for case, (load, n_boot) in _CASES.items():
        data = load()
        for name, cls in _ESTIMATORS.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                seconds, res = timed(lambda c=cls, d=data, b=n_boot: bootstrap_se(c(), d, n_boot=b, random_state=0))
            out[f"{case}|{name}"] = {
                "seconds": seconds, "se": res.se, "n_boot": n_boot, "draws": list(res.extras["draws"]),
            }
            print(f"{case:14s} {name:5s} {seconds:8.3f} s  se {res.se:.6g}", flush=True)
    return out


def table(after: dict, before: dict | None) -> str:
    head = "| data | estimator | n_boot | before (s) | after (s) | ratio | se before | se after | max draw diff |"
    lines = [head, "|" + "---|" * 9]
    for key, a in after.items():
        case, name = key.split("|")
        b = (before or {}).get(key)
        if b is None:
            lines.append(f"| {case} | {name} | {a['n_boot']} | | {a['seconds']:.3f} | | | {a['se']:.6g} | |")
            continue
        diff = float(np.max(np.abs(np.subtract(a["draws"], b["draws"]))))
        lines.append(
            f"| {case} | {name} | {a['n_boot']} | {b['seconds']:.3f} | {a['seconds']:.3f} | "
            f"{a['seconds'] / b['seconds']:.3f} | {b['se']:.10g} | {a['se']:.10g} | {diff:.2e} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="JSON written by --save on the code before the change.")
    parser.add_argument("--save", help="Write this run's numbers (times, SEs, draws) as JSON.")
    parser.add_argument("--out", help="Write the markdown table with machine and date here.")
    args = parser.parse_args()
    print(f"cocausal from {cocausal.__file__}")
    after = run()
    if args.save:
        with open(args.save, "w") as fh:
            json.dump(after, fh)
    before = None
    if args.before:
        with open(args.before) as fh:
            before = json.load(fh)
    text = table(after, before)
    print(text)
    if args.out:
        header = (
            f"# bootstrap_se before/after the vectorised path\n\n"
            f"{datetime.date.today().isoformat()}, {cpu_model()}, {platform.python_version()}, "
            f"numpy {np.__version__}; `python benchmarks/bootstrap.py --before before.json` "
            "(before: the same script on the previous commit). ratio = after / before.\n\n"
        )
        with open(args.out, "w") as fh:
            fh.write(header + text + "\n")


if __name__ == "__main__":
    main()
