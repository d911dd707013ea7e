"""Dense linear algebra of the linear estimators: the weighted Gram matrix and one pseudo-inverse rule.

* :class:`ColumnScaling` centres and scales covariate columns (constant columns map to zero)
  before a design is formed, so that a covariate far from zero (a year, an income in cents)
  is not nearly collinear with the intercept; fits on the scaled columns map back exactly.
* :func:`intercept_gram` is the one weighted Gram matrix ``Z' diag(w) Z`` of ``Z = [1, X]``
  (per-arm sufficient statistics, Newton Hessians, influence-function corrections), and
  :class:`InterceptDesign` evaluates it for many weight vectors at once (bootstrap resamples).
* The rank rule: a symmetric positive semi-definite ``G`` is equilibrated
  (``D^-1 G D^-1`` with ``D = sqrt(diag G)``) so that covariates on very different scales
  (dollars next to indicators) do not spoil the accuracy, and eigenvalues below
  ``RANK_RTOL`` times the largest count as zero; a rank-deficient system then gets the
  minimum-norm least-squares solution. :class:`GramSolver` (one matrix), :func:`pinv_solve`
  (a batch) and :func:`pinv_solve_fast` (a batch, LU where the rule finds full rank) all
  apply it.

References
----------
.. [1] G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., Johns Hopkins, 2013,
   sections 5.5 (minimum-norm least squares) and 3.5.2 (equilibration).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import scipy.linalg

__all__ = [
    "RANK_RTOL",
    "ColumnScaling",
    "GramSolver",
    "InterceptDesign",
    "intercept_gram",
    "pinv_solve",
    "pinv_solve_fast",
]

#: Eigenvalues of the equilibrated Gram matrix below ``RANK_RTOL * largest`` count as zero.
RANK_RTOL = 1e-10

_BLOCK_ROWS = 32_768
_ZZ_MAX = 1 << 23  # floats in InterceptDesign's row-wise outer products (64 MB)


@dataclasses.dataclass(frozen=True, eq=False)
class ColumnScaling:
    """Affine map ``x -> (x - centre) / scale`` of covariate columns, and its inverse on coefficients.

    ``centre`` is the column mean and ``scale`` the column standard deviation; a constant
    column (max == min) gets its value as centre and scale 1, so it maps to exact zeros.

    Attributes
    ----------
    centre, scale : ndarray of shape (d,)

    Examples
    --------
    >>> X = np.array([[1e5, 0.0], [1e5 + 2.0, 1.0]])
    >>> s = ColumnScaling.of(X)
    >>> s.apply(X).tolist()
    [[-1.0, -1.0], [1.0, 1.0]]
    """

    centre: np.ndarray
    scale: np.ndarray

    @classmethod
    def of(cls, X: np.ndarray) -> ColumnScaling:
        """The scaling of the columns of ``X`` (n, d), ``n >= 1``."""
        X = np.asarray(X, dtype=float)
        if X.shape[0] == 0:
            return cls(centre=np.zeros(X.shape[1]), scale=np.ones(X.shape[1]))
        constant = X.max(axis=0) == X.min(axis=0)
        centre = np.where(constant, X[0], X.mean(axis=0))
        scale = np.where(constant, 1.0, np.sqrt(np.mean((X - centre) ** 2, axis=0)))
        return cls(centre=centre, scale=np.where(scale > 0, scale, 1.0))

    def apply(self, X: np.ndarray) -> np.ndarray:
        """``(X - centre) / scale``."""
        return (np.asarray(X, dtype=float) - self.centre) / self.scale

    def unscale(self, beta: np.ndarray) -> np.ndarray:
        """Coefficients ``(intercept, slopes)`` (..., d + 1) on the scaled columns, on the original ones."""
        slopes = beta[..., 1:] / self.scale
        intercept = beta[..., 0] - slopes @ self.centre
        return np.concatenate([intercept[..., None], slopes], axis=-1)


def _equilibrate(G: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(D^-1 G D^-1, D)`` with ``D = sqrt(diag G)`` (zero diagonals scaled by 1), batched."""
    diag = np.sqrt(np.clip(np.diagonal(G, axis1=-2, axis2=-1), 0.0, None))
    diag = np.where(diag == 0, 1.0, diag)
    return G / (diag[..., :, None] * diag[..., None, :]), diag


def _kept(w: np.ndarray) -> np.ndarray:
    """The rank rule on ascending eigenvalues ``w`` (..., m): which ones count as nonzero."""
    return w > RANK_RTOL * np.maximum(w.max(axis=-1, keepdims=True), 0.0)


def pinv_solve(G: np.ndarray, b: np.ndarray):
    """Batched pseudo-inverse solve under the rank rule.

    Parameters
    ----------
    G : ndarray of shape (..., m, m)
        Symmetric positive semi-definite.
    b : ndarray of shape (..., m)

    Returns
    -------
    x : ndarray of shape (..., m)
        ``G^+ b``.
    rank : ndarray of int, shape (...)
    quad : callable
        ``quad(c)`` gives ``c' G^+ c`` for vectors ``c`` of shape (..., m).
    """
    m = G.shape[-1]
    if m == 0:
        zero = np.zeros(G.shape[:-2], dtype=int)
        return np.zeros(b.shape), zero, lambda c: np.zeros(c.shape[:-1])
    scaled, diag = _equilibrate(G)
    w, V = np.linalg.eigh(scaled)
    keep = _kept(w)
    winv = np.where(keep, 1.0 / np.where(keep, w, 1.0), 0.0)

    def project(c):
        return np.einsum("...pq,...p->...q", V, c / diag)

    x = np.einsum("...pq,...q->...p", V, project(b) * winv) / diag
    return x, keep.sum(axis=-1), lambda c: np.sum(winv * project(c) ** 2, axis=-1)


def pinv_solve_fast(G: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``G^+ b`` of :func:`pinv_solve` for a batch ``G`` (k, m, m), ``b`` (k, m), cheaper.

    Only the eigenvalues of the equilibrated matrices are computed; a matrix that keeps all
    of them under the rank rule is nonsingular, so its pseudo-inverse solve is the plain
    solve (LU); the others go through :func:`pinv_solve`. Same result up to rounding.
    """
    m = G.shape[-1]
    if m == 0 or G.shape[0] == 0:
        return np.zeros(b.shape)
    scaled, diag = _equilibrate(G)
    w = np.linalg.eigvalsh(scaled)
    full = _kept(w)[:, 0]
    x = np.empty(b.shape)
    x[full] = np.linalg.solve(scaled[full], (b[full] / diag[full])[..., None])[..., 0] / diag[full]
    if not full.all():
        x[~full] = pinv_solve(G[~full], b[~full])[0]
    return x


class GramSolver:
    """Pseudo-inverse of one symmetric positive semi-definite Gram matrix under the rank rule.

    Parameters
    ----------
    gram : ndarray of shape (p, p)

    Attributes
    ----------
    rank : int
    p : int
    """

    def __init__(self, gram: np.ndarray) -> None:
        gram = np.asarray(gram, dtype=float)
        self.p = gram.shape[0]
        if self.p == 0:
            self.rank, self._scale, self._V, self._winv = 0, np.ones(0), np.zeros((0, 0)), np.zeros(0)
            return
        scaled, self._scale = _equilibrate(gram)
        # LAPACK dsyev: for one small p x p matrix it avoids the thread start-up cost that
        # numpy's divide-and-conquer eigh pays under OpenBLAS.
        w, V = scipy.linalg.eigh(scaled, driver="ev")
        keep = _kept(w)
        self.rank = int(keep.sum())
        self._V = V[:, keep]
        self._winv = 1.0 / w[keep]

    def solve(self, b: np.ndarray) -> np.ndarray:
        """``G^+ b`` for a vector or a (p, k) matrix ``b``."""
        scale = self._scale if b.ndim == 1 else self._scale[:, None]
        winv = self._winv if b.ndim == 1 else self._winv[:, None]
        return self._V @ (winv * (self._V.T @ (b / scale))) / scale

    def quad(self, m: np.ndarray) -> float:
        """``m' G^+ m``."""
        u = self._V.T @ (m / self._scale)
        return float(np.sum(self._winv * u * u))


def intercept_gram(X: np.ndarray, w: np.ndarray | None = None) -> np.ndarray:
    """``Z' diag(w) Z`` for ``Z = [1, X]`` and weights ``w >= 0`` (``w = 1`` by default).

    Computed in row blocks as ``B'B`` with ``B = sqrt(w) * [1, X_block]`` (a symmetric rank-k
    update per block), so the temporary stays cache-sized and ``Z`` is never materialised.
    Appending a column ``y`` to ``X`` gives ``Z'y`` and ``y'y`` in the last row.
    """
    n, d = X.shape
    G = np.zeros((d + 1, d + 1))
    buf = np.empty((min(n, _BLOCK_ROWS), d + 1))
    for start in range(0, n, _BLOCK_ROWS):
        stop = min(start + _BLOCK_ROWS, n)
        B = buf[: stop - start]
        if w is None:
            B[:, 0] = 1.0
            B[:, 1:] = X[start:stop]
        else:
            root = np.sqrt(w[start:stop])
            B[:, 0] = root
            np.multiply(X[start:stop], root[:, None], out=B[:, 1:])
        G += B.T @ B
    return G


class InterceptDesign:
    """The design ``Z = [1, X]`` of many weighted fits on the same rows (one weight row per fit).

    Parameters
    ----------
    X : ndarray of shape (n, d)

    Notes
    -----
    When the row-wise outer products ``z_i z_i'`` fit in 64 MB they are formed once (at the
    first batch of more than one weight row), and the Gram matrices of a batch are one matrix
    product; otherwise each row goes through :func:`intercept_gram`.
    """

    def __init__(self, X: np.ndarray) -> None:
        self.X = X
        self.p = X.shape[1] + 1
        self._ZZ: np.ndarray | None = None

    def gram(self, W: np.ndarray) -> np.ndarray:
        """``Z' diag(W[b]) Z`` for every row ``b`` of ``W`` (k, n): shape (k, p, p)."""
        n = self.X.shape[0]
        if W.shape[0] > 1 and n * self.p**2 <= _ZZ_MAX:
            if self._ZZ is None:
                Z = np.hstack([np.ones((n, 1)), self.X])
                self._ZZ = (Z[:, :, None] * Z[:, None, :]).reshape(n, -1)
            return (W @ self._ZZ).reshape(-1, self.p, self.p)
        if not W.shape[0]:
            return np.zeros((0, self.p, self.p))
        return np.stack([intercept_gram(self.X, w) for w in W])

    def cross(self, V: np.ndarray) -> np.ndarray:
        """``V Z`` for a (k, n) matrix ``V``: shape (k, p)."""
        return np.hstack([V.sum(axis=1, keepdims=True), V @ self.X])

    def linear(self, beta: np.ndarray) -> np.ndarray:
        """``Z beta[b]`` for every row of ``beta`` (k, p): shape (k, n)."""
        return beta[:, :1] + beta[:, 1:] @ self.X.T
