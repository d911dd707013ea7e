"""The coordinator's HTTP API (FastAPI).

Every ``/v1`` route except ``/v1/health`` needs the header ``X-Cocausal-Protocol`` equal to
:data:`~cocausal.service.PROTOCOL_VERSION` and a bearer key; every refusal is a 4xx with a
JSON body ``{"error", "fix"}``; every request to a ``/v1`` route, allowed or refused, is an audit
row (refusals before authentication under the actor ``unauthenticated``). A POST sent
with an ``Idempotency-Key`` is answered once and replayed on retry; the same key with a
different body is a 409. A party key reaches only its own party's objects; anything else
is a 403 that reads the same whether the object exists or not.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023 (the trusted coordinator this service is).
.. [2] FastAPI, https://fastapi.tiangolo.com/
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import time
from collections.abc import Callable

import numpy as np
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders

from cocausal import __version__
from cocausal.cci import ContributionError, PartyContribution, check_disclosure
from cocausal.data import CausalData
from cocausal.privacy import PrivATE
from cocausal.privacy.record import published_record
from cocausal.privacy.statistics import label_dp_difference_in_means
from cocausal.service import PROTOCOL_HEADER, PROTOCOL_VERSION
from cocausal.service.audit import GroupCommit, append_event, verify_chain
from cocausal.service.db import (
    AuditEvent,
    Credential,
    IdempotencyRecord,
    Job,
    Party,
    Release,
    Round,
    Study,
    Upload,
    make_engine,
    now,
    readers,
    sessions,
    upgrade,
)
from cocausal.service.errors import ServiceError, forbidden, not_found, unauthorised
from cocausal.service.keys import hash_key, new_key
from cocausal.service.rounds import ROUND_WRITTEN, check_answer
from cocausal.service.rows import load_party_rows, rows_path, study_rows_dir
from cocausal.service.schemas import (
    ConsentRequest,
    EnrolRequest,
    GameRequest,
    InviteRequest,
    ReleaseRequest,
    RowsUpload,
    StudySpec,
)
from cocausal.service.settings import CoordinatorSettings
from cocausal.service.web import pages

__all__ = ["create_app"]

log = logging.getLogger("cocausal.service")
_RETRIES = 3
#: Largest request body (a contribution of 500 covariates is about 12 MB of JSON).
MAX_BODY_BYTES = 32 << 20
#: Audit events per page (``?after=ID`` pages on).
_AUDIT_PAGE = 1000
#: Longest long poll of ``GET /v1/studies/{name}/work`` (seconds).
_LONG_POLL_MAX = 25.0  # below the 30 s read timeout of common clients


@dataclasses.dataclass(frozen=True)
class Caller:
    """Who sent a request: the admin, or one party of one study."""

    credential_id: int
    role: str
    party_id: int | None = None
    study_id: int | None = None
    name: str = "admin"

    @property
    def actor(self) -> str:
        return self.name if self.role == "admin" else f"party:{self.name}"


def _error(status: int, error: str, fix: str) -> JSONResponse:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    return JSONResponse({"error": error, "fix": fix}, status_code=status, headers=headers)


class ProtocolCheck:
    """ASGI middleware: the protocol header and the body limits, checked before any route runs.

    A ``/v1`` request (except ``/v1/health``) without ``X-Cocausal-Protocol`` equal to
    :data:`~cocausal.service.PROTOCOL_VERSION`, and a POST without ``Content-Length`` or with a
    body over :data:`MAX_BODY_BYTES`, are refused with an audit row; every response carries the
    protocol header. A plain ASGI class rather than ``@app.middleware``: the latter streams
    every response through a second task.
    """

    def __init__(self, app, audit: Callable[..., None]) -> None:
        self.app, self.audit = app, audit

    def refusal(self, scope) -> JSONResponse | None:
        path, headers = scope["path"], Headers(scope=scope)
        if path.startswith("/v1/") and path != "/v1/health":
            sent = headers.get(PROTOCOL_HEADER)
            if sent != str(PROTOCOL_VERSION):
                return _error(
                    400, f"protocol version mismatch: the client speaks {sent or 'none'}, this coordinator "
                    f"(cocausal {__version__}) speaks {PROTOCOL_VERSION}",
                    f"install the cocausal version of the coordinator and send '{PROTOCOL_HEADER}: {PROTOCOL_VERSION}'",
                )
        if scope["method"] == "POST":
            length = headers.get("Content-Length")
            if length is None or not length.isdigit():
                return _error(411, "a POST needs a Content-Length header", "send the body with its length")
            if int(length) > MAX_BODY_BYTES:
                return _error(413, f"request body of {int(length)} bytes exceeds the limit of {MAX_BODY_BYTES} bytes",
                              "a contribution holds statistics, not rows; check what you are sending")
        return None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "POST":
            receive = _hashing(receive, scope)
        refused = self.refusal(scope)
        if refused is not None:
            await run_in_threadpool(self.audit, "unauthenticated", Request(scope), refused.status_code)
            await refused(scope, receive, send)
            return

        async def send_with_protocol(message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
            await send(message)

        await self.app(scope, receive, send_with_protocol)


#: The ASGI scope key of the SHA-256 of a POST's body bytes as received (for Idempotency-Key checks).
BODY_SHA256 = "cocausal.body_sha256"


def _hashing(receive, scope):
    """``receive`` that also hashes the body chunks into ``scope[BODY_SHA256]`` (no second parse)."""
    digest = hashlib.sha256()
    scope[BODY_SHA256] = digest

    async def receive_and_hash():
        message = await receive()
        if message["type"] == "http.request":
            digest.update(message.get("body", b""))
        return message

    return receive_and_hash


def create_app(settings: CoordinatorSettings) -> FastAPI:
    """The coordinator application on the database of ``settings`` (migrated at start-up)."""
    upgrade(settings.url)
    factory = sessions(make_engine(settings.url))
    # reads (authentication, GET routes) do not take SQLite's write lock; their audit rows are group-committed
    reads = readers(factory)
    audit_writer = GroupCommit(factory)
    app = FastAPI(title="cocausal coordinator", version=__version__,
                  description="Multi-party collaborative causal inference; see docs/service.md.")

    def record(s: Session, actor: str, request: Request, outcome: int, study_id=None, party_id=None,
               prefix: str = "") -> None:
        """The audit row of ``request`` in the transaction of ``s``."""
        append_event(s, actor=actor, action=f"{prefix}{request.method} {request.url.path}", target=request.url.path,
                     outcome=outcome, study_id=study_id, party_id=party_id)

    def audit(actor: str, request: Request, outcome: int, study_id=None, party_id=None) -> None:
        """The audit row of a read or a refused request, committed (grouped with concurrent ones) on return."""
        audit_writer.append(actor=actor, action=f"{request.method} {request.url.path}", target=request.url.path,
                            outcome=outcome, study_id=study_id, party_id=party_id)

    app.add_middleware(ProtocolCheck, audit=audit)

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError):
        return _error(exc.status, exc.error, exc.fix)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg', '')}" for e in exc.errors()[:5]
        )
        fix = "correct the named fields (GET /openapi.json has the schema)"
        await run_in_threadpool(audit, "unauthenticated", request, 422)
        return _error(422, f"invalid request: {problems}", fix)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, "internal error of the coordinator", "report it to the coordinator's operator with the time")

    # ------------------------------------------------------------------ authentication
    def caller(request: Request) -> Caller:
        header = request.headers.get("Authorization", "")
        scheme, _, key = header.partition(" ")
        found = None
        if scheme.lower() == "bearer" and 10 <= len(key) <= 200:
            # one read of the key and its party (no ORM objects: this runs on every request)
            query = (select(Credential.id, Credential.role, Credential.revoked, Party.id, Party.study_id, Party.name,
                            Party.state)
                     .outerjoin(Party, Party.id == Credential.party_id)
                     .where(Credential.key_hash == hash_key(key)))
            with reads() as s:
                row = s.execute(query).first()
            if row is not None and not row[2]:
                cred_id, role, _, party_id, study_id, name, party_state = row
                if role == "admin":
                    found = Caller(cred_id, "admin")
                elif party_id is not None and party_state != "revoked":
                    found = Caller(cred_id, "party", party_id, study_id, name)
        if found is None:
            audit("anonymous", request, 401)
            raise unauthorised()
        return found

    def admin(request: Request, who: Caller = Depends(caller)) -> Caller:
        if who.role != "admin":
            audit(who.actor, request, 403, who.study_id, who.party_id)
            raise forbidden()
        return who

    def party(request: Request, who: Caller = Depends(caller)) -> Caller:
        if who.role != "party":
            audit(who.actor, request, 403)
            raise forbidden()
        return who

    # ------------------------------------------------------------------ transactions
    def handle(request: Request, who: Caller | None, work: Callable[[Session], tuple[int, dict]]) -> JSONResponse:
        """Run ``work`` in one transaction with its audit row, idempotently for POSTs with a key.

        A retry must send the same bytes (method, path and body) with the same Idempotency-Key
        to get the stored answer; other bytes with that key are refused with a 409.

        A GET runs in a read-only transaction and is answered once its audit row is committed.
        """
        key = request.headers.get("Idempotency-Key") if who is not None else None
        received = request.scope.get(BODY_SHA256)  # the body's bytes, hashed as they arrived
        digest = hashlib.sha256(
            f"{request.method} {request.url.path} ".encode() + (received.digest() if received else b"")
        ).hexdigest()
        actor = who.actor if who else "anonymous"
        party_id = who.party_id if who else None

        def read() -> JSONResponse:
            with reads() as s:
                status, payload = work(s)
            audit(actor, request, status, payload.get("_study_id"), party_id)
            return JSONResponse({k: v for k, v in payload.items() if not k.startswith("_")}, status_code=status)

        def once() -> JSONResponse:
            with factory.begin() as s:
                if key is not None:
                    if s.get_bind().dialect.name == "postgresql":
                        # a concurrent twin with the same key waits here, then replays the first one's answer
                        s.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"),
                                  {"k": f"idempotency:{who.credential_id}:{key}"})
                    stored = s.execute(select(IdempotencyRecord).where(
                        IdempotencyRecord.credential_id == who.credential_id, IdempotencyRecord.key == key
                    )).scalar()
                    if stored is not None:
                        if stored.request_hash != digest:
                            raise ServiceError(
                                409, f"Idempotency-Key {key[:40]!r} was already used for a different request",
                                "send a new Idempotency-Key with a new request; reuse a key only to retry",
                            )
                        record(s, actor, request, stored.status, who.study_id, party_id, prefix="replay ")
                        return JSONResponse(json.loads(stored.body), status_code=stored.status)
                status, payload = work(s)
                record(s, actor, request, status, payload.get("_study_id"), party_id)
                payload = {k: v for k, v in payload.items() if not k.startswith("_")}
                if key is not None and request.method == "POST":
                    s.add(IdempotencyRecord(credential_id=who.credential_id, key=key, request_hash=digest,
                                            status=status, body=json.dumps(payload)))
            return JSONResponse(payload, status_code=status)

        try:
            if request.method == "GET":
                return read()
            for _ in range(_RETRIES - 1):
                try:
                    return once()
                except IntegrityError:  # a concurrent twin committed first; the next try replays it
                    continue
            return once()
        except ServiceError as exc:
            audit(actor, request, exc.status, who.study_id if who else None, party_id)
            raise

    def study_of(s: Session, name: str) -> Study:
        study = s.execute(select(Study).where(Study.name == name)).scalar()
        if study is None:
            raise not_found(f"study {name!r}")
        return study

    def own_study(s: Session, who: Caller, name: str) -> Study:
        """The party's own study, or a 403 that does not say whether ``name`` exists."""
        study = s.execute(select(Study).where(Study.name == name)).scalar()
        if study is None or study.id != who.study_id:
            raise forbidden()
        return study

    # ------------------------------------------------------------------ public
    @app.get("/v1/health")
    def health() -> dict:
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "cocausal": __version__}

    # ------------------------------------------------------------------ admin
    @app.post("/v1/studies", status_code=201)
    def create_study(spec: StudySpec, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            if s.execute(select(Study).where(Study.name == spec.name)).scalar() is not None:
                raise ServiceError(409, f"study {spec.name!r} already exists",
                                   "choose another name, or send the same Idempotency-Key to retry a create")
            study = Study(name=spec.name, kind=spec.kind, spec=spec.model_dump(), state="open")
            s.add(study)
            s.flush()
            return 201, {"study": study.name, "state": study.state, "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/invitations", status_code=201)
    def invite(name: str, body: InviteRequest, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if study.state != "open":
                raise ServiceError(409, f"study {name!r} is {study.state}; parties join only while it is open",
                                   "invite parties before `seal`")
            if study.spec.get("game") is not None:
                raise ServiceError(409, f"the value table of {name!r} is posted; it fixes the parties",
                                   "create a new study to add a party")
            token = new_key("ccinv")
            existing = s.execute(select(Party).where(Party.study_id == study.id, Party.name == body.party)).scalar()
            if existing is None:
                s.add(Party(study_id=study.id, name=body.party, state="invited", token_hash=hash_key(token)))
            elif existing.state in ("invited", "enrolled"):
                # a new token replaces a lost one (or a lost enrolment answer): older tokens and keys stop working
                existing.state, existing.token_hash = "invited", hash_key(token)
                for cred in s.execute(select(Credential).where(Credential.party_id == existing.id)).scalars():
                    cred.revoked = True
            else:
                raise ServiceError(409, f"party {body.party!r} of {name!r} is {existing.state}",
                                   "a party that uploaded (or was revoked) cannot be invited again; use a new name")
            return 201, {"study": name, "party": body.party, "token": token, "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/seal")
    def seal(name: str, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if study.state != "open":
                raise ServiceError(409, f"study {name!r} is already {study.state}", "check `status`")
            if study.kind == "payoff":
                if study.spec.get("game") is None:
                    raise ServiceError(409, f"payoff study {name!r} has no value table",
                                       f"POST the coalition values to /v1/studies/{name}/game first")
                uploaded = len(study.spec["game"]["parties"])
            else:
                uploaded = s.execute(select(func.count()).select_from(Upload).join(Party).where(
                    Party.study_id == study.id, Party.state == "uploaded")).scalar()
            if uploaded < study.spec["min_parties"]:
                raise ServiceError(409, f"{uploaded} of the required {study.spec['min_parties']} parties take part",
                                   "wait for more uploads (see `status`) or lower min_parties in a new study")
            study.state = "sealed"
            return 200, {"study": name, "state": "sealed", "parties": uploaded, "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/game")
    def post_game(name: str, body: GameRequest, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if study.kind != "payoff" or study.state != "open":
                raise ServiceError(409, f"study {name!r} is a {study.kind} study in state {study.state}",
                                   "post a value table to an open payoff study")
            parties = s.execute(select(Party.name).where(Party.study_id == study.id).order_by(Party.id)).scalars().all()
            if len(body.values) != 2 ** len(parties) or body.values[0] != 0:
                raise ServiceError(422, f"{len(body.values)} coalition values for {len(parties)} invited parties "
                                   f"(need 2^{len(parties)} = {2 ** len(parties)}, with values[0] = 0)",
                                   "index values by bitmask over the parties in invitation order (see `status`)")
            for field in ("budgets", "caps"):
                value = getattr(body, field)
                if isinstance(value, list) and len(value) != len(parties):
                    raise ServiceError(422, f"{len(value)} {field} for {len(parties)} parties",
                                       "give one number per party (null = unlimited) or one for all")
            study.spec = {**study.spec, "game": {**body.model_dump(), "parties": list(parties)}}
            return 200, {"study": name, "parties": list(parties), "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/run", status_code=202)
    def run(name: str, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if study.state == "failed":  # e.g. a party's agent did not answer a round: run it again
                job = s.execute(select(Job).where(Job.study_id == study.id)).scalar()
                job.state, job.error, job.finished = "queued", None, None
            elif study.state == "sealed":
                s.add(Job(study_id=study.id, state="queued"))
            else:
                raise ServiceError(409, f"study {name!r} is {study.state}; only a sealed (or failed) study runs",
                                   "`seal` it first; a finished study does not run again")
            study.state = "queued"
            return 202, {"study": name, "state": "queued", "_study_id": study.id}
        return handle(request, who, work)

    @app.get("/v1/studies")
    def list_studies(request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            rows = s.execute(select(Study).order_by(Study.id)).scalars()
            return 200, {"studies": [{"study": st.name, "state": st.state} for st in rows]}
        return handle(request, who, work)

    @app.get("/v1/studies/{name}")
    def study_status(name: str, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            parties = s.execute(select(Party).where(Party.study_id == study.id).order_by(Party.id)).scalars().all()
            job = s.execute(select(Job).where(Job.study_id == study.id)).scalar()
            return 200, {
                "study": study.name, "state": study.state, "spec": study.spec,
                "parties": [{"party": p.name, "state": p.state} for p in parties],
                "job": None if job is None else {"state": job.state, "attempts": job.attempts, "error": job.error},
                "result": None if study.result is None else study.result["admin"],
                "_study_id": study.id,
            }
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/parties/{party_name}/revoke")
    def revoke(name: str, party_name: str, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            p = s.execute(select(Party).where(Party.study_id == study.id, Party.name == party_name)).scalar()
            if p is None:
                raise not_found(f"party {party_name!r} of study {name!r}")
            p.state, p.token_hash = "revoked", None
            for cred in s.execute(select(Credential).where(Credential.party_id == p.id)).scalars():
                cred.revoked = True
            return 200, {"study": name, "party": party_name, "state": "revoked", "_study_id": study.id}
        return handle(request, who, work)

    def events(s: Session, *conditions) -> list[dict]:
        rows = s.execute(select(AuditEvent).where(*conditions).order_by(AuditEvent.id).limit(_AUDIT_PAGE)).scalars()
        return [{"id": e.id, "time": e.time.isoformat(), "actor": e.actor, "action": e.action, "outcome": e.outcome,
                 "hash": e.hash} for e in rows]

    @app.get("/v1/audit")
    def audit_log(request: Request, who: Caller = Depends(admin), after: int = Query(0, ge=0, lt=2**31)):
        def work(s: Session):
            return 200, {"events": events(s, AuditEvent.id > after)}
        return handle(request, who, work)

    @app.get("/v1/studies/{name}/audit")
    def own_audit(name: str, request: Request, who: Caller = Depends(party), after: int = Query(0, ge=0, lt=2**31)):
        def work(s: Session):
            study = own_study(s, who, name)
            return 200, {"events": events(s, AuditEvent.party_id == who.party_id, AuditEvent.id > after),
                         "_study_id": study.id}
        return handle(request, who, work)

    @app.get("/v1/audit/verify")
    def audit_verify(request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            return 200, verify_chain(s)
        return handle(request, who, work)

    # ------------------------------------------------------------------ parties
    @app.post("/v1/enrol", status_code=201)
    def enrol(body: EnrolRequest, request: Request):
        def work(s: Session):
            # FOR UPDATE: on PostgreSQL concurrent enrolments with one token queue on the row and the
            # later ones no longer match (SQLite's BEGIN IMMEDIATE serialises them already)
            p = s.execute(select(Party).where(Party.token_hash == hash_key(body.token)).with_for_update()).scalar()
            if p is None or p.state != "invited":
                raise unauthorised()
            key = new_key("ccparty")
            p.state, p.token_hash = "enrolled", None
            s.add(Credential(key_hash=hash_key(key), role="party", party_id=p.id))
            study = s.get(Study, p.study_id)
            return 201, {"api_key": key, "party": p.name, "study": study.name, "spec": study.spec,
                         "_study_id": study.id}
        return handle(request, None, work)

    @app.post("/v1/studies/{name}/uploads", status_code=201)
    def upload(name: str, contribution: dict, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study = own_study(s, who, name)
            p = s.get(Party, who.party_id)
            if study.kind != "cci":
                raise ServiceError(409, f"{name!r} is a {study.kind} study; its parties upload nothing",
                                   "wait for the admin's run, then read your reward")
            if study.state != "open":
                raise ServiceError(409, f"study {name!r} is {study.state}; uploads are closed",
                                   "ask the admin; a sealed study takes no more uploads")
            if study.spec.get("mode") == "rows":
                raise ServiceError(409, f"study {name!r} takes rows, not statistics",
                                   "see what leaves and consent with `cocausal party consent DATA.csv`")
            if p.state == "uploaded":
                raise ServiceError(409, f"party {p.name!r} has already uploaded to {name!r}",
                                   "a party uploads once; retry a lost response with the same Idempotency-Key")
            try:
                c = PartyContribution.from_json(contribution)
                check_disclosure(c, study.spec["covariates"], study.spec["min_arm"])
            except ContributionError as exc:
                raise ServiceError(422, f"contribution refused: {exc}",
                                   "recompute it with `cocausal party stats` for this study") from None
            if c.label != p.name:
                raise ServiceError(422, f"contribution is labelled {c.label!r} but this key belongs to {p.name!r}",
                                   "compute the contribution with this party's name")
            digest = hashlib.sha256(json.dumps(contribution, sort_keys=True).encode()).hexdigest()
            s.add(Upload(party_id=p.id, contribution=c.to_json(), sha256=digest))
            p.state = "uploaded"
            return 201, {"study": name, "party": p.name, "sha256": digest, "n": c.n, "_study_id": study.id}
        return handle(request, who, work)

    # ------------------------------------------------------------------ rows mode (every party consents)
    def rows_study(s: Session, who: Caller, name: str) -> tuple[Study, Party]:
        study = own_study(s, who, name)
        if study.spec.get("mode") != "rows":
            raise ServiceError(409, f"study {name!r} runs from statistics; its parties' rows stay with them",
                               "upload statistics (`cocausal party stats` and `upload`)")
        if study.state != "open":
            raise ServiceError(409, f"study {name!r} is {study.state}; it takes no more rows", "ask the admin")
        return study, s.get(Party, who.party_id)

    @app.post("/v1/studies/{name}/consent", status_code=201)
    def consent(name: str, body: ConsentRequest, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study, p = rows_study(s, who, name)
            if p.state not in ("enrolled", "consented"):
                raise ServiceError(409, f"party {p.name!r} is {p.state}", "a party consents once, before its rows")
            p.state = "consented"
            p.consented_rows = body.rows
            return 201, {"study": name, "party": p.name, "state": p.state, "rows": body.rows, "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/rows", status_code=201)
    def upload_rows(name: str, body: RowsUpload, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study, p = rows_study(s, who, name)
            if p.state != "consented":
                raise ServiceError(409, f"party {p.name!r} is {p.state}; rows are taken only after consent",
                                   "consent first (`cocausal party consent DATA.csv` shows what leaves)")
            if len(body.y) != p.consented_rows:
                raise ServiceError(422, f"{len(body.y)} rows sent but the party consented to {p.consented_rows}",
                                   "send exactly the rows you consented to, or consent again")
            try:
                data = CausalData(np.asarray(body.X, dtype=float).reshape(len(body.y), -1), np.asarray(body.t),
                                  np.asarray(body.y, dtype=float), feature_names=tuple(study.spec["covariates"]))
                c = PartyContribution.from_data(data, p.name)
                check_disclosure(c, study.spec["covariates"], study.spec["min_arm"])
            except ValueError as exc:
                raise ServiceError(422, f"rows refused: {exc}", "send the study's columns, in its order") from None
            text = json.dumps({"X": body.X, "t": body.t, "y": body.y})
            path = rows_path(settings.rows_dir, study.id, p.id)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text)
            tmp.chmod(0o600)
            tmp.replace(path)  # committed below with the party's state; a rerun overwrites it
            digest = hashlib.sha256(text.encode()).hexdigest()
            s.add(Upload(party_id=p.id, contribution=c.to_json(), sha256=digest))
            p.state = "uploaded"
            return 201, {"study": name, "party": p.name, "sha256": digest, "n": c.n, "_study_id": study.id}
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/close")
    def close(name: str, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if study.state in ("queued", "running"):
                raise ServiceError(409, f"study {name!r} is {study.state}", "close it after the run")
            if study.state == "closed":
                raise ServiceError(409, f"study {name!r} is already closed", "nothing to do")
            folder = study_rows_dir(settings.rows_dir, study.id)
            deleted = sorted(folder.glob("party-*.json")) if folder.is_dir() else []
            for path in deleted:
                path.unlink()
            if folder.is_dir():
                for leftover in folder.iterdir():
                    leftover.unlink()
                folder.rmdir()
            study.state = "closed"
            append_event(s, actor=who.actor, action=f"delete rows of study {name}", target=str(folder)[:200],
                         outcome=200, study_id=study.id)
            return 200, {"study": name, "state": "closed", "rows_files_deleted": len(deleted), "_study_id": study.id}
        return handle(request, who, work)

    @app.get("/v1/studies/{name}/me")
    def me(name: str, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study = own_study(s, who, name)
            p = s.get(Party, who.party_id)
            up = s.execute(select(Upload).where(Upload.party_id == p.id)).scalar()
            receipt = None if up is None else {"sha256": up.sha256, "n": int(sum(up.contribution["counts"]))}
            return 200, {"study": name, "party": p.name, "state": p.state, "study_state": study.state,
                         "upload": receipt, "_study_id": study.id}
        return handle(request, who, work)

    @app.get("/v1/studies/{name}/reward")
    def reward(name: str, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study = own_study(s, who, name)
            if study.result is None:
                raise ServiceError(409, f"study {name!r} is {study.state}; rewards exist once it is done",
                                   "ask again after the run (`cocausal party status` shows the state)")
            own = study.result["parties"].get(who.name)
            if own is None:
                raise ServiceError(409, f"party {who.name!r} did not take part in the run of {name!r}",
                                   "only parties that uploaded before `seal` get a reward")
            return 200, {"study": name, **own, "_study_id": study.id}
        return handle(request, who, work)

    # ------------------------------------------------------------------ privacy ledger
    def ledger(s: Session, study: Study) -> dict:
        privacy = study.spec.get("privacy")
        if privacy is None:
            raise ServiceError(409, f"study {study.name!r} has no privacy budget, so it makes no DP releases",
                               "declare privacy: {budget: EPSILON, outcome_bounds: [LO, HI]} when creating a study")
        rows = s.execute(select(Release).where(Release.study_id == study.id).order_by(Release.id)).scalars().all()
        spent = math.fsum(r.epsilon for r in rows)
        return {"budget": privacy["budget"], "spent": spent, "remaining": max(privacy["budget"] - spent, 0.0),
                "releases": [{"id": r.id, "created": r.created.isoformat(), **r.body} for r in rows]}

    def pooled_outcome_sums(s: Session, study: Study, bounds) -> tuple[list[float], list[float]]:
        """Per-arm counts and outcome sums of the study's uploads, each checked against the public bounds."""
        rows = s.execute(select(Upload, Party.name).join(Party).where(
            Party.study_id == study.id, Party.state == "uploaded").order_by(Party.id)).all()
        lo, hi = bounds
        counts, sums = [0.0, 0.0], [0.0, 0.0]
        for upload, party_name in rows:
            c = PartyContribution.from_json(upload.contribution)
            means = c.stats.means[:, -1]
            outside = [a for a in (0, 1) if c.stats.counts[a] > 0 and not lo <= means[a] <= hi]
            if outside or c.outcome_scale > max(abs(lo), abs(hi)):
                raise ServiceError(409, f"party {party_name!r} uploaded outcomes outside the study's public bounds "
                                   f"[{lo:g}, {hi:g}]; a release would not be differentially private",
                                   "the party clips its outcomes to the bounds and uploads again in a new study")
            for a in (0, 1):
                counts[a] += float(c.stats.counts[a])
                sums[a] += float(c.stats.counts[a] * means[a])
        return counts, sums

    def private_ate_release(s: Session, study: Study, body: ReleaseRequest) -> tuple[dict, float]:
        """PrivATE (DP matching, label or sample level) on the pooled rows of a rows-mode study."""
        privacy = study.spec["privacy"]
        if study.spec.get("mode") != "rows":
            raise ServiceError(409, f"PrivATE matches units, so it needs the rows; study {study.name!r} holds "
                               "statistics", "declare mode: rows (every party consents), or release estimator 'dim'")
        if body.level == "sample" and privacy.get("covariate_bounds") is None:
            raise ServiceError(409, "a sample-level release needs public covariate bounds",
                               "declare privacy.covariate_bounds: [LO, HI] when creating the study")
        ids = s.execute(select(Party.id).where(Party.study_id == study.id, Party.state == "uploaded")
                        .order_by(Party.id)).scalars().all()
        try:
            parts = [load_party_rows(settings.rows_dir, study.id, i, study.spec["covariates"]) for i in ids]
        except ValueError as exc:
            raise ServiceError(409, str(exc), "a closed study releases nothing more") from None
        pooled = CausalData(np.vstack([p.X for p in parts]), np.concatenate([p.t for p in parts]),
                            np.concatenate([p.y for p in parts]), feature_names=parts[0].feature_names)
        fit = PrivATE(epsilon=body.epsilon, level=body.level, outcome_bounds=tuple(privacy["outcome_bounds"]),
                      covariate_bounds=tuple(privacy.get("covariate_bounds") or (0.0, 1.0))).fit(pooled)
        record = published_record(fit.result_)
        return {"estimator": "privATE", **record}, float(math.fsum(fit.result_.spent.values()))

    @app.post("/v1/studies/{name}/releases", status_code=201)
    def release(name: str, body: ReleaseRequest, request: Request, who: Caller = Depends(admin)):
        def work(s: Session):
            study = study_of(s, name)
            if s.get_bind().dialect.name == "postgresql":  # concurrent releases of one study queue here
                s.execute(select(Study.id).where(Study.id == study.id).with_for_update())
            state = ledger(s, study)
            if study.state == "open":
                raise ServiceError(409, f"study {name!r} is open; a release covers the sealed uploads",
                                   "`seal` the study first")
            if state["spent"] + body.epsilon > state["budget"] * (1 + 1e-12):
                left = state["remaining"] if state["remaining"] > 1e-9 * state["budget"] else 0.0
                raise ServiceError(409, f"privacy budget exceeded: {state['spent']:.6g} of {state['budget']:g} spent, "
                                   f"this release asks {body.epsilon:g}",
                                   f"ask for at most epsilon {left:.6g}" if left else
                                   "the budget is spent: the study releases nothing more (a budget never grows)")
            if body.estimator == "privATE":
                entry, spent = private_ate_release(s, study, body)
            else:
                counts, sums = pooled_outcome_sums(s, study, study.spec["privacy"]["outcome_bounds"])
                if min(counts) < 1:
                    raise ServiceError(409, "the uploads lack an arm; there is no difference in means to release",
                                       "the study needs treated and control units")
                dp = label_dp_difference_in_means(counts, sums, study.spec["privacy"]["outcome_bounds"],
                                                  body.epsilon)
                entry, spent = {"estimator": body.estimator, "level": "label", **dp.to_dict()}, dp.release.epsilon
            row = Release(study_id=study.id, estimator=body.estimator, epsilon=spent, body=entry)
            s.add(row)
            s.flush()
            return 201, {"study": name, "id": row.id, **entry, "spent": state["spent"] + spent,
                         "budget": state["budget"], "_study_id": study.id}
        return handle(request, who, work)

    @app.get("/v1/studies/{name}/releases")
    def releases(name: str, request: Request, who: Caller = Depends(caller)):
        def work(s: Session):
            study = study_of(s, name) if who.role == "admin" else own_study(s, who, name)
            return 200, {"study": name, **ledger(s, study), "_study_id": study.id}
        return handle(request, who, work)

    # ------------------------------------------------------------------ rounds (federated studies)
    def open_round(s: Session, who: Caller):
        return s.execute(select(Round).join(Job, Job.id == Round.job_id)
                         .where(Round.party_id == who.party_id, Round.answered.is_(None), Job.state == "running")
                         .order_by(Round.id).limit(1)).scalar()

    @app.get("/v1/studies/{name}/work")
    def next_work(name: str, request: Request, who: Caller = Depends(party),
                  wait: float = Query(0.0, ge=0, le=_LONG_POLL_MAX)):
        with reads() as s:  # only the party's own study is waited on; anything else is refused at once below
            mine = s.execute(select(Study.id).where(Study.name == name)).scalar() == who.study_id
        deadline = time.monotonic() + (wait if mine else 0.0)
        pause = 0.01
        while time.monotonic() < deadline:  # long poll, bounded by ``wait``
            token = ROUND_WRITTEN.token()
            with reads() as s:
                if open_round(s, who) is not None:
                    break
                state = s.execute(select(Study.state).where(Study.id == who.study_id)).scalar()
                if state in ("done", "closed"):  # a failed study may run again: keep waiting
                    break
            ROUND_WRITTEN.wait(token, pause)  # woken by a request stored in this process
            pause = min(2 * pause, 0.02)  # a request stored by another process is picked up within 20 ms

        def work(s: Session):
            study = own_study(s, who, name)
            row = open_round(s, who)
            body = {"study": name, "study_state": study.state, "round": None, "_study_id": study.id}
            if row is not None:
                body.update({"round": row.id, "kind": row.kind, "request": row.request})
            return 200, body
        return handle(request, who, work)

    @app.post("/v1/studies/{name}/work/{round_id}")
    def answer_work(name: str, round_id: int, answer: dict, request: Request, who: Caller = Depends(party)):
        def work(s: Session):
            study = own_study(s, who, name)
            row = s.get(Round, round_id)
            if row is None or row.party_id != who.party_id:
                raise forbidden()
            if row.answered is not None:
                if row.answer == answer:
                    return 200, {"study": name, "round": row.id, "accepted": True, "_study_id": study.id}
                raise ServiceError(409, f"round {round_id} was already answered with different numbers",
                                   "an answer is given once; fetch the next round with GET .../work")
            problem = check_answer(row.request, answer)
            if problem is not None:
                raise ServiceError(422, f"answer to round {round_id} rejected: {problem}",
                                   "send what cocausal.cci.party_rounds.answer_round returns for the request")
            row.answer, row.answered = answer, now()
            return 200, {"study": name, "round": row.id, "accepted": True, "_study_id": study.id}
        response = handle(request, who, work)
        ROUND_WRITTEN.notify()  # committed: wake a worker of this process waiting on the round
        return response

    @app.get("/v1/studies/{name}/summary")
    def summary(name: str, request: Request, who: Caller = Depends(caller)):
        def work(s: Session):
            study = study_of(s, name) if who.role == "admin" else own_study(s, who, name)
            n_parties = s.execute(select(func.count()).select_from(Party).where(Party.study_id == study.id)).scalar()
            body = {"study": name, "kind": study.kind, "state": study.state, "invited_parties": n_parties,
                    "_study_id": study.id}
            if study.kind == "cci":
                body["estimator"] = study.spec["estimator"]
            if study.result is not None:
                body.update(study.result["summary"])
            return 200, body
        return handle(request, who, work)

    app.include_router(pages(reads, audit_writer))
    return app
