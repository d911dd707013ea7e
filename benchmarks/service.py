"""Benchmark of the coordinator service (``cocausal coordinator serve``) on loopback.

(a) A 5-party and a 20-party linear-POR study end to end through a real
    ``cocausal coordinator serve --with-worker`` subprocess on SQLite (create, invite, enrol,
    compute and upload statistics through the SDK, seal, run, poll until done, fetch every
    reward) against ``CollaborativeATE(random_state=seed).fit(parts)`` in-process on the same
    parties; the rewards must be equal (``==``) to the in-process ones.
    Targets (issue 13): 5 parties under 3 s end to end; the 20-party exact study within 1.5x of
    in-process.
(b) Reward reads under concurrent load from a separate process (threads with their own httpx
    client, a bounded number of requests), requests/s and p50/p99 latency, on SQLite and on
    PostgreSQL (a throwaway cluster started with initdb/pg_ctl on 127.0.0.1; skipped with a
    note where that is impossible). Target: >= 300 requests/s with p99 < 100 ms. A
    ``/v1/health`` run (no database) is the HTTP stack's ceiling, and in-process timings of
    the database steps every request takes show where the time goes.
(c) Bytes that leave a party per study (the upload's request body) against its rows.

Run: python benchmarks/service.py [--out benchmarks/results/service.md] [--requests 2000]
     [--threads 8] [--no-postgres] [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import math
import os
import platform
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "service.md"


# ---------------------------------------------------------------------------- load client
def load_client(args: dict) -> dict:
    """Run in a separate process: ``threads`` threads send ``requests`` GETs in total."""
    import httpx

    from cocausal.service import PROTOCOL_VERSION

    url, path, keys = args["url"], args["path"], args["keys"]
    threads, total, warmup = args["threads"], args["requests"], args["warmup"]
    per = [total // threads + (1 if i < total % threads else 0) for i in range(threads)]
    lat: list[list[float]] = [[] for _ in range(threads)]
    codes: list[dict] = [{} for _ in range(threads)]
    barrier = threading.Barrier(threads + 1)

    def worker(i: int) -> None:
        headers = {"X-Cocausal-Protocol": str(PROTOCOL_VERSION)}
        if keys:
            headers["Authorization"] = f"Bearer {keys[i % len(keys)]}"
        with httpx.Client(base_url=url, headers=headers, timeout=30.0) as client:
            for _ in range(warmup):
                client.get(path)
            barrier.wait()
            for _ in range(per[i]):
                t = time.perf_counter()
                r = client.get(path)
                r.read()
                lat[i].append(time.perf_counter() - t)
                codes[i][r.status_code] = codes[i].get(r.status_code, 0) + 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in pool:
        t.join()
    wall = time.perf_counter() - start
    all_lat = np.array([x for part in lat for x in part])
    merged: dict[str, int] = {}
    for c in codes:
        for k, v in c.items():
            merged[str(k)] = merged.get(str(k), 0) + v
    return {
        "requests": int(all_lat.size), "wall_s": wall, "rps": all_lat.size / wall,
        "p50_ms": float(np.percentile(all_lat, 50) * 1e3), "p99_ms": float(np.percentile(all_lat, 99) * 1e3),
        "max_ms": float(all_lat.max() * 1e3), "codes": merged,
    }


def run_load(url: str, path: str, keys: list[str], threads: int, requests: int, warmup: int = 5) -> dict:
    args = {"url": url, "path": path, "keys": keys, "threads": threads, "requests": requests, "warmup": warmup}
    out = subprocess.run([sys.executable, __file__, "--load-client", json.dumps(args)], capture_output=True,
                         text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(f"load client failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- server
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cocausal_exe() -> str:
    exe = Path(sys.executable).with_name("cocausal")
    return str(exe) if exe.exists() else (shutil.which("cocausal") or "cocausal")


class Server:
    """``cocausal coordinator init`` + ``serve --with-worker`` in a subprocess on 127.0.0.1."""

    def __init__(self, data_dir: Path, database_url: str | None = None) -> None:
        self.data_dir, self.database_url = data_dir, database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        cmd = [cocausal_exe(), "coordinator", "init", str(self.data_dir)]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
        self.admin_key = out.stdout.strip().splitlines()[-1]
        cmd = [cocausal_exe(), "coordinator", "serve", str(self.data_dir), "--host", "127.0.0.1", "--port",
               str(self.port), "--with-worker"]
        self.log = open(self.data_dir / "serve.log", "w")  # closed in __exit__
        t = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        import httpx

        deadline = time.monotonic() + 90
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {(self.data_dir / 'serve.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /v1/health within 90 s")
            time.sleep(0.1)
        self.start_s = time.perf_counter() - t
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.log.close()


@contextlib.contextmanager
def postgres(tmp: Path):
    """A throwaway PostgreSQL cluster on 127.0.0.1; yields its URL, or a string reason to skip."""
    initdb = shutil.which("initdb") or next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))), None)
    if initdb is None:
        yield "skipped: no initdb on this machine"
        return
    bindir = Path(initdb).parent
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            yield "skipped: running as root and there is no postgres user to run the cluster"
            return
        prefix = ["runuser", "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="cocausal-bench-pg-"))  # not under tmp: postgres must reach it
    root.chmod(0o755)
    if prefix:
        shutil.chown(root, "postgres")
    data, port = root / "data", free_port()
    pg_ctl = str(bindir / "pg_ctl")
    try:
        subprocess.run([*prefix, str(initdb), "-D", str(data), "-A", "trust", "-U", "postgres"],
                       capture_output=True, check=True, timeout=120)
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", f"-h 127.0.0.1 -p {port} -k {root}",
                        "-l", str(root / "log"), "-w", "start"], capture_output=True, check=True, timeout=120)
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(root, ignore_errors=True)
        yield f"skipped: could not start PostgreSQL ({exc}; {detail.decode(errors='replace')[-300:]})"
        return
    try:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE bench")
            version = c.execute("SHOW server_version").fetchone()[0]
        yield (f"postgresql+psycopg://postgres@127.0.0.1:{port}/bench", version)
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True,
                       timeout=120)
        shutil.rmtree(root, ignore_errors=True)


# ---------------------------------------------------------------------------- studies
QUANTITIES = ("n", "tau", "se", "v", "phi", "r", "tau_r", "se_r")


def service_study(server: Server, name: str, parts, seed: int) -> dict:
    """One study end to end through the SDK; phase times and every party's reward."""
    from cocausal.client import Coordinator, Party

    spec = {"name": name, "treatment": "t", "outcome": "y", "covariates": list(parts[0].feature_names),
            "seed": seed, "min_parties": len(parts)}
    phases = {}
    t0 = time.perf_counter()
    admin = Coordinator(server.url, server.admin_key)
    admin.create_study(spec)
    tokens = [admin.invite(name, f"p{i:02d}") for i in range(len(parts))]
    parties = [Party.enrol(server.url, tok) for tok in tokens]
    phases["create, invite, enrol"] = time.perf_counter() - t0
    t = time.perf_counter()
    contributions = [p.contribution(d) for p, d in zip(parties, parts, strict=True)]
    phases["statistics (party side)"] = time.perf_counter() - t
    t = time.perf_counter()
    receipts = [p.upload(c) for p, c in zip(parties, contributions, strict=True)]
    phases["uploads"] = time.perf_counter() - t
    t = time.perf_counter()
    admin.seal(name)
    admin.run(name)
    t_queued = time.perf_counter()
    deadline = time.monotonic() + 900
    while True:
        state = admin.status(name)["state"]
        if state in ("done", "failed"):
            break
        if time.monotonic() > deadline:
            raise RuntimeError(f"study {name} not done within 900 s")
        time.sleep(0.05 if time.perf_counter() - t_queued < 2 else 0.25)
    if state != "done":
        raise RuntimeError(f"study {name} {state}: {admin.status(name)['job']}")
    phases["seal, run, poll until done"] = time.perf_counter() - t
    t = time.perf_counter()
    rewards = [p.reward() for p in parties]
    phases["all rewards fetched"] = time.perf_counter() - t
    total = time.perf_counter() - t0
    body_bytes = [_upload_bytes(c) for c in contributions]
    keys = [p.api_key for p in parties]
    for p in parties:
        p._s.http.close()
    admin._s.http.close()
    return {"total": total, "phases": phases, "rewards": rewards, "receipts": receipts, "keys": keys,
            "upload_bytes": body_bytes}


def _upload_bytes(contribution) -> int:
    """The size of the request body the SDK sends for ``contribution`` (httpx's JSON encoding)."""
    import httpx

    return len(httpx.Request("POST", "http://x/", json=contribution.to_json()).read())


def worker_times(db: Path, name: str) -> dict:
    """Claim-to-done time of the study's job from the audit table (the worker's compute)."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        sid = con.execute("SELECT id FROM studies WHERE name = ?", (name,)).fetchone()[0]
        rows = dict(con.execute("SELECT action, time FROM audit WHERE study_id = ? AND action IN "
                                "('claim job', 'job done') ORDER BY id", (sid,)).fetchall())
        queued = con.execute("SELECT time FROM audit WHERE study_id = ? AND action LIKE 'POST %/run' "
                             "ORDER BY id DESC LIMIT 1", (sid,)).fetchone()[0]
    ts = {k: datetime.datetime.fromisoformat(v) for k, v in rows.items()}
    q = datetime.datetime.fromisoformat(queued)
    return {"queued -> claimed": (ts["claim job"] - q).total_seconds(),
            "claimed -> done (compute + write)": (ts["job done"] - ts["claim job"]).total_seconds()}


def in_process(parts, seed: int):
    from cocausal.cci import CollaborativeATE

    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = CollaborativeATE(random_state=seed).fit(parts).result_
    return time.perf_counter() - t, res


def equal_rewards(rewards: list[dict], res) -> tuple[bool, str]:
    """``==`` of every party's quantities (a NaN in-process is ``None`` in JSON)."""
    bad = []
    for i, got in enumerate(rewards):
        for q in QUANTITIES:
            want = float(getattr(res, q)[i])
            ok = (got[q] is None and math.isnan(want)) or got[q] == want
            if not ok:
                bad.append(f"{got['party']}.{q}: {got[q]!r} != {want!r}")
    return not bad, "; ".join(bad[:3])


# ---------------------------------------------------------------------------- where the time goes
def db_step_times(url: str, study: str, key: str, repeats: int) -> dict:
    """In-process timings (ms, median) of the database steps of one reward request."""
    from sqlalchemy import create_engine, select, text

    from cocausal.service.app import hash_key
    from cocausal.service.audit import append_event
    from cocausal.service.db import Credential, Party, Study, make_engine, sessions

    factory = sessions(make_engine(url))
    out = {}

    def med(fn) -> float:
        ts = []
        for _ in range(repeats):
            t = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t)
        return statistics.median(ts) * 1e3

    def empty_tx():
        with factory.begin() as s:
            s.execute(text("SELECT 1"))

    def auth_lookup():
        with factory() as s:
            cred = s.execute(select(Credential).where(Credential.key_hash == hash_key(key))).scalar()
            s.get(Party, cred.party_id)

    def read_result():
        with factory.begin() as s:
            st = s.execute(select(Study).where(Study.name == study)).scalar()
            _ = st.result["parties"]

    def audit_row():
        with factory.begin() as s:
            append_event(s, actor="bench", action="GET bench", target="bench", outcome=200)

    out["empty transaction (SQLite: BEGIN IMMEDIATE + COMMIT of nothing)"] = med(empty_tx)
    out["authentication: key lookup + party (its own transaction)"] = med(auth_lookup)
    out["study row + result JSON decoded"] = med(read_result)
    out["one audit row appended and committed"] = med(audit_row)
    if url.startswith("sqlite"):
        plain = create_engine(url)  # deferred transactions, default synchronous: what a read could cost

        def deferred_read():
            with plain.connect() as c:
                c.execute(text("SELECT result FROM studies WHERE name = :n"), {"n": study}).fetchone()

        out["for comparison: a deferred (read-only) SELECT of the result, no write lock"] = med(deferred_read)
        plain.dispose()
        path = url.split("sqlite:///", 1)[1]
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("PRAGMA synchronous=FULL")
            con.execute("CREATE TABLE IF NOT EXISTS bench_scratch (x INTEGER)")

            def insert_commit():
                con.execute("BEGIN IMMEDIATE")
                con.execute("INSERT INTO bench_scratch VALUES (1)")
                con.execute("COMMIT")

            out["for comparison: a one-row INSERT + COMMIT, synchronous=FULL (the WAL fsync)"] = med(insert_commit)
            con.execute("PRAGMA synchronous=NORMAL")
            out["for comparison: the same with synchronous=NORMAL (no fsync per commit in WAL mode)"] = med(
                insert_commit
            )
    return out


# ---------------------------------------------------------------------------- report
def fmt(x: float, digits: int = 3) -> str:
    return f"{x:.{digits}f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--quick", action="store_true", help="a 10-party study instead of 20 (for a smoke run)")
    ap.add_argument("--load-client", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load_client:
        print(json.dumps(load_client(json.loads(args.load_client))))
        return

    sys.path.insert(0, str(HERE))
    from _common import cpu_model

    import cocausal
    from cocausal.data import split_random
    from cocausal.datasets import make_synthetic

    started = time.perf_counter()
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    import fastapi
    import sqlalchemy
    import uvicorn

    machine = (f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"cocausal {cocausal.__version__}, fastapi {fastapi.__version__}, uvicorn {uvicorn.__version__}, "
               f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], capture_output=True, text=True, cwd=HERE)
    dirty_files = [line[3:] for line in dirty.stdout.splitlines()]
    code = f"code: commit {head.strip() or '?'}" + (
        f" plus uncommitted changes in {', '.join(dirty_files)}" if dirty_files else ""
    )
    load_before = os.getloadavg()
    seed = 0
    n_big = 10 if args.quick else 20
    small = split_random(make_synthetic(n=2000, d=10, random_state=0).data, 5, random_state=0)
    big = split_random(make_synthetic(n=20000, d=10, random_state=0).data, n_big, random_state=0)

    lines: list[str] = []
    e2e_rows, load_rows, notes = [], [], []
    steps: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="cocausal-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with Server(tmp / "sqlite") as srv:
            start_s = srv.start_s
            runs = {}
            in_times = {}
            for label, parts in (("5-party", small), (f"{n_big}-party", big)):
                name = f"bench-{len(parts)}"
                # in-process before and after the service run (the machine's load drifts); the mean is compared
                t_before, _ = in_process(parts, seed)
                svc = service_study(srv, name, parts, seed)
                svc["worker"] = worker_times(tmp / "sqlite" / "coordinator.db", name)
                t_after, res = in_process(parts, seed)
                t_in = (t_before + t_after) / 2
                in_times[label] = (t_before, t_after)
                same, detail = equal_rewards(svc["rewards"], res)
                runs[label] = (parts, svc, t_in, same, detail)
                n_rows = sum(p.n for p in parts)
                e2e_rows.append([f"{label} (n = {n_rows}, d = {parts[0].X.shape[1]})", fmt(svc["total"]), fmt(t_in),
                                 fmt(svc["total"] / t_in, 2), "yes (==)" if same else f"NO: {detail}"])
            keys5 = runs["5-party"][1]["keys"]
            health = run_load(srv.url, "/v1/health", [], args.threads, args.requests)
            reward = run_load(srv.url, "/v1/studies/bench-5/reward", keys5, args.threads, args.requests)
            serial = run_load(srv.url, "/v1/studies/bench-5/reward", keys5, 1, max(args.requests // 10, 50))
            health1 = run_load(srv.url, "/v1/health", [], 1, max(args.requests // 10, 50))
            load_rows.append(["SQLite", f"GET /v1/health, {args.threads} threads (no database; the HTTP stack's "
                              "ceiling)", health])
            load_rows.append(["SQLite", f"GET /v1/studies/{{name}}/reward, {args.threads} threads", reward])
            load_rows.append(["SQLite", "GET /v1/studies/{name}/reward, 1 thread (no contention)", serial])
            load_rows.append(["SQLite", "GET /v1/health, 1 thread", health1])
            steps["SQLite"] = db_step_times(f"sqlite:///{tmp / 'sqlite' / 'coordinator.db'}", "bench-5", keys5[0],
                                            200)
        if args.no_postgres:
            notes.append("PostgreSQL: skipped (--no-postgres).")
        else:
            with postgres(tmp) as pg:
                if isinstance(pg, str):
                    notes.append(f"PostgreSQL: {pg}.")
                else:
                    pg_url, pg_version = pg
                    machine += f", PostgreSQL {pg_version}"
                    with Server(tmp / "postgres", pg_url) as srv:
                        svc = service_study(srv, "bench-5", small, seed)
                        _, res = in_process(small, seed)
                        same, detail = equal_rewards(svc["rewards"], res)
                        pg_e2e = (svc["total"], same)
                        reward = run_load(srv.url, "/v1/studies/bench-5/reward", svc["keys"], args.threads,
                                          args.requests)
                        serial = run_load(srv.url, "/v1/studies/bench-5/reward", svc["keys"], 1,
                                          max(args.requests // 10, 50))
                        load_rows.append(["PostgreSQL", f"GET /v1/studies/{{name}}/reward, {args.threads} threads",
                                          reward])
                        load_rows.append(["PostgreSQL", "GET /v1/studies/{name}/reward, 1 thread (no contention)",
                                          serial])
                        steps["PostgreSQL"] = db_step_times(pg_url, "bench-5", svc["keys"][0], 200)
                    e2e_rows.append(["5-party on PostgreSQL (same data)", fmt(pg_e2e[0]), "", "",
                                     "yes (==)" if pg_e2e[1] else "NO"])

    import httpx

    ctor = []
    for _ in range(5):
        t = time.perf_counter()
        httpx.Client(base_url="http://127.0.0.1:1").close()
        ctor.append(time.perf_counter() - t)
    client_ms = statistics.median(ctor) * 1e3
    total = time.perf_counter() - started
    load_after = os.getloadavg()
    cmd = "python benchmarks/service.py" + (" --quick" if args.quick else "") + (
        " --no-postgres" if args.no_postgres else "")
    lines.append(f"Measured {when} on {machine}. Command: `{cmd}` (total {total:.0f} s). Every time is one run "
                 f"on loopback (127.0.0.1, no TLS); the ratios come from that run. Server start-up (init excluded, "
                 f"not in any time below): {start_s:.1f} s. {code}. Load average (1 min) of the machine: "
                 f"{load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end (the benchmark's own server, "
                 "database and load generator share the 2 cores; a start above 1 means other jobs ran too).")
    lines.append("")
    lines.append("### (a) Studies end to end: service vs in-process")
    lines.append("")
    lines.append("Service = `Coordinator`/`Party` SDK against `cocausal coordinator serve --with-worker` on SQLite: "
                 "create the study, invite and enrol every party, compute each party's statistics, upload, seal, "
                 "run, poll the status until done, fetch every party's reward. In-process = "
                 "`CollaborativeATE(random_state=0).fit(parts)` on the same parties' rows. Data: "
                 "`make_synthetic(n, d=10, random_state=0)` split at random into equal parties; linear POR, exact "
                 "Shapley, seed 0.")
    lines.append("")
    lines.append("| study | service end to end (s) | in-process (s) | ratio service / in-process | rewards equal |")
    lines.append("|---|---|---|---|---|")
    lines += ["| " + " | ".join(r) + " |" for r in e2e_rows]
    lines.append("")
    t5 = runs["5-party"][1]["total"]
    r20 = runs[f"{n_big}-party"][1]["total"] / runs[f"{n_big}-party"][2]
    lines.append(f"Targets: 5 parties under 3 s end to end: **{t5:.2f} s, {'met' if t5 < 3 else 'missed'}**. "
                 f"{n_big}-party exact study within 1.5x of in-process: **{r20:.2f}x, "
                 f"{'met' if r20 <= 1.5 else 'missed'}**.")
    lines.append("")
    lines.append("Where the end-to-end time goes (s):")
    lines.append("")
    labels = list(runs)
    lines.append("| phase | " + " | ".join(labels) + " |")
    lines.append("|---|" + "---|" * len(labels))
    phase_names = list(runs[labels[0]][1]["phases"]) + [k for k in runs[labels[0]][1]["worker"] if k[0] != "_"]
    for ph in phase_names:
        vals = [runs[lab][1]["phases"].get(ph, runs[lab][1]["worker"].get(ph)) for lab in labels]
        prefix = "  of which, in the worker: " if ph in runs[labels[0]][1]["worker"] else ""
        lines.append(f"| {prefix}{ph} | " + " | ".join(fmt(v) for v in vals) + " |")
    lines.append("")
    inproc = "; ".join(f"{lab}: {a:.3f} s before, {b:.3f} s after" for lab, (a, b) in in_times.items())
    big_lab = f"{n_big}-party"
    compute_ratio = runs[big_lab][1]["worker"]["claimed -> done (compute + write)"] / runs[big_lab][2]
    lines.append(f"In-process is timed once before and once after the service run and the mean is compared ({inproc}). "
                 f"The {n_big}-party "
                 f"worker time alone (claim to done) is {compute_ratio:.2f}x the in-process mean.")
    lines.append("")
    n5 = len(small)
    phase1 = runs["5-party"][1]["phases"]["create, invite, enrol"]
    share = (2 * n5 + 1) * client_ms / 1e3 / phase1
    lines.append(f"The first phase is 1 + 2 x {n5} requests for 5 parties; each `Party.enrol` builds two "
                 f"`httpx.Client`s (the anonymous one and the keyed one) and the admin one more, and one "
                 f"`httpx.Client()` costs {client_ms:.0f} ms here (its SSL context), so {share:.0%} of that phase "
                 "is client construction, not the service. "
                 "`queued -> claimed` is the worker's poll interval (`COCAUSAL_COORDINATOR_POLL_SECONDS`, "
                 "default 0.5 s) at work.")
    lines.append("")
    lines.append("### (b) Reward reads under concurrent load")
    lines.append("")
    lines.append(f"A separate process with {args.threads} threads, each with its own keep-alive httpx client "
                 f"(party keys of the 5-party study round-robin), sends {args.requests} GETs in total after 5 warm-up "
                 "requests per thread; the load generator shares the 2 cores with the server.")
    lines.append("")
    lines.append("| database | route | requests | requests/s | p50 (ms) | p99 (ms) | max (ms) | statuses | target "
                 ">= 300/s, p99 < 100 ms |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for db, route, r in load_rows:
        met = "met" if r["rps"] >= 300 and r["p99_ms"] < 100 else "**missed**"
        if "health" in route or "1 thread" in route:
            met = ""
        lines.append(f"| {db} | {route} | {r['requests']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
                     f"{r['max_ms']:.1f} | {r['codes']} | {met} |")
    lines += [""] + notes + ([""] if notes else [])
    lines.append("Database steps one reward request takes, timed in-process on the benchmark's database (median "
                 "of 200, ms). A reward GET runs the authentication lookup in one transaction and the handler "
                 "(study read) in a second, both read-only (on SQLite deferred `BEGIN`, no write lock); its audit "
                 "row is group-committed with those of concurrent requests (`audit.GroupCommit`: one writing "
                 "transaction, `BEGIN IMMEDIATE` and a `synchronous=FULL` commit, per batch). The steps below are "
                 "timed on the writing engine, one transaction each:")
    lines.append("")
    dbs = list(steps)
    lines.append("| step | " + " | ".join(dbs) + " |")
    lines.append("|---|" + "---|" * len(dbs))
    all_steps = list(dict.fromkeys(k for d in steps.values() for k in d))
    for k in all_steps:
        lines.append(f"| {k} | " + " | ".join(fmt(steps[d][k], 2) if k in steps[d] else "" for d in dbs) + " |")
    lines.append("")
    lines.append("### (c) Bytes that leave a party per study")
    lines.append("")
    lines.append("The upload's request body (the contribution JSON as the SDK sends it: per arm the count, the "
                 "means of [X, y], the centred co-moments, and max |y|) against the party's rows as CSV "
                 "(`to_frame().to_csv(index=False)`) and as float64 (n * (d + 2) * 8 bytes). The statistics' size "
                 "depends on d only, not on n.")
    lines.append("")
    lines.append("| study | rows per party | d | bytes uploaded per party | CSV bytes of its rows | float64 bytes "
                 "of its rows | uploaded / CSV |")
    lines.append("|---|---|---|---|---|---|---|")
    for label, (parts, svc, *_rest) in runs.items():
        p = parts[0]
        csv_bytes = len(p.to_frame().to_csv(index=False).encode())
        raw = p.n * (p.X.shape[1] + 2) * 8
        up = svc["upload_bytes"][0]
        lines.append(f"| {label} | {p.n} | {p.X.shape[1]} | {up:,} | {csv_bytes:,} | {raw:,} | {up / csv_bytes:.2f} |")
    from cocausal.cci import PartyContribution
    from cocausal.data import split_random as _split
    from cocausal.datasets import load_ihdp

    ihdp = _split(load_ihdp(1).data, 2, random_state=0)[0]
    up = _upload_bytes(PartyContribution.from_data(ihdp, "site0"))
    csv_bytes = len(ihdp.to_frame().to_csv(index=False).encode())
    d_ihdp = ihdp.X.shape[1]
    lines.append(f"| IHDP half (docs/service.md walk-through) | {ihdp.n} | {d_ihdp} | {up:,} | {csv_bytes:,} | "
                 f"{ihdp.n * (d_ihdp + 2) * 8:,} | {up / csv_bytes:.2f} |")
    text_out = "\n".join(lines) + "\n"
    print(text_out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("# Coordinator service benchmark\n\n" + text_out)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
