"""What the coordinator stores of a secret: one definition for the API and the web pages."""

from __future__ import annotations

import hashlib

__all__ = ["hash_key"]


def hash_key(key: str) -> str:
    """What the database stores of a key or token: its SHA-256 (hex).

    Examples
    --------
    >>> hash_key("abc")[:16]
    'ba7816bf8f01cfea'
    """
    return hashlib.sha256(key.encode()).hexdigest()
