"""Fixtures of the coordinator service tests: real server processes on 127.0.0.1.

``coordinator`` runs ``cocausal coordinator init`` and ``cocausal coordinator serve`` as
subprocesses (on SQLite, and on PostgreSQL when a server can be started here), waits for
``/v1/health`` with a bounded poll and always kills the server at teardown.
``COCAUSAL_REQUIRE_POSTGRES=1`` turns the PostgreSQL skip into a failure (CI sets it).
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cocausal.service import PROTOCOL_HEADER, PROTOCOL_VERSION

#: The CLI as a fresh interpreter (the package has no ``__main__``; ``main`` is the entry point).
CLI = [sys.executable, "-c", "import sys; from cocausal.cli import main; sys.exit(main())"]
HEALTH_POLLS = 600  # x 0.1 s: a loaded 2-core machine needs several seconds to import the server
POLL_SLEEP = 0.1
#: PostgreSQL runs in the fast suite only where it matters most (concurrency); elsewhere it is slow.
DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]
BOTH_DATABASES = ["sqlite", "postgresql"]


def free_port_number() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def free_port():
    """``free_port()`` gives a free port on 127.0.0.1."""
    return free_port_number()


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in list(env):
        if name.startswith("COCAUSAL_COORDINATOR_") or name in ("COCAUSAL_URL", "COCAUSAL_ADMIN_KEY",
                                                               "COCAUSAL_PARTY_CONFIG"):
            del env[name]
    env.update({"PYTHONUNBUFFERED": "1", "NO_COLOR": "1", "COLUMNS": "200", "OMP_NUM_THREADS": "1",
                "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    env.update(extra)
    return env


def run_cli(*args: str, timeout: float = 120, env: dict | None = None, check: bool = True,
            cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``cocausal ARGS`` in a fresh interpreter; fails the test (with its output) on a non-zero exit."""
    proc = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env=env or child_env(), cwd=cwd)
    if check and proc.returncode != 0:
        pytest.fail(f"cocausal {' '.join(map(str, args))} exited {proc.returncode}\n"
                    f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


# ---------------------------------------------------------------------------- PostgreSQL
def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@dataclasses.dataclass
class PostgresServer:
    port: int
    base: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"cc_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True,
                             connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _start_postgres() -> tuple[PostgresServer | None, str, callable]:
    """Start a throw-away cluster; returns (server or None, reason, stop)."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        return None, "no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin", lambda: None
    try:
        import psycopg  # noqa: F401
    except ModuleNotFoundError:
        return None, "psycopg is not installed", lambda: None
    prefix: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="cocausal-pg-"))
    if os.geteuid() == 0:
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            return None, "running as root and there is no 'postgres' user to run the server", lambda: None
        os.chown(base, user.pw_uid, user.pw_gid)
        runuser = shutil.which("runuser")
        prefix = [runuser, "-u", "postgres", "--"] if runuser else None
        if prefix is None:
            su = shutil.which("su")
            if not su:
                shutil.rmtree(base, ignore_errors=True)
                return None, "running as root without runuser or su", lambda: None
    data = base / "data"
    port = free_port_number()

    def as_postgres(argv: list[str]) -> list[str]:
        if prefix is None:
            return ["su", "postgres", "-c", " ".join(f"'{a}'" for a in argv)]
        return [*prefix, *argv]

    def stop() -> None:
        with contextlib.suppress(Exception):
            subprocess.run(as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "-t", "30", "stop"]),
                           capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)

    try:
        init = subprocess.run(as_postgres([initdb, "-D", str(data), "--auth=trust", "-U", "postgres", "-E", "UTF8"]),
                              capture_output=True, text=True, timeout=120)
        if init.returncode != 0:
            stop()
            return None, f"initdb failed: {init.stderr.strip()[-500:]}", lambda: None
        options = f"-k {base} -p {port} -h 127.0.0.1 -c fsync=off -c max_connections=200"
        start = subprocess.run(as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(base / "log"),
                                            "-w", "-t", "60", "start"]),
                               capture_output=True, text=True, timeout=120)
        if start.returncode != 0:
            log = (base / "log").read_text() if (base / "log").exists() else ""
            stop()
            return None, f"pg_ctl start failed: {start.stderr.strip()[-300:]} {log[-300:]}", lambda: None
    except (OSError, subprocess.SubprocessError) as exc:
        stop()
        return None, f"cannot run PostgreSQL: {exc}", lambda: None
    return PostgresServer(port, base), "", stop


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server, reason, stop = _start_postgres()
    if server is None:
        message = f"PostgreSQL could not be started here: {reason}"
        if os.environ.get("COCAUSAL_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{message} (COCAUSAL_REQUIRE_POSTGRES=1 makes this a failure)", pytrace=False)
        pytest.skip(message)
    try:
        yield server
    finally:
        stop()


def _database_url(request) -> str | None:
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture(params=DATABASES)
def database(request) -> str | None:
    """``None`` (the SQLite default) or the URL of a fresh PostgreSQL database."""
    return _database_url(request)


@pytest.fixture(scope="session", params=DATABASES)
def session_database(request) -> str | None:
    return _database_url(request)


# ---------------------------------------------------------------------------- coordinator
@dataclasses.dataclass
class RunningCoordinator:
    """A ``cocausal coordinator serve`` process on a data folder."""

    data_dir: Path
    admin_key: str
    database_url: str | None
    port: int
    with_worker: bool = False
    env_extra: dict = dataclasses.field(default_factory=dict)
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def db_url(self) -> str:
        """The database URL the server uses (SQLite file by default)."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'coordinator.db').resolve()}"

    def start(self) -> None:
        argv = [*CLI, "coordinator", "serve", str(self.data_dir), "--host", "127.0.0.1", "--port", str(self.port)]
        if self.with_worker:
            argv.append("--with-worker")
        self.log_path = self.data_dir / f"serve-{time.monotonic_ns()}.log"
        with open(self.log_path, "w") as log:
            self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=child_env(**self.env_extra),
                                         start_new_session=True)
        for _ in range(HEALTH_POLLS):
            if self.proc.poll() is not None:
                pytest.fail(f"the coordinator exited {self.proc.returncode} at start:\n{self.log()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    return
            time.sleep(POLL_SLEEP)
        self.kill9()
        pytest.fail(f"the coordinator did not answer /v1/health in {HEALTH_POLLS * POLL_SLEEP:.0f} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text()[-4000:] if self.log_path and self.log_path.exists() else ""

    def kill9(self) -> None:
        """SIGKILL the server (no shutdown handlers run) and wait for it."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
        self.proc = None

    def restart(self) -> None:
        """Kill -9 and start again on the same data folder and port."""
        self.kill9()
        self.start()

    # -------- clients
    def client(self, key: str | None = None, *, protocol: bool = True, **headers: str) -> httpx.Client:
        h = dict(headers)
        if protocol:
            h[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        if key:
            h["Authorization"] = f"Bearer {key}"
        return httpx.Client(base_url=self.url, headers=h, timeout=httpx.Timeout(60.0, connect=5.0))

    def admin(self):
        from cocausal.client import Coordinator

        return Coordinator(self.url, self.admin_key)

    def sql(self, query: str, **params):
        """Run one read-only SQL query on the coordinator's database; returns all rows."""
        from sqlalchemy import text

        from cocausal.service.db import make_engine

        engine = make_engine(self.db_url)
        try:
            with engine.connect() as conn:
                return conn.execute(text(query), params).all()
        finally:
            engine.dispose()

    def count(self, table: str) -> int:
        return int(self.sql(f"SELECT count(*) FROM {table}")[0][0])


def init_coordinator_dir(data_dir: Path, database_url: str | None) -> str:
    """``cocausal coordinator init`` in a subprocess; returns the admin key (the last stdout line)."""
    args = ["coordinator", "init", str(data_dir)]
    if database_url:
        args += ["--database-url", database_url]
    out = run_cli(*args).stdout.strip().splitlines()
    key = out[-1].strip()
    assert key.startswith("ccadmin_"), out
    return key


@contextlib.contextmanager
def running_coordinator(data_dir: Path, database_url: str | None, *, with_worker: bool = False,
                        env: dict | None = None) -> Iterator[RunningCoordinator]:
    key = init_coordinator_dir(data_dir, database_url)
    coord = RunningCoordinator(data_dir, key, database_url, free_port_number(), with_worker, dict(env or {}))
    try:
        coord.start()
        yield coord
    finally:
        coord.kill9()


@pytest.fixture
def make_coordinator(tmp_path):
    """``make_coordinator(database_url, with_worker=False, env=None)`` starts another coordinator."""
    with contextlib.ExitStack() as stack:
        counter = iter(range(100))

        def make(database_url: str | None, *, with_worker: bool = False, env: dict | None = None):
            data_dir = tmp_path / f"coord{next(counter)}"
            return stack.enter_context(running_coordinator(data_dir, database_url, with_worker=with_worker, env=env))

        yield make


@pytest.fixture
def coordinator(tmp_path, database) -> Iterator[RunningCoordinator]:
    """A running coordinator (SQLite or PostgreSQL), killed at teardown."""
    with running_coordinator(tmp_path / "coord", database) as coord:
        yield coord


@pytest.fixture(scope="session")
def shared_coordinator(tmp_path_factory, session_database) -> Iterator[RunningCoordinator]:
    """One coordinator shared by tests that each use their own studies (server start-up is seconds)."""
    with running_coordinator(tmp_path_factory.mktemp("coord"), session_database) as coord:
        yield coord


@pytest.fixture(scope="module", params=BOTH_DATABASES)
def any_coordinator(request, tmp_path_factory) -> Iterator[RunningCoordinator]:
    """A coordinator per module on SQLite and on PostgreSQL (both in the fast suite)."""
    with running_coordinator(tmp_path_factory.mktemp("coord"), _database_url(request)) as coord:
        yield coord
