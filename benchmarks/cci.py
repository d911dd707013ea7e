"""Benchmark of collaborative causal inference (``cocausal.cci.CollaborativeATE``).

(a) 5 parties on IHDP: linear POR (analytic SE from summed sufficient statistics) and POR,
    IPW, AIPW with bootstrap SEs (100 resamples per coalition); IPW and AIPW also on JOBS;
    against refitting every
    coalition; the published reference strategy (re-estimate a coalition at each visit of the
    Shapley sum, refitting bootstrap) is projected from the measured refit cost.
(b) linear POR, exact Shapley, 10 / 15 / 20 parties on a 200,000-row synthetic set, against
    refitting each coalition's pooled rows (projected from 20 measured coalition refits).
(c) 100 parties, Monte Carlo (antithetic permutation) Shapley, linear POR.

Run: python benchmarks/cci.py [--out benchmarks/results/cci.md] [--quick]
"""

from __future__ import annotations

import argparse
import datetime
import warnings

import numpy as np
from _common import cpu_model, timed
from threadpoolctl import threadpool_limits

from cocausal.cci import CollaborativeATE
from cocausal.cci.coalitions import EstimatorEvaluator, LinearPOREvaluator, Parties
from cocausal.data import split_random, subset
from cocausal.datasets import load_ihdp, load_jobs, make_synthetic
from cocausal.estimators import RegressionAdjustment, bootstrap_se
from cocausal.estimators.registry import make_estimator
from cocausal.games import JoblibExecutor
from cocausal.warnings import CocausalWarning


def _all_members(n: int) -> np.ndarray:
    masks = np.arange(1, 1 << n, dtype=np.int64)
    return ((masks[:, None] >> np.arange(n)) & 1).astype(bool)


def part_a(lines: list[str], n_boot: int) -> None:
    data = load_ihdp(1).data
    parties = split_random(data, 5, random_state=0)
    members = _all_members(5)
    p = Parties(parties)
    t_stats, _ = timed(lambda: LinearPOREvaluator(p)(members), repeats=5)
    root = np.random.SeedSequence(0)
    t_refit, _ = timed(lambda: EstimatorEvaluator(p, RegressionAdjustment(), "analytic", 2, root)(members))
    t_run, _ = timed(lambda: CollaborativeATE("por", random_state=0).fit(parties), repeats=5)
    lines += [
        "### (a) 5 parties (31 coalitions): IHDP (747 rows, 25 covariates), JOBS (722 rows, 7 covariates)",
        "",
        "| task | cocausal | peer | peer time | ratio |",
        "|---|---:|---|---:|---:|",
        f"| IHDP linear POR, analytic SE, 31 coalitions | {t_stats * 1e3:.1f} ms (sufficient statistics) "
        f"| refit each coalition | {t_refit * 1e3:.1f} ms | {t_refit / t_stats:.1f}x |",
        f"| IHDP linear POR, whole run (values, Shapley, rewards, realisation) | {t_run * 1e3:.1f} ms | | | |",
    ]
    visits = 5 * (1 << 4) * 2 - 5  # v(S + i) and v(S) per Shapley term, v(empty) not estimated
    _bootstrap_rows(lines, "IHDP", parties, ("por", "ipw", "aipw"), n_boot, visits)
    jobs = split_random(load_jobs().data, 5, random_state=0)
    _bootstrap_rows(lines, "JOBS", jobs, ("ipw", "aipw"), n_boot, visits)
    lines.append("")


def _bootstrap_rows(lines, label, parties, names, n_boot, visits) -> None:
    p = Parties(parties)
    members = _all_members(len(parties))
    for name in names:
        t_fast, res = timed(
            lambda name=name: CollaborativeATE(name, se="bootstrap", n_boot=n_boot, random_state=0).fit(parties)
        )
        t_par, _ = timed(
            lambda name=name: CollaborativeATE(
                name, se="bootstrap", n_boot=n_boot, executor=JoblibExecutor(n_jobs=2), random_state=0
            ).fit(parties)
        )

        def refit_all(name=name):
            for row in members:
                bootstrap_se(make_estimator(name), p.pooled(row), n_boot, 0, method="refit")

        t_boot, _ = timed(refit_all)
        lines.append(
            f"| {label} {name.upper()}, bootstrap SE ({n_boot}), whole run "
            f"| {t_fast:.1f} s serial, {t_par:.1f} s 2 workers (vectorised resamples, cached coalitions) "
            f"| refitting bootstrap, cached (31 coalitions) | {t_boot:.1f} s | {t_boot / t_fast:.1f}x |"
        )
        lines.append(
            f"| {label} {name.upper()}, reference strategy (projected) | | re-estimate at each of {visits} visits | "
            f"{t_boot * visits / 31:.0f} s | {t_boot * visits / 31 / t_fast:.0f}x |"
        )


def part_b(lines: list[str], sizes) -> None:
    data = make_synthetic(n=200_000, d=10, random_state=0).data
    lines += [
        "### (b) linear POR, exact Shapley, 200,000 rows x 10 covariates",
        "",
        "| parties | coalitions | cocausal whole run | refit per coalition (projected) | ratio |",
        "|---:|---:|---:|---:|---:|",
    ]
    rng = np.random.default_rng(0)
    for n in sizes:
        parties = split_random(data, n, random_state=0)
        t_run, _ = timed(lambda parties=parties: CollaborativeATE("por", random_state=0).fit(parties))
        sample = [np.flatnonzero(rng.random(n) < 0.5) for _ in range(20)]
        sample = [s if s.size else np.array([0]) for s in sample]
        t_fit, _ = timed(
            lambda parties=parties, sample=sample: [
                RegressionAdjustment().fit(subset(parties, s.tolist())) for s in sample
            ]
        )
        projected = t_fit / len(sample) * ((1 << n) - 1)
        lines.append(f"| {n} | {(1 << n) - 1:,} | {t_run:.2f} s | {projected:.0f} s | {projected / t_run:.0f}x |")
    lines.append("")


def part_c(lines: list[str], n: int) -> None:
    data = make_synthetic(n=200_000, d=10, random_state=1).data
    parties = split_random(data, n, random_state=0)
    t_run, est = timed(lambda: CollaborativeATE("por", shapley="montecarlo", random_state=0).fit(parties))
    res = est.result_
    extras = res.extras["shapley"]
    rel = float(np.max(res.phi_stderr) / np.max(np.abs(res.phi)))
    lines += [
        f"### (c) {n} parties, Monte Carlo Shapley (antithetic permutations), linear POR",
        "",
        "| whole run | permutations | coalitions evaluated | max stderr / max phi | R1-R4 hold |",
        "|---:|---:|---:|---:|---|",
        f"| {t_run:.1f} s | {extras.get('n_permutations', 'n/a')} | {res.n_coalitions:,} | {rel:.3g} | "
        f"{all(res.criteria.flags()[c] for c in ('R1', 'R2', 'R3', 'R4'))} |",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="Also write the markdown table to this file.")
    parser.add_argument("--quick", action="store_true", help="Small sizes (smoke test).")
    args = parser.parse_args()
    warnings.simplefilter("ignore", CocausalWarning)
    lines = [
        "## cocausal cci benchmark",
        "",
        f"Machine: {cpu_model()}, 2 cores (shared with other jobs); {datetime.date.today().isoformat()}; "
        "single-threaded BLAS for all contenders. Times are the best of 1-5 repetitions; 'projected' "
        "rows multiply a measured cost by the number of estimations and are not run in full.",
        "",
    ]
    # Single-threaded BLAS for every contender: many small fits on a shared 2-core machine.
    with threadpool_limits(limits=1, user_api="blas"):
        part_a(lines, 10 if args.quick else 100)
        part_b(lines, (6, 8) if args.quick else (10, 15, 20))
        part_c(lines, 30 if args.quick else 100)
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
