"""kill -9: the server after an upload (the retry with the same key gets the stored answer), and a
worker mid-run (another worker takes the job over once the lease expires, with the same numbers)."""

from __future__ import annotations

import os
import signal
import subprocess

import pytest
from conftest import CLI, child_env, run_cli
from service_helpers import (
    assert_same_reward,
    ihdp_parts,
    job_state,
    reference_rewards,
    study_spec,
    wait_for,
)

from cocausal.cci import PartyContribution

LEASE = "2"

# A worker whose study run first sleeps (so it can be killed while it holds the job); the
# heartbeat thread keeps its lease alive until the kill.
_SLOW_WORKER = """
import sys, time
import cocausal.service.worker as w
_run = w.run_study
def slow(*args, **kwargs):
    print("RUNNING", flush=True)
    time.sleep(120)
    return _run(*args, **kwargs)
w.run_study = slow
from cocausal.cli import main
sys.exit(main(["coordinator", "worker", sys.argv[1], "--max-jobs", "1"]))
"""


def _uploads(coord, party: str) -> int:
    return int(coord.sql("SELECT count(*) FROM uploads u JOIN parties p ON u.party_id = p.id WHERE p.name = :p",
                         p=party)[0][0])


@pytest.mark.timeout(240)
def test_upload_retry_after_kill9_and_restart_gets_the_stored_response(coordinator):
    from cocausal.client import Party

    admin = coordinator.admin()
    parts = ihdp_parts(3)
    spec = study_spec(parts)
    admin.create_study(spec)
    party = Party.enrol(coordinator.url, admin.invite(spec["name"], "site-0"))
    body = PartyContribution.from_data(parts[0], "site-0").to_json()
    url = f"/v1/studies/{spec['name']}/uploads"
    with coordinator.client(party.api_key) as http:
        first = http.post(url, json=body, headers={"Idempotency-Key": "crash-1"})
    assert first.status_code == 201, first.text

    coordinator.restart()  # kill -9, then serve again on the same folder

    with coordinator.client(party.api_key) as http:
        again = http.post(url, json=body, headers={"Idempotency-Key": "crash-1"})
        other_key = http.post(url, json=body, headers={"Idempotency-Key": "crash-2"})
        me = http.get(f"/v1/studies/{spec['name']}/me").json()
    assert again.status_code == 201 and again.content == first.content
    assert other_key.status_code == 409 and "already uploaded" in other_key.json()["error"]
    assert _uploads(coordinator, "site-0") == 1
    assert me["state"] == "uploaded" and me["upload"]["sha256"] == first.json()["sha256"]
    assert admin.verify_audit()["ok"] is True


def _prepared_study(coord, parts, spec):
    from cocausal.client import Party

    admin = coord.admin()
    admin.create_study(spec)
    parties = []
    for i, part in enumerate(parts):
        p = Party.enrol(coord.url, admin.invite(spec["name"], f"site-{i}"))
        p.upload(p.contribution(part))
        parties.append(p)
    admin.seal(spec["name"])
    admin.run(spec["name"])
    return admin, parties


@pytest.mark.timeout(300)
def test_killed_worker_job_is_taken_over_with_identical_results(coordinator, tmp_path):
    from cocausal.client import Coordinator

    parts = ihdp_parts(3)
    spec = study_spec(parts, name="crash-run", seed=5, min_parties=3)
    admin, parties = _prepared_study(coordinator, parts, spec)
    env = child_env(COCAUSAL_COORDINATOR_LEASE_SECONDS=LEASE)

    slow = subprocess.Popen([*CLI[:1], "-c", _SLOW_WORKER, str(coordinator.data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    try:
        wait_for(lambda: slow.poll() is not None or job_state(admin, spec["name"]) == "running", timeout=90,
                 what="the first worker to claim the job")
        assert slow.poll() is None, slow.stdout.read()
        lines = []
        for _ in range(200):  # it is inside the run, holding the lease (warnings may come first)
            lines.append(slow.stdout.readline())
            if lines[-1].strip() == "RUNNING" or not lines[-1]:
                break
        assert lines[-1].strip() == "RUNNING", "".join(lines)
        os.killpg(slow.pid, signal.SIGKILL)
        slow.wait(timeout=30)
    finally:
        if slow.poll() is None:
            os.killpg(slow.pid, signal.SIGKILL)
            slow.wait(timeout=30)
    status = admin.status(spec["name"])
    assert status["job"] == {"state": "running", "attempts": 1, "error": None}
    assert status["result"] is None

    run_cli("coordinator", "worker", coordinator.data_dir, "--max-jobs", "1", "--idle-exit", "60", env=env,
            timeout=180)
    status = admin.status(spec["name"])
    assert status["state"] == "done"
    assert status["job"]["state"] == "done" and status["job"]["attempts"] == 2, status["job"]

    # an uninterrupted run of the same data and seed on another coordinator
    other = Coordinator.local(tmp_path / "uninterrupted")
    other.create_study(spec)
    local_parties = []
    for i, part in enumerate(parts):
        p = other.enrol(other.invite(spec["name"], f"site-{i}"))
        p.upload(p.contribution(part))
        local_parties.append(p)
    other.seal(spec["name"])
    other.run(spec["name"])
    reference = other.status(spec["name"])
    assert reference["job"]["attempts"] == 1
    assert status["result"] == reference["result"]
    expected = reference_rewards(parts, spec)
    for i, (party, local_party) in enumerate(zip(parties, local_parties)):
        got = party.reward()
        assert got == local_party.reward()
        assert_same_reward(got, expected[i], context=f"site-{i}")
