"""Python SDK of the coordinator service: :class:`Coordinator` (admin) and :class:`Party`.

Both talk HTTP to a running coordinator (``cocausal coordinator serve``), or, with
:meth:`Coordinator.local`, to the same application in this process (for notebooks, tests and
the demo; the requests go through the same routes, database and worker code).
"""

from cocausal.client.sdk import Coordinator, CoordinatorError, Party

__all__ = ["Coordinator", "CoordinatorError", "Party"]
