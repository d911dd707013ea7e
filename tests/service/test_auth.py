"""Authentication and authorisation refusals: 401/403 with ``{"error", "fix"}``, each one audited."""

from __future__ import annotations

import pytest
from service_helpers import ihdp_parts, study_spec

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def world(shared_coordinator):
    """A study with two enrolled parties (one uploads nothing) on the shared coordinator."""
    from cocausal.client import Party

    coord = shared_coordinator
    admin = coord.admin()
    spec = study_spec(ihdp_parts(3))
    admin.create_study(spec)
    tokens = {name: admin.invite(spec["name"], name) for name in ("a", "b", "c")}
    parties = {name: Party.enrol(coord.url, tokens[name]) for name in ("a", "b")}
    return coord, admin, spec["name"], tokens, parties


def _refused(coord, method, path, *, key=None, headers=None, json=None, status):
    """Send one request; assert the status, the body shape and that an audit row recorded it."""
    before = coord.count("audit")
    with coord.client(key, **(headers or {})) as http:
        response = http.request(method, path, json=json)
    assert response.status_code == status, (method, path, response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error", "fix"}, body
    assert body["error"] and body["fix"]
    rows = coord.sql("SELECT outcome, action FROM audit ORDER BY id DESC LIMIT 1")
    assert coord.count("audit") == before + 1, f"{method} {path} left {coord.count('audit') - before} audit rows"
    assert rows[0][0] == status and rows[0][1] == f"{method} {path}", rows
    return body


def test_missing_malformed_and_unknown_keys_are_401_and_audited(world):
    coord, _, study, _, _ = world
    path = f"/v1/studies/{study}/me"
    bodies = [
        _refused(coord, "GET", path, status=401),
        _refused(coord, "GET", path, headers={"Authorization": "Bearer"}, status=401),
        _refused(coord, "GET", path, headers={"Authorization": "Basic dXNlcjpwYXNz"}, status=401),
        _refused(coord, "GET", path, headers={"Authorization": "Bearer short"}, status=401),
        _refused(coord, "GET", path, headers={"Authorization": "Bearer " + "x" * 500}, status=401),
        _refused(coord, "GET", path, key="ccparty_" + "A" * 43, status=401),
        _refused(coord, "GET", "/v1/studies", key="ccadmin_" + "A" * 43, status=401),
    ]
    assert all(b == bodies[0] for b in bodies), "every 401 reads the same (no hint which check failed)"


def test_revoked_party_key_is_401_and_audited(world):
    coord, admin, study, _, parties = world
    with coord.client(parties["b"].api_key) as http:
        assert http.get(f"/v1/studies/{study}/me").status_code == 200
    admin.revoke(study, "b")
    _refused(coord, "GET", f"/v1/studies/{study}/me", key=parties["b"].api_key, status=401)
    _refused(coord, "GET", f"/v1/studies/{study}/summary", key=parties["b"].api_key, status=401)
    # the other party is unaffected
    with coord.client(parties["a"].api_key) as http:
        assert http.get(f"/v1/studies/{study}/me").status_code == 200


def test_reused_and_revoked_enrolment_tokens_are_401_and_audited(world):
    coord, admin, study, tokens, _ = world
    _refused(coord, "POST", "/v1/enrol", json={"token": tokens["a"]}, status=401)
    _refused(coord, "POST", "/v1/enrol", json={"token": "ccinv_" + "z" * 40}, status=401)
    admin.revoke(study, "c")  # invited, never enrolled: its token dies with it
    _refused(coord, "POST", "/v1/enrol", json={"token": tokens["c"]}, status=401)


def test_admin_key_on_party_routes_is_403_and_audited(world):
    coord, _, study, _, _ = world
    for method, path, body in (("GET", f"/v1/studies/{study}/me", None),
                               ("GET", f"/v1/studies/{study}/reward", None),
                               ("POST", f"/v1/studies/{study}/uploads", {"format": "x"})):
        _refused(coord, method, path, key=coord.admin_key, json=body, status=403)


def test_party_key_on_admin_routes_is_403_and_audited(world):
    coord, _, study, _, parties = world
    key = parties["a"].api_key
    for method, path, body in (("GET", "/v1/studies", None),
                               ("GET", f"/v1/studies/{study}", None),
                               ("GET", "/v1/audit/verify", None),
                               ("POST", f"/v1/studies/{study}/seal", None),
                               ("POST", f"/v1/studies/{study}/run", None),
                               ("POST", f"/v1/studies/{study}/invitations", {"party": "mallory"}),
                               ("POST", f"/v1/studies/{study}/parties/b/revoke", None),
                               ("POST", "/v1/studies", study_spec(ihdp_parts(3)))):
        _refused(coord, method, path, key=key, json=body, status=403)
    # nothing happened: b is still enrolled, no party 'mallory'
    states = {p["party"]: p["state"] for p in coord.admin().status(study)["parties"]}
    assert states == {"a": "enrolled", "b": "enrolled", "c": "invited"}


def test_other_study_reads_the_same_as_no_study(world):
    coord, admin, study, _, parties = world
    other = study_spec(ihdp_parts(3))
    admin.create_study(other)
    key = parties["a"].api_key
    for route in ("me", "reward", "summary"):
        exists = _refused(coord, "GET", f"/v1/studies/{other['name']}/{route}", key=key, status=403)
        missing = _refused(coord, "GET", f"/v1/studies/no-such-study-{route}/{route}", key=key, status=403)
        assert exists == missing
    with coord.client(key) as http:
        exists = http.post(f"/v1/studies/{other['name']}/uploads", json={"format": "x"})
        missing = http.post("/v1/studies/no-such-study/uploads", json={"format": "x"})
    assert exists.status_code == missing.status_code == 403
    assert exists.content == missing.content


def test_audit_chain_stays_intact(world):
    coord, admin, *_ = world
    verified = admin.verify_audit()
    assert verified["ok"] is True and verified["first_bad"] is None
    assert verified["rows"] == coord.count("audit") - 1  # its own row is appended after counting
