"""Web pages of the coordinator: sign-in, the admin's studies and each party's own reward.

Server-rendered HTML (Jinja2, autoescaped) under ``/web``, on the same API, authorisation
rules and audit log as the ``/v1`` routes (see :mod:`cocausal.service.web.routes`).
``create_app`` includes :func:`pages`.
"""

from cocausal.service.web.routes import pages

__all__ = ["pages"]
