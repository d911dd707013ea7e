"""Reading the bodies of the pages' forms with the standard library.

``application/x-www-form-urlencoded`` is read with :func:`urllib.parse.parse_qsl` and
``multipart/form-data`` (the study-file upload) with :mod:`email`'s MIME parser, so the
pages need no form-parsing dependency. Bodies over :data:`MAX_FORM_BYTES` are refused.
"""

from __future__ import annotations

import email.parser
import email.policy
from urllib.parse import parse_qsl

from starlette.requests import Request

__all__ = ["MAX_FORM_BYTES", "FormError", "read_form"]

#: Largest form body (a study file is a few hundred bytes; the CLI allows 1 MiB).
MAX_FORM_BYTES = 1 << 20


class FormError(ValueError):
    """A form body that cannot be read."""


async def read_form(request: Request) -> dict[str, str]:
    """The fields of a posted form: name -> text (a file field gives its content as UTF-8 text).

    An empty body has no fields.

    Raises
    ------
    FormError
        If the body is over :data:`MAX_FORM_BYTES`, of another content type, or not UTF-8.
    """
    length = request.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_FORM_BYTES:
        raise FormError(f"the form is {int(length)} bytes; the limit is {MAX_FORM_BYTES} bytes")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise FormError(f"the form is {len(body)} bytes; the limit is {MAX_FORM_BYTES} bytes")
    kind = request.headers.get("Content-Type", "")
    if not body:
        return {}
    try:
        if kind.startswith("application/x-www-form-urlencoded"):
            return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50))
        if kind.startswith("multipart/form-data"):
            return _multipart(kind, body)
    except UnicodeDecodeError:
        raise FormError("the form is not UTF-8 text") from None
    except ValueError as exc:  # parse_qsl's field limit
        raise FormError(str(exc)) from None
    raise FormError(f"a form is sent as urlencoded or multipart data, not {kind or 'no content type'}")


def _multipart(content_type: str, body: bytes) -> dict[str, str]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise FormError("the multipart form has no parts (missing or wrong boundary)")
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name or len(fields) >= 50:
            continue
        payload = part.get_payload(decode=True) or b""
        fields[str(name)] = payload.decode("utf-8")
    return fields
