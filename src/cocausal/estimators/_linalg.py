"""Small dense linear algebra on Gram matrices (p x p), shared by the linear estimators."""

from __future__ import annotations

import numpy as np
import scipy.linalg

__all__ = ["GramSolver", "RANK_RTOL", "intercept_gram"]

#: Eigenvalues of the equilibrated Gram matrix below ``RANK_RTOL * largest`` count as zero.
RANK_RTOL = 1e-10


class GramSolver:
    """Pseudo-inverse of a symmetric positive semi-definite Gram matrix ``G = Z'Z``.

    ``G`` is first equilibrated (``D^-1 G D^-1`` with ``D = sqrt(diag G)``) so that
    covariates on very different scales (dollars next to indicators) do not spoil the
    accuracy, then eigendecomposed; eigenvalues below ``RANK_RTOL`` times the largest are
    dropped (a rank-deficient design then gets the minimum-norm least-squares solution).

    Parameters
    ----------
    gram : ndarray of shape (p, p)
    """

    def __init__(self, gram: np.ndarray) -> None:
        diag = np.sqrt(np.clip(np.diag(gram), 0.0, None))
        diag[diag == 0] = 1.0
        scaled = gram / np.outer(diag, diag)
        # LAPACK dsyev: for the small p x p matrices here it avoids the thread start-up
        # cost that numpy's divide-and-conquer eigh pays under OpenBLAS.
        w, V = scipy.linalg.eigh(scaled, driver="ev")
        keep = w > RANK_RTOL * max(w.max(), 0.0) if w.size else np.zeros(0, bool)
        self.rank = int(keep.sum())
        self.p = gram.shape[0]
        self._scale = diag
        self._V = V[:, keep]
        self._winv = 1.0 / w[keep]

    def solve(self, b: np.ndarray) -> np.ndarray:
        """``G^+ b`` for a vector or a (p, k) matrix ``b``."""
        bs = b / (self._scale if b.ndim == 1 else self._scale[:, None])
        coef = self._V @ (self._winv[:, None] * (self._V.T @ bs)) if b.ndim > 1 else self._V @ (
            self._winv * (self._V.T @ bs)
        )
        return coef / (self._scale if b.ndim == 1 else self._scale[:, None])

    def quad(self, m: np.ndarray) -> float:
        """``m' G^+ m``."""
        u = self._V.T @ (m / self._scale)
        return float(np.sum(self._winv * u * u))


_BLOCK_ROWS = 32_768


def intercept_gram(X: np.ndarray, w: np.ndarray | None = None) -> np.ndarray:
    """``Z' diag(w) Z`` for ``Z = [1, X]`` and weights ``w >= 0`` (``w = 1`` by default).

    Computed in row blocks as ``B'B`` with ``B = sqrt(w) * [1, X_block]`` (a symmetric rank-k
    update per block), so the temporary stays cache-sized and ``Z`` is never materialised.
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
