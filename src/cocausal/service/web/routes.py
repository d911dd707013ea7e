"""The coordinator's web pages (server-rendered HTML under ``/web``).

The pages are a client of the coordinator's own API: each page calls the ``/v1`` routes
in-process (through ASGI, with the signed-in key as its bearer key), so a page is allowed
exactly what the key is allowed over HTTP, and every call is an audit row written by the
API itself. What the API refuses with 403 or 404 is a 404 page here ("not found"), so a
session cannot learn by editing a URL whether another party's or another study's page
exists. A few things the ``/v1`` routes do not return are read from the database after
the API has allowed the page: the study a party key belongs to (at sign-in), a party's
stored statistics, the job's checkpointed coalition blocks and a federated job's round
requests (progress), the studies' titles and invited parties (the list) and a study's audit
rows.

Every page is sent with a Content-Security-Policy that allows only this coordinator's own
style sheet and images (no script at all), ``X-Frame-Options: DENY``, ``no-store`` caching
and no referrer. Templates autoescape.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import jinja2
import yaml
from fastapi import APIRouter
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from cocausal import __version__
from cocausal.cci.federated import FEDERATED_ESTIMATORS
from cocausal.cci.study import COALITION_BLOCK
from cocausal.service import PROTOCOL_HEADER, PROTOCOL_VERSION
from cocausal.service.audit import GroupCommit
from cocausal.service.db import AuditEvent, Credential, Job, JobBlock, Party, Round, Study, Upload
from cocausal.service.keys import hash_key
from cocausal.service.web.forms import FormError, read_form
from cocausal.service.web.present import interval, num, reward_figure_png, shown_state
from cocausal.service.web.session import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    SessionStore,
    SignedIn,
    new_token,
    same_token,
    set_cookie,
)

__all__ = ["CONTENT_SECURITY_POLICY", "pages"]

log = logging.getLogger("cocausal.service.web")
HERE = Path(__file__).parent
#: No script, no external resource, no framing, forms only to this coordinator.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                           "frame-ancestors 'none'; base-uri 'none'")
_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
#: ``CollaborativeATE``'s ``shapley="auto"`` is exact (every coalition evaluated) up to this many parties.
EXACT_SHAPLEY_MAX = 20
#: Audit rows shown on a study page (newest first).
AUDIT_ROWS = 200
#: Seconds between reloads of a study page while its job is queued or running.
REFRESH_SECONDS = 2
_ACTIVE = ("queued", "running")
#: The per-party fields of a cci result that a party's own reward holds (``GET /v1/studies/{name}/reward``).
_CCI_COLUMNS = ("n", "tau", "se", "v", "phi", "r", "tau_r", "se_r")
#: The incentive criteria of collaborative causal inference (see ``cocausal.cci.criteria``).
_CRITERIA = {"R1": "lower bound", "R2": "feasibility", "R3": "weak efficiency", "R4": "individual rationality",
             "R5": "fairness", "R6": "group welfare"}
#: Readable names of the public summary's fields.
_LABELS = {"invited_parties": "parties invited", "n_parties": "parties in the run", "rho": "rho (reward scale)",
           "rho0": "rho0 (declared)", "grand_value": "grand coalition's value", "weakly_efficient": "weakly efficient",
           "budget_efficient": "budget efficient"}
#: The ledger's columns shown first (the rest follow in the release's own order).
_LEDGER_FIRST = ("id", "created", "estimator", "level", "epsilon", "ate", "noise_sd", "mechanism", "sensitivity")
_NOT_YOURS = ("not found", "There is no such page, or it is not yours to see.")


class _Api:
    """The ``/v1`` routes of this application, called in-process with one key."""

    def __init__(self, request: Request, key: str) -> None:
        self._transport = httpx.ASGITransport(app=request.app)
        self._headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {key}"}

    async def _send(self, method: str, path: str, **kwargs) -> tuple[int, dict]:
        async with httpx.AsyncClient(transport=self._transport, base_url="http://coordinator.internal",
                                     headers=self._headers) as client:
            response = await client.request(method, path, **kwargs)
        return response.status_code, response.json()

    async def get(self, path: str) -> tuple[int, dict]:
        return await self._send("GET", path)

    async def post(self, path: str, body: Any = None, idempotency_key: str | None = None) -> tuple[int, dict]:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        return await self._send("POST", path, json=body, headers=headers)


class _Refused(Exception):
    """A page that cannot be shown: its status, title and one explanation."""

    def __init__(self, status: int, title: str, text: str) -> None:
        super().__init__(text)
        self.status, self.title, self.text = status, title, text


def _not_yours() -> _Refused:
    return _Refused(404, *_NOT_YOURS)


def _check(status: int, body: dict) -> dict:
    """``body`` of a successful API answer; a refusal becomes the page's refusal."""
    if status < 400:
        return body
    if status in (403, 404):
        raise _not_yours()
    if status == 401:
        raise _Refused(401, "signed out", "Your key is no longer valid (revoked or replaced). Sign in again.")
    raise _Refused(status, "refused", f"{body.get('error', 'refused')}. {body.get('fix', '')}".strip())


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = num
    env.filters["url"] = lambda value: quote(str(value), safe="")
    env.globals.update(interval=interval, shown_state=shown_state, version=__version__, new_token=new_token,
                       criteria_names=_CRITERIA, labels=_LABELS)
    return env


def pages(reads: sessionmaker, audit: GroupCommit) -> APIRouter:
    """The router of the web pages.

    Parameters
    ----------
    reads : sessionmaker
        The application's read-only sessions (what the API reads with).
    audit : GroupCommit
        The application's audit writer (sign-in and sign-out are audit rows).
    """
    router = APIRouter(include_in_schema=False)
    env = _environment()
    store = SessionStore()
    style = (HERE / "static" / "style.css").read_text()

    # ------------------------------------------------------------------ helpers
    def render(name: str, status: int = 200, **context) -> HTMLResponse:
        response = HTMLResponse(env.get_template(name).render(**context), status_code=status)
        response.headers.update(_HEADERS)
        return response

    def refusal(request: Request, who: SignedIn | None, exc: _Refused) -> HTMLResponse:
        response = render("error.html", exc.status, who=who, title=exc.title, text=exc.text)
        if exc.status == 401 and who is not None:
            store.close(request.cookies.get(SESSION_COOKIE))
            set_cookie(response, request, SESSION_COOKIE, "", 0)
        return response

    def page(handler: Callable[..., Awaitable[Response]]) -> Callable[..., Awaitable[Response]]:
        """A page that needs a session: unsigned requests go to sign-in; refusals are error pages."""

        async def wrapped(request: Request) -> Response:
            params = request.path_params
            who = store.get(request.cookies.get(SESSION_COOKIE))
            if who is None:
                return RedirectResponse("/web/signin", status_code=303)
            try:
                if request.method == "POST":
                    form = await read_form(request)
                    if not same_token(form.get("csrf"), who.csrf):
                        raise _Refused(403, "refused", "The form was sent without its security token (CSRF). "
                                       "Reload the page and send it again.")
                    return await handler(request, who, form, **params)
                return await handler(request, who, **params)
            except _Refused as exc:
                return refusal(request, who, exc)
            except FormError as exc:
                return refusal(request, who, _Refused(400, "unreadable form", str(exc)))
            except Exception:
                log.exception("web page %s %s failed", request.method, request.url.path)
                return refusal(request, who, _Refused(500, "internal error", "The coordinator could not show "
                                                      "this page; report it to its operator with the time."))

        wrapped.__name__ = wrapped.__qualname__ = handler.__name__
        wrapped.__doc__ = handler.__doc__
        return wrapped

    def study_row(s, name: str) -> Study:
        study = s.execute(select(Study).where(Study.name == name)).scalar()
        if study is None:
            raise _not_yours()
        return study

    def stored_upload(party_id: int) -> dict | None:
        with reads() as s:
            row = s.execute(select(Upload).where(Upload.party_id == party_id)).scalar()
            if row is None:
                return None
            return {"sha256": row.sha256, "created": row.created.isoformat(sep=" ", timespec="seconds"),
                    "contribution": row.contribution}

    # ------------------------------------------------------------------ sign-in
    @router.get("/")
    async def root() -> RedirectResponse:
        return RedirectResponse("/web/", status_code=303)

    @router.get("/web/static/style.css")
    async def stylesheet() -> Response:
        return Response(style, media_type="text/css", headers={"Cache-Control": "max-age=300",
                                                                "X-Content-Type-Options": "nosniff"})

    @router.get("/web/")
    @router.get("/web")
    async def home(request: Request) -> RedirectResponse:
        signed_in = store.get(request.cookies.get(SESSION_COOKIE)) is not None
        return RedirectResponse("/web/studies" if signed_in else "/web/signin", status_code=303)

    def signin_form(request: Request, status: int = 200, message: str | None = None) -> HTMLResponse:
        token = new_token()
        response = render("signin.html", status, who=None, csrf=token, message=message)
        set_cookie(response, request, CSRF_COOKIE, token, 900)
        return response

    @router.get("/web/signin")
    async def signin_page(request: Request) -> HTMLResponse:
        return signin_form(request)

    @router.post("/web/signin")
    async def signin(request: Request) -> Response:
        try:
            form = await read_form(request)
        except FormError as exc:
            return signin_form(request, 400, str(exc))
        if not same_token(form.get("csrf"), request.cookies.get(CSRF_COOKIE)):
            return signin_form(request, 403, "The form was sent without its security token (CSRF). "
                               "It was reloaded; sign in again.")
        key = form.get("key", "").strip()
        who = await identify(request, key)
        if who is None:
            return signin_form(request, 401, "This key is unknown, revoked or replaced. Use the admin key that "
                               "`coordinator init` printed, or your party's key (in your party config file).")
        await run_in_threadpool(audit.append, actor=who.actor, action="web sign-in", target="/web/signin",
                                outcome=200, study_id=who.study_id, party_id=who.party_id)
        response = RedirectResponse("/web/studies", status_code=303)
        set_cookie(response, request, SESSION_COOKIE, store.open(who), None)
        set_cookie(response, request, CSRF_COOKIE, "", 0)
        return response

    async def identify(request: Request, key: str) -> SignedIn | None:
        """Who ``key`` is, as the API answers for it (None when the API refuses it)."""
        if not key or len(key) > 200:
            return None
        api = _Api(request, key)
        status, _ = await api.get("/v1/studies")
        if status == 200:
            return SignedIn(key=key, role="admin", csrf=new_token())
        if status != 403:
            return None
        # a valid key that is not the admin's: find its party's study, then let the API confirm it
        digest = hash_key(key)
        with reads() as s:
            row = s.execute(select(Party.id, Party.name, Study.id, Study.name)
                            .join(Credential, Credential.party_id == Party.id)
                            .join(Study, Study.id == Party.study_id).where(Credential.key_hash == digest)).first()
        if row is None:
            return None
        party_id, party, study_id, study = row
        status, _ = await api.get(f"/v1/studies/{quote(study, safe='')}/me")
        if status != 200:
            return None
        return SignedIn(key=key, role="party", csrf=new_token(), study=study, party=party, party_id=party_id,
                        study_id=study_id)

    @router.post("/web/signout")
    @page
    async def signout(request: Request, who: SignedIn, form: dict) -> Response:
        store.close(request.cookies.get(SESSION_COOKIE))
        await run_in_threadpool(audit.append, actor=who.actor, action="web sign-out", target="/web/signout",
                                outcome=200, study_id=who.study_id, party_id=who.party_id)
        response = RedirectResponse("/web/signin", status_code=303)
        set_cookie(response, request, SESSION_COOKIE, "", 0)
        return response

    # ------------------------------------------------------------------ study lists
    @router.get("/web/studies")
    @page
    async def studies(request: Request, who: SignedIn) -> Response:
        if who.role == "party":
            me = _check(*await _Api(request, who.key).get(f"/v1/studies/{quote(who.study, safe='')}/me"))
            return render("party_studies.html", who=who, me=me)
        listed = _check(*await _Api(request, who.key).get("/v1/studies"))["studies"]
        return render("studies.html", who=who, studies=listing(listed), error=None, spec_text="")

    @router.post("/web/studies")
    @page
    async def create_study(request: Request, who: SignedIn, form: dict) -> Response:
        if who.role != "admin":
            raise _not_yours()
        api = _Api(request, who.key)
        text = (form.get("file") or "").strip() or (form.get("spec") or "").strip()
        error = None
        try:
            spec = yaml.safe_load(text) if text else None
        except yaml.YAMLError as exc:
            spec, error = None, f"The study file is not valid YAML or JSON: {exc}"
        if error is None and not isinstance(spec, dict):
            error = "Choose a study file (YAML or JSON with name, treatment, outcome, covariates, ...)."
        if error is None:
            status, body = await api.post("/v1/studies", spec, form.get("idem"))
            if status == 201:
                return RedirectResponse(f"/web/studies/{quote(body['study'], safe='')}", status_code=303)
            if status in (401, 403):
                _check(status, body)
            error = f"{body.get('error')}. {body.get('fix', '')}"
        listed = _check(*await api.get("/v1/studies"))["studies"]
        return render("studies.html", 422, who=who, studies=listing(listed), error=error, spec_text=text)

    def listing(listed: list[dict]) -> list[dict]:
        """The API's study list with each study's title and shown state (``draft`` before any invitation)."""
        with reads() as s:
            invited = dict(s.execute(select(Party.study_id, func.count(Party.id)).group_by(Party.study_id)).all())
            studies = {st.name: st for st in s.execute(select(Study).where(
                Study.name.in_([row["study"] for row in listed]))).scalars()}
            extra = {name: (st.spec.get("title"), invited.get(st.id, 0)) for name, st in studies.items()}
        return [{**row, "title": extra[row["study"]][0],
                 "shown": shown_state(row["state"], extra[row["study"]][1])} for row in listed]

    # ------------------------------------------------------------------ a study
    @router.get("/web/studies/{name}")
    @page
    async def study_page(request: Request, who: SignedIn, name: str) -> Response:
        if who.role == "party":
            if name != who.study:
                raise _not_yours()
            return RedirectResponse(f"/web/studies/{quote(name, safe='')}/parties/{quote(who.party, safe='')}",
                                    status_code=303)
        return await admin_study(request, who, name)

    async def admin_study(request: Request, who: SignedIn, name: str, *, status: int = 200,
                          message: str | None = None, token: dict | None = None) -> Response:
        api = _Api(request, who.key)
        path = f"/v1/studies/{quote(name, safe='')}"
        state = _check(*await api.get(path))
        summary = _check(*await api.get(f"{path}/summary"))
        chain = _check(*await api.get("/v1/audit/verify"))
        privacy = await ledger(api, path)
        with reads() as s:
            study = study_row(s, name)
            job = s.execute(select(Job).where(Job.study_id == study.id)).scalar()
            blocks = 0 if job is None else s.execute(
                select(func.count()).select_from(JobBlock).where(JobBlock.job_id == job.id)).scalar()
            asked = None if job is None or not _federated(state["spec"]) else s.execute(
                select(Party.name, func.count(Round.id), func.count(Round.answered)).join(Party)
                .where(Round.job_id == job.id).group_by(Party.id, Party.name).order_by(Party.id)).all()
            events = s.execute(select(AuditEvent).where(AuditEvent.study_id == study.id)
                               .order_by(AuditEvent.id.desc()).limit(AUDIT_ROWS)).scalars().all()
        result = state["result"]
        return render("study_admin.html", status, who=who, s=state, summary=summary, chain=chain, events=events,
                      ledger=privacy,
                      progress=_progress(state, result, blocks), rounds=_rounds(asked), table=_party_table(result),
                      refresh=state["job"] is not None and state["job"]["state"] in _ACTIVE and REFRESH_SECONDS,
                      message=message, token=token, base_url=str(request.base_url).rstrip("/"))

    async def admin_action(request: Request, who: SignedIn, name: str, form: dict, path: str,
                           body: Any = None) -> Response:
        if who.role != "admin":
            raise _not_yours()
        status, answer = await _Api(request, who.key).post(path, body, form.get("idem"))
        if status in (401, 403, 404):
            _check(status, answer)
        if status >= 400:
            return await admin_study(request, who, name, status=status,
                                     message=f"{answer.get('error')}. {answer.get('fix', '')}")
        if "token" in answer:
            return await admin_study(request, who, name, status=201, token=answer)
        return RedirectResponse(f"/web/studies/{quote(name, safe='')}", status_code=303)

    @router.post("/web/studies/{name}/invite")
    @page
    async def invite(request: Request, who: SignedIn, form: dict, name: str) -> Response:
        return await admin_action(request, who, name, form, f"/v1/studies/{quote(name, safe='')}/invitations",
                                  {"party": form.get("party", "").strip()})

    @router.post("/web/studies/{name}/seal")
    @page
    async def seal(request: Request, who: SignedIn, form: dict, name: str) -> Response:
        return await admin_action(request, who, name, form, f"/v1/studies/{quote(name, safe='')}/seal")

    @router.post("/web/studies/{name}/run")
    @page
    async def run(request: Request, who: SignedIn, form: dict, name: str) -> Response:
        return await admin_action(request, who, name, form, f"/v1/studies/{quote(name, safe='')}/run")

    @router.post("/web/studies/{name}/close")
    @page
    async def close(request: Request, who: SignedIn, form: dict, name: str) -> Response:
        return await admin_action(request, who, name, form, f"/v1/studies/{quote(name, safe='')}/close")

    @router.post("/web/studies/{name}/parties/{party}/revoke")
    @page
    async def revoke(request: Request, who: SignedIn, form: dict, name: str, party: str) -> Response:
        return await admin_action(request, who, name, form,
                                  f"/v1/studies/{quote(name, safe='')}/parties/{quote(party, safe='')}/revoke")

    async def ledger(api: _Api, path: str) -> dict | None:
        """The study's privacy ledger, or None when it declares no privacy budget (the API's 409)."""
        status, body = await api.get(f"{path}/releases")
        if status == 409:
            return None
        body = _check(status, body)
        rows = [_flat(release) for release in body["releases"]]
        present = {k for row in rows for k in row}
        columns = [k for k in _LEDGER_FIRST if k in present]
        columns += [k for k in dict.fromkeys(k for row in rows for k in row) if k not in columns]
        return {**body, "rows": rows, "columns": columns}

    # ------------------------------------------------------------------ a party's page
    async def party_view(request: Request, who: SignedIn, name: str, party: str) -> dict:
        """Everything a party page shows, read with the session's key (404 unless it may see it)."""
        api = _Api(request, who.key)
        path = f"/v1/studies/{quote(name, safe='')}"
        if who.role == "party":
            if name != who.study or party != who.party:
                raise _not_yours()
            me = _check(*await api.get(f"{path}/me"))
            summary = _check(*await api.get(f"{path}/summary"))
            status, reward = await api.get(f"{path}/reward")
            reward = _check(status, reward) if status != 409 else None
            party_id, state = who.party_id, me["state"]
        else:
            admin_state = _check(*await api.get(path))
            names = [p["party"] for p in admin_state["parties"]]
            if party not in names:
                raise _not_yours()
            summary = _check(*await api.get(f"{path}/summary"))
            reward = _own_numbers(admin_state["result"], party, name)
            state = admin_state["parties"][names.index(party)]["state"]
            with reads() as s:
                study = study_row(s, name)
                party_id = s.execute(select(Party.id).where(Party.study_id == study.id, Party.name == party)).scalar()
        upload = stored_upload(party_id)
        with reads() as s:  # the declaration the party received at enrolment
            mode = study_row(s, name).spec.get("mode", "statistics")
        return {"study": name, "party": party, "state": state, "mode": mode, "summary": summary, "reward": reward,
                "upload": upload, "privacy": await ledger(api, path)}

    def party_url(name: str, party: str) -> str:
        return f"/web/studies/{quote(name, safe='')}/parties/{quote(party, safe='')}"

    @router.get("/web/studies/{name}/parties/{party}")
    @page
    async def party_page(request: Request, who: SignedIn, name: str, party: str) -> Response:
        view = await party_view(request, who, name, party)
        return render("party.html", who=who, base=party_url(name, party), embedded_figure=None,
                      explain=_explain(view["reward"]), **_party_context(view))

    @router.get("/web/studies/{name}/parties/{party}/reward.png")
    @page
    async def figure(request: Request, who: SignedIn, name: str, party: str) -> Response:
        view = await party_view(request, who, name, party)
        if not _has_figure(view["reward"]):
            raise _Refused(409, "no reward yet", "The figure exists once the study has run.")
        png = await run_in_threadpool(reward_figure_png, view["reward"]["v"], view["reward"]["r"])
        return Response(png, media_type="image/png", headers=_HEADERS)

    @router.get("/web/studies/{name}/parties/{party}/record.json")
    @page
    async def record_json(request: Request, who: SignedIn, name: str, party: str) -> Response:
        view = await party_view(request, who, name, party)
        record = {"format": "cocausal.web.party-record", "version": 1, "cocausal": __version__,
                  "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **view}
        return JSONResponse(record, headers={**_HEADERS, "Content-Disposition":
                                             f'attachment; filename="{_filename(name, party)}.json"'})

    @router.get("/web/studies/{name}/parties/{party}/report.html")
    @page
    async def report_html(request: Request, who: SignedIn, name: str, party: str) -> Response:
        view = await party_view(request, who, name, party)
        embedded = None
        if _has_figure(view["reward"]):
            png = await run_in_threadpool(reward_figure_png, view["reward"]["v"], view["reward"]["r"])
            embedded = "data:image/png;base64," + base64.b64encode(png).decode()
        html = env.get_template("report.html").render(
            who=who, style=style, embedded_figure=embedded, explain=_explain(view["reward"]),
            written=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"), **_party_context(view))
        return HTMLResponse(html, headers={**_HEADERS, "Content-Disposition":
                                           f'attachment; filename="{_filename(name, party)}.html"'})

    return router


def _filename(name: str, party: str) -> str:
    # names are letters, digits and _.- (the API's pattern); anything else is dropped from the file name
    return "".join(c for c in f"{name}-{party}-reward" if c.isalnum() or c in "_.-")


def _progress(state: dict, result: dict | None, blocks: int) -> dict | None:
    """Coalitions evaluated of the total, from the job's checkpoint blocks (exact Shapley only)."""
    job = state["job"]
    if job is None or state["spec"].get("kind") != "cci":
        return None
    if result is not None:
        return {"done": result.get("n_coalitions"), "total": result.get("n_coalitions"),
                "method": result.get("shapley_method")}
    n = sum(p["state"] == "uploaded" for p in state["parties"])
    if n > EXACT_SHAPLEY_MAX:
        return {"done": None, "total": None, "method": "montecarlo"}
    total = 2**n - 1
    return {"done": min(blocks * COALITION_BLOCK, total), "total": total, "method": "exact"}


def _federated(spec: dict) -> bool:
    """Whether a study's job runs in rounds answered by the parties' agents (federated IPW/AIPW)."""
    return spec.get("kind") == "cci" and spec.get("mode", "statistics") == "statistics" and \
        spec.get("estimator") in FEDERATED_ESTIMATORS


def _rounds(asked: list | None) -> dict | None:
    """A federated job's round requests so far: asked and answered, in all and per party.

    ``asked`` holds ``(party, requests, answered)`` per party that has been asked (the
    ``rounds`` table holds one request per party per round); None when the job has no rounds.
    """
    if asked is None:
        return None
    parties = [{"party": name, "asked": n, "answered": done, "pending": n - done} for name, n, done in asked]
    return {"asked": sum(p["asked"] for p in parties), "answered": sum(p["answered"] for p in parties),
            "parties": parties}


def _party_table(result: dict | None) -> dict | None:
    """The admin's per-party table: every result field that holds one number per party."""
    if result is None:
        return None
    names = result.get("parties") or result.get("players")
    if not names:
        return None
    columns = [k for k, v in result.items() if k not in ("parties", "players") and isinstance(v, list)
               and len(v) == len(names) and all(x is None or isinstance(x, int | float) for x in v)]
    if set(_CCI_COLUMNS) <= set(columns):  # a cci study: the fields each party reads of its own reward
        columns = list(_CCI_COLUMNS)
    return {"columns": columns, "rows": [[name, *(result[c][i] for c in columns)] for i, name in enumerate(names)]}


def _own_numbers(result: dict | None, party: str, study: str) -> dict | None:
    """One party's numbers from the admin's result (the same fields as the party's own reward)."""
    table = _party_table(result)
    if table is None:
        return None
    for row in table["rows"]:
        if row[0] == party:
            return {"study": study, "party": party, **dict(zip(table["columns"], row[1:]))}
    return None


def _flat(release: dict) -> dict:
    """A ledger entry's scalar fields, those of its nested declaration included (``epsilon``, ``relation``)."""
    row = {k: v for k, v in release.items() if not isinstance(v, dict | list)}
    for value in release.values():
        if isinstance(value, dict):
            row.update({k: v for k, v in value.items() if k not in row and not isinstance(v, dict | list)})
    if isinstance(row.get("created"), str):
        row["created"] = row["created"][:19].replace("T", " ")
    return row


def _has_figure(reward: dict | None) -> bool:
    return reward is not None and isinstance(reward.get("v"), float) and isinstance(reward.get("r"), float)


def _explain(reward: dict | None) -> list[str] | None:
    """The two sentences under the figure, with the party's numbers."""
    if not _has_figure(reward):
        return None
    return [
        f"Each value says how close an estimate is to the one from all parties' data pooled (0 is that estimate, "
        f"lower is further away): your data alone reach v = {num(reward['v'])}, and your contribution earned you "
        f"the reward value r = {num(reward['r'])}.",
        f"Your reward estimate {num(reward.get('tau_r'))} (95% interval "
        f"{interval(reward.get('tau_r'), reward.get('se_r'))}) "
        "was drawn once, as close to the pooled estimate as r says: the nearer r is to 0, the closer and more "
        "precise it is.",
    ]


def _party_context(view: dict) -> dict:
    upload = view["upload"]
    arms = None
    if upload is not None:
        c = upload["contribution"]
        columns = [*c["feature_names"], "outcome"]
        arms = [{"arm": arm, "count": c["counts"][i], "means": list(zip(columns, c["means"][i])),
                 "comoments": c["comoments"][i]} for i, arm in enumerate(("control", "treated"))]
        arms = {"columns": columns, "arms": arms, "outcome_scale": c["outcome_scale"],
                "raw": json.dumps(c, indent=1)}
    return {"view": view, "arms": arms}
