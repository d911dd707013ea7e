"""The coordinator's tables (SQLAlchemy 2) and how the database is opened.

The schema is created and upgraded by the Alembic migrations in
``cocausal/service/migrations`` (:func:`upgrade`, run at start-up); the models here describe
the same tables for queries. SQLite runs in WAL mode with a busy timeout and every
transaction takes the write lock when it begins, so concurrent writers queue instead of
failing with "database is locked".

References
----------
.. [1] SQLAlchemy 2.0 ORM, https://docs.sqlalchemy.org/en/20/orm/
.. [2] Alembic, https://alembic.sqlalchemy.org/
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

__all__ = [
    "AuditEvent",
    "Base",
    "Credential",
    "IdempotencyRecord",
    "Job",
    "JobBlock",
    "Party",
    "Release",
    "Round",
    "Study",
    "Upload",
    "make_engine",
    "now",
    "readers",
    "sessions",
    "upgrade",
]

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_MS = 30_000


def now() -> dt.datetime:
    """The current UTC time, without tzinfo (stored as such in every database)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base of the coordinator's tables."""


class Study(Base):
    __tablename__ = "studies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    spec: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20), default="open")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    result: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class Party(Base):
    __tablename__ = "parties"
    __table_args__ = (UniqueConstraint("study_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    study_id: Mapped[int] = mapped_column(ForeignKey("studies.id"))
    name: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20), default="invited")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    consented_rows: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Credential(Base):
    """An API key (stored as its SHA-256): the admin's, or one party's."""

    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Upload(Base):
    __tablename__ = "uploads"
    __table_args__ = (UniqueConstraint("party_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    contribution: Mapped[dict] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Job(Base):
    """A queued study run, claimed by a worker with a lease."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    study_id: Mapped[int] = mapped_column(ForeignKey("studies.id"), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    worker: Mapped[str | None] = mapped_column(String(100), nullable=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    checkpoint: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    finished: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class JobBlock(Base):
    """A checkpointed block of coalition estimates of a running job (kept when its worker dies)."""

    __tablename__ = "job_blocks"
    __table_args__ = (UniqueConstraint("job_id", "block"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    block: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict] = mapped_column(JSON)


class Release(Base):
    """One differentially private release of a study; the ledger is the sum of its epsilons."""

    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    study_id: Mapped[int] = mapped_column(ForeignKey("studies.id"))
    estimator: Mapped[str] = mapped_column(String(20))
    epsilon: Mapped[float] = mapped_column(Float)
    body: Mapped[dict] = mapped_column(JSON)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Round(Base):
    """One request of a federated study's round to one party, and the party's answer.

    ``digest`` is the SHA-256 of the request: a worker that takes over a job sends the same
    requests (the study is deterministic) and finds the answers already given.
    """

    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("job_id", "party_id", "digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    digest: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    request: Mapped[dict] = mapped_column(JSON)
    answer: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    answered: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class IdempotencyRecord(Base):
    """The stored response of a POST sent with an ``Idempotency-Key``."""

    __tablename__ = "idempotency"
    __table_args__ = (UniqueConstraint("credential_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credential_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """One append-only audit row; ``hash`` chains it to the row before."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    time: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(120))
    target: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[int] = mapped_column(Integer)
    study_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    party_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_read_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # Take the write lock at the start: a deferred transaction that reads and then writes
    # fails with "database is locked" when another writer committed in between.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_begin_read(connection) -> None:
    # A deferred transaction: one consistent snapshot for its reads, no write lock (WAL readers
    # do not wait for the writer).
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` (``sqlite:///PATH`` or ``postgresql+psycopg://...``).

    With ``read_only`` on SQLite, transactions read one snapshot without the write lock and
    any write is refused (``PRAGMA query_only``); on PostgreSQL it is an ordinary engine.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _sqlite_read_only)
        event.listen(engine, "begin", _sqlite_begin_read if read_only else _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade(url: str) -> None:
    """Apply every Alembic migration to the database at ``url`` (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def sessions(engine: Engine) -> sessionmaker:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def readers(factory: sessionmaker) -> sessionmaker:
    """Read-only sessions on ``factory``'s database: on SQLite a second engine whose transactions do
    not take the write lock; on PostgreSQL ``factory`` itself."""
    engine = factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        return factory
    return sessions(make_engine(engine.url.render_as_string(hide_password=False), read_only=True))
