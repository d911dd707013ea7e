"""Executors that evaluate batches of coalitions: serial, local processes, Dask cluster.

An executor has one method, ``map(func, chunks) -> list``, applying ``func`` to each chunk
(a list of coalitions) and returning the results in order, and a ``n_workers`` attribute
that callers use to size chunks. Work is always shipped in chunks, never one task per
coalition, so the per-task overhead of processes or a cluster is paid once per chunk.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

__all__ = ["DaskExecutor", "Executor", "JoblibExecutor", "SerialExecutor", "split_chunks"]


@runtime_checkable
class Executor(Protocol):
    """Interface of coalition executors (see the module docstring)."""

    n_workers: int

    def map(self, func: Callable, chunks: Sequence) -> list:
        """Apply ``func`` to every chunk, returning results in order."""


class SerialExecutor:
    """Evaluate chunks one after the other in this process."""

    n_workers = 1

    def map(self, func: Callable, chunks: Sequence) -> list:
        return [func(chunk) for chunk in chunks]

    def __repr__(self) -> str:
        return "SerialExecutor()"


class JoblibExecutor:
    """Evaluate chunks in local worker processes with joblib.

    Parameters
    ----------
    n_jobs : int, default=2
        Number of workers (``-1`` = all cores), as in :class:`joblib.Parallel`.
    backend : str, default="loky"
        joblib backend; ``"threading"`` suits value functions that release the GIL.
    """

    def __init__(self, n_jobs: int = 2, backend: str = "loky") -> None:
        if isinstance(n_jobs, bool) or not isinstance(n_jobs, numbers.Integral) or n_jobs == 0:
            raise ValueError(f"n_jobs must be a non-zero int (-1 = all cores), got {n_jobs!r}.")
        self.n_jobs = int(n_jobs)
        self.backend = backend

    @property
    def n_workers(self) -> int:
        import joblib

        return joblib.effective_n_jobs(self.n_jobs)

    def map(self, func: Callable, chunks: Sequence) -> list:
        import joblib

        parallel = joblib.Parallel(n_jobs=self.n_jobs, backend=self.backend)
        return parallel(joblib.delayed(func)(chunk) for chunk in chunks)

    def __repr__(self) -> str:
        return f"JoblibExecutor(n_jobs={self.n_jobs}, backend={self.backend!r})"


class DaskExecutor:
    """Evaluate chunks on a Dask ``distributed`` cluster (one task per chunk).

    Parameters
    ----------
    client : distributed.Client or str
        A connected client, or the scheduler address (``"tcp://host:8786"``) to connect to.

    Notes
    -----
    Requires the ``dist`` extra (``pip install cocausal[dist]``). The value function is
    pickled with cloudpickle and sent with each chunk; keep it small (load data inside the
    workers or close over arrays of moderate size).

    Examples
    --------
    >>> from distributed import Client, LocalCluster            # doctest: +SKIP
    >>> cluster = LocalCluster(n_workers=2, processes=True)      # doctest: +SKIP
    >>> executor = DaskExecutor(Client(cluster))                 # doctest: +SKIP
    """

    def __init__(self, client) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ImportError(
                "DaskExecutor needs dask.distributed; install it with pip install 'cocausal[dist]'."
            ) from exc
        if isinstance(client, str):
            client = Client(client)
        if not isinstance(client, Client):
            raise TypeError(
                "client must be a distributed.Client or a scheduler address string, got "
                f"{type(client).__name__}."
            )
        self.client = client

    @property
    def n_workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def map(self, func: Callable, chunks: Sequence) -> list:
        futures = self.client.map(func, list(chunks), pure=False)
        return self.client.gather(futures)

    def __repr__(self) -> str:
        return f"DaskExecutor(scheduler={self.client.scheduler.address!r})"


def split_chunks(items: Sequence, n_workers: int, chunk_size: int | None = None) -> list:
    """Split ``items`` into contiguous chunks: ``chunk_size`` each, or about 4 per worker."""
    if not items:
        return []
    if chunk_size is None:
        chunk_size = max(1, -(-len(items) // (4 * max(1, n_workers))))
    return [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
