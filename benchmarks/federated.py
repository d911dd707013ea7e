"""Benchmark of federated IPW and AIPW studies (issue 14): rounds answered by the parties' agents.

(a) In-process protocol (``CollaborativeATE(...).fit(contributions, rounds=LocalRounds(parts))``)
    against the study on the pooled rows, IHDP split at random into 5 and 10 parties: wall
    time, rounds, and bytes per party per round (the JSON of the requests and answers),
    and the largest relative difference of tau, se, v, phi and r.
(b) The same 5-party studies end to end through a real ``cocausal coordinator serve
    --with-worker`` on 127.0.0.1 with one ``cocausal party serve`` process per party: wall
    time from ``run`` to done, against the in-process analytic-SE study (ratio). Target: the
    5-party AIPW study under 5 s end to end.
(c) The size of one Newton round's requests at 5, 10 and 15 parties (exact Shapley: every
    party is in 2^(n-1) coalitions, each item carrying (d + 1)^2 Hessian numbers), computed
    from the request of the first round without running the study.

Run: python benchmarks/federated.py [--parties 5,10] [--out benchmarks/results/federated.md]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "federated.md"
FIELDS = ("tau", "se", "v", "phi", "r")


class Recording:
    """A ``rounds`` callable that forwards to another and records request and answer bytes."""

    def __init__(self, inner) -> None:
        self.inner, self.rounds = inner, []

    def __call__(self, requests):
        t = time.perf_counter()
        answers = self.inner(requests)
        self.rounds.append({
            "kind": next(iter(requests.values()))["kind"],
            "request_bytes": [len(json.dumps(r)) for r in requests.values()],
            "answer_bytes": [len(json.dumps(a)) for a in answers.values()],
            "seconds": time.perf_counter() - t,
        })
        return answers


def stratified_split(data, n_parties: int, seed: int = 0):
    """Parties of equal size with the treated units dealt evenly (so each arm meets the disclosure threshold)."""
    from cocausal.data import CausalData

    rng = np.random.default_rng(seed)
    owner = np.empty(data.n, dtype=int)
    for arm in (0, 1):
        idx = rng.permutation(np.flatnonzero(data.t == arm))
        owner[idx] = (np.arange(idx.size) + arm) % n_parties
    return [CausalData(data.X[owner == k], data.t[owner == k], data.y[owner == k], feature_names=data.feature_names)
            for k in range(n_parties)]


def max_rel(a, b) -> float:
    worst = 0.0
    for f in FIELDS:
        x, y = np.asarray(getattr(a, f), float), np.asarray(getattr(b, f), float)
        ok = ~np.isnan(x)
        worst = max(worst, float(np.max(np.abs(x[ok] - y[ok]) / np.maximum(np.abs(x[ok]), 1e-300))))
    return worst


def in_process_rows(parts, estimator: str):
    from cocausal.cci import CollaborativeATE, PartyContribution
    from cocausal.cci.federated import LocalRounds

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = time.perf_counter()
        pooled = CollaborativeATE(estimator, random_state=0).fit(parts).result_
        t_pooled = time.perf_counter() - t
        rec = Recording(LocalRounds(parts))
        contribs = [PartyContribution.from_data(p, f"p{i}") for i, p in enumerate(parts)]
        t = time.perf_counter()
        fed = CollaborativeATE(estimator, random_state=0).fit(contribs, rounds=rec).result_
        t_fed = time.perf_counter() - t
    return pooled, fed, t_pooled, t_fed, rec.rounds


def service_run(parts, estimator: str, tmp: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from service import Server, cocausal_exe

    from cocausal.client import Coordinator, Party

    with Server(tmp / f"svc-{estimator}") as srv:
        admin = Coordinator(srv.url, srv.admin_key)
        name = f"fed-{estimator}"
        admin.create_study({"name": name, "treatment": "t", "outcome": "y",
                            "covariates": list(parts[0].feature_names), "seed": 0, "min_parties": len(parts),
                            "estimator": estimator})
        procs, parties = [], []
        for i, data in enumerate(parts):
            party = Party.enrol(srv.url, admin.invite(name, f"site-{i}"))
            party.upload(party.contribution(data))
            parties.append(party)
            csv = tmp / f"{estimator}-site-{i}.csv"
            data.to_frame().to_csv(csv, index=False)
            cfg = tmp / f"{estimator}-site-{i}.json"
            cfg.write_text(json.dumps({"url": srv.url, "api_key": party.api_key, "study": name,
                                       "party": party.name, "spec": party.spec}))
            procs.append(subprocess.Popen([cocausal_exe(), "party", "serve", str(csv), "--config", str(cfg),
                                           "--max-seconds", "600"], stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        admin.seal(name)
        # wait until every agent polls (process start-up is not part of the study)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            actors = {e["actor"] for e in admin.audit() if e["action"] == f"GET /v1/studies/{name}/work"}
            if len(actors) == len(parts):
                break
            time.sleep(0.2)
        t = time.perf_counter()
        admin.run(name)
        while time.monotonic() < deadline + 600:
            state = admin.status(name)["state"]
            if state in ("done", "failed"):
                break
            time.sleep(0.05)
        wall = time.perf_counter() - t
        rewards = [p.reward() for p in parties] if state == "done" else []
        for p in procs:
            p.wait(timeout=120)
        return {"state": state, "wall": wall, "rewards": rewards}


class _Captured(Exception):
    pass


def first_newton_round(parts) -> tuple[int, int, int]:
    """Party 0's first Newton round under exact Shapley (no study is run): items, request and answer bytes."""
    from cocausal.cci import PartyContribution
    from cocausal.cci.contributions import PartyStatistics
    from cocausal.cci.federated import FederatedEvaluator
    from cocausal.cci.party_rounds import answer_round

    captured = {}

    def capture(requests):
        captured.update(requests)
        raise _Captured

    stats = PartyStatistics([PartyContribution.from_data(p, f"p{i}") for i, p in enumerate(parts)])
    ev = FederatedEvaluator(stats, "ipw", capture)
    n = len(parts)
    masks = np.arange(1, 1 << n, dtype=np.int64)
    members = ((masks[:, None] >> np.arange(n, dtype=np.int64)) & 1).astype(bool)
    try:
        ev(members)
    except _Captured:
        pass
    request = captured[0]
    one = answer_round({"kind": "newton", "items": request["items"][:1]}, parts[0])
    per_item = len(json.dumps(one["items"][0])) + 2
    return len(request["items"]), len(json.dumps(request)), per_item * len(request["items"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--parties", default="5,10", help="party counts of section (a), comma-separated")
    args = ap.parse_args()
    party_counts = [int(k) for k in args.parties.split(",")]
    command = "python benchmarks/federated.py" + ("" if args.parties == "5,10" else f" --parties {args.parties}")
    sys.path.insert(0, str(HERE))
    from _common import cpu_model

    import cocausal
    from cocausal.datasets import load_ihdp

    data = load_ihdp(1).data
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout
    load0 = os.getloadavg()[0]
    started = time.perf_counter()
    lines = ["# Federated IPW and AIPW benchmark", "",
             f"Measured {when} on {cpu_model()}, {os.cpu_count()} cores (shared with other jobs), Python "
             f"{platform.python_version()}, cocausal {cocausal.__version__}, code: commit {head.strip()}. Command: "
             f"`{command}`. Data: IHDP replication 1 (747 units, 25 covariates) split at random "
             "with the treated units dealt evenly (seed 0); exact Shapley; seed 0.", ""]

    lines += ["### (a) In-process protocol against the pooled-rows study", "",
              "| estimator | parties | pooled rows (s) | federated, in-process (s) | ratio | rounds | request bytes "
              "per party per round (mean) | answer bytes per party per round (mean) | max relative difference |",
              "|---|---|---|---|---|---|---|---|---|"]
    for n_parties in party_counts:
        parts = stratified_split(data, n_parties)
        for estimator in ("ipw", "aipw"):
            pooled, fed, t_p, t_f, rounds = in_process_rows(parts, estimator)
            req = np.mean([b for r in rounds for b in r["request_bytes"]])
            ans = np.mean([b for r in rounds for b in r["answer_bytes"]])
            lines.append(f"| {estimator} | {n_parties} | {t_p:.3f} | {t_f:.3f} | {t_f / t_p:.2f} | {len(rounds)} | "
                         f"{req:,.0f} | {ans:,.0f} | {max_rel(pooled, fed):.1e} |")
            print(lines[-1], flush=True)
    lines.append("")

    lines += ["### (b) Through a real coordinator with one agent process per party (5 parties)", "",
              "Wall time from `run` to the study's state `done` (agents already polling), SQLite, loopback.", "",
              "| estimator | service, run -> done (s) | in-process analytic-SE study on the rows (s) | ratio | "
              "rewards equal (1e-9) |", "|---|---|---|---|---|"]
    parts = stratified_split(data, 5)
    with tempfile.TemporaryDirectory(prefix="cocausal-fed-") as tmp:
        for estimator in ("ipw", "aipw"):
            pooled, _, t_p, _, _ = in_process_rows(parts, estimator)
            got = service_run(parts, estimator, Path(tmp))
            same = got["state"] == "done" and all(
                np.isclose(got["rewards"][i][f], float(getattr(pooled, f)[i]), rtol=1e-9, atol=1e-12)
                for i in range(5) for f in FIELDS
            )
            lines.append(f"| {estimator} | {got['wall']:.2f} ({got['state']}) | {t_p:.3f} | {got['wall'] / t_p:.1f} "
                         f"| {'yes' if same else 'NO'} |")
            print(lines[-1], flush=True)
    lines.append("")

    lines += ["### (c) One Newton round of party 0 under exact Shapley", "",
              "Coalitions containing the party: 2^(n-1). A pass holds at most ROUND_NUMBERS // "
              "((d + 1)(d + 2) / 2 + d + 5) coalitions (2,624 at d = 25; the party is in about half of them), so "
              "one round's answer stays under about 20 MB; larger batches take several passes.", "",
              "| parties | coalitions with party 0 | items in the first pass | request bytes | answer bytes |",
              "|---|---|---|---|---|"]
    for n_parties in (5, 10, 15):
        parts = stratified_split(data, n_parties)
        items, req, ans = first_newton_round(parts)
        lines.append(f"| {n_parties} | {2 ** (n_parties - 1):,} | {items:,} | {req:,} | {ans:,} |")
    lines += ["", f"Total {time.perf_counter() - started:.0f} s; load average (1 min) {load0:.1f} at the start, "
              f"{os.getloadavg()[0]:.1f} at the end.", ""]
    text = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
