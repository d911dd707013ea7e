"""The coordinator service: multi-party studies in which each party's rows stay at home.

A FastAPI application (:func:`cocausal.service.app.create_app`) over a SQLAlchemy database
(SQLite by default, PostgreSQL optional) with Alembic migrations, a job table whose runs are
claimed with a lease by a worker (:mod:`cocausal.service.worker`), per-party API keys, an
``Idempotency-Key`` on every POST, and a hash-chained audit table. The party side and the
admin side talk to it through :mod:`cocausal.client`. See ``docs/service.md``.
"""

PROTOCOL_VERSION = 2
PROTOCOL_HEADER = "X-Cocausal-Protocol"

__all__ = ["PROTOCOL_HEADER", "PROTOCOL_VERSION"]
