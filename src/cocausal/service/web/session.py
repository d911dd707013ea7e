"""Browser sessions of the web pages: an API key exchanged for a session cookie, and CSRF tokens.

The key a person signs in with stays on the coordinator: the browser holds only a random
session id (256 bits) in a cookie that is ``HttpOnly``, ``SameSite=Strict``, ``Secure`` when
the page was served over TLS, and scoped to ``/web``. Every form carries the session's CSRF
token (a second random value, compared in constant time); the sign-in form, sent before
there is a session, carries a token that must equal the one in a short-lived pre-session
cookie (the double-submit pattern). Sessions live in the serving process's memory: they end
after :data:`IDLE_SECONDS` without a request, after :data:`MAX_SECONDS` in all, at sign-out,
and when the process restarts.

References
----------
.. [1] OWASP Cheat Sheet Series, "Session Management" and "Cross-Site Request Forgery
   Prevention", https://cheatsheetseries.owasp.org/
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time

from starlette.requests import Request
from starlette.responses import Response

__all__ = [
    "CSRF_COOKIE",
    "IDLE_SECONDS",
    "MAX_SECONDS",
    "SESSION_COOKIE",
    "SignedIn",
    "SessionStore",
    "new_token",
    "same_token",
    "set_cookie",
]

SESSION_COOKIE = "cocausal_session"
CSRF_COOKIE = "cocausal_signin"
#: A session ends after this long without a request.
IDLE_SECONDS = 3600.0
#: ... and after this long in all.
MAX_SECONDS = 12 * 3600.0
#: Most sessions kept at once (the oldest is dropped beyond it).
MAX_SESSIONS = 10_000
COOKIE_PATH = "/web"


def new_token() -> str:
    """A fresh random value of 256 bits (URL-safe text)."""
    return secrets.token_urlsafe(32)


def same_token(sent: str | None, expected: str | None) -> bool:
    """Whether ``sent`` equals ``expected`` (both present), compared in constant time."""
    return bool(sent) and bool(expected) and secrets.compare_digest(sent.encode(), expected.encode())


@dataclasses.dataclass
class SignedIn:
    """Who a session belongs to: the admin, or one party of one study."""

    key: str
    role: str
    csrf: str
    study: str | None = None
    party: str | None = None
    party_id: int | None = None
    study_id: int | None = None
    started: float = dataclasses.field(default_factory=time.monotonic)
    seen: float = dataclasses.field(default_factory=time.monotonic)

    @property
    def actor(self) -> str:
        """The audit actor of this session's requests (as the API writes it)."""
        return "admin" if self.role == "admin" else f"party:{self.party}"


class SessionStore:
    """Sessions of one serving process, by session id (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_id: dict[str, SignedIn] = {}

    def open(self, who: SignedIn) -> str:
        """Store ``who`` under a new session id and return the id."""
        sid = new_token()
        with self._lock:
            if len(self._by_id) >= MAX_SESSIONS:
                oldest = min(self._by_id, key=lambda k: self._by_id[k].seen)
                del self._by_id[oldest]
            self._by_id[sid] = who
        return sid

    def get(self, sid: str | None) -> SignedIn | None:
        """The live session ``sid`` (its idle clock restarted), or None."""
        if not sid:
            return None
        t = time.monotonic()
        with self._lock:
            who = self._by_id.get(sid)
            if who is None:
                return None
            if t - who.seen > IDLE_SECONDS or t - who.started > MAX_SECONDS:
                del self._by_id[sid]
                return None
            who.seen = t
            return who

    def close(self, sid: str | None) -> None:
        """End session ``sid`` (nothing happens if there is none)."""
        with self._lock:
            self._by_id.pop(sid or "", None)


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    """Set a cookie the way every cookie of the pages is set (``max_age=0`` deletes it)."""
    response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
