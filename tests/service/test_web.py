"""The web pages over HTTP (httpx against a real ``cocausal coordinator serve --with-worker`` on 127.0.0.1):
sign-in and sessions, CSRF refusals, escaping (names and study titles), 404 isolation by URL editing, the
security headers, the draft state, a federated job's rounds, and that the numbers a party reads on its page are
the API's."""

from __future__ import annotations

import contextlib
import json
import re

import httpx
import pytest
from conftest import RunningCoordinator, free_port_number
from service_helpers import job_state, study_spec, synthetic_parts, wait_for

from cocausal.client import CoordinatorError, Party
from cocausal.service.app import create_app
from cocausal.service.setup import init_coordinator
from cocausal.service.web.present import interval, num
from cocausal.service.web.routes import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.timeout(120)

HOSTILE = '<script>alert("x")</script>\'"'


def signin(coord, key: str) -> httpx.Client:
    """A browser-like client (cookies kept) signed in with ``key``."""
    client = httpx.Client(base_url=coord.url, timeout=httpx.Timeout(30.0, connect=5.0), follow_redirects=True)
    page = client.get("/web/signin")
    answer = client.post("/web/signin", data={"csrf": csrf_of(page.text), "key": key})
    assert answer.status_code == 200, answer.text
    return client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A coordinator with a finished 3-party study ``w-done`` (parties a, b, c), and an open study
    ``w-other`` with one party ``x`` whose covariate and outcome names are hostile markup."""
    data_dir = tmp_path_factory.mktemp("web")
    _, key = init_coordinator(data_dir)  # in this process: one interpreter start fewer than `coordinator init`
    coord = RunningCoordinator(data_dir, key, None, free_port_number(), with_worker=True)
    try:
        coord.start()
        admin = coord.admin()
        parts = synthetic_parts(3)
        admin.create_study(study_spec(parts, name="w-done"))
        parties = [Party.enrol(coord.url, admin.invite("w-done", name)) for name in ("a", "b", "c")]
        for party, data in zip(parties, parts):
            party.upload(party.contribution(data))
        admin.seal("w-done")
        admin.run("w-done")
        wait_for(lambda: job_state(admin, "w-done") == "done", timeout=60, what="the run of w-done")
        admin.create_study({**study_spec(parts, name="w-other"), "covariates": [HOSTILE, "x2", "x3"],
                            "outcome": HOSTILE + "y"})
        other = Party.enrol(coord.url, admin.invite("w-other", "x"))
        yield {"coord": coord, "admin": admin, "parties": dict(zip("abc", parties)), "other": other}
    finally:
        coord.kill9()


@pytest.fixture
def browsers(site):
    """``open(key)`` signs a new client in; every client is closed at teardown."""
    with contextlib.ExitStack() as stack:
        def open_client(key: str) -> httpx.Client:
            client = signin(site["coord"], key)
            stack.callback(client.close)
            return client

        yield open_client


def test_every_page_sends_the_security_headers(site, browsers):
    coord = site["coord"]
    anonymous = httpx.get(f"{coord.url}/web/signin")
    admin = browsers(coord.admin_key)
    party = browsers(site["parties"]["a"].api_key)
    for response in (anonymous, admin.get("/web/studies"), admin.get("/web/studies/w-done"),
                     party.get("/web/studies/w-done/parties/a"), party.get("/web/studies/w-other")):
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"
        assert "<script" not in response.text
    assert "script-src" not in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY


def test_signin_sets_a_strict_httponly_session_cookie_and_signout_ends_it(site):
    coord = site["coord"]
    with httpx.Client(base_url=coord.url, timeout=30.0) as client:
        form = client.get("/web/signin")
        answer = client.post("/web/signin", data={"csrf": csrf_of(form.text), "key": coord.admin_key})
        assert answer.status_code == 303 and answer.headers["location"] == "/web/studies"
        cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("cocausal_session="))
        flags = {part.strip().lower() for part in cookie.split(";")[1:]}
        assert {"httponly", "samesite=strict", "path=/web"} <= flags
        assert "secure" not in flags  # plain HTTP here; over TLS the cookie is Secure
        assert client.get("/web/studies").status_code == 200
        stolen = dict(client.cookies)
        page = client.get("/web/studies")
        assert client.post("/web/signout", data={"csrf": csrf_of(page.text)}).status_code == 303
    with httpx.Client(base_url=coord.url, cookies=stolen, timeout=30.0) as replay:
        after = replay.get("/web/studies")
    assert after.status_code == 303 and after.headers["location"] == "/web/signin"


def test_a_bad_key_is_refused_and_audited(site):
    coord = site["coord"]
    before = coord.count("audit")
    with httpx.Client(base_url=coord.url, timeout=30.0) as client:
        form = client.get("/web/signin")
        answer = client.post("/web/signin", data={"csrf": csrf_of(form.text), "key": "ccadmin_" + "x" * 43})
    assert answer.status_code == 401
    assert "unknown, revoked or replaced" in answer.text
    assert "cocausal_session" not in answer.headers.get("set-cookie", "")
    rows = coord.sql("SELECT actor, action, outcome FROM audit WHERE id > :b", b=before)
    assert ("anonymous", "GET /v1/studies", 401) in [tuple(r) for r in rows]


def test_forms_without_their_csrf_token_are_refused(site, browsers):
    coord = site["coord"]
    with httpx.Client(base_url=coord.url, timeout=30.0) as client:  # sign-in without the pre-session token
        client.get("/web/signin")
        answer = client.post("/web/signin", data={"key": coord.admin_key})
        assert answer.status_code == 403 and "CSRF" in answer.text
    admin = browsers(coord.admin_key)
    parties_before = coord.count("parties")
    for data in ({"party": "csrf-less"}, {"party": "csrf-wrong", "csrf": "x" * 43}):
        refused = admin.post("/web/studies/w-other/invite", data=data)
        assert refused.status_code == 403 and "CSRF" in refused.text
    assert admin.post("/web/studies/w-other/seal", data={}).status_code == 403
    assert admin.post("/web/signout", data={}).status_code == 403
    assert coord.count("parties") == parties_before
    assert admin.get("/web/studies/w-other").status_code == 200  # still signed in


def test_hostile_names_render_as_text(site, browsers):
    admin = browsers(site["coord"].admin_key)
    page = admin.get("/web/studies/w-other")
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&#39;&#34;" in page.text
    token = csrf_of(page.text)
    # names the API refuses are echoed in its error message, escaped
    refused = admin.post("/web/studies/w-other/invite", data={"csrf": token, "party": HOSTILE})
    assert refused.status_code == 422 and "<script>" not in refused.text and "&lt;script&gt;" in refused.text
    quoted = HOSTILE.replace("'", "''")  # a YAML single-quoted string
    created = admin.post("/web/studies", data={"csrf": token, "spec": f"name: '{quoted}'"})
    assert created.status_code == 422 and "<script>" not in created.text
    assert "&lt;script&gt;" in created.text


def test_a_party_sees_only_its_own_pages(site, browsers):
    """Party a: b's pages, the other study's pages and the admin's forms are all the same 404, by URL editing."""
    a = browsers(site["parties"]["a"].api_key)
    own = a.get("/web/studies/w-done/parties/a")
    assert own.status_code == 200
    not_found = None
    for path in ["/web/studies/w-done/parties/b", "/web/studies/w-done/parties/b/record.json",
                 "/web/studies/w-done/parties/b/report.html", "/web/studies/w-done/parties/b/reward.png",
                 "/web/studies/w-done/parties/nobody", "/web/studies/w-other", "/web/studies/w-other/parties/x",
                 "/web/studies/w-other/parties/a", "/web/studies/no-such-study", "/web/studies/no-such/parties/a"]:
        answer = a.get(path)
        assert answer.status_code == 404, path
        assert "<h1>Not found</h1>" in answer.text
        body = answer.text
        assert not_found in (None, body), f"{path} reads differently from the other refusals"
        not_found = body
    token = csrf_of(own.text)
    for path in ["/web/studies/w-done/seal", "/web/studies/w-done/run", "/web/studies/w-done/invite",
                 "/web/studies/w-done/parties/b/revoke", "/web/studies/w-other/seal"]:
        assert a.post(path, data={"csrf": token, "party": "z"}).status_code == 404, path
    assert a.post("/web/studies", data={"csrf": token, "spec": "name: z"}).status_code == 404
    x = browsers(site["other"].api_key)
    assert x.get("/web/studies/w-done/parties/a").status_code == 404


def test_the_party_page_shows_the_apis_reward(site, browsers):
    party = site["parties"]["b"]
    reward = party.reward()
    client = browsers(party.api_key)
    page = client.get("/web/studies/w-done")  # a party's study page is its own page
    assert str(page.url).endswith("/web/studies/w-done/parties/b")
    for element, value in (("tau", reward["tau"]), ("tau-r", reward["tau_r"]), ("v", reward["v"]),
                           ("r", reward["r"]), ("phi", reward["phi"])):
        assert re.search(rf'id="{element}">{re.escape(num(value))}<', page.text), element
    assert interval(reward["tau_r"], reward["se_r"]) in page.text
    assert "e-1" not in page.text  # no float noise such as -5.551e-16
    record = client.get("/web/studies/w-done/parties/b/record.json")
    assert record.headers["Content-Disposition"].startswith("attachment")
    body = record.json()
    assert body["reward"] == reward  # the same floats as the API's
    assert body["upload"]["sha256"] == party.status()["upload"]["sha256"]
    assert body["summary"] == party.summary()
    png = client.get("/web/studies/w-done/parties/b/reward.png")
    assert png.headers["content-type"] == "image/png" and png.content.startswith(b"\x89PNG")


def test_the_html_report_is_self_contained(site, browsers):
    client = browsers(site["parties"]["c"].api_key)
    report = client.get("/web/studies/w-done/parties/c/report.html")
    assert report.status_code == 200
    assert report.headers["Content-Disposition"] == 'attachment; filename="w-done-c-reward.html"'
    html = report.text
    assert '<img src="data:image/png;base64,' in html
    assert not re.search(r'(src|href)="(?!data:)', html), "the report links to something outside itself"
    assert "<script" not in html and "<style>" in html
    assert num(site["parties"]["c"].reward()["tau_r"]) in html


def test_the_admin_sees_progress_parties_result_and_the_audit_chain(site, browsers):
    coord = site["coord"]
    admin = browsers(coord.admin_key)
    listing = admin.get("/web/studies")
    assert "w-done" in listing.text and "w-other" in listing.text
    page = admin.get("/web/studies/w-done").text
    assert '<span id="progress">7 of 7 coalitions evaluated</span>' in page
    assert '<span class="ok" id="chain">intact</span>' in page
    assert page.count('<span class="state uploaded">uploaded</span>') == 3
    assert "web sign-in" in page or "GET /v1/studies/w-done" in page
    status = site["admin"].status("w-done")
    assert num(status["result"]["tau_N"]) in page
    # the admin may open any party's page of its study; the numbers are the party's own
    b = admin.get("/web/studies/w-done/parties/b")
    assert re.search(rf'id="tau-r">{re.escape(num(site["parties"]["b"].reward()["tau_r"]))}<', b.text)


def test_a_revoked_key_ends_its_session(site, browsers):
    admin, coord = site["admin"], site["coord"]
    token = admin.invite("w-other", "to-revoke")
    party = Party.enrol(coord.url, token)
    client = browsers(party.api_key)
    assert client.get("/web/studies/w-other/parties/to-revoke").status_code == 200
    admin.revoke("w-other", "to-revoke")
    answer = client.get("/web/studies/w-other/parties/to-revoke")
    assert answer.status_code == 401 and "Sign in again" in answer.text
    assert client.get("/web/studies", follow_redirects=False).headers["location"] == "/web/signin"


def test_study_created_from_a_file_and_invitations_through_the_forms(site, browsers, tmp_path):
    coord = site["coord"]
    admin = browsers(coord.admin_key)
    token = csrf_of(admin.get("/web/studies").text)
    spec = json.dumps(study_spec(synthetic_parts(1), name="w-form"))
    created = admin.post("/web/studies", data={"csrf": token, "idem": "k-w-form"},
                         files={"file": ("study.json", spec.encode(), "application/json")})
    assert created.status_code == 200 and str(created.url).endswith("/web/studies/w-form")
    replay = admin.post("/web/studies", data={"csrf": token, "idem": "k-w-form"},
                        files={"file": ("study.json", spec.encode(), "application/json")})
    assert replay.status_code == 200, "a resent form (same Idempotency-Key) is answered as the first time"
    invited = admin.post("/web/studies/w-form/invite", data={"csrf": token, "idem": "k-inv", "party": "p1"})
    assert invited.status_code == 201
    enrolment = re.search(r'<code class="token" id="token">([^<]+)</code>', invited.text).group(1)
    assert Party.enrol(coord.url, enrolment).name == "p1"
    bad = admin.post("/web/studies/w-form/seal", data={"csrf": token})
    assert bad.status_code == 409 and "0 of the required 2 parties" in bad.text
    closed = admin.post("/web/studies/w-form/close", data={"csrf": token, "idem": "k-close"})
    assert closed.status_code == 200 and '<span class="state closed">closed</span>' in closed.text
    assert site["admin"].status("w-form")["state"] == "closed"
    assert "Close the study" not in closed.text


def test_the_privacy_ledger_is_shown_to_the_admin_and_the_studys_parties(site, browsers):
    admin, coord = site["admin"], site["coord"]
    parts = synthetic_parts(2, seed=3)
    admin.create_study(study_spec(parts, name="w-dp", privacy={"budget": 2.0, "outcome_bounds": [-60.0, 60.0]}))
    parties = [Party.enrol(coord.url, admin.invite("w-dp", name)) for name in ("d1", "d2")]
    for party, data in zip(parties, parts):
        party.upload(party.contribution(data))
    admin.seal("w-dp")
    released = admin.release("w-dp", 0.5)
    for client, path in ((browsers(coord.admin_key), "/web/studies/w-dp"),
                         (browsers(parties[0].api_key), "/web/studies/w-dp/parties/d1")):
        page = client.get(path).text
        assert '<b id="budget">2</b>' in page and '<b id="spent">0.5</b>' in page, path
        assert f'<td class="n">{num(released["ate"])}</td>' in page, path
    none = browsers(coord.admin_key).get("/web/studies/w-done").text
    assert "declares no privacy budget" in none


def test_over_https_the_session_cookie_is_secure(tmp_path):
    """The application as served with --tls-cert (the scheme is https): the cookie is Secure."""
    import warnings

    with warnings.catch_warnings():  # starlette's test client prefers httpx2; httpx works
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    settings, key = init_coordinator(tmp_path / "tls")
    with TestClient(create_app(settings), base_url="https://coordinator.test") as client:
        form = client.get("/web/signin")
        answer = client.post("/web/signin", data={"csrf": csrf_of(form.text), "key": key}, follow_redirects=False)
    assert answer.status_code == 303
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("cocausal_session="))
    assert {"secure", "httponly", "samesite=strict"} <= {p.strip().lower() for p in cookie.split(";")[1:]}


def test_a_rows_study_shows_consent_and_says_the_rows_were_sent(site, browsers):
    admin, coord = site["admin"], site["coord"]
    parts = synthetic_parts(2, seed=5)
    admin.create_study(study_spec(parts, name="w-rows", mode="rows", estimator="psm"))
    sender, waiting = (Party.enrol(coord.url, admin.invite("w-rows", name)) for name in ("r1", "r2"))
    sender.send_rows(parts[0])
    page = browsers(coord.admin_key).get("/web/studies/w-rows").text
    assert "<th>consented</th>" in page
    assert re.search(r"<td>r1</td>.*?<td>yes</td>\s*<td>yes</td>\s*<td>yes</td>\s*<td>yes</td>", page, re.S)
    assert re.search(r"<td>r2</td>.*?<td>yes</td>\s*<td>yes</td>\s*<td>no</td>\s*<td>no</td>", page, re.S)
    own = browsers(sender.api_key).get("/web/studies/w-rows/parties/r1").text
    assert "you sent your rows (after consenting)" in own
    assert browsers(waiting.api_key).get("/web/studies/w-rows/parties/r1").status_code == 404


def test_a_federated_job_shows_its_rounds_asked_answered_and_pending_per_party(site, browsers):
    admin, coord = site["admin"], site["coord"]
    parts = synthetic_parts(2, seed=7)
    admin.create_study(study_spec(parts, name="w-ipw", estimator="ipw", round_timeout=2))
    answering, silent = (Party.enrol(coord.url, admin.invite("w-ipw", name)) for name in ("f1", "f2"))
    for party, data in zip((answering, silent), parts):
        party.upload(party.contribution(data))
    admin.seal("w-ipw")
    admin.run("w-ipw")
    # f1 answers the first round; f2 has no agent, so the round times out and the job fails
    assert answering.serve(parts[0], max_seconds=4, wait=1) == 1
    wait_for(lambda: job_state(admin, "w-ipw") == "failed", timeout=30, what="the round to time out")
    client = browsers(coord.admin_key)
    page = client.get("/web/studies/w-ipw").text
    assert '<span id="rounds">1 of 2 round requests answered</span>' in page
    assert re.search(r'<td>f1</td><td class="n">1</td><td class="n">1</td><td class="n">0</td>', page)
    assert re.search(r'<td>f2</td><td class="n">1</td><td class="n">0</td><td class="n">1</td>', page)
    assert "f2" in admin.status("w-ipw")["job"]["error"]
    # a failed study offers to run again, and the form queues a new attempt
    assert '<button type="submit">Run again</button>' in page
    again = client.post("/web/studies/w-ipw/run", data={"csrf": csrf_of(page), "idem": "again-1"})
    assert again.status_code == 200 and "only a sealed (or failed) study runs" not in again.text
    wait_for(lambda: admin.status("w-ipw")["job"]["attempts"] >= 2, timeout=30, what="the second attempt")
    # a study that does not run in rounds shows no round count
    assert 'id="rounds"' not in browsers(coord.admin_key).get("/web/studies/w-done").text


def test_a_study_without_invitations_is_shown_as_draft(site, browsers):
    admin, coord = site["admin"], site["coord"]
    admin.create_study(study_spec(synthetic_parts(1), name="w-draft"))
    client = browsers(coord.admin_key)
    row = ('<a href="/web/studies/w-draft">w-draft</a></td><td class="title"></td>'
           '<td><span class="state {0}">{0}</span>')
    assert re.search(row.format("draft"), client.get("/web/studies").text)
    assert '<span class="state draft">draft</span>' in client.get("/web/studies/w-draft").text
    assert admin.status("w-draft")["state"] == "open", "draft is the pages' name; the API's state stays open"
    admin.invite("w-draft", "p1")
    assert re.search(row.format("open"), client.get("/web/studies").text)
    assert '<span class="state open">open</span>' in client.get("/web/studies/w-draft").text


def test_a_hostile_study_title_renders_as_text(site, browsers):
    admin, coord = site["admin"], site["coord"]
    title = "<script>alert(1)</script>\"'"
    admin.create_study(study_spec(synthetic_parts(1), name="w-title", title=title))
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;"
    client = browsers(coord.admin_key)
    for path in ("/web/studies", "/web/studies/w-title"):
        page = client.get(path).text
        assert "<script" not in page and "alert(1)</script>" not in page, path
        assert escaped in page, path
    assert f'<p class="title" id="title">{escaped}</p>' in client.get("/web/studies/w-title").text
    too_long = study_spec(synthetic_parts(1), name="w-title-long", title="x" * 201)
    with pytest.raises(CoordinatorError, match="200"):
        admin.create_study(too_long)
