"""Every route of the live OpenAPI x every caller x every object: no 2xx off the diagonal.

A party reaches only its own study's party routes (and its summary); the admin reaches the
admin routes and summaries; nobody without a key reaches anything but ``/v1/health``.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from service_helpers import ihdp_parts, study_spec

from cocausal.cci import PartyContribution

pytestmark = pytest.mark.timeout(300)

#: Who may get a 2xx from each route. A route missing here fails the test: classify new routes.
POLICY = {
    ("GET", "/v1/health"): "public",
    ("POST", "/v1/enrol"): "enrol",  # public, but only a valid one-time token gets a 2xx
    ("POST", "/v1/studies"): "admin",
    ("GET", "/v1/studies"): "admin",
    ("GET", "/v1/studies/{name}"): "admin",
    ("POST", "/v1/studies/{name}/invitations"): "admin",
    ("POST", "/v1/studies/{name}/seal"): "admin",
    ("POST", "/v1/studies/{name}/game"): "admin",
    ("POST", "/v1/studies/{name}/run"): "admin",
    ("POST", "/v1/studies/{name}/parties/{party_name}/revoke"): "admin",
    ("GET", "/v1/audit/verify"): "admin",
    ("GET", "/v1/audit"): "admin",
    ("GET", "/v1/studies/{name}/audit"): "party",
    ("POST", "/v1/studies/{name}/uploads"): "party",
    ("GET", "/v1/studies/{name}/me"): "party",
    ("GET", "/v1/studies/{name}/reward"): "party",
    ("GET", "/v1/studies/{name}/summary"): "admin+party",
    ("POST", "/v1/studies/{name}/releases"): "admin",
    ("GET", "/v1/studies/{name}/releases"): "admin+party",
    ("POST", "/v1/studies/{name}/close"): "admin",
    ("POST", "/v1/studies/{name}/consent"): "party",
    ("POST", "/v1/studies/{name}/rows"): "party",
    ("GET", "/v1/studies/{name}/work"): "party",
    ("POST", "/v1/studies/{name}/work/{round_id}"): "party",
}


def test_no_2xx_off_the_diagonal(shared_coordinator):
    from cocausal.client import Party

    coord = shared_coordinator
    admin = coord.admin()
    parts = ihdp_parts(4)
    tag = uuid.uuid4().hex[:6]
    studies = {s: study_spec(parts, name=f"matrix-{s}-{tag}") for s in ("A", "B")}
    for spec in studies.values():
        admin.create_study(spec)
    callers = {"admin": {"key": coord.admin_key, "role": "admin", "study": None, "party": None},
               "anonymous": {"key": None, "role": "anonymous", "study": None, "party": None}}
    party_names = []
    for j, (s, spec) in enumerate(studies.items()):
        for i in (1, 2):
            name = f"{s.lower()}{i}"
            party_names.append(name)
            p = Party.enrol(coord.url, admin.invite(spec["name"], name))
            callers[name] = {"key": p.api_key, "role": "party", "study": spec["name"], "party": name,
                             "contribution": PartyContribution.from_data(parts[2 * j + i - 1], name).to_json()}

    with coord.client() as http:
        openapi = http.get("/openapi.json").json()
    routes = {(method.upper(), path) for path, ops in openapi["paths"].items() for method in ops}
    assert routes == set(POLICY), (
        f"routes without a policy: {sorted(routes - set(POLICY))}; policies without a route: "
        f"{sorted(set(POLICY) - routes)}"
    )

    study_objects = [*[s["name"] for s in studies.values()], f"matrix-ghost-{tag}"]
    party_objects = [*party_names, "ghost"]
    allowed_2xx, leaks, results = [], [], {}
    # parties and anonymous first; the admin last (its revokes would turn later party cells into 401s)
    order = [c for c in callers if c != "admin"] + ["admin"]
    for caller_name in order:
        caller = callers[caller_name]
        with coord.client(caller["key"]) as http:
            for (method, template), policy in sorted(POLICY.items()):
                names = study_objects if "{name}" in template else [None]
                pnames = party_objects if "{party_name}" in template else [None]
                for study, pname in itertools.product(names, pnames):
                    path = (template.replace("{name}", study or "").replace("{party_name}", pname or "")
                            .replace("{round_id}", "1"))
                    body = _body(method, template, caller, parts)
                    response = http.request(method, path, json=body)
                    code = response.status_code
                    results[(caller_name, method, path)] = code
                    assert code < 500, (caller_name, method, path, code, response.text)
                    if code >= 400:
                        assert set(response.json()) == {"error", "fix"}, response.text
                    ok = _may_succeed(policy, caller, study)
                    if 200 <= code < 300:
                        (allowed_2xx if ok else leaks).append((caller_name, method, path, code))
    assert not leaks, f"2xx off the diagonal: {leaks}"
    # the diagonal is reachable (so the matrix can fail)
    a, b = studies["A"]["name"], studies["B"]["name"]
    for cell in (("a1", "GET", f"/v1/studies/{a}/me"), ("b2", "GET", f"/v1/studies/{b}/summary"),
                 ("a2", "POST", f"/v1/studies/{a}/uploads"), ("admin", "GET", f"/v1/studies/{b}"),
                 ("admin", "GET", f"/v1/studies/{a}/summary"), ("admin", "GET", "/v1/audit/verify"),
                 ("anonymous", "GET", "/v1/health")):
        assert 200 <= results[cell] < 300, (cell, results[cell])
    # who gets which refusal: a party off its study is 403, no key is 401
    assert results[("a1", "GET", f"/v1/studies/{b}/me")] == 403
    assert results[("a1", "GET", f"/v1/studies/matrix-ghost-{tag}/me")] == 403
    assert results[("a1", "GET", f"/v1/studies/{a}")] == 403
    assert results[("anonymous", "GET", f"/v1/studies/{a}/me")] == 401
    assert results[("admin", "GET", f"/v1/studies/{a}/me")] == 403
    assert results[("b1", "GET", f"/v1/studies/{a}/audit")] == 403
    assert 200 <= results[("b1", "GET", f"/v1/studies/{b}/audit")] < 300


def _may_succeed(policy: str, caller: dict, study: str | None) -> bool:
    if policy == "public":
        return True
    if policy == "enrol":
        return False  # the matrix sends no valid token
    if caller["role"] == "admin":
        return "admin" in policy
    if caller["role"] == "party":
        return "party" in policy and study == caller["study"]
    return False


def _body(method: str, template: str, caller: dict, parts):
    if method != "POST":
        return None
    if template == "/v1/studies":
        return study_spec(parts)
    if template.endswith("/invitations"):
        return {"party": f"p{uuid.uuid4().hex[:8]}"}
    if template.endswith("/game"):
        return {"values": [0.0, 1.0, 1.0, 2.0]}
    if template.endswith("/uploads"):
        # a valid contribution labelled with the caller's party, so a leak would be a 201
        return caller.get("contribution") or PartyContribution.from_data(parts[0], "x").to_json()
    if template == "/v1/enrol":
        return {"token": "ccinv_" + "q" * 43}
    if template.endswith("/releases"):
        return {"epsilon": 1.0}
    if template.endswith("/consent"):
        return {"rows": 10}
    if template.endswith("/rows"):
        data = parts[0]
        return {"X": data.X.tolist(), "t": data.t.astype(int).tolist(), "y": data.y.tolist()}
    if "/work/" in template:
        return {"kind": "newton", "items": []}
    return None
