"""Parties on separate hosts: the coordinator and three parties each in its own network namespace.

A namespace holding only a bridge joins four namespaces (coordinator, site-0..2) by veth
pairs on a private /24, so the traffic never reaches the machine's own interfaces. The
coordinator listens on its namespace's address; every admin and party action runs as a
process inside its own namespace. A linear-POR study and a federated IPW study run over that
network and their rewards equal the in-process ones. Latency by ``tc netem`` is added where
the kernel has it (and skipped with a message where it does not).

Needs root and ``ip netns`` (skips with the reason otherwise).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import CLI, child_env, init_coordinator_dir
from service_helpers import REWARD_FIELDS, ihdp_parts, reference_rewards, study_spec

pytestmark = pytest.mark.slow

HOSTS = ("coord", "site-0", "site-1", "site-2")

# One script run inside a namespace per action: admin steps, a party's enrol+upload, a party's reward.
_DRIVER = r'''
import json, sys, time
import httpx
from cocausal.client import Coordinator, Party
from cocausal.data import CausalData
import pandas as pd

action, args = sys.argv[1], json.loads(sys.argv[2])
if action == "create":
    for _ in range(600):
        try:
            if httpx.get(args["url"] + "/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    admin = Coordinator(args["url"], args["key"])
    admin.create_study(args["spec"])
    print(json.dumps({name: admin.invite(args["spec"]["name"], name) for name in args["parties"]}))
elif action == "join":
    party = Party.enrol(args["url"], args["token"])
    frame = pd.read_csv(args["csv"])
    data = CausalData.from_frame(frame, treatment="t", outcome="y", covariates=party.spec["covariates"])
    party.upload(party.contribution(data))
    json.dump({"url": args["url"], "api_key": party.api_key, "study": party.study, "party": party.name,
               "spec": party.spec}, open(args["config"], "w"))
    print(json.dumps({"party": party.name}))
elif action == "run":
    admin = Coordinator(args["url"], args["key"])
    admin.seal(args["study"])
    admin.run(args["study"])
    t = time.perf_counter()
    for _ in range(6000):
        state = admin.status(args["study"])["state"]
        if state in ("done", "failed"):
            break
        time.sleep(0.1)
    print(json.dumps({"state": state, "seconds": time.perf_counter() - t, "job": admin.status(args["study"])["job"]}))
elif action == "reward":
    stored = json.load(open(args["config"]))
    party = Party(stored["url"], stored["api_key"], stored["study"], stored["party"], stored["spec"])
    print(json.dumps(party.reward()))
'''


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=30)


class Network:
    """Namespaces ``cc<tag>-<host>`` and a bridge namespace ``cc<tag>-sw``, on 10.213.<k>.0/24."""

    def __init__(self) -> None:
        self.tag = f"{os.getpid() % 100000}"
        self.subnet = f"10.213.{os.getpid() % 250 + 1}"
        self.ns = {h: f"cc{self.tag}-{h}" for h in HOSTS}
        self.switch = f"cc{self.tag}-sw"
        self.addr = {h: f"{self.subnet}.{i + 1}" for i, h in enumerate(HOSTS)}
        self.netem = None

    def __enter__(self) -> Network:
        _ip("netns", "add", self.switch)
        _ip("-n", self.switch, "link", "add", "br0", "type", "bridge")
        _ip("-n", self.switch, "link", "set", "br0", "up")
        for i, h in enumerate(HOSTS):
            ns = self.ns[h]
            _ip("netns", "add", ns)
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", f"port{i}", "netns", self.switch)
            _ip("-n", self.switch, "link", "set", f"port{i}", "master", "br0")
            _ip("-n", self.switch, "link", "set", f"port{i}", "up")
            _ip("-n", ns, "addr", "add", f"{self.addr[h]}/24", "dev", "eth0")
            _ip("-n", ns, "link", "set", "eth0", "up")
        return self

    def add_latency(self, ms: int) -> str | None:
        """``tc netem`` delay on every host's link; the reason it cannot, or None."""
        for h in HOSTS:
            out = subprocess.run(["ip", "netns", "exec", self.ns[h], "tc", "qdisc", "add", "dev", "eth0", "root",
                                  "netem", "delay", f"{ms}ms"], capture_output=True, text=True, timeout=30)
            if out.returncode != 0:
                return f"tc netem unavailable here ({out.stderr.strip() or out.returncode})"
        self.netem = ms
        return None

    def run(self, host: str, argv: list[str], **kw) -> subprocess.CompletedProcess:
        return subprocess.run(["ip", "netns", "exec", self.ns[host], *argv], capture_output=True, text=True,
                              env=child_env(), **kw)

    def popen(self, host: str, argv: list[str], log) -> subprocess.Popen:
        return subprocess.Popen(["ip", "netns", "exec", self.ns[host], *argv], stdout=log, stderr=subprocess.STDOUT,
                                env=child_env(), start_new_session=True)

    def __exit__(self, *exc) -> None:
        for ns in [*self.ns.values(), self.switch]:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=30)


def _netns_available() -> str | None:
    if os.geteuid() != 0 or shutil.which("ip") is None:
        return "needs root and iproute2 (ip netns)"
    probe = f"ccprobe{os.getpid()}"
    out = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        return f"ip netns add failed: {out.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True, timeout=30)
    return None


def _driver(net: Network, host: str, action: str, args: dict, tmp_path) -> dict:
    script = tmp_path / "driver.py"
    script.write_text(_DRIVER)
    out = net.run(host, [sys.executable, str(script), action, json.dumps(args)], timeout=900)
    assert out.returncode == 0, f"{action} in {host}: {out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def _study(net, tmp_path, url, key, parts, spec, agents: bool) -> dict:
    names = [f"site-{i}" for i in range(len(parts))]
    tokens = _driver(net, "coord", "create", {"url": url, "key": key, "spec": spec, "parties": names}, tmp_path)
    configs = {}
    for name, data in zip(names, parts, strict=True):
        csv = tmp_path / f"{spec['name']}-{name}.csv"
        data.to_frame().to_csv(csv, index=False)
        configs[name] = tmp_path / f"{spec['name']}-{name}.json"
        _driver(net, name, "join", {"url": url, "token": tokens[name], "csv": str(csv),
                                    "config": str(configs[name])}, tmp_path)
    procs = []
    if agents:
        for name in names:
            log = open(tmp_path / f"{spec['name']}-{name}-agent.log", "w")  # the process owns it
            procs.append(net.popen(name, [*CLI, "party", "serve", str(tmp_path / f"{spec['name']}-{name}.csv"),
                                          "--config", str(configs[name]), "--max-seconds", "600"], log))
        time.sleep(3.0)  # the agents start (a round waits for them anyway, up to round_timeout)
    try:
        ran = _driver(net, "coord", "run", {"url": url, "key": key, "study": spec["name"]}, tmp_path)
        assert ran["state"] == "done", ran
        rewards = [_driver(net, name, "reward", {"config": str(configs[name])}, tmp_path) for name in names]
    finally:
        for p in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, 9)
            p.wait(timeout=30)
    expected = reference_rewards(parts, spec)
    for i, got in enumerate(rewards):
        for field in REWARD_FIELDS:
            a, b = got[field], expected[i][field]
            if spec.get("estimator", "por") == "por":
                assert a == b, f"{spec['name']} site-{i} {field}: {a!r} != {b!r}"  # bit for bit
            else:
                assert (a is None and b is None) or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), (field, a, b)
    return ran


@pytest.mark.timeout(900)
def test_studies_across_network_namespaces(tmp_path):
    reason = _netns_available()
    if reason:
        pytest.skip(reason)
    parts = ihdp_parts(3)
    with Network() as net:
        data_dir = tmp_path / "coord"
        key = init_coordinator_dir(data_dir, None)
        url = f"http://{net.addr['coord']}:8000"
        log = open(tmp_path / "serve.log", "w")  # the process owns it
        server = net.popen("coord", [*CLI, "coordinator", "serve", str(data_dir), "--host", net.addr["coord"],
                                     "--port", "8000", "--with-worker"], log)
        try:
            # from the machine's own namespace the coordinator is not reachable (whatever answers there, if
            # anything, is not it): the traffic stays inside the namespaces
            probe = subprocess.run([sys.executable, "-c", "import httpx, sys\ntry:\n    r = httpx.get(sys.argv[1], "
                                    "timeout=2)\n    print(r.status_code == 200 and 'protocol' in r.text)\nexcept "
                                    "httpx.HTTPError:\n    print(False)", f"{url}/v1/health"],
                                   capture_output=True, text=True, timeout=60)
            assert probe.stdout.strip() == "False", probe
            por = _study(net, tmp_path, url, key, parts, study_spec(parts, name="netns-por"), agents=False)
            ipw = _study(net, tmp_path, url, key, parts, study_spec(parts, name="netns-ipw", estimator="ipw"),
                         agents=True)
            report = {"por_seconds": por["seconds"], "ipw_seconds": ipw["seconds"]}
            no_netem = net.add_latency(20)
            if no_netem is None:
                slow = _study(net, tmp_path, url, key, parts,
                              study_spec(parts, name="netns-ipw-20ms", estimator="ipw"), agents=True)
                report["ipw_seconds_20ms"] = slow["seconds"]
            else:
                report["netem"] = no_netem
            with contextlib.closing(sqlite3.connect(data_dir / "coordinator.db")) as db:
                report["round_requests"] = dict(db.execute(
                    "SELECT s.name, count(*) FROM rounds r JOIN jobs j ON r.job_id = j.id JOIN studies s "
                    "ON j.study_id = s.id GROUP BY s.name").fetchall())
            (tmp_path / "netns-report.json").write_text(json.dumps(report, indent=2))
            print("netns study report:", json.dumps(report))
            if no_netem is not None:
                print(f"latency part skipped: {no_netem}")
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, 9)
            server.wait(timeout=30)
