"""Small torch helpers shared by the variational models: devices, seeding, stopping."""

from __future__ import annotations

import contextlib
import dataclasses
import time

import numpy as np
import torch

from cocausal.results import ResultMixin
from cocausal.warnings import ConvergenceWarning, WarningLog

__all__ = ["resolve_device", "seeded_torch", "LossMonitor", "FitInfo", "finish_fit", "optimiser_step"]


def resolve_device(device: str | torch.device | None) -> torch.device:
    """``None``/"cpu" -> CPU; "cuda" -> the GPU, with a clear error when none is available."""
    if device is None:
        return torch.device("cpu")
    dev = torch.device(device)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError("device='cuda' was requested but torch sees no GPU; use device='cpu'.")
    if dev.type not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'cpu' or 'cuda'; got {device!r}.")
    return dev


@contextlib.contextmanager
def seeded_torch(seed: int, device: torch.device):
    """Run a block with torch's RNG seeded to ``seed`` and restore the caller's RNG state after.

    Pyro draws its samples from torch's global generator; forking it (``torch.random.fork_rng``)
    keeps every fit reproducible from its ``random_state`` without leaking state to the caller.
    """
    devices = [device.index or 0] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=devices):
        torch.manual_seed(int(seed))
        yield


class LossMonitor:
    """Convergence-based stopping for stochastic optimisation.

    Losses are averaged over consecutive windows of ``window`` steps; the fit has converged
    when the mean of the latest window improves on the best earlier window mean by less than
    ``tol`` (relative to ``max(1, |best|)``) ``patience`` times in a row.
    """

    def __init__(self, window: int, tol: float, patience: int = 2) -> None:
        self.window, self.tol, self.patience = int(window), float(tol), int(patience)
        self._buffer: list[float] = []
        self.window_means: list[float] = []
        self._strikes = 0

    def update(self, loss: float) -> bool:
        """Record one step's loss; return True once converged."""
        self._buffer.append(float(loss))
        if len(self._buffer) < self.window:
            return False
        mean = float(np.mean(self._buffer))
        self._buffer.clear()
        best = min(self.window_means) if self.window_means else None
        self.window_means.append(mean)
        if best is None:
            return False
        improvement = (best - mean) / max(1.0, abs(best))
        self._strikes = self._strikes + 1 if improvement < self.tol else 0
        return self._strikes >= self.patience


@dataclasses.dataclass(frozen=True)
class FitInfo(ResultMixin):
    """How a variational fit went.

    Attributes
    ----------
    stage : str
        Which optimisation (e.g. ``"model"`` or ``"encoder"``).
    n_iter : int
        Optimisation steps taken.
    converged : bool
        Whether the stopping rule of :class:`LossMonitor` held before ``max_iter``.
    final_loss : float
        Mean loss (per unit) over the last window.
    loss_windows : tuple of float
        Window means of the loss, in order.
    seconds : float
        Wall time of the fit.
    extras : dict
        Stage-specific values (e.g. EXOC's loss scale ``s``).
    """

    stage: str
    n_iter: int
    converged: bool
    final_loss: float
    loss_windows: tuple[float, ...]
    seconds: float
    extras: dict = dataclasses.field(default_factory=dict)


def optimiser_step(opt, loss, monitor: LossMonitor, progress=None) -> bool:
    """One gradient step on ``loss``; True once ``monitor`` says the fit has converged."""
    opt.zero_grad()
    loss.backward()
    opt.step()
    if progress is not None:
        progress(1)
    return monitor.update(loss.item())


def finish_fit(stage: str, params, monitor: LossMonitor, n_iter: int, converged: bool, start: float,
               log: WarningLog, message: str, extras: dict | None = None) -> FitInfo:
    """End a fit: freeze ``params``, warn ``message`` (ConvergenceWarning) unless converged, summarise it."""
    for p in params:
        p.requires_grad_(False)
    if not converged:
        log.warn(message, ConvergenceWarning)
    windows = tuple(monitor.window_means)
    return FitInfo(stage=stage, n_iter=n_iter, converged=converged,
                   final_loss=windows[-1] if windows else float("nan"), loss_windows=windows,
                   seconds=time.perf_counter() - start, extras=extras or {})
