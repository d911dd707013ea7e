"""Timing and machine helpers shared by the benchmark scripts.

The scripts run as ``python benchmarks/<name>.py``, which puts this folder on ``sys.path``,
so they import these helpers with ``from _common import ...``.
"""

from __future__ import annotations

import platform
import subprocess
import time
import tracemalloc
from collections.abc import Callable

import numpy as np

__all__ = ["cpu_model", "peak_mib", "timed"]


def timed(fn: Callable, repeats: int = 1):
    """Best wall-clock seconds over ``repeats`` calls of ``fn``, and the last call's result."""
    best, out = np.inf, None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def peak_mib(fn: Callable) -> float:
    """Peak memory traced by ``tracemalloc`` (numpy's allocations included) during ``fn()``, MiB."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def cpu_model() -> str:
    """The CPU's ``Model name`` from ``lscpu``; ``platform.processor()`` where lscpu is missing."""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        return next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown CPU"
