"""L2-regularised logistic regression: an exact Newton solver and its DP release by output
perturbation (Chaudhuri, Monteleoni and Sarwate, 2011; the L1 form of PrivATE, Yuan et al.).
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from scipy.special import expit

from cocausal.estimators.logistic import ARMIJO, newton_logistic
from cocausal.privacy.mechanisms import REPLACE_ONE, Release, laplace_release
from cocausal.results import ResultMixin

__all__ = [
    "CovariateBox",
    "DPLogisticRegression",
    "DPLogisticResult",
    "fit_logistic",
    "label_propensity",
    "predict_proba",
]

# L2 penalty of the non-private propensity model on standardised covariates.
_LABEL_L2 = 1e-4


@dataclasses.dataclass(frozen=True)
class CovariateBox:
    """A public box ``[lo_j, hi_j]`` for each covariate, mapped affinely onto ``[0, 1]``.

    Parameters
    ----------
    lo, hi : float or array-like of shape (d,)
        Public bounds; ``hi > lo`` elementwise. Scalars apply to every covariate.
    """

    lo: np.ndarray
    hi: np.ndarray

    @classmethod
    def from_bounds(cls, bounds, d: int) -> CovariateBox:
        """Build from ``(lo, hi)`` (scalars or length-``d`` arrays) or a ``(d, 2)`` array
        (a ``2 x 2`` input is read as ``(lo_array, hi_array)``)."""
        if bounds is None:
            raise ValueError(
                "covariate_bounds is required: pass the public box, e.g. (0, 1) when the "
                "covariates are already scaled to the unit box, or (lo_array, hi_array)."
            )
        arr = np.asarray(bounds, dtype=float)
        if arr.shape == (2,) or arr.shape == (2, d):
            lo = np.broadcast_to(arr[0], (d,)).astype(float)
            hi = np.broadcast_to(arr[1], (d,)).astype(float)
        elif arr.shape == (d, 2):
            lo, hi = arr[:, 0], arr[:, 1]
        else:
            raise ValueError(
                f"covariate_bounds must be (lo, hi) scalars, (lo_array, hi_array) of length {d} "
                f"or a ({d}, 2) array; got shape {arr.shape}."
            )
        if not (np.all(np.isfinite(lo)) and np.all(np.isfinite(hi))):
            raise ValueError("covariate_bounds must be finite.")
        if np.any(hi <= lo):
            bad = int(np.flatnonzero(hi <= lo)[0])
            raise ValueError(
                f"covariate_bounds are inverted or empty for covariate {bad}: lo={lo[bad]}, "
                f"hi={hi[bad]}; pass lo < hi."
            )
        return cls(np.array(lo, copy=True), np.array(hi, copy=True))

    def transform(self, X: np.ndarray) -> np.ndarray:
        """Clip ``X`` to the box and rescale to ``[0, 1]``."""
        return (np.clip(X, self.lo, self.hi) - self.lo) / (self.hi - self.lo)

    def count_outside(self, X: np.ndarray) -> int:
        """How many values of ``X`` lie outside the box (private: never published)."""
        return int(np.count_nonzero((X < self.lo) | (X > self.hi)))


def fit_logistic(
    X: np.ndarray, t: np.ndarray, lam: float, *, tol: float = 1e-10, max_iter: int = 100
) -> tuple[np.ndarray, float, int]:
    """Minimise ``mean(log(1 + e^eta) - t eta) + lam/2 ||w||^2`` with ``eta = w0 + X w[1:]``.

    The intercept ``w0`` is regularised too, so the objective is ``lam``-strongly convex in
    every coordinate. Damped Newton steps (the shared core
    :func:`cocausal.estimators.logistic.newton_logistic` with weights ``1/n``, an Armijo line
    search and the gradient-norm stopping rule) run until the gradient's L2 norm is ``<= tol``.

    Returns
    -------
    w : ndarray of shape (d + 1,)
        Intercept first.
    grad_norm : float
        Final gradient L2 norm (``<= tol`` unless ``max_iter`` ran out).
    n_iter : int

    Raises
    ------
    ValueError
        If ``lam <= 0``.
    """
    if not lam > 0:
        raise ValueError(f"the L2 penalty must be > 0 (strong convexity), got {lam}.")
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    fit = newton_logistic(
        X, t, np.full(n, 1.0 / n), l2=float(lam), tol=tol, max_iter=max_iter, stop="gradient", line_search=ARMIJO
    )
    return fit.coef[0], float(fit.grad_norm[0]), int(fit.n_iter[0])


def predict_proba(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Propensity scores ``sigmoid(w0 + X w[1:])``."""
    return expit(np.asarray(X, dtype=float) @ w[1:] + w[0])


def label_propensity(X: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Non-private propensity scores: logistic regression of ``t`` on standardised ``X``
    (L2 penalty 1e-4, intercept included), for the label level and the PSM reference."""
    X = np.asarray(X, dtype=float)
    sd = X.std(axis=0)
    Xs = (X - X.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    w, _, _ = fit_logistic(Xs, t, _LABEL_L2, tol=1e-8)
    return predict_proba(Xs, w)


@dataclasses.dataclass(frozen=True)
class DPLogisticResult(ResultMixin):
    """The released weights of :class:`DPLogisticRegression`.

    Attributes
    ----------
    weights : ndarray
        Noisy weights (intercept first) on the box-scaled covariates.
    release : Release
        The Laplace release that produced them.

    Nothing computed from the data before the noise (the solver's gradient norm, how many
    covariates were clipped) is kept: it would be published without protection.
    """

    weights: np.ndarray
    release: Release


class DPLogisticRegression:
    """Logistic regression released by output perturbation with Laplace noise (OpenDP).

    Fits ``mean(loss) + lam/2 ||w||^2`` on covariates clipped to a public box and rescaled
    to ``[0, 1]^d``, intercept included and regularised, then adds Laplace noise with L1
    sensitivity

    ``2 (d + 1) / (n lam) + 2 sqrt(d + 1) tol / lam``

    under the replace-one relation (``n`` public). The first term is PrivATE's bound
    ``2d/(n lam)`` with ``d`` counting the intercept (every coordinate of the feature vector,
    the constant 1 included, lies in ``[0, 1]``, so each coordinate of the gradient of one
    record's loss lies in ``[-1, 1]``; the penalty makes the objective ``lam/(d+1)``-strongly
    convex in the L1 norm). The second term covers the solver: any ``w`` with gradient norm
    ``<= tol`` is within ``tol/lam`` (L2) of the exact minimiser, so two data sets' solutions
    differ by at most that much more on each side.

    Parameters
    ----------
    epsilon : float
        Budget of the weight release.
    covariate_bounds : tuple or array
        Public covariate box, see :class:`CovariateBox`.
    l2_reg : float, default 0.1
        ``lam``; larger means less noise but more shrinkage.
    tol : float, default 1e-10
        Gradient-norm tolerance of the Newton solver.

    References
    ----------
    .. [1] K. Chaudhuri, C. Monteleoni, A. D. Sarwate, "Differentially private empirical risk
       minimization", JMLR 12, 2011.
    .. [2] Q. Yuan et al., "PrivATE: Differentially private average treatment effect estimation
       for observational data", NDSS 2026 (Algorithm 1 and Proof 1).
    """

    def __init__(self, epsilon: float, covariate_bounds=(0.0, 1.0), l2_reg: float = 0.1, tol: float = 1e-10):
        self.epsilon = epsilon
        self.covariate_bounds = covariate_bounds
        self.l2_reg = l2_reg
        self.tol = tol

    def sensitivity(self, n: int, d: int) -> float:
        """L1 sensitivity of the solved weights for ``n`` records and ``d`` covariates."""
        lam, p = float(self.l2_reg), d + 1
        return 2.0 * p / (n * lam) + 2.0 * math.sqrt(p) * float(self.tol) / lam

    def fit(self, X: np.ndarray, t: np.ndarray, *, name: str = "propensity weights") -> DPLogisticResult:
        """Solve exactly, then release the weights (uses :func:`laplace_release`)."""
        if not (isinstance(self.l2_reg, (int, float)) and self.l2_reg > 0):
            raise ValueError(f"l2_reg must be a number > 0, got {self.l2_reg!r}.")
        X = np.asarray(X, dtype=float)
        box = CovariateBox.from_bounds(self.covariate_bounds, X.shape[1])
        Z = box.transform(X)
        w, gnorm, _ = fit_logistic(Z, t, float(self.l2_reg), tol=float(self.tol))
        if gnorm > self.tol:
            raise RuntimeError(
                f"the logistic solver stopped at gradient norm {gnorm:.3g} > tol={self.tol}; the "
                "sensitivity bound needs the exact minimiser. Raise l2_reg or tol."
            )
        rel = laplace_release(
            w,
            sensitivity=self.sensitivity(Z.shape[0], Z.shape[1]),
            epsilon=self.epsilon,
            relation=REPLACE_ONE,
            name=name,
        )
        return DPLogisticResult(weights=rel.value, release=rel)
