"""Errors of the service: an HTTP status with a JSON body ``{"error": ..., "fix": ...}``."""

from __future__ import annotations

__all__ = ["ServiceError", "forbidden", "not_found", "unauthorised"]


class ServiceError(Exception):
    """A refused request: ``status`` and the two sentences the caller sees."""

    def __init__(self, status: int, error: str, fix: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.fix = fix

    def body(self) -> dict[str, str]:
        return {"error": self.error, "fix": self.fix}


def unauthorised() -> ServiceError:
    return ServiceError(
        401, "missing, malformed, unknown or revoked API key",
        "send 'Authorization: Bearer <key>' with the key from `cocausal party enroll` (or the admin key)",
    )


def forbidden() -> ServiceError:
    """The same answer whether or not the object exists (no existence oracle)."""
    return ServiceError(403, "this key may not access that resource", "use a key of the party or admin it belongs to")


def not_found(what: str) -> ServiceError:
    return ServiceError(404, f"{what} does not exist", "check the name (the admin sees every study with `status`)")
