"""20 parties enrol and upload at once, each from its own process: every row lands, no client
sees an error (in particular no SQLite "database is locked")."""

from __future__ import annotations

import multiprocessing
import queue
import time

import pytest
from service_helpers import study_spec, synthetic_parts

N_PARTIES = 20


def _party_process(url: str, token: str, part, barrier, results) -> None:
    """One party: enrol and upload right after every other party is ready (the SDK, over HTTP)."""
    try:
        from cocausal.client import Party

        barrier.wait(timeout=60)
        party = Party.enrol(url, token)
        receipt = party.upload(party.contribution(part))
        status = party.status()
        results.put((party.name, "ok", receipt["sha256"], status["state"]))
    except BaseException as exc:  # reported to the test, never swallowed
        results.put((token[:12], "error", f"{type(exc).__name__}: {exc}", None))


@pytest.mark.timeout(300)
def test_twenty_parties_upload_concurrently(any_coordinator):
    coord = any_coordinator
    admin = coord.admin()
    parts = synthetic_parts(N_PARTIES)
    spec = study_spec(parts, min_parties=N_PARTIES)
    admin.create_study(spec)
    tokens = [admin.invite(spec["name"], f"site-{i:02d}") for i in range(N_PARTIES)]

    ctx = multiprocessing.get_context("fork")  # children start at once (no re-import of the package)
    barrier, results = ctx.Barrier(N_PARTIES), ctx.Queue()
    procs = [ctx.Process(target=_party_process, args=(coord.url, token, part, barrier, results))
             for token, part in zip(tokens, parts)]
    for p in procs:
        p.start()
    outcomes = []
    deadline = time.monotonic() + 180
    try:
        for _ in range(N_PARTIES):
            try:
                outcomes.append(results.get(timeout=max(1.0, deadline - time.monotonic())))
            except queue.Empty:
                break
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
                p.join(timeout=10)
    errors = [o for o in outcomes if o[1] != "ok"]
    assert not errors, f"client errors: {errors}\n{coord.log()}"
    assert len(outcomes) == N_PARTIES, f"only {len(outcomes)} of {N_PARTIES} parties reported"
    assert not any("locked" in str(o) for o in outcomes)
    assert all(p.exitcode == 0 for p in procs)

    rows = coord.sql(
        "SELECT p.name, u.sha256 FROM uploads u JOIN parties p ON u.party_id = p.id JOIN studies s "
        "ON p.study_id = s.id WHERE s.name = :s ORDER BY p.name", s=spec["name"])
    assert [r[0] for r in rows] == [f"site-{i:02d}" for i in range(N_PARTIES)]
    assert {r[0]: r[1] for r in rows} == {o[0]: o[2] for o in outcomes}
    assert all(o[3] == "uploaded" for o in outcomes)
    status = admin.status(spec["name"])
    assert [p["state"] for p in status["parties"]] == ["uploaded"] * N_PARTIES
    assert admin.seal(spec["name"])["parties"] == N_PARTIES
    verified = admin.verify_audit()
    assert verified["ok"] is True, verified  # concurrent appends never fork the chain
    assert "database is locked" not in coord.log()


@pytest.mark.timeout(240)
def test_a_one_time_token_enrols_once_under_concurrent_use(any_coordinator):
    """The same enrolment token sent by several clients at once yields exactly one API key."""
    import threading

    coord = any_coordinator
    admin = coord.admin()
    spec = study_spec(synthetic_parts(1))
    admin.create_study(spec)
    senders = 4
    for round_ in range(5):
        name = f"dup-{round_}"
        token = admin.invite(spec["name"], name)
        barrier = threading.Barrier(senders, timeout=30)
        codes: list = [None] * senders

        def send(slot: int, token=token, barrier=barrier, codes=codes) -> None:
            with coord.client() as http:
                barrier.wait()
                codes[slot] = http.post("/v1/enrol", json={"token": token}).status_code

        threads = [threading.Thread(target=send, args=(i,)) for i in range(senders)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(codes) == [201] + [401] * (senders - 1), (round_, codes)
        keys = coord.sql("SELECT count(*) FROM credentials c JOIN parties p ON c.party_id = p.id "
                         "JOIN studies s ON p.study_id = s.id WHERE s.name = :s AND p.name = :p",
                         s=spec["name"], p=name)
        assert keys[0][0] == 1, f"round {round_}: {keys[0][0]} API keys for one one-time token"
