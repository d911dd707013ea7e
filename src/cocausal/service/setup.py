"""Creating a coordinator's data folder and its admin key."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from cocausal.service.audit import append_event
from cocausal.service.db import Credential, make_engine, sessions, upgrade
from cocausal.service.keys import hash_key, new_key
from cocausal.service.settings import CoordinatorSettings

__all__ = ["init_coordinator"]


def init_coordinator(data_dir: str | Path, database_url: str | None = None) -> tuple[CoordinatorSettings, str]:
    """Create the database of a new coordinator and return its settings and the admin key.

    The key is returned once and stored only as its SHA-256.

    Raises
    ------
    ValueError
        If the database already has an admin (the coordinator is initialised).
    """
    settings = CoordinatorSettings.load(data_dir, database_url=database_url)
    settings.save()
    upgrade(settings.url)
    engine = make_engine(settings.url)
    try:
        with sessions(engine).begin() as s:
            if s.execute(select(Credential).where(Credential.role == "admin")).scalar() is not None:
                raise ValueError(
                    f"the coordinator at {settings.data_dir} is already initialised (it has an admin key); "
                    "use a new folder, or keep the key you were given"
                )
            key = new_key("ccadmin")
            s.add(Credential(key_hash=hash_key(key), role="admin"))
            append_event(s, actor="admin", action="init", target=str(settings.data_dir), outcome=201)
    finally:
        engine.dispose()
    return settings, key
