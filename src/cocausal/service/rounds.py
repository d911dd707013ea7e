"""Rounds of a federated study through the database: the worker asks, the parties' agents answer.

The worker's :class:`ServiceRounds` is the ``rounds`` callable of
:meth:`~cocausal.cci.CollaborativeATE.fit`: it stores one request per party in the
``rounds`` table and waits (bounded by the study's ``round_timeout``) until every party's
agent (``cocausal party serve``) has fetched its request with ``GET /v1/studies/{name}/work``
and posted the answer. A request is stored under its SHA-256, so a worker that takes over a
job after a crash sends the same requests and reuses the answers already given; an agent that
restarts finds the requests it has not answered yet.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from cocausal.service.db import Round

__all__ = ["ROUND_WRITTEN", "RoundSignal", "RoundTimeout", "ServiceRounds", "check_answer", "request_digest"]

#: Seconds between checks for answers (the first checks come sooner): a round's answers come
#: in tens of milliseconds, and a study has tens of rounds.
_POLL_MAX = 0.02


class RoundSignal:
    """Wakes the waiters on rounds in this process as soon as a round is written in it.

    The database stays the only record: a waiter takes a :meth:`token`, checks the ``rounds``
    table, and then calls :meth:`wait`, which returns at once if anything was written since
    the token, when :meth:`notify` is called, or after ``timeout`` at the latest. Writes by
    another process (a separate ``cocausal coordinator worker``) are seen by the timeout-bounded
    checks alone; with ``serve --with-worker`` the worker and the API share one process and a
    round's request and answers are picked up without waiting for the next check.
    """

    def __init__(self) -> None:
        self._written = threading.Condition()
        self._count = 0

    def token(self) -> int:
        """The number of writes so far (pass it to :meth:`wait`)."""
        with self._written:
            return self._count

    def notify(self) -> None:
        """Record a committed write of a round's request or answer and wake every waiter."""
        with self._written:
            self._count += 1
            self._written.notify_all()

    def wait(self, token: int, timeout: float) -> None:
        """Sleep until a write after ``token``, or for ``timeout`` seconds at most."""
        with self._written:
            self._written.wait_for(lambda: self._count != token, timeout)


#: The signal of this process's rounds (requests stored by :class:`ServiceRounds`, answers
#: posted through the API).
ROUND_WRITTEN = RoundSignal()


class RoundTimeout(ValueError):
    """Some parties did not answer a round within the study's timeout."""


def request_digest(request: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a round request."""
    return hashlib.sha256(json.dumps(request, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _finite(value: Any) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    return False


def check_answer(request: Mapping[str, Any], answer: Any) -> str | None:
    """Why ``answer`` cannot be the answer to ``request`` (``None`` if its form is right)."""
    if not isinstance(answer, dict) or answer.get("kind") != request["kind"] or not isinstance(
        answer.get("items"), list
    ):
        return f"an answer is {{'kind': {request['kind']!r}, 'items': [...]}} as answer_round returns it"
    asked = sorted(item["coalition"] for item in request["items"])
    given = sorted(item.get("coalition") for item in answer["items"] if isinstance(item, dict))
    if given != asked or len(given) != len(answer["items"]):
        return "the answer must hold one item per coalition of the request, each with its 'coalition' key"
    if not _finite(answer):
        return "the answer holds a number that is not finite"
    return None


class ServiceRounds:
    """``rounds`` of a job: requests stored for the parties' agents, answers awaited.

    Parameters
    ----------
    factory : sessionmaker
        Writes the requests.
    reads : sessionmaker
        Reads the answers (on SQLite without the write lock, see ``make_engine(read_only=True)``).
    job_id : int
    party_ids : sequence of int
        Database id of party ``i`` (the order of the study's contributions).
    names : sequence of str
        Party names, for the timeout message.
    timeout : float
        Seconds a round may wait for its answers.

    Attributes
    ----------
    n_rounds, reused : int
        Rounds sent, and requests whose answer was already stored (a resumed job).
    """

    def __init__(self, factory: sessionmaker, reads: sessionmaker, job_id: int, party_ids: Sequence[int],
                 names: Sequence[str], timeout: float) -> None:
        self.factory, self.reads, self.job_id = factory, reads, job_id
        self.party_ids, self.names, self.timeout = list(party_ids), list(names), float(timeout)
        self.n_rounds = 0
        self.reused = 0

    def __call__(self, requests: Mapping[int, dict]) -> dict[int, dict]:
        ids: dict[int, int] = {}
        with self.factory.begin() as s:
            for i, request in requests.items():
                digest = request_digest(request)
                party_id = self.party_ids[i]
                row = s.execute(select(Round).where(Round.job_id == self.job_id, Round.party_id == party_id,
                                                    Round.digest == digest)).scalar()
                if row is None:
                    row = Round(job_id=self.job_id, party_id=party_id, digest=digest, kind=request["kind"],
                                request=request)
                    s.add(row)
                    s.flush()
                elif row.answer is not None:
                    self.reused += 1
                ids[i] = row.id
        ROUND_WRITTEN.notify()
        self.n_rounds += 1
        deadline = time.monotonic() + self.timeout
        pause = 0.005
        while True:
            token = ROUND_WRITTEN.token()
            with self.reads() as s:  # poll the ids only: the answers (large JSON) are decoded once, below
                answered = set(s.execute(select(Round.id).where(Round.id.in_(list(ids.values())),
                                                                Round.answered.is_not(None))).scalars())
                if len(answered) == len(ids):
                    rows = s.execute(select(Round.id, Round.answer).where(Round.id.in_(list(ids.values()))))
                    answers = dict(rows.all())
                    return {i: answers[rid] for i, rid in ids.items()}
            if time.monotonic() > deadline:
                late = [self.names[i] for i, rid in ids.items() if rid not in answered]
                raise RoundTimeout(
                    f"parties {late} did not answer a {next(iter(requests.values()))['kind']} round within "
                    f"{self.timeout:g} s; start their agents (`cocausal party serve DATA.csv`) and run the "
                    "study again (answers already given are kept)"
                )
            ROUND_WRITTEN.wait(token, pause)
            pause = min(2 * pause, _POLL_MAX)
