"""The persisted privacy ledger: a DP release and its charge commit together, a retry replays the
stored release, overspend is refused under concurrency and across restarts, and a server killed
between the draw and the commit has charged nothing."""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import subprocess
import sys

import numpy as np
import pytest
from conftest import child_env, free_port_number, init_coordinator_dir, run_cli
from service_helpers import ihdp_parts, study_spec, wait_for

from cocausal.client import CoordinatorError, Party
from cocausal.service import PROTOCOL_VERSION

BOUNDS = [-5.0, 15.0]  # IHDP's outcomes lie in [-1.6, 11.3]


def _sealed_study(coord, budget=3.0):
    admin = coord.admin()
    parts = ihdp_parts(3)
    spec = study_spec(parts, privacy={"budget": budget, "outcome_bounds": BOUNDS})
    admin.create_study(spec)
    parties = [Party.enrol(coord.url, admin.invite(spec["name"], f"site-{i}")) for i in range(3)]
    for party, data in zip(parties, parts, strict=True):
        party.upload(party.contribution(data))
    admin.seal(spec["name"])
    return admin, spec["name"], parties, parts


def _non_private(parts) -> float:
    y1 = np.concatenate([p.y[p.t == 1] for p in parts])
    y0 = np.concatenate([p.y[p.t == 0] for p in parts])
    return float(y1.mean() - y0.mean())


def test_a_release_is_charged_once_and_a_retry_replays_it(any_coordinator):
    admin, study, parties, _ = _sealed_study(any_coordinator)
    first = admin.release(study, 1.0, idempotency_key="release-1")
    again = admin.release(study, 1.0, idempotency_key="release-1")
    assert again == first  # the stored release, not a new draw
    ledger = admin.releases(study)
    assert len(ledger["releases"]) == 1 and math.isclose(ledger["spent"], 1.0, rel_tol=1e-9)
    assert ledger["releases"][0]["id"] == first["id"] and ledger["releases"][0]["ate"] == first["ate"]
    assert first["release"]["relation"].startswith("label") and first["level"] == "label"
    # published to the study's parties, with the noise level that makes a useless release look useless
    seen = parties[0].releases()
    assert seen["releases"][0]["ate"] == first["ate"] and seen["releases"][0]["noise_sd"] > 0
    admin.release(study, 1.5)
    with pytest.raises(CoordinatorError) as refused:
        admin.release(study, 1.0)
    assert refused.value.status == 409 and "privacy budget exceeded" in refused.value.error


def test_huge_epsilon_equals_the_non_private_estimate(any_coordinator):
    admin, study, _, parts = _sealed_study(any_coordinator, budget=1000.0)
    got = admin.release(study, 1000.0)
    assert got["noise_sd"] < 1e-3
    # the error is the sum of two scaled Laplace draws: beyond 10 noise sd with probability < 1e-5
    assert abs(got["ate"] - _non_private(parts)) < 10 * got["noise_sd"]


def test_release_and_ledger_on_the_command_line(any_coordinator):
    _, study, _, _ = _sealed_study(any_coordinator, budget=2.0)
    env = child_env(COCAUSAL_URL=any_coordinator.url, COCAUSAL_ADMIN_KEY=any_coordinator.admin_key)
    out = run_cli("coordinator", "release", study, "--epsilon", "1.5", env=env).stdout
    assert "ATE (DP)" in out and "1.5 of 2" in out
    assert "1.5 of 2 spent" in run_cli("coordinator", "ledger", study, env=env).stdout
    refused = run_cli("coordinator", "release", study, "--epsilon", "1", env=env, check=False)
    assert refused.returncode == 2 and "privacy budget exceeded" in refused.stderr


def test_refusals_name_the_problem(any_coordinator):
    admin = any_coordinator.admin()
    parts = ihdp_parts(3)
    plain = study_spec(parts)
    admin.create_study(plain)
    with pytest.raises(CoordinatorError, match="has no privacy budget"):
        admin.release(plain["name"], 1.0)
    spec = study_spec(parts, privacy={"budget": 1.0, "outcome_bounds": [0.0, 5.0]})
    admin.create_study(spec)
    party = Party.enrol(any_coordinator.url, admin.invite(spec["name"], "site-0"))
    with pytest.raises(ValueError, match="outside the study's public bounds"):
        party.contribution(parts[0])  # checked before anything leaves the party
    with pytest.raises(CoordinatorError, match="is open"):
        admin.release(spec["name"], 0.5)


_CONCURRENT = r'''
import json, sys, threading
import httpx
from cocausal.service import PROTOCOL_VERSION
url, key, study, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
codes = [None] * n
barrier = threading.Barrier(n)
def one(i):
    with httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {key}",
                                                          "X-Cocausal-Protocol": str(PROTOCOL_VERSION)}) as c:
        barrier.wait()
        r = c.post(f"/v1/studies/{study}/releases", json={"epsilon": 1.0}, headers={"Idempotency-Key": f"k{i}"})
        codes[i] = r.status_code
threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
for t in threads: t.start()
for t in threads: t.join(timeout=300)
print(json.dumps(codes))
'''


@pytest.mark.timeout(600)
def test_twenty_concurrent_releases_against_a_budget_of_three(any_coordinator, tmp_path):
    admin, study, _, _ = _sealed_study(any_coordinator, budget=3.0)
    script = tmp_path / "concurrent.py"
    script.write_text(_CONCURRENT)
    out = subprocess.run([sys.executable, str(script), any_coordinator.url, any_coordinator.admin_key, study, "20"],
                         capture_output=True, text=True, timeout=400, env=child_env())
    codes = json.loads(out.stdout.strip().splitlines()[-1])
    assert sorted(codes).count(201) == 3 and codes.count(409) == 17, codes
    assert len(admin.releases(study)["releases"]) == 3
    any_coordinator.restart()  # kill -9 and start: the ledger is in the database
    ledger = any_coordinator.admin().releases(study)
    assert len(ledger["releases"]) == 3 and ledger["spent"] <= 3.0
    with pytest.raises(CoordinatorError, match="privacy budget exceeded"):
        any_coordinator.admin().release(study, 0.5)


# A server whose release pauses after drawing the noise, inside the transaction that charges it.
_PAUSING_SERVER = r'''
import sys, time
import cocausal.service.app as app
_draw = app.label_dp_difference_in_means
def pausing(*args, **kwargs):
    out = _draw(*args, **kwargs)
    print("DRAWN", flush=True)
    time.sleep(120)
    return out
app.label_dp_difference_in_means = pausing
from cocausal.cli import main
sys.exit(main(["coordinator", "serve", sys.argv[1], "--host", "127.0.0.1", "--port", sys.argv[2]]))
'''


@pytest.mark.timeout(600)
def test_a_server_killed_between_draw_and_commit_has_charged_nothing(tmp_path):
    data_dir = tmp_path / "pausing"
    key = init_coordinator_dir(data_dir, None)
    port = free_port_number()
    script = tmp_path / "pausing.py"
    script.write_text(_PAUSING_SERVER)
    log_path = tmp_path / "pausing.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, str(script), str(data_dir), str(port)], stdout=log,
                                stderr=subprocess.STDOUT, env=child_env(), start_new_session=True)
    try:
        from cocausal.client import Coordinator

        url = f"http://127.0.0.1:{port}"

        class Running:  # what _sealed_study needs of a coordinator
            pass

        running = Running()
        running.url, running.admin = url, lambda: Coordinator(url, key)
        wait_for(lambda: _healthy(url), timeout=120, interval=0.2, what="the pausing server")
        _, study, _, _ = _sealed_study(running)
        poster = subprocess.Popen([sys.executable, "-c", (
            "import httpx, sys; httpx.post(sys.argv[1] + '/v1/studies/' + sys.argv[3] + '/releases', "
            "json={'epsilon': 1.0}, headers={'Authorization': 'Bearer ' + sys.argv[2], "
            "'X-Cocausal-Protocol': sys.argv[4], "
            "'Idempotency-Key': 'after-crash'}, timeout=300)"), url, key, study, str(PROTOCOL_VERSION)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env())
        wait_for(lambda: "DRAWN" in log_path.read_text(), timeout=120, interval=0.1, what="the draw")
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        poster.kill()
        poster.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    # an ordinary server on the same folder: nothing was charged, the retry makes the release once
    restarted = make_coordinator_on(data_dir, key)
    try:
        admin = restarted.admin()
        assert admin.releases(study)["releases"] == [] and admin.releases(study)["spent"] == 0
        first = admin.release(study, 1.0, idempotency_key="after-crash")
        assert admin.release(study, 1.0, idempotency_key="after-crash") == first
        assert math.isclose(admin.releases(study)["spent"], 1.0, rel_tol=1e-9)
    finally:
        restarted.kill9()


def _healthy(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def make_coordinator_on(data_dir, key):
    from conftest import RunningCoordinator

    coord = RunningCoordinator(data_dir, key, None, free_port_number())
    coord.start()
    return coord


def test_privATE_releases_need_rows_mode_and_are_charged(shared_coordinator):
    admin = shared_coordinator.admin()
    parts = ihdp_parts(3)
    privacy = {"budget": 10.0, "outcome_bounds": BOUNDS}
    spec = study_spec(parts, mode="rows", estimator="psm", privacy={**privacy, "covariate_bounds": [-3.0, 3.0]})
    admin.create_study(spec)
    for i, data in enumerate(parts):
        Party.enrol(shared_coordinator.url, admin.invite(spec["name"], f"site-{i}")).send_rows(data)
    admin.seal(spec["name"])
    label = admin.release(spec["name"], 4.0, estimator="privATE")
    sample = admin.release(spec["name"], 4.0, estimator="privATE", level="sample")
    assert (label["level"], sample["level"]) == ("label", "sample")
    assert math.isclose(sample["spent"], 8.0, rel_tol=1e-9)
    assert all(r["relation"] for r in label["releases"])  # each OpenDP release declared with its relation
    assert "reference_ate" not in label  # the non-private comparison never leaves
    with pytest.raises(CoordinatorError, match="privacy budget exceeded"):
        admin.release(spec["name"], 4.0, estimator="privATE")
    admin.close(spec["name"])
    # statistics studies hold no rows to match
    stats = study_spec(parts, privacy=privacy, min_parties=1)
    admin.create_study(stats)
    party = Party.enrol(shared_coordinator.url, admin.invite(stats["name"], "site-0"))
    party.upload(party.contribution(parts[0]))
    admin.seal(stats["name"])
    with pytest.raises(CoordinatorError, match="needs the rows"):
        admin.release(stats["name"], 1.0, estimator="privATE")
