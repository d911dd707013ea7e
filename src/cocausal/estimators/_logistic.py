"""Unpenalised logistic regression by Newton-Raphson on Gram matrices (the default propensity model)."""

from __future__ import annotations

import warnings

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import ConvergenceWarning as SklearnConvergenceWarning

from cocausal.estimators._linalg import GramSolver, intercept_gram

__all__ = ["LogisticMLE", "SEPARATION_LOGIT", "SEPARATION_PTOL", "MAX_HALVINGS"]

#: Fitted logits beyond this (probabilities within ~1e-13 of 0 or 1) signal separation.
SEPARATION_LOGIT = 30.0
#: Under separation Newton stops once no fitted probability moves by more than this in a step.
SEPARATION_PTOL = 1e-12
#: Step halvings per Newton iteration (the log-likelihood must not decrease).
MAX_HALVINGS = 30


class LogisticMLE(ClassifierMixin, BaseEstimator):
    """Maximum-likelihood logistic regression with an intercept (no penalty).

    Newton-Raphson with step halving: each iteration forms the weighted Gram matrix
    ``Z' diag(p (1 - p)) Z`` of ``Z = [1, X]`` in one pass and solves a ``(d + 1)``-square
    system, so a fit costs a handful of passes over the data. It converges to the same
    coefficients as ``statsmodels.Logit`` and ``sklearn.linear_model.LogisticRegression(C=inf)``.

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
    separation the stopping rule is the step tolerance alone, as before.

    Parameters
    ----------
    tol : float, default 1e-8
        Stop when the largest Newton step is below ``tol * (1 + max |coef|)``; Newton's
        quadratic convergence leaves an error of order ``tol**2`` after that step.
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
        beta = np.zeros(X.shape[1] + 1)
        eta = np.zeros(X.shape[0])
        loglik = self._loglik(t, eta)
        converged = False
        p = expit(eta)
        for it in range(1, int(self.max_iter) + 1):
            r = t - p
            grad = np.concatenate(([r.sum()], X.T @ r))
            step = GramSolver(intercept_gram(X, p * (1.0 - p))).solve(grad)
            for halvings in range(MAX_HALVINGS):  # step halving keeps the log-likelihood increasing
                cand = beta + step
                eta_c = cand[0] + X @ cand[1:]
                ll_c = self._loglik(t, eta_c)
                if ll_c >= loglik - 1e-12 * abs(loglik):
                    break
                step = step / 2.0
            beta, eta, loglik = cand, eta_c, ll_c
            p_old, p = p, expit(eta)
            if np.max(np.abs(step)) <= self.tol * (1.0 + np.max(np.abs(beta))):
                converged = True
                break
            if (
                halvings == 0
                and np.max(np.abs(eta)) > SEPARATION_LOGIT
                and np.max(np.abs(p - p_old)) <= SEPARATION_PTOL
            ):
                converged = True
                break
        extreme = int(np.sum(np.abs(eta) > SEPARATION_LOGIT))
        if not converged:
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
        self.intercept_ = np.array([beta[0]])
        self.coef_ = beta[1:][None, :]
        self.classes_ = np.array([0, 1])
        self.n_iter_ = it
        self.separated_ = bool(extreme)
        return self

    @staticmethod
    def _loglik(t: np.ndarray, eta: np.ndarray) -> float:
        softplus = np.maximum(eta, 0.0) + np.log1p(np.exp(-np.abs(eta)))  # log(1 + e^eta), stable
        return float(t @ eta - softplus.sum())

    def decision_function(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        return self.intercept_[0] + X @ self.coef_[0]

    def predict_proba(self, X) -> np.ndarray:
        p = expit(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(int)
