"""The append-only, hash-chained audit table.

Each row's ``hash`` is the SHA-256 of the previous row's hash and the row's own canonical
JSON (time, actor, action, target, outcome, study and party). Changing, deleting or
reordering any row breaks every later hash; :func:`verify_chain` finds the first break.
Appends are serialised (SQLite: the write lock; PostgreSQL: a transaction advisory lock),
so the chain never forks.

References
----------
.. [1] S. Haber and W. S. Stornetta, "How to time-stamp a digital document", Journal of
   Cryptology 3(2), 1991 (hash chaining).
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cocausal.service.db import AuditEvent, now

__all__ = ["GENESIS", "append_event", "event_hash", "verify_chain"]

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


def append_event(session: Session, *, actor: str, action: str, target: str, outcome: int,
                 study_id: int | None = None, party_id: int | None = None) -> AuditEvent:
    """Add one audit row to ``session``'s transaction (committed with it)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
    last = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    # the columns are VARCHAR(120) and VARCHAR(200): PostgreSQL refuses longer values (a long URL path)
    event = AuditEvent(time=now(), actor=actor[:120], action=action[:120], target=target[:200], outcome=int(outcome),
                       study_id=study_id, party_id=party_id, prev_hash=prev)
    event.hash = event_hash(prev, event)
    session.add(event)
    session.flush()
    return event


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
