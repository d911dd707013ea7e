"""The append-only, hash-chained audit table.

Each row's ``hash`` is the SHA-256 of the previous row's hash and the row's own canonical
JSON (time, actor, action, target, outcome, study and party). Changing, deleting or
reordering any row breaks every later hash; :func:`verify_chain` finds the first break.
Appends are serialised (SQLite: the write lock; PostgreSQL: a transaction advisory lock),
so the chain never forks. A write request appends its row in its own transaction; the rows
of reads and refusals go through :class:`GroupCommit`, which writes the rows of concurrent
requests in one transaction (a database's group commit) and answers none of them before
its row is committed.

References
----------
.. [1] S. Haber and W. S. Stornetta, "How to time-stamp a digital document", Journal of
   Cryptology 3(2), 1991 (hash chaining).
.. [2] D. J. DeWitt et al., "Implementation techniques for main memory database systems",
   SIGMOD 1984 (group commit).
"""

from __future__ import annotations

import hashlib
import json
import threading

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from cocausal.service.db import AuditEvent, now

__all__ = ["GENESIS", "GroupCommit", "append_event", "append_events", "event_hash", "verify_chain"]

GENESIS = "0" * 64
_LOCK_ID = 7_312_004


def event_hash(prev_hash: str, event: AuditEvent) -> str:
    """The chained hash of ``event`` after a row with hash ``prev_hash``."""
    payload = json.dumps(
        [event.time.isoformat(), event.actor, event.action, event.target, event.outcome, event.study_id,
         event.party_id],
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode()).hexdigest()


def append_events(session: Session, rows: list[dict]) -> list[AuditEvent]:
    """Add audit rows (dicts of :func:`append_event`'s keywords) to ``session``'s transaction, in order."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar() or GENESIS
    events = []
    for row in rows:
        # the columns are VARCHAR(120) and VARCHAR(200): PostgreSQL refuses longer values (a long URL path)
        event = AuditEvent(time=now(), actor=row["actor"][:120], action=row["action"][:120],
                           target=row["target"][:200], outcome=int(row["outcome"]), study_id=row.get("study_id"),
                           party_id=row.get("party_id"), prev_hash=prev)
        event.hash = prev = event_hash(prev, event)
        session.add(event)
        events.append(event)
    session.flush()
    return events


def append_event(session: Session, *, actor: str, action: str, target: str, outcome: int,
                 study_id: int | None = None, party_id: int | None = None) -> AuditEvent:
    """Add one audit row to ``session``'s transaction (committed with it)."""
    row = {"actor": actor, "action": action, "target": target, "outcome": outcome, "study_id": study_id,
           "party_id": party_id}
    return append_events(session, [row])[0]


class _Waiter:
    __slots__ = ("done", "error", "state")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.state = "waiting"  # -> "lead" (write the next batch) or "written"
        self.error: BaseException | None = None


class GroupCommit:
    """Audit rows of concurrent requests written in one transaction, each caller waiting for its own.

    The first caller to find no batch in flight writes every row queued so far (at most
    ``max_batch``) and commits; rows that arrive meanwhile wait, and when the batch is
    committed the oldest of them writes the next one. Every caller returns only after its
    row is committed, or raises the batch's error, so no answer leaves without its audit row.
    Each caller writes at most one batch, so no request is held up by an unbounded stream.

    Parameters
    ----------
    factory : sessionmaker
        Opens the writing transactions.
    max_batch : int, default 256
        Most rows per transaction.
    timeout : float, default 60.0
        Seconds a caller waits for its row before giving up with ``TimeoutError``.
    """

    def __init__(self, factory: sessionmaker, *, max_batch: int = 256, timeout: float = 60.0) -> None:
        self._factory, self._max_batch, self._timeout = factory, max_batch, timeout
        self._lock = threading.Lock()
        self._queue: list[tuple[dict, _Waiter]] = []
        self._busy = False

    def append(self, *, actor: str, action: str, target: str, outcome: int, study_id: int | None = None,
               party_id: int | None = None) -> None:
        """Queue one row and return once it is committed."""
        me = _Waiter()
        row = {"actor": actor, "action": action, "target": target, "outcome": outcome, "study_id": study_id,
               "party_id": party_id}
        with self._lock:
            self._queue.append((row, me))
            if not self._busy:
                self._busy, me.state = True, "lead"
        if me.state != "lead" and not me.done.wait(self._timeout):
            with self._lock:
                if me.state == "waiting":  # still queued: take it out so nobody hands it the lead
                    self._queue.remove((row, me))
                    raise TimeoutError(f"audit row not committed within {self._timeout} s")
        if me.state == "lead":
            self._write_batch()
        if me.error is not None:
            raise me.error

    def _write_batch(self) -> None:
        with self._lock:
            batch, self._queue = self._queue[: self._max_batch], self._queue[self._max_batch:]
        error = None
        try:
            with self._factory.begin() as s:
                append_events(s, [row for row, _ in batch])
        except Exception as exc:  # every caller of the batch gets it; none is answered without its row
            error = exc
        with self._lock:
            for _, waiter in batch:
                waiter.error, waiter.state = error, "written"
                waiter.done.set()
            if self._queue:
                successor = self._queue[0][1]
                successor.state = "lead"
                successor.done.set()
            else:
                self._busy = False


def verify_chain(session: Session) -> dict:
    """Check every row's link and hash; returns ``{"ok", "rows", "first_bad"}``."""
    prev = GENESIS
    rows = 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        rows += 1
        if event.prev_hash != prev or event.hash != event_hash(prev, event):
            return {"ok": False, "rows": rows, "first_bad": event.id}
        prev = event.hash
    return {"ok": True, "rows": rows, "first_bad": None}
