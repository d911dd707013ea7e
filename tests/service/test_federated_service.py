"""Federated IPW/AIPW studies through a real coordinator: each party's agent (`cocausal party serve`,
a separate process) answers the rounds from its own CSV; the rewards equal the in-process study on
the pooled rows. A killed agent fails the round with its name; restarted, the study runs again."""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import subprocess

import pytest
from conftest import CLI, child_env, running_coordinator
from service_helpers import REWARD_FIELDS, ihdp_parts, job_state, reference_rewards, study_spec, wait_for

from cocausal.client import Party


def _write_party(tmp_path, coord, spec, name, data) -> tuple[Party, object]:
    """Enrol ``name``, upload its statistics, and leave its CSV and key file for its agent."""
    admin = coord.admin()
    party = Party.enrol(coord.url, admin.invite(spec["name"], name))
    party.upload(party.contribution(data))
    csv = tmp_path / f"{name}.csv"
    data.to_frame().to_csv(csv, index=False)
    config = tmp_path / f"{name}.json"
    config.write_text(json.dumps({"url": coord.url, "api_key": party.api_key, "study": party.study,
                                  "party": party.name, "spec": party.spec}))
    return party, (csv, config)


def _agent(files, log_dir, max_seconds=240) -> subprocess.Popen:
    csv, config = files
    log = open(log_dir / f"{config.stem}-{os.urandom(3).hex()}.log", "w")  # the process owns it
    return subprocess.Popen([*CLI, "party", "serve", str(csv), "--config", str(config), "--max-seconds",
                             str(max_seconds)], stdout=log, stderr=subprocess.STDOUT, env=child_env(),
                            start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def _start_agents(coord, spec, files, log_dir) -> list[subprocess.Popen]:
    """Start one agent per party and wait until each has asked for work (a process takes seconds to start)."""
    agents = [_agent(f, log_dir) for f in files]
    names = [f"party:{config.stem}" for _, config in files]

    def polling():
        rows = coord.sql("SELECT DISTINCT actor FROM audit WHERE action = :a",
                         a=f"GET /v1/studies/{spec['name']}/work")
        return set(names) <= {r[0] for r in rows}

    wait_for(polling, timeout=120, interval=0.2, what="every agent's first poll")
    return agents


def _assert_close(got: dict, expected: dict, context: str) -> None:
    for field in REWARD_FIELDS:
        a, b = got[field], expected[field]
        if b is None:
            assert a is None, f"{context}: {field}"
        else:
            assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), f"{context}: {field} {a!r} vs in-process {b!r}"


def _run_and_check(coord, spec, parties, parts, agents_files, tmp_path, timeout=240):
    admin = coord.admin()
    admin.seal(spec["name"])
    agents = _start_agents(coord, spec, agents_files, tmp_path)
    admin.run(spec["name"])
    try:
        state = wait_for(lambda: job_state(admin, spec["name"]) in ("done", "failed") and job_state(
            admin, spec["name"]), timeout=timeout, interval=0.25, what="the federated study")
        assert state == "done", admin.status(spec["name"])
        expected = reference_rewards(parts, spec)
        for i, party in enumerate(parties):
            _assert_close(party.reward(), expected[i], f"{spec['estimator']} party {i}")
        for a in agents:  # the agents stop by themselves once the study is done
            a.wait(timeout=60)
            assert a.returncode == 0
    finally:
        for a in agents:
            _stop(a)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("estimator", ["ipw", pytest.param("aipw", marks=pytest.mark.slow)])
def test_federated_study_through_agents_equals_in_process(tmp_path, estimator):
    parts = ihdp_parts(3)
    with running_coordinator(tmp_path / "coord", None, with_worker=True) as coord:
        spec = study_spec(parts, estimator=estimator)
        coord.admin().create_study(spec)
        made = [_write_party(tmp_path, coord, spec, f"site-{i}", d) for i, d in enumerate(parts)]
        _run_and_check(coord, spec, [m[0] for m in made], parts, [m[1] for m in made], tmp_path)
        # the rows stayed home: the coordinator holds requests and answered sums, a few dozen per party
        per_party = dict(coord.sql("SELECT p.name, count(*) FROM rounds r JOIN parties p ON r.party_id = p.id "
                                   "GROUP BY p.name"))
        assert set(per_party) == {"site-0", "site-1", "site-2"} and min(per_party.values()) >= 8, per_party
        assert coord.sql("SELECT count(*) FROM rounds WHERE answer IS NULL")[0][0] == 0
        kinds = {k for (k,) in coord.sql("SELECT DISTINCT kind FROM rounds")}
        assert kinds == ({"newton", "ipw_moments", "ipw_correction", "ipw_variance"} if estimator == "ipw"
                         else {"newton", "aipw_moments", "aipw_variance"})


@pytest.mark.timeout(300)
def test_a_killed_agent_fails_the_round_by_name_and_the_study_runs_again(tmp_path):
    parts = ihdp_parts(3)
    with running_coordinator(tmp_path / "coord", None, with_worker=True) as coord:
        admin = coord.admin()
        spec = study_spec(parts, estimator="ipw", round_timeout=4)
        admin.create_study(spec)
        made = [_write_party(tmp_path, coord, spec, f"site-{i}", d) for i, d in enumerate(parts)]
        admin.seal(spec["name"])
        agents = _start_agents(coord, spec, [m[1] for m in made], tmp_path)
        admin.run(spec["name"])
        try:
            victim = made[2][0]
            # kill site-2's agent once it has answered a round (mid-study)
            wait_for(lambda: coord.sql("SELECT count(*) FROM rounds r JOIN parties p ON r.party_id = p.id "
                                       "WHERE p.name = 'site-2' AND r.answer IS NOT NULL")[0][0] > 0,
                     timeout=120, interval=0.05, what="site-2's first answer")
            _stop(agents[2])
            wait_for(lambda: job_state(admin, spec["name"]) == "failed", timeout=120, interval=0.25,
                     what="the round to time out")
            error = admin.status(spec["name"])["job"]["error"]
            assert "site-2" in error and "did not answer" in error and "site-0" not in error, error
            answered_before = coord.sql("SELECT count(*) FROM rounds WHERE answer IS NOT NULL")[0][0]
            # restart the agent and run again: answers already given are reused, the rest are asked
            def polls():
                return coord.sql("SELECT count(*) FROM audit WHERE actor = 'party:site-2' AND action = :a",
                                 a=f"GET /v1/studies/{spec['name']}/work")[0][0]

            before = polls()
            agents[2] = _agent(made[2][1], tmp_path)
            wait_for(lambda: polls() > before, timeout=120, interval=0.2, what="the restarted agent's poll")
            admin.run(spec["name"])
            wait_for(lambda: job_state(admin, spec["name"]) in ("done", "failed") and job_state(
                admin, spec["name"]), timeout=180, interval=0.25, what="the rerun")
            assert job_state(admin, spec["name"]) == "done", admin.status(spec["name"])
            expected = reference_rewards(parts, spec)
            for i, (party, _) in enumerate(made):
                _assert_close(party.reward(), expected[i], f"party {i} after the restart")
            assert victim.reward()["party"] == "site-2"
            assert coord.sql("SELECT count(*) FROM rounds WHERE answer IS NOT NULL")[0][0] > answered_before
        finally:
            for a in agents:
                _stop(a)
