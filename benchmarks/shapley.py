"""Shapley values: cocausal vs shapiq, exact (n = 10 .. 20) and Monte Carlo (n = 100), one run.

Exact: a random tabular game (standard normal values); both libraries read the same values
through the same vectorised function of a boolean coalition matrix. cocausal is timed twice:
from the stored table (``TabularGame``) and from the function (``BatchGame``, which first
evaluates all 2**n coalitions, as shapiq's ``ExactComputer`` does).

Monte Carlo: an airport game with 100 players (closed-form Shapley values), the same number
of coalition evaluations for each method; error = RMSE against the closed form, mean over seeds.

Run:  python benchmarks/shapley.py [--max-peer-n 20] [--out benchmarks/results/shapley.md]
"""

from __future__ import annotations

import argparse
import datetime
import functools
import os
import platform
import warnings

import numpy as np
from _common import cpu_model, peak_mib, timed

from cocausal.games import AirportGame, BatchGame, MaxPermutations, TabularGame, shapley_values
from cocausal.warnings import MonteCarloWarning


def table_function(table, n):
    weights = np.left_shift(np.int64(1), np.arange(n, dtype=np.int64))

    def fn(members):
        members = np.atleast_2d(np.asarray(members, dtype=bool))
        return table[members.astype(np.int64) @ weights]

    return fn


def exact_rows(sizes, max_peer_n):
    import shapiq

    rows = []
    for n in sizes:
        table = np.random.default_rng(n).normal(size=1 << n)
        fn = table_function(table, n)
        repeats = 7 if n <= 16 else 3
        t_table, ours = timed(lambda table=table: shapley_values(TabularGame(table), method="exact").values, repeats)
        t_fn, _ = timed(lambda fn=fn, n=n: shapley_values(BatchGame(fn, n), method="exact").values, repeats)
        mem = peak_mib(lambda table=table: shapley_values(TabularGame(table), method="exact"))
        if n <= max_peer_n:
            t_peer, iv = timed(lambda fn=fn, n=n: shapiq.ExactComputer(fn, n_players=n)(index="SV", order=1))
            peer = np.array([iv[(i,)] for i in range(n)])
            diff = float(np.max(np.abs(peer - ours)))
        else:
            t_peer, diff = np.nan, np.nan
        rows.append((n, t_table, t_fn, mem, t_peer, t_peer / t_fn, diff))
    return rows


def mc_rows(n, n_permutations, seeds):
    import shapiq

    game = AirportGame(np.random.default_rng(0).uniform(0, 100, size=n))
    exact = game.shapley_closed_form()
    fn = lambda members: game.values(np.atleast_2d(np.asarray(members, dtype=bool)))  # noqa: E731
    evaluations = n_permutations * (n + 1)
    out = []
    for label, run in [
        ("cocausal permutation", lambda s: shapley_values(
            game, method="montecarlo", sampler="permutation", random_state=s,
            stopping=MaxPermutations(n_permutations)).values),
        ("cocausal antithetic", lambda s: shapley_values(
            game, method="montecarlo", sampler="antithetic", random_state=s,
            stopping=MaxPermutations(n_permutations)).values),
        ("shapiq PermutationSamplingSV", lambda s: np.array([
            v[(i,)] for v in [shapiq.PermutationSamplingSV(n, random_state=s).approximate(
                budget=evaluations, game=fn)] for i in range(n)])),
    ]:
        times, errors = [], []
        run(10_000)  # warm-up (imports, caches), with a seed not used below; not timed
        for s in seeds:
            t, est = timed(functools.partial(run, s))
            times.append(t)
            errors.append(np.sqrt(np.mean((est - exact) ** 2)))
        out.append((label, evaluations, float(np.mean(times)), float(np.mean(errors))))
    return out


def machine():
    return f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, numpy {np.__version__}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 15, 16, 20])
    parser.add_argument("--max-peer-n", type=int, default=20)
    parser.add_argument("--mc-n", type=int, default=100)
    parser.add_argument("--mc-permutations", type=int, default=1000)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    warnings.simplefilter("ignore", MonteCarloWarning)
    import shapiq

    lines = [
        "# Shapley values: cocausal vs shapiq",
        "",
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {machine()}, "
        f"shapiq {getattr(shapiq, '__version__', None) or _dist_version('shapiq')}. "
        "Command: `python benchmarks/shapley.py" + (f" --out {args.out}" if args.out else "") + "`.",
        "Machine shared with other jobs, so times are indicative "
        "(cocausal: best of 7 runs for n <= 16, 3 above; shapiq: one run).",
        "",
        "## Exact Shapley, random tabular game",
        "",
        "| n | cocausal from table (s) | cocausal from function (s) | cocausal peak MiB | shapiq ExactComputer (s) "
        "| shapiq / cocausal(function) | max abs diff | cocausal(table) ns per coalition "
        "| cocausal(function) ns per n 2^n |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for n, t_table, t_fn, mem, t_peer, ratio, diff in exact_rows(args.sizes, args.max_peer_n):
        lines.append(
            f"| {n} | {t_table:.4f} | {t_fn:.4f} | {mem:.1f} | {t_peer:.3f} | {ratio:.0f}x | {diff:.1e} | "
            f"{t_table / 2**n * 1e9:.2f} | {t_fn / (n * 2**n) * 1e9:.2f} |"
        )
    lines += [
        "",
        f"## Monte Carlo Shapley, airport game, n = {args.mc_n}, {args.mc_permutations} permutations "
        f"(mean over {args.seeds} seeds)",
        "",
        "| method | coalition evaluations | time (s) | RMSE vs closed form |",
        "|---|---|---|---|",
    ]
    for label, evaluations, t, err in mc_rows(args.mc_n, args.mc_permutations, range(args.seeds)):
        lines.append(f"| {label} | {evaluations} | {t:.3f} | {err:.4f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)


def _dist_version(name):
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    main()
