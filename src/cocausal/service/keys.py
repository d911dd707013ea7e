"""Secrets of the coordinator: new keys and tokens, and what the database stores of them (their hash)."""

from __future__ import annotations

import hashlib
import secrets

__all__ = ["hash_key", "new_key"]


def hash_key(key: str) -> str:
    """What the database stores of a key or token: its SHA-256 (hex).

    Examples
    --------
    >>> hash_key("abc")[:16]
    'ba7816bf8f01cfea'
    """
    return hashlib.sha256(key.encode()).hexdigest()


def new_key(prefix: str) -> str:
    """A fresh random secret (256 bits) with a readable prefix, e.g. ``ccparty_...``."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"
