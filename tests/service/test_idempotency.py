"""``Idempotency-Key``: concurrent retries store once and answer alike; a reused key with another
body is a 409; a finished study's reward reads byte for byte the same every time."""

from __future__ import annotations

import json
import threading

import pytest
from service_helpers import ihdp_parts, study_spec

from cocausal.cci import PartyContribution

pytestmark = pytest.mark.timeout(240)


def _enrolled(coord, k=3, **spec_overrides):
    from cocausal.client import Party

    admin = coord.admin()
    parts = ihdp_parts(k)
    spec = study_spec(parts, min_parties=k, **spec_overrides)
    admin.create_study(spec)
    parties = [Party.enrol(coord.url, admin.invite(spec["name"], f"site-{i}")) for i in range(k)]
    return admin, spec, parts, parties


def _uploads_of(coord, study: str, party: str) -> int:
    return int(coord.sql(
        "SELECT count(*) FROM uploads u JOIN parties p ON u.party_id = p.id JOIN studies s ON p.study_id = s.id "
        "WHERE s.name = :s AND p.name = :p", s=study, p=party)[0][0])


@pytest.mark.parametrize("attempt", range(3))
def test_concurrent_same_key_uploads_store_once_and_answer_alike(shared_coordinator, attempt):
    coord = shared_coordinator
    _, spec, parts, parties = _enrolled(coord)
    body = PartyContribution.from_data(parts[0], "site-0").to_json()
    key = f"upload-{spec['name']}"
    barrier = threading.Barrier(2, timeout=30)
    responses: list = [None, None]

    def send(slot: int) -> None:
        with coord.client(parties[0].api_key) as http:
            barrier.wait()
            responses[slot] = http.post(f"/v1/studies/{spec['name']}/uploads", json=body,
                                        headers={"Idempotency-Key": key})

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    first, second = responses
    assert first.status_code == second.status_code == 201, (first.text, second.text)
    assert first.content == second.content
    assert _uploads_of(coord, spec["name"], "site-0") == 1
    assert int(coord.sql("SELECT count(*) FROM idempotency WHERE key = :k", k=key)[0][0]) == 1
    # a third send, later, is the same replay
    with coord.client(parties[0].api_key) as http:
        third = http.post(f"/v1/studies/{spec['name']}/uploads", json=body, headers={"Idempotency-Key": key})
    assert third.status_code == 201 and third.content == first.content


def test_same_key_with_another_body_is_409_naming_the_conflict(shared_coordinator):
    coord = shared_coordinator
    _, spec, parts, parties = _enrolled(coord)
    url = f"/v1/studies/{spec['name']}/uploads"
    body = PartyContribution.from_data(parts[0], "site-0").to_json()
    other = dict(body, outcome_scale=body["outcome_scale"] + 1.0)
    with coord.client(parties[0].api_key) as http:
        assert http.post(url, json=body, headers={"Idempotency-Key": "k-409"}).status_code == 201
        conflict = http.post(url, json=other, headers={"Idempotency-Key": "k-409"})
        # the same key on another route is another request too
        elsewhere = http.get(f"/v1/studies/{spec['name']}/me")
    assert conflict.status_code == 409, conflict.text
    detail = conflict.json()
    assert set(detail) == {"error", "fix"}
    for phrase in ("Idempotency-Key", "k-409", "different request"):
        assert phrase in detail["error"], detail
    assert elsewhere.status_code == 200
    assert _uploads_of(coord, spec["name"], "site-0") == 1
    # the stored contribution is the first body, not the conflicting one
    stored = coord.sql(
        "SELECT u.contribution FROM uploads u JOIN parties p ON u.party_id = p.id JOIN studies s "
        "ON p.study_id = s.id WHERE s.name = :s", s=spec["name"])[0][0]
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert stored["outcome_scale"] == body["outcome_scale"]


def test_admin_posts_replay_with_the_same_key(shared_coordinator):
    coord = shared_coordinator
    spec = study_spec(ihdp_parts(3))
    with coord.client(coord.admin_key) as http:
        first = http.post("/v1/studies", json=spec, headers={"Idempotency-Key": "create-" + spec["name"]})
        again = http.post("/v1/studies", json=spec, headers={"Idempotency-Key": "create-" + spec["name"]})
        fresh = http.post("/v1/studies", json=spec, headers={"Idempotency-Key": "other-" + spec["name"]})
        invite = http.post(f"/v1/studies/{spec['name']}/invitations", json={"party": "p"},
                           headers={"Idempotency-Key": "inv-" + spec["name"]})
        invite_again = http.post(f"/v1/studies/{spec['name']}/invitations", json={"party": "p"},
                                 headers={"Idempotency-Key": "inv-" + spec["name"]})
    assert first.status_code == again.status_code == 201 and first.content == again.content
    assert fresh.status_code == 409  # a new key is a new request: the study exists
    assert invite.status_code == invite_again.status_code == 201
    assert invite.json()["token"] == invite_again.json()["token"]  # one invitation, replayed


def test_reward_is_byte_identical_100_times(shared_coordinator):
    from cocausal.service.settings import CoordinatorSettings
    from cocausal.service.worker import work

    coord = shared_coordinator
    admin, spec, parts, parties = _enrolled(coord)
    for party, part in zip(parties, parts):
        party.upload(party.contribution(part))
    admin.seal(spec["name"])
    admin.run(spec["name"])
    # run the job here (the worker code on the coordinator's database; the server has no worker)
    assert work(CoordinatorSettings.load(coord.data_dir), max_jobs=1, idle_exit=10.0) == 1
    assert admin.status(spec["name"])["job"]["state"] == "done"
    with coord.client(parties[1].api_key) as http:
        raw = [http.get(f"/v1/studies/{spec['name']}/reward") for _ in range(100)]
    assert all(r.status_code == 200 for r in raw)
    assert len({r.content for r in raw}) == 1
    assert json.loads(raw[0].content)["party"] == "site-1"
