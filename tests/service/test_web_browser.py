"""The web pages in a real browser: Playwright for Python driving Debian's Chromium (``/usr/bin/chromium``,
through ``executable_path``; no browser is downloaded) against ``cocausal coordinator serve --with-worker``.

The whole happy path (admin signs in, creates a study from a file, invites three parties, the parties
upload through the SDK, the admin seals, runs and watches the progress finish, each party signs in and
reads its own reward, equal to the API's), a federated study's rounds (one party without an agent),
isolation by URL editing, escaping and CSRF refusal. Every
page is captured at 1400 px and 800 px wide, and at a phone's 390 px, into ``$COCAUSAL_WEB_SCREENSHOTS``
(default: ``screenshots`` under the test's tmp dir); at every width no page scrolls sideways.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import running_coordinator
from service_helpers import job_state, study_spec, synthetic_parts, wait_for

from cocausal.client import Party
from cocausal.service.web.present import interval, num

pytestmark = [pytest.mark.slow, pytest.mark.timeout(400)]

CHROMIUM = os.environ.get("COCAUSAL_CHROMIUM", "/usr/bin/chromium")
WIDTHS = (1400, 800, 390)
HOSTILE = '<script>alert("x")</script>\'"'
#: Bounded wait for the run: reloads x 0.5 s.
RELOADS = 240


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (cocausal[test])")
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium); set COCAUSAL_CHROMIUM")
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("COCAUSAL_WEB_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    taken: list[str] = []

    def shoot(page, name: str) -> None:
        """Screenshots of ``page`` at every width; fails if the page scrolls sideways at one."""
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900 if width > 500 else 844})
            page.screenshot(path=folder / f"{name}-{width}.png", full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways by {overflow} px at {width} px"
            taken.append(f"{name}-{width}")
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})

    shoot.folder, shoot.taken = folder, taken
    return shoot


def sign_in(browser, url: str, key: str):
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    page = context.new_page()
    page.goto(f"{url}/web/")
    page.fill("#key", key)
    page.click("button:has-text('Sign in')")
    return context, page


def test_the_whole_study_in_the_browser(browser, shots, tmp_path):
    dialogs = []
    with running_coordinator(tmp_path / "coord", None, with_worker=True) as coord:
        url = coord.url
        admin_ctx, page = sign_in(browser, url, "ccadmin_not-a-key-at-all")
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        assert "unknown, revoked or replaced" in page.inner_text("main")
        shots(page, "signin-refused")
        page.fill("#key", coord.admin_key)
        page.click("button:has-text('Sign in')")
        assert page.url.endswith("/web/studies")
        shots(page, "admin-studies-empty")

        # a study from a file; its covariate and outcome names are markup that must stay text
        parts = synthetic_parts(3)
        spec = {**study_spec(parts, name="ihdp-web", privacy={"budget": 2.0, "outcome_bounds": [-60.0, 60.0]}),
                "covariates": [HOSTILE, "x2", "x3"], "outcome": HOSTILE + "y",
                "title": "IHDP infant health across three sites " + HOSTILE}
        study_file = tmp_path / "study.yaml"
        study_file.write_text(yaml.safe_dump(spec))
        page.set_input_files("#file", str(study_file))
        page.click("button:has-text('Create study')")
        assert page.url.endswith("/web/studies/ihdp-web")
        assert HOSTILE in page.inner_text("main")
        assert page.inner_text("#title") == spec["title"]
        assert "draft" in page.inner_text("h1")
        shots(page, "admin-study-new")

        tokens = {}
        for name in ("hospital-a", "hospital-b", "clinic-c"):
            page.fill("#party", name)
            page.click("button:has-text('Invite')")
            tokens[name] = page.inner_text("#token").strip()
        shots(page, "admin-study-invited")

        parties = {}
        for (name, token), data in zip(tokens.items(), parts):  # each party uploads through the SDK
            party = Party.enrol(url, token)
            data = type(data)(data.X, data.t, data.y, feature_names=tuple(spec["covariates"]))
            party.upload(party.contribution(data))
            parties[name] = party
        page.reload()
        assert page.inner_text("main").count("uploaded") >= 3
        shots(page, "admin-study-uploaded")

        # CSRF: a form whose token was removed is refused, and nothing changes
        page.eval_on_selector("form[action$='/invite'] input[name=csrf]", "e => e.remove()")
        page.fill("#party", "sneaky")
        page.click("button:has-text('Invite')")
        assert "CSRF" in page.inner_text("main")
        shots(page, "admin-csrf-refused")
        page.goto(f"{url}/web/studies/ihdp-web")
        assert "sneaky" not in page.inner_text("main")

        page.click("button:has-text('Seal')")
        coord.admin().release("ihdp-web", 0.5)  # a DP release on the sealed uploads, for the ledger
        page.reload()
        assert page.inner_text("#spent") == "0.5"
        page.click("button:has-text('Run the study')")
        seen = []
        for _ in range(RELOADS):
            text = page.inner_text("#job-state")
            if page.query_selector("#progress"):
                seen.append(page.inner_text("#progress"))
            if "done" in text:
                break
            page.wait_for_timeout(500)
            page.goto(f"{url}/web/studies/ihdp-web")
        assert "done" in page.inner_text("#job-state"), seen
        assert page.inner_text("#progress") == "7 of 7 coalitions evaluated"
        assert page.inner_text("#chain") == "intact"
        shots(page, "admin-study-done")
        page.click("a:has-text('view') >> nth=1")
        shots(page, "admin-party-view")

        # a federated (IPW) study whose second party has no agent: its first round times out
        sdk = coord.admin()
        ipw_parts = synthetic_parts(2, seed=7)
        sdk.create_study(study_spec(ipw_parts, name="ipw-web", estimator="ipw", round_timeout=2,
                                    title="Federated IPW, one agent missing"))
        answering, silent = (Party.enrol(url, sdk.invite("ipw-web", name)) for name in ("site-1", "site-2"))
        for party, data in zip((answering, silent), ipw_parts):
            party.upload(party.contribution(data))
        sdk.seal("ipw-web")
        sdk.run("ipw-web")
        assert answering.serve(ipw_parts[0], max_seconds=4, wait=1) == 1
        wait_for(lambda: job_state(sdk, "ipw-web") == "failed", timeout=30, what="the round to time out")
        page.goto(f"{url}/web/studies/ipw-web")
        assert page.inner_text("#rounds") == "1 of 2 round requests answered"
        shots(page, "admin-study-rounds")
        page.goto(f"{url}/web/studies")
        shots(page, "admin-studies")
        admin_ctx.close()

        # each party signs in and reads its own reward, which equals the API's
        for i, (name, party) in enumerate(parties.items()):
            reward = party.reward()
            ctx, page = sign_in(browser, url, party.api_key)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            assert page.url.endswith("/web/studies")
            if i == 0:
                shots(page, "party-studies")
            page.click("a:has-text('ihdp-web')")
            assert page.url.endswith(f"/web/studies/ihdp-web/parties/{name}")
            assert page.inner_text("#tau-r") == num(reward["tau_r"])
            assert page.inner_text("#tau-r-ci") == interval(reward["tau_r"], reward["se_r"])
            assert page.inner_text("#tau") == num(reward["tau"])
            assert page.inner_text("#r") == num(reward["r"])
            assert page.inner_text("#v") == num(reward["v"])
            page.wait_for_load_state("load")
            assert page.evaluate("document.querySelector('figure img').naturalWidth") > 0
            record = ctx.request.get(f"{url}/web/studies/ihdp-web/parties/{name}/record.json").json()
            assert record["reward"] == reward
            if i == 0:
                shots(page, "party-reward")
                page.click("summary:has-text('Exactly as stored')")
                shots(page, "party-reward-uploaded-json")
                report = ctx.request.get(f"{url}/web/studies/ihdp-web/parties/{name}/report.html").text()
                offline = ctx.new_page()
                offline.set_content(report)
                assert offline.inner_text("#tau-r") == num(reward["tau_r"])
                assert offline.evaluate("document.querySelector('figure img').naturalWidth") > 0
                shots(offline, "party-report")
                offline.close()  # a page left open in the background stops the other's frames in older drivers
                # URL editing: another party's page, its downloads, another study's page are the same 404
                other = next(n for n in parties if n != name)
                for path in (f"parties/{other}", f"parties/{other}/record.json", f"parties/{other}/report.html"):
                    answer = page.goto(f"{url}/web/studies/ihdp-web/{path}")
                    assert answer.status == 404 and "Not found" in page.inner_text("h1")
                assert page.goto(f"{url}/web/studies/another-study").status == 404
                shots(page, "party-not-found")
            ctx.close()
    assert not dialogs, f"a script ran: {dialogs}"
    assert len(shots.taken) == 15 * len(WIDTHS)
