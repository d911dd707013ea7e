"""Coordinator configuration: environment variables, or ``coordinator.json`` in the data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["CoordinatorSettings", "SETTINGS_FILE"]

SETTINGS_FILE = "coordinator.json"


class CoordinatorSettings(BaseSettings):
    """Where the coordinator keeps its state and how jobs are leased.

    Every field can be set by an environment variable ``COCAUSAL_COORDINATOR_<FIELD>``
    (e.g. ``COCAUSAL_COORDINATOR_DATABASE_URL``); :meth:`load` also reads the
    ``coordinator.json`` that ``cocausal coordinator init`` writes.
    """

    model_config = SettingsConfigDict(env_prefix="COCAUSAL_COORDINATOR_", extra="forbid")

    data_dir: Path
    database_url: str | None = None
    lease_seconds: float = Field(30.0, gt=0, le=3600)
    poll_seconds: float = Field(0.5, gt=0, le=60)
    #: Where a ``mode: rows`` study's coalitions are estimated: in the worker (``serial``), local
    #: processes (``joblib``, ``n_jobs`` of them) or a Dask cluster (``dask`` at ``dask_scheduler``).
    executor: Literal["serial", "joblib", "dask"] = "serial"
    n_jobs: int = Field(2, ge=1, le=256)
    dask_scheduler: str | None = None

    @property
    def url(self) -> str:
        """The database URL; default a SQLite file in the data folder."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'coordinator.db').resolve()}"

    @classmethod
    def load(cls, data_dir: str | Path, **overrides) -> CoordinatorSettings:
        """Settings of the data folder ``data_dir``: ``overrides``, then the environment, then ``coordinator.json``."""
        data_dir = Path(data_dir)
        stored = {}
        path = data_dir / SETTINGS_FILE
        if path.is_file():
            stored = json.loads(path.read_text())
        # An environment variable overrides the file (init keyword arguments would beat it otherwise).
        env = {name.upper() for name in os.environ}
        stored = {k: v for k, v in stored.items() if f"COCAUSAL_COORDINATOR_{k}".upper() not in env}
        values = {**stored, **{k: v for k, v in overrides.items() if v is not None}, "data_dir": data_dir}
        return cls(**values)

    @property
    def rows_dir(self) -> Path:
        """Where the rows of ``mode: rows`` studies are kept until each study is closed."""
        return self.data_dir / "rows"

    def executor_object(self):
        """The coalition executor these settings name (a Dask client connects to ``dask_scheduler``)."""
        from cocausal.games import DaskExecutor, JoblibExecutor, SerialExecutor

        if self.executor == "joblib":
            return JoblibExecutor(n_jobs=self.n_jobs)
        if self.executor == "dask":
            if not self.dask_scheduler:
                raise ValueError("executor 'dask' needs dask_scheduler (COCAUSAL_COORDINATOR_DASK_SCHEDULER=tcp://HOST:8786)")
            from dask.distributed import Client

            return DaskExecutor(Client(self.dask_scheduler))
        return SerialExecutor()

    def save(self) -> None:
        """Write ``coordinator.json`` (the settings that differ from the defaults; never a key).

        The folder is made private to its owner (mode 0700): the database holds every party's
        statistics and the key hashes.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        stored = self.model_dump(mode="json", exclude={"data_dir"}, exclude_none=True, exclude_defaults=True)
        (self.data_dir / SETTINGS_FILE).write_text(json.dumps(stored, indent=2) + "\n")
