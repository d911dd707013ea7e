"""Batched small dense linear algebra shared by the CCI coalition evaluators."""

from __future__ import annotations

import numpy as np

from cocausal.estimators._linalg import RANK_RTOL

__all__ = ["pinv_solve", "pinv_solve_fast"]


def pinv_solve(G: np.ndarray, b: np.ndarray):
    """Batched pseudo-inverse solve with the estimators' rule (:class:`GramSolver`).

    ``G`` (..., m, m) is equilibrated by ``sqrt(diag G)`` and eigendecomposed; eigenvalues
    below ``RANK_RTOL`` times the largest are dropped. Returns ``(G^+ b, rank, quad)`` where
    ``quad(c)`` gives ``c' G^+ c`` for vectors ``c`` of shape (..., m).
    """
    m = G.shape[-1]
    if m == 0:
        zero = np.zeros(G.shape[:-2], dtype=int)
        return np.zeros(b.shape), zero, lambda c: np.zeros(c.shape[:-1])
    diag = np.sqrt(np.clip(np.diagonal(G, axis1=-2, axis2=-1), 0.0, None))
    diag = np.where(diag == 0, 1.0, diag)
    w, V = np.linalg.eigh(G / (diag[..., :, None] * diag[..., None, :]))
    keep = w > RANK_RTOL * np.maximum(w.max(axis=-1, keepdims=True), 0.0)
    winv = np.where(keep, 1.0 / np.where(keep, w, 1.0), 0.0)

    def project(c):
        return np.einsum("...pq,...p->...q", V, c / diag)

    x = np.einsum("...pq,...q->...p", V, project(b) * winv) / diag
    return x, keep.sum(axis=-1), lambda c: np.sum(winv * project(c) ** 2, axis=-1)


def pinv_solve_fast(G: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``G^+ b`` of :func:`pinv_solve` for a batch ``G`` (k, m, m), ``b`` (k, m), cheaper.

    Only the eigenvalues of the equilibrated matrices are computed; a matrix that keeps all
    of them under the ``RANK_RTOL`` rule is nonsingular, so its pseudo-inverse solve is the
    plain solve (LU); the others go through :func:`pinv_solve`. Same result up to rounding.
    """
    m = G.shape[-1]
    if m == 0 or G.shape[0] == 0:
        return np.zeros(b.shape)
    diag = np.sqrt(np.clip(np.diagonal(G, axis1=-2, axis2=-1), 0.0, None))
    diag = np.where(diag == 0, 1.0, diag)
    scaled = G / (diag[:, :, None] * diag[:, None, :])
    w = np.linalg.eigvalsh(scaled)
    full = w[:, 0] > RANK_RTOL * np.maximum(w[:, -1], 0.0)
    x = np.empty(b.shape)
    x[full] = np.linalg.solve(scaled[full], (b[full] / diag[full])[..., None])[..., 0] / diag[full]
    if not full.all():
        x[~full] = pinv_solve(G[~full], b[~full])[0]
    return x
