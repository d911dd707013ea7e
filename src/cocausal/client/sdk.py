"""The client SDK over httpx (used by ``cocausal coordinator ...`` and ``cocausal party ...``)."""

from __future__ import annotations

import time
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from cocausal.cci import PartyContribution, check_disclosure
from cocausal.data import CausalData
from cocausal.service import PROTOCOL_HEADER, PROTOCOL_VERSION

__all__ = ["Coordinator", "CoordinatorError", "Party"]

_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class CoordinatorError(ValueError):
    """A request the coordinator refused (or could not be reached), with its fix."""

    def __init__(self, status: int, error: str, fix: str) -> None:
        super().__init__(f"{error} (fix: {fix})")
        self.status = status
        self.error = error
        self.fix = fix


def _check(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code >= 400:
        if isinstance(body, dict) and "error" in body:
            raise CoordinatorError(response.status_code, body["error"], body.get("fix", ""))
        raise CoordinatorError(response.status_code, f"HTTP {response.status_code} from the coordinator",
                               "check the URL points at a cocausal coordinator")
    sent = response.headers.get(PROTOCOL_HEADER)
    if sent is not None and sent != str(PROTOCOL_VERSION):
        raise CoordinatorError(response.status_code, f"protocol version mismatch: this client speaks "
                               f"{PROTOCOL_VERSION}, the coordinator speaks {sent}",
                               "install the cocausal version of the coordinator")
    return body


class _Session:
    """One HTTP connection pool with the key and protocol headers; POSTs carry an Idempotency-Key."""

    def __init__(self, url: str, key: str | None, client: httpx.Client | None) -> None:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        if client is None:
            client = httpx.Client(base_url=url, timeout=_TIMEOUT)
        client.headers.update(headers)
        self.http = client

    def get(self, path: str, *, timeout: float | None = None) -> dict[str, Any]:
        try:
            return _check(self.http.get(path, timeout=_TIMEOUT if timeout is None else timeout))
        except httpx.TransportError as exc:
            raise CoordinatorError(
                0, f"cannot reach the coordinator ({exc})", "check the URL and that it runs"
            ) from None

    def post(self, path: str, body: Any = None, *, idempotency_key: str | None = None, retries: int = 3):
        """POST with one Idempotency-Key for all retries: a lost response is replayed, never redone."""
        key = idempotency_key or uuid.uuid4().hex
        last: Exception | None = None
        for _ in range(retries):
            try:
                return _check(self.http.post(path, json=body, headers={"Idempotency-Key": key}))
            except httpx.TransportError as exc:
                last = exc
        raise CoordinatorError(0, f"cannot reach the coordinator ({last})", "check the URL and that it runs")


class Coordinator:
    """The admin's view of a coordinator.

    Parameters
    ----------
    url : str
        E.g. ``http://127.0.0.1:8000``.
    admin_key : str
        The key ``cocausal coordinator init`` printed.
    """

    def __init__(self, url: str, admin_key: str, *, client_factory=None) -> None:
        self.url = url
        self.client_factory = client_factory
        self._s = _Session(url, admin_key, None if client_factory is None else client_factory())
        self._local = None

    @classmethod
    def local(cls, data_dir: str | Path) -> Coordinator:
        """A coordinator in this process on a new data folder (same routes, database and worker)."""
        with warnings.catch_warnings():  # starlette >= 1.9 prefers httpx2 for its test client; httpx works
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient

        from cocausal.service.app import create_app
        from cocausal.service.setup import init_coordinator

        settings, key = init_coordinator(data_dir)
        app = create_app(settings)
        coordinator = cls("http://local", key, client_factory=lambda: TestClient(app, base_url="http://local"))
        coordinator._local = settings
        return coordinator

    def enrol(self, token: str) -> Party:
        """Enrol a party on this coordinator (for a local one, through the same application)."""
        return Party.enrol(self.url, token, client_factory=self.client_factory)

    def health(self) -> dict:
        return self._s.get("/v1/health")

    def create_study(self, spec: dict) -> dict:
        return self._s.post("/v1/studies", spec)

    def invite(self, study: str, party: str) -> str:
        """A one-time enrolment token for ``party``."""
        return self._s.post(f"/v1/studies/{study}/invitations", {"party": party})["token"]

    def post_game(self, study: str, values, budgets=None, caps=None) -> dict:
        """Post the coalition value table (by bitmask over the parties in invitation order) of a payoff study.

        ``budgets`` and ``caps``: one number per party or one for all; ``None`` (or ``inf``) is unlimited.
        """
        def listed(v):
            if v is None or isinstance(v, (int, float)):
                return None if v is None or v == float("inf") else float(v)
            return [None if x is None or x == float("inf") else float(x) for x in v]

        body = {"values": [float(v) for v in values], "budgets": listed(budgets), "caps": listed(caps)}
        return self._s.post(f"/v1/studies/{study}/game", body)

    def seal(self, study: str) -> dict:
        return self._s.post(f"/v1/studies/{study}/seal")

    def run(self, study: str) -> dict:
        """Queue the run; on a local coordinator the worker runs it before this returns."""
        queued = self._s.post(f"/v1/studies/{study}/run")
        if self._local is not None:
            from cocausal.service.worker import work

            work(self._local, max_jobs=1, idle_exit=0.0)
        return queued

    def status(self, study: str) -> dict:
        return self._s.get(f"/v1/studies/{study}")

    def studies(self) -> list[dict]:
        return self._s.get("/v1/studies")["studies"]

    def revoke(self, study: str, party: str) -> dict:
        return self._s.post(f"/v1/studies/{study}/parties/{party}/revoke")

    def audit(self, after: int = 0) -> list[dict]:
        """Audit events after id ``after`` (one page of up to 1,000)."""
        return self._s.get(f"/v1/audit?after={int(after)}")["events"]

    def verify_audit(self) -> dict:
        return self._s.get("/v1/audit/verify")

    def release(self, study: str, epsilon: float, *, estimator: str = "dim", level: str = "label",
                idempotency_key: str | None = None) -> dict:
        """A differentially private release of the study's ATE, charged to its privacy budget.

        ``estimator="dim"`` (label level) or ``"privATE"`` (``mode: rows`` studies; ``level``
        ``"label"`` or ``"sample"``). A retry with the same ``idempotency_key`` returns the
        stored release (never a new draw).
        """
        body = {"estimator": estimator, "epsilon": float(epsilon), "level": level}
        return self._s.post(f"/v1/studies/{study}/releases", body, idempotency_key=idempotency_key)

    def releases(self, study: str) -> dict:
        """The study's privacy ledger: budget, spent, remaining and every release."""
        return self._s.get(f"/v1/studies/{study}/releases")

    def close(self, study: str) -> dict:
        """Close a study: a ``mode: rows`` study's rows are deleted (and the deletion audited)."""
        return self._s.post(f"/v1/studies/{study}/close")


class Party:
    """One party's view: its own uploads, status and reward only.

    Parameters
    ----------
    url : str
    api_key : str
        The key :meth:`enrol` returned.
    study : str
    name : str
    spec : dict
        The study's declaration (covariates, treatment, outcome, thresholds).
    """

    def __init__(self, url: str, api_key: str, study: str, name: str, spec: dict, *, client_factory=None) -> None:
        self.url, self.api_key, self.study, self.name, self.spec = url, api_key, study, name, spec
        self._s = _Session(url, api_key, None if client_factory is None else client_factory())

    @classmethod
    def enrol(cls, url: str, token: str, *, client_factory=None) -> Party:
        """Exchange a one-time enrolment token for this party's API key."""
        client = httpx.Client(base_url=url, timeout=_TIMEOUT) if client_factory is None else client_factory()
        body = _Session(url, None, client).post("/v1/enrol", {"token": token})
        # the keyed session reuses the connection (building an httpx.Client costs tens of ms)
        return cls(url, body["api_key"], body["study"], body["party"], body["spec"], client_factory=lambda: client)

    def contribution(self, data: CausalData) -> PartyContribution:
        """This party's statistics for the study, checked locally as the coordinator will check them."""
        self._check_columns(data)
        privacy = self.spec.get("privacy")
        if privacy is not None:
            lo, hi = privacy["outcome_bounds"]
            outside = int(((data.y < lo) | (data.y > hi)).sum())
            if outside:
                raise ValueError(f"{outside} outcomes lie outside the study's public bounds [{lo:g}, {hi:g}], on "
                                 "which its differentially private releases rely; clip them to the bounds (or ask "
                                 "the admin for a study with wider bounds) before uploading")
        c = PartyContribution.from_data(data, self.name)
        check_disclosure(c, list(self.spec["covariates"]), self.spec["min_arm"])
        return c

    def _check_columns(self, data: CausalData) -> None:
        names = list(self.spec["covariates"])
        if list(data.feature_names) != names:
            raise ValueError(f"the data's covariates {list(data.feature_names)} are not the study's {names}; "
                             "select the study's columns in its order")

    def serve(self, data: CausalData, *, max_seconds: float | None = None, wait: float = 20.0,
              on_round: Callable[[str, int], None] | None = None) -> int:
        """Answer the study's rounds (federated IPW/AIPW) from ``data`` until the study is done.

        Each round's request is answered by :func:`~cocausal.cci.party_rounds.answer_round`
        on this party's rows with the study's disclosure threshold (``min_arm``); only the
        sums leave. A failed study keeps the agent waiting (the admin may run it again).

        Parameters
        ----------
        data : CausalData
            This party's rows, with the study's covariates in its order.
        max_seconds : float, optional
            Stop after this long (default: when the study is done or closed).
        wait : float, default 20
            Seconds of each long poll (at most 25).
        on_round : callable, optional
            Called with the round's kind and the number answered so far.

        Returns
        -------
        int
            Rounds answered.
        """
        from cocausal.cci.party_rounds import answer_round

        self._check_columns(data)
        start, answered = time.monotonic(), 0
        while max_seconds is None or time.monotonic() - start < max_seconds:
            left = wait if max_seconds is None else max(0.0, min(wait, max_seconds - (time.monotonic() - start)))
            body = self._s.get(f"/v1/studies/{self.study}/work?wait={left:.3f}", timeout=left + 30.0)
            if body["round"] is None:
                if body["study_state"] in ("done", "closed"):
                    break
                continue
            answer = answer_round(body["request"], data, min_units=int(self.spec["min_arm"]))
            self._s.post(f"/v1/studies/{self.study}/work/{body['round']}", answer)
            answered += 1
            if on_round is not None:
                on_round(body["kind"], answered)
        return answered

    def send_rows(self, data: CausalData) -> dict:
        """Consent to and send this party's rows to a ``mode: rows`` study.

        The coordinator keeps them under its data folder until the study is closed (then
        deletes them, with an audit row). Call this only after reviewing what leaves
        (``cocausal party consent`` shows it and asks).
        """
        self._check_columns(data)
        self.contribution(data)  # the disclosure threshold and the bounds, checked before anything leaves
        self._s.post(f"/v1/studies/{self.study}/consent", {"rows": int(data.n)})
        return self._s.post(f"/v1/studies/{self.study}/rows",
                            {"X": data.X.tolist(), "t": data.t.astype(int).tolist(), "y": data.y.tolist()})

    def releases(self) -> dict:
        """The study's privacy ledger: budget, spent, and every DP release (published to all its parties)."""
        return self._s.get(f"/v1/studies/{self.study}/releases")

    def upload(self, contribution: PartyContribution) -> dict:
        return self._s.post(f"/v1/studies/{self.study}/uploads", contribution.to_json())

    def status(self) -> dict:
        return self._s.get(f"/v1/studies/{self.study}/me")

    def reward(self) -> dict:
        return self._s.get(f"/v1/studies/{self.study}/reward")

    def summary(self) -> dict:
        return self._s.get(f"/v1/studies/{self.study}/summary")

    def audit(self, after: int = 0) -> list[dict]:
        """This party's own audit events (its requests), after id ``after``."""
        return self._s.get(f"/v1/studies/{self.study}/audit?after={int(after)}")["events"]
