"""Refused requests say why and how to fix it: disclosure, schema, estimator, protocol, JSON body;
and a bounded schemathesis run over the live OpenAPI finds no 5xx."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import child_env
from service_helpers import study_spec, synthetic_parts

from cocausal.cci import PartyContribution
from cocausal.data import CausalData
from cocausal.service import PROTOCOL_VERSION

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def open_study(shared_coordinator):
    from cocausal.client import Party

    coord = shared_coordinator
    admin = coord.admin()
    parts = synthetic_parts(2, n=80, p=3)
    spec = study_spec(parts, min_arm=20)
    admin.create_study(spec)
    party = Party.enrol(coord.url, admin.invite(spec["name"], "site-0"))
    return coord, spec, party


def _assert_refusal(response, status: int, *phrases: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "fix"} and body["fix"], body
    for phrase in phrases:
        assert phrase in body["error"], (phrase, body["error"])
    return body


def test_small_arm_is_refused_naming_the_threshold(open_study):
    coord, spec, party = open_study
    rng = np.random.default_rng(1)
    t = np.zeros(80, dtype=int)
    t[:12] = 1  # 12 treated < min_arm 20
    X = rng.normal(size=(80, 3))
    data = CausalData(X, t, X.sum(axis=1) + t + rng.normal(size=80), feature_names=("x1", "x2", "x3"))
    body = PartyContribution.from_data(data, "site-0").to_json()
    with coord.client(party.api_key) as http:
        response = http.post(f"/v1/studies/{spec['name']}/uploads", json=body)
        me = http.get(f"/v1/studies/{spec['name']}/me").json()
    _assert_refusal(response, 422, "treated arm has 12 units", "disclosure threshold of 20")
    assert me["state"] == "enrolled" and me["upload"] is None
    with pytest.raises(ValueError, match="disclosure threshold of 20"):  # the SDK refuses it before sending
        party.contribution(data)


def test_schema_mismatch_names_the_columns(open_study):
    coord, spec, party = open_study
    part = synthetic_parts(1, n=80, p=3)[0]
    renamed = CausalData(part.X, part.t, part.y, feature_names=("x1", "x2", "dose"))
    body = PartyContribution.from_data(renamed, "site-0").to_json()
    with coord.client(party.api_key) as http:
        response = http.post(f"/v1/studies/{spec['name']}/uploads", json=body)
        reordered = PartyContribution.from_data(
            CausalData(part.X[:, ::-1], part.t, part.y, feature_names=("x3", "x2", "x1")), "site-0").to_json()
        response2 = http.post(f"/v1/studies/{spec['name']}/uploads", json=reordered)
        wrong_label = PartyContribution.from_data(part, "site-9").to_json()
        response3 = http.post(f"/v1/studies/{spec['name']}/uploads", json=wrong_label)
        garbage = http.post(f"/v1/studies/{spec['name']}/uploads", json={"format": "cocausal.cci.contribution"})
    _assert_refusal(response, 422, "missing ['x3']", "unexpected ['dose']")
    _assert_refusal(response2, 422, "same columns in another order")
    _assert_refusal(response3, 422, "'site-9'", "'site-0'")
    _assert_refusal(garbage, 422, "contribution refused")


def test_estimator_psm_is_refused_with_a_message(shared_coordinator):
    coord = shared_coordinator
    spec = study_spec(synthetic_parts(1), estimator="psm")
    with coord.client(coord.admin_key) as http:
        response = http.post("/v1/studies", json=spec)
        listed = http.get("/v1/studies").json()["studies"]
    body = _assert_refusal(response, 422, "estimator", "'psm'", "por", "ipw")
    assert "matching needs the rows" in body["error"]
    assert spec["name"] not in {s["study"] for s in listed}


def test_protocol_version_mismatch_names_both_versions(shared_coordinator):
    coord = shared_coordinator
    with coord.client(coord.admin_key, protocol=False, **{"X-Cocausal-Protocol": "99"}) as http:
        response = http.get("/v1/studies")
    body = _assert_refusal(response, 400, "protocol version mismatch", "99", f"speaks {PROTOCOL_VERSION}")
    assert f"X-Cocausal-Protocol: {PROTOCOL_VERSION}" in body["fix"]
    with coord.client(coord.admin_key, protocol=False) as http:  # no header at all
        _assert_refusal(http.get("/v1/studies"), 400, "speaks none")
        assert http.get("/v1/health").status_code == 200  # health needs no header


def test_malformed_json_body_is_422(shared_coordinator):
    coord = shared_coordinator
    with coord.client(coord.admin_key, **{"Content-Type": "application/json"}) as http:
        for raw in (b'{"name": "x", ', b"not json", b"[1, 2", b"\xff\xfe"):
            _assert_refusal(http.post("/v1/studies", content=raw), 422, "invalid request")
        _assert_refusal(http.post("/v1/studies", json=["a list"]), 422, "invalid request")
        _assert_refusal(http.post("/v1/studies", json={"name": "ok-name", "unknown": 1}), 422, "unknown")
    with coord.client(None, **{"Content-Type": "application/json"}) as http:
        _assert_refusal(http.post("/v1/enrol", content=b"{"), 422, "invalid request")


def test_out_of_range_query_numbers_are_422_not_500(open_study):
    # schemathesis found GET /v1/audit?after=-5807577358245636866048 -> 500 (SQLite integer overflow)
    # and after=9223372036854775806 -> 500 on PostgreSQL (audit.id is a 32-bit INTEGER there)
    coord, spec, party = open_study
    for after in ("-5807577358245636866048", str(2**63 - 2), str(2**31), "-1"):
        with coord.client(coord.admin_key) as http:
            _assert_refusal(http.get("/v1/audit", params={"after": after}), 422, "after")
        with coord.client(party.api_key) as http:
            _assert_refusal(http.get(f"/v1/studies/{spec['name']}/audit", params={"after": after}), 422, "after")
    with coord.client(coord.admin_key) as http:
        assert http.get("/v1/audit", params={"after": 2**31 - 1}).json()["events"] == []


def test_long_paths_are_refused_and_audited_not_500(open_study):
    # schemathesis found a 500 on PostgreSQL: the audit row's action ("GET <path>") overflowed VARCHAR(120)
    coord, spec, party = open_study
    long_name = "\u1e70\u033a" * 100 + "a" * 150
    before = coord.count("audit")
    with coord.client(coord.admin_key) as http:
        _assert_refusal(http.get(f"/v1/studies/{long_name}"), 404, "does not exist")
        _assert_refusal(http.post(f"/v1/studies/{long_name}/seal"), 404, "does not exist")
    with coord.client(party.api_key) as http:
        _assert_refusal(http.get(f"/v1/studies/{long_name}/me"), 403)
    assert coord.count("audit") == before + 3
    assert coord.admin().verify_audit()["ok"] is True


def _schemathesis() -> str | None:
    found = shutil.which("st") or shutil.which("schemathesis")
    if found is None:
        candidate = Path(sys.executable).with_name("st")
        found = str(candidate) if candidate.exists() else None
    return found


@pytest.mark.timeout(420)
@pytest.mark.parametrize(("who", "phases", "examples"), [
    ("admin", "examples,fuzzing", "5"),
    ("party", "examples,fuzzing", "5"),
    pytest.param("admin", "examples,coverage,fuzzing", "30", marks=pytest.mark.slow),
    pytest.param("party", "examples,coverage,fuzzing", "30", marks=pytest.mark.slow),
])
def test_schemathesis_finds_no_server_error(open_study, who, phases, examples, tmp_path):
    st = _schemathesis()
    if st is None:
        pytest.skip("schemathesis is not installed (pip install schemathesis)")
    coord, spec, party = open_study
    key = coord.admin_key if who == "admin" else party.api_key
    argv = [st, "run", f"{coord.url}/openapi.json", "--checks", "not_a_server_error", "--max-examples", examples,
            "--phases", phases, "--seed", "1", "--request-timeout", "30", "--workers", "1",
            "-H", "X-Cocausal-Protocol: 1", "-H", f"Authorization: Bearer {key}"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=360, env=child_env(), cwd=tmp_path)
    assert proc.returncode == 0, f"schemathesis found failures:\n{proc.stdout[-6000:]}\n{proc.stderr[-2000:]}"
    print(proc.stdout[-3000:])
    assert "Loaded specification" in proc.stdout
    assert re.search(r"\b(\d+) passed", proc.stdout), proc.stdout[-3000:]
