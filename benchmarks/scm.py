"""SCM sampling speed: cocausal.scm vs Pyro, hand-written numpy and a per-sample Python loop.

Models: the PhD toy experts A and B (Poisson, Bernoulli, categorical and beta noise, if/else
equations) and a linear-Gaussian chain of 20 variables. Each method draws the same model
(all variables); throughput = samples per second, best of ``--repeats`` runs.

* cocausal: ``SCM.sample(n)`` from the shipped YAML spec (safe parser, compiled equations).
* numpy by hand: the same equations typed directly as numpy code (the ceiling).
* Pyro: the same model as a Pyro program with ``pyro.plate`` (vectorised torch sampling).
* Python loop: per-sample evaluation with the ``random`` module (what unvectorised code costs).

Run:  python benchmarks/scm.py [--out benchmarks/results/scm.md]
"""

from __future__ import annotations

import argparse
import datetime
import functools
import platform
import random
import time

import numpy as np
from _common import cpu_model

from cocausal.scm import SCM, load_phd_example


def best_time(fn, repeats):
    best = np.inf
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def numpy_expert_a(n, rng):
    u_age = rng.poisson(3, n).astype(float)
    u_job = (rng.random(n) < 0.3).astype(float)
    u_gnd = (rng.random(n) < 0.5).astype(float)
    u_dpt = np.array([0.0, 1.0, 2.0])[np.searchsorted([0.7, 0.9, 1.0], rng.random(n), side="right")]
    u_mrk = rng.beta(2, 2, n)
    u_cvr = rng.beta(5, 2, n)
    age = 20 + u_age
    gnd = u_gnd
    job = u_job + gnd / 0.5 + age / 100
    dpt = np.where(gnd == 1, 0.0, u_dpt / 10)
    mrk = np.where(dpt == 0, u_mrk + 0.1, u_mrk - 0.1)
    cvr = u_cvr + 0.2
    return job + dpt + mrk + cvr


def loop_expert_a(n, seed):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        # Poisson(3) by inversion
        k, p, u = 0, np.exp(-3.0), rnd.random()
        cdf = p
        while u > cdf:
            k += 1
            p *= 3.0 / k
            cdf += p
        age = 20 + k
        gnd = 1.0 if rnd.random() < 0.5 else 0.0
        job = (1.0 if rnd.random() < 0.3 else 0.0) + gnd / 0.5 + age / 100
        r = rnd.random()
        u_dpt = 0.0 if r < 0.7 else (1.0 if r < 0.9 else 2.0)
        dpt = 0.0 if gnd == 1 else u_dpt / 10
        u_mrk = rnd.betavariate(2, 2)
        mrk = u_mrk + 0.1 if dpt == 0 else u_mrk - 0.1
        out.append(job + dpt + mrk + rnd.betavariate(5, 2) + 0.2)
    return out


def pyro_expert_a(n):
    import pyro
    import pyro.distributions as dist
    import torch

    with pyro.plate("units", n):
        u_age = pyro.sample("U_age", dist.Poisson(torch.tensor(3.0)))
        u_job = pyro.sample("U_job", dist.Bernoulli(torch.tensor(0.3)))
        u_gnd = pyro.sample("U_gnd", dist.Bernoulli(torch.tensor(0.5)))
        u_dpt = pyro.sample("U_dpt", dist.Categorical(torch.tensor([0.7, 0.2, 0.1]))).double()
        u_mrk = pyro.sample("U_mrk", dist.Beta(torch.tensor(2.0), torch.tensor(2.0)))
        u_cvr = pyro.sample("U_cvr", dist.Beta(torch.tensor(5.0), torch.tensor(2.0)))
    age = 20 + u_age
    gnd = u_gnd
    job = u_job + gnd / 0.5 + age / 100
    dpt = torch.where(gnd == 1, torch.zeros_like(u_mrk), u_dpt.float() / 10)
    mrk = torch.where(dpt == 0, u_mrk + 0.1, u_mrk - 0.1)
    return job + dpt + mrk + u_cvr + 0.2


def chain(d=20):
    exo = {f"U{i}": {"dist": "normal"} for i in range(d)}
    endo = {"X0": "U0"}
    for i in range(1, d):
        endo[f"X{i}"] = f"0.5 * X{i - 1} + U{i}"
    return SCM(exo, endo, predictor=f"X{d - 1}", name="chain20")


def numpy_chain(n, rng, d=20):
    x = rng.normal(size=n)
    for _ in range(1, d):
        x = 0.5 * x + rng.normal(size=n)
    return x


def pyro_chain(n, d=20):
    import pyro
    import pyro.distributions as dist

    with pyro.plate("units", n):
        x = pyro.sample("U0", dist.Normal(0.0, 1.0))
        for i in range(1, d):
            x = 0.5 * x + pyro.sample(f"U{i}", dist.Normal(0.0, 1.0))
    return x


def run(sizes, repeats):
    import torch

    torch.set_num_threads(1)
    (a, b), _ = load_phd_example()
    models = {"expert_a": a, "expert_b": b, "chain20": chain()}
    rows = []
    for name, model in models.items():
        for n in sizes:
            t_c = best_time(functools.partial(model.sample, n, 0), repeats)
            row = {"model": name, "n": n, "cocausal": n / t_c}
            if name == "expert_a":
                rng = np.random.default_rng(0)
                row["numpy"] = n / best_time(functools.partial(numpy_expert_a, n, rng), repeats)
                row["pyro"] = n / best_time(functools.partial(pyro_expert_a, n), repeats)
                m = min(n, 20_000)
                row["loop"] = m / best_time(functools.partial(loop_expert_a, m, 0), 1)
            elif name == "chain20":
                rng = np.random.default_rng(0)
                row["numpy"] = n / best_time(functools.partial(numpy_chain, n, rng), repeats)
                row["pyro"] = n / best_time(functools.partial(pyro_chain, n), repeats)
            rows.append(row)
    return rows


def fmt_rate(v):
    return "-" if v is None else f"{v / 1e6:.2f} M/s"


def _ratio(r, k, inv=False):
    """Speed ratio of ``r[k]`` to cocausal's (``inv``: cocausal's to ``r[k]``), or "-" where ``k`` was not run."""
    if k not in r:
        return "-"
    c = r["cocausal"]
    return f"{(r[k] / c if inv else c / r[k]):.2f}x"


def table(rows):
    lines = [
        "| model | n | cocausal | numpy by hand | numpy / cocausal | Pyro | cocausal / Pyro "
        "| Python loop | cocausal / loop |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        c = r["cocausal"]
        ratio = functools.partial(_ratio, r)
        lines.append(
            f"| {r['model']} | {r['n']:,} | {fmt_rate(c)} | {fmt_rate(r.get('numpy'))} | {ratio('numpy', True)} | "
            f"{fmt_rate(r.get('pyro'))} | {ratio('pyro')} | {fmt_rate(r.get('loop'))} | {ratio('loop')} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    rows = run(args.sizes, args.repeats)
    body = table(rows)
    print(body)
    if args.out:
        import pyro
        import torch

        cpu = cpu_model()
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        text = (
            "# SCM sampling speed: cocausal vs Pyro, numpy by hand, Python loop\n\n"
            f"Measured {stamp} on {cpu}, 2 cores, Python {platform.python_version()}, numpy {np.__version__}, "
            f"torch {torch.__version__} (1 thread), pyro {pyro.__version__}. Command: `python benchmarks/scm.py "
            f"--out {args.out}`.\nThroughput = samples of every variable per second, best of {args.repeats} runs "
            "(the Python loop: one run of at most 20,000 samples). Machine shared with other jobs, so "
            "times are indicative. Pyro draws float32 (torch default); cocausal and numpy draw float64.\n\n"
            + body + "\n"
        )
        with open(args.out, "w") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
