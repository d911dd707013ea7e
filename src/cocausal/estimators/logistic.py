"""Logistic regression by Newton-Raphson: one core for plain, L2-penalised and batched fits.

:func:`newton_logistic` minimises, for each row ``b`` of a weight matrix ``W``,

``f_b(beta) = sum_i W[b, i] (log(1 + e^eta_i) - t_i eta_i) + l2/2 ||beta||^2``,  ``eta = Z beta``,

with ``Z = [1, X]`` (the intercept first, penalised too when ``l2 > 0``). Every iteration
forms the weighted Hessians ``Z' diag(W mu (1 - mu)) Z + l2 I`` of all active fits, solves them
under the estimators' pseudo-inverse rule and backtracks each step by halving until the
objective does not increase (or decreases enough, see :class:`LineSearch`). A fit leaves the
batch when its own stopping rule holds, so a fit's path does not depend on the others in the
batch. Its callers:

* :class:`LogisticMLE` (one fit, ``W = 1``, ``l2 = 0``, step tolerance, separation stop), the
  default propensity model of the estimators;
* the vectorised bootstrap (:mod:`cocausal.estimators.fastboot`: ``W`` = resample counts).

  Both pass centred and scaled covariates
  (:class:`~cocausal.estimators.linalg.ColumnScaling`): the unpenalised MLE is equivariant
  under that affine map, and on raw columns a covariate far from zero is nearly collinear
  with the intercept, so Newton "converges" with that covariate dropped;
* :func:`cocausal.privacy.logistic.fit_logistic` (``W = 1/n``, ``l2 > 0``, gradient-norm
  tolerance and an Armijo line search: the exact solver behind DP output perturbation).

References
----------
.. [1] P. McCullagh and J. A. Nelder, *Generalized Linear Models*, 2nd ed., Chapman & Hall,
   1989, section 4.4 (iteratively reweighted least squares).
.. [2] J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed., Springer, 2006,
   section 3.1 (backtracking, the Armijo condition).
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import ConvergenceWarning as SklearnConvergenceWarning

from cocausal.estimators.linalg import ColumnScaling, InterceptDesign, pinv_solve_fast

__all__ = [
    "ARMIJO",
    "MAX_HALVINGS",
    "SEPARATION_LOGIT",
    "SEPARATION_PTOL",
    "STEP_HALVING",
    "LineSearch",
    "LogisticMLE",
    "NewtonFit",
    "newton_logistic",
]

#: Fitted logits beyond this (probabilities within ~1e-13 of 0 or 1) signal separation.
SEPARATION_LOGIT = 30.0
#: Under separation Newton stops once no fitted probability moves by more than this in a step.
SEPARATION_PTOL = 1e-12
#: Step halvings per Newton iteration of :class:`LogisticMLE` (the log-likelihood must not decrease).
MAX_HALVINGS = 30


@dataclasses.dataclass(frozen=True)
class LineSearch:
    """Backtracking rule of a Newton iteration.

    The step fractions ``a = 1, 1/2, ..., 2^-(max_halvings - 1)`` are tried in turn; the first
    with ``f(beta + a s) <= f(beta) - armijo * a * g's + slack * max(floor, |f(beta)|)`` is
    taken, else the last one. ``g`` is the descent gradient and ``s`` the Newton step; the
    slack term lets a step through when ``f`` no longer changes in double precision.
    """

    armijo: float = 0.0
    slack: float = 1e-12
    floor: float = 0.0
    max_halvings: int = MAX_HALVINGS


#: :class:`LogisticMLE`'s rule: the log-likelihood must not decrease (relative slack 1e-12).
STEP_HALVING = LineSearch()
#: Sufficient decrease (Armijo, c = 1e-4) down to fractions below 1e-10, slack 1e-14.
ARMIJO = LineSearch(armijo=1e-4, slack=1e-14, floor=1.0, max_halvings=35)


@dataclasses.dataclass(frozen=True)
class NewtonFit:
    """Fits of :func:`newton_logistic`, one row per weight row.

    Attributes
    ----------
    coef : ndarray of shape (k, d + 1)
        Intercept first.
    prob : ndarray of shape (k, n)
        Fitted probabilities on all rows.
    n_iter : ndarray of int, shape (k,)
        Newton steps taken.
    converged : ndarray of bool, shape (k,)
        The stopping rule held (separation stop included) before ``max_iter``.
    extreme_weight : ndarray of shape (k,)
        Total weight of the rows whose fitted logit exceeds ``SEPARATION_LOGIT`` in absolute
        value ((quasi-)separation: the unpenalised MLE does not exist); with frequency weights,
        the number of such units.
    grad_norm : ndarray of shape (k,)
        L2 norm of the gradient of ``f`` at ``coef`` (rule ``"gradient"``; ``nan`` otherwise).
    """

    coef: np.ndarray
    prob: np.ndarray
    n_iter: np.ndarray
    converged: np.ndarray
    extreme_weight: np.ndarray
    grad_norm: np.ndarray


def _objective(t: np.ndarray, eta: np.ndarray, W: np.ndarray, beta: np.ndarray, l2: float) -> np.ndarray:
    softplus = np.maximum(eta, 0.0) + np.log1p(np.exp(-np.abs(eta)))  # log(1 + e^eta), stable
    f = np.einsum("bi,bi->b", W, softplus - t * eta)
    return f + 0.5 * l2 * np.einsum("bp,bp->b", beta, beta) if l2 else f


def newton_logistic(
    X: np.ndarray,
    t: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    l2: float = 0.0,
    tol: float = 1e-8,
    max_iter: int = 100,
    stop: str = "step",
    line_search: LineSearch = STEP_HALVING,
    design: InterceptDesign | None = None,
) -> NewtonFit:
    """Newton-Raphson logistic regression for one or many weight vectors on the same rows.

    Parameters
    ----------
    X : ndarray of shape (n, d)
        Covariates (no intercept column; one is added).
    t : ndarray of shape (n,)
        Labels in {0, 1}.
    weights : ndarray of shape (n,) or (k, n), optional
        Nonnegative row weights per fit (frequency weights, ``1/n`` for a mean); all ones
        (one fit) by default.
    l2 : float, default 0
        Ridge penalty ``l2/2 ||beta||^2``, intercept included.
    tol : float, default 1e-8
        ``stop="step"``: stop when the largest Newton step is below ``tol * (1 + max |beta|)``,
        or, under (quasi-)separation, when an unhalved step moved no fitted probability by
        more than ``SEPARATION_PTOL`` while some logit exceeds ``SEPARATION_LOGIT``.
        ``stop="gradient"``: stop when the gradient's L2 norm is ``<= tol``.
    max_iter : int, default 100
    stop : {"step", "gradient"}
    line_search : LineSearch, default STEP_HALVING
    design : InterceptDesign, optional
        ``InterceptDesign(X)`` reused across calls on the same rows (its outer-product cache).

    Returns
    -------
    NewtonFit
    """
    if stop not in ("step", "gradient"):
        raise ValueError(f"stop must be 'step' or 'gradient', got {stop!r}.")
    X = np.asarray(X, dtype=float)
    t = np.asarray(t, dtype=float).reshape(-1)
    n = X.shape[0]
    W = np.ones((1, n)) if weights is None else np.atleast_2d(np.asarray(weights, dtype=float))
    k = W.shape[0]
    design = InterceptDesign(X) if design is None else design
    p = design.p
    eye = l2 * np.eye(p)
    beta = np.zeros((k, p))
    eta = np.zeros((k, n))
    mu = np.full((k, n), 0.5)
    f = _objective(t, eta, W, beta, l2)
    present = W > 0
    n_iter = np.zeros(k, dtype=int)
    converged = np.zeros(k, dtype=bool)
    grad_norm = np.full(k, np.nan)
    active = np.arange(k)
    ls = line_search
    for it in range(1, int(max_iter) + 1):
        if not active.size:
            break
        Wa, mua, ba, fa = W[active], mu[active], beta[active], f[active]
        grad = design.cross(Wa * (t - mua)) - l2 * ba  # descent direction of f
        if stop == "gradient":
            gn = np.linalg.norm(grad, axis=1)
            grad_norm[active] = gn
            done = gn <= tol
            converged[active[done]] = True
            n_iter[active[done]] = it - 1
            keep = ~done
            active, Wa, mua, ba, fa, grad = active[keep], Wa[keep], mua[keep], ba[keep], fa[keep], grad[keep]
            if not active.size:
                break
        step = pinv_solve_fast(design.gram(Wa * mua * (1.0 - mua)) + eye, grad)
        decrease = np.einsum("bp,bp->b", grad, step)
        allowed = ls.slack * np.maximum(ls.floor, np.abs(fa))
        cand = ba + step
        eta_c = design.linear(cand)
        f_c = _objective(t, eta_c, Wa, cand, l2)
        bad = f_c > fa - ls.armijo * decrease + allowed
        halvings = np.zeros(active.size, dtype=int)
        frac = 1.0
        for h in range(1, ls.max_halvings):
            if not bad.any():
                break
            frac /= 2.0
            step[bad] /= 2.0
            cand[bad] = ba[bad] + step[bad]
            eta_c[bad] = design.linear(cand[bad])
            f_c[bad] = _objective(t, eta_c[bad], Wa[bad], cand[bad], l2)
            halvings[bad] = h
            bad &= f_c > fa - ls.armijo * frac * decrease + allowed
        step[bad] /= 2.0  # halvings exhausted: the last candidate is taken
        mu_c = expit(eta_c)
        beta[active], eta[active], f[active], mu[active] = cand, eta_c, f_c, mu_c
        n_iter[active] = it
        if stop == "gradient":
            continue
        pres = present[active]
        done = np.abs(step).max(axis=1) <= tol * (1.0 + np.abs(cand).max(axis=1))
        done |= (
            (halvings == 0)
            & (np.where(pres, np.abs(eta_c), 0.0).max(axis=1) > SEPARATION_LOGIT)
            & (np.where(pres, np.abs(mu_c - mua), 0.0).max(axis=1) <= SEPARATION_PTOL)
        )
        converged[active[done]] = True
        active = active[~done]
    if stop == "gradient" and active.size:
        grad = design.cross(W[active] * (t - mu[active])) - l2 * beta[active]
        grad_norm[active] = np.linalg.norm(grad, axis=1)
        done = grad_norm[active] <= tol
        converged[active[done]] = True
    extreme = np.einsum("bi,bi->b", W, (np.abs(eta) > SEPARATION_LOGIT).astype(float))
    return NewtonFit(
        coef=beta, prob=mu, n_iter=n_iter, converged=converged, extreme_weight=extreme, grad_norm=grad_norm
    )


class LogisticMLE(ClassifierMixin, BaseEstimator):
    """Maximum-likelihood logistic regression with an intercept (no penalty).

    Newton-Raphson with step halving (:func:`newton_logistic`): each iteration forms the
    weighted Gram matrix ``Z' diag(p (1 - p)) Z`` of ``Z = [1, X_s]`` in one pass and solves a
    ``(d + 1)``-square system, so a fit costs a handful of passes over the data. ``X_s`` is
    ``X`` with each column centred at its mean and divided by its standard deviation
    (constant columns are set to zero), and the coefficients are mapped back to ``X``: the
    MLE does not depend on that affine map, but the accuracy does (shifting a covariate by
    ``1e5`` leaves the fit unchanged). It converges to the same coefficients as
    ``statsmodels.Logit`` and ``sklearn.linear_model.LogisticRegression(C=inf)``.

    Under (quasi-)separation the MLE does not exist: along the separating direction each
    Newton step adds about 1 to the separated units' logits while the other units' fitted
    probabilities converge to their limit, and the probabilities of the separated units
    approach 0 or 1 like ``exp(-|logit|)``. Newton therefore stops early, flagging
    ``separated_``, as soon as some fitted logit exceeds ``SEPARATION_LOGIT = 30`` in absolute
    value and a full (unhalved) step moved no fitted probability by more than
    ``SEPARATION_PTOL = 1e-12`` (about 30 iterations instead of ``max_iter``). The
    probabilities then lie within about ``1e-12`` of the limit of the Newton path (the tests
    check ``1e-10`` against the path run to ``max_iter``), those of
    the separated units within about ``1e-12`` of 0 or 1 (any propensity clipping maps them to
    its bounds); running on would only push the separated logits further out. Without
    separation the stopping rule is the step tolerance alone.

    Parameters
    ----------
    tol : float, default 1e-8
        Stop when the largest Newton step on the scaled columns is below
        ``tol * (1 + max |coef|)``; Newton's quadratic convergence leaves an error of order
        ``tol**2`` after that step.
    max_iter : int, default 100

    Attributes
    ----------
    coef_ : ndarray of shape (1, d)
    intercept_ : ndarray of shape (1,)
    classes_ : ndarray ``[0, 1]``
    n_iter_ : int
    separated_ : bool
        Whether the fitted logits show (quasi-)separation (some ``|logit| > 30``); the fit then
        stopped early as described above.

    Warns
    -----
    sklearn.exceptions.ConvergenceWarning
        When ``max_iter`` is reached, or when some fitted logits exceed 30 in absolute value
        (the classes are (quasi-)separable: the MLE does not exist and the coefficients diverge;
        the fit stops early as described above).

    References
    ----------
    .. [1] P. McCullagh and J. A. Nelder, *Generalized Linear Models*, 2nd ed., Chapman & Hall,
       1989, section 4.4 (iteratively reweighted least squares).

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> model = LogisticMLE().fit(X, [0, 1, 0, 1])
    >>> model.predict_proba(X).shape
    (4, 2)
    """

    def __init__(self, tol=1e-8, max_iter=100):
        self.tol = tol
        self.max_iter = max_iter

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        t = np.asarray(y, dtype=float).reshape(-1)
        classes = np.unique(t)
        if not np.array_equal(classes, [0.0, 1.0]):
            raise ValueError(f"LogisticMLE needs both classes 0 and 1 in y; found {classes.tolist()}.")
        scaling = ColumnScaling.of(X)
        fit = newton_logistic(scaling.apply(X), t, tol=self.tol, max_iter=int(self.max_iter))
        extreme, it = round(fit.extreme_weight[0]), int(fit.n_iter[0])
        if not fit.converged[0]:
            warnings.warn(
                f"LogisticMLE did not converge in {self.max_iter} Newton iterations "
                "(the classes may be separable, so the MLE does not exist).",
                SklearnConvergenceWarning,
                stacklevel=2,
            )
        elif extreme:
            warnings.warn(
                f"LogisticMLE: {extreme} fitted probabilities are numerically 0 or 1 "
                f"(|logit| > {SEPARATION_LOGIT:g}); the classes are (quasi-)separable and the MLE "
                f"does not exist (Newton stopped after {it} iterations).",
                SklearnConvergenceWarning,
                stacklevel=2,
            )
        beta = scaling.unscale(fit.coef[0])
        self.intercept_ = np.array([beta[0]])
        self.coef_ = beta[1:][None, :]
        self.classes_ = np.array([0, 1])
        self.n_iter_ = it
        self.separated_ = bool(extreme)
        return self

    def decision_function(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        return self.intercept_[0] + X @ self.coef_[0]

    def predict_proba(self, X) -> np.ndarray:
        p = expit(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(int)
