"""Vectorised bootstrap for the default linear-model ATE estimators (DiM, POR, IPW, AIPW).

A bootstrap resample is a vector of frequency weights ``w_b`` (how often each unit was
drawn), so refitting the default nuisance models on resample ``b`` is a weighted fit on the
original rows:

* ordinary least squares per arm: weighted Gram matrices ``Z' diag(w_b 1[t=a]) Z`` of all
  resamples in one matrix product, solved by the estimators' centred OLS
  (:func:`~cocausal.estimators.sufficient.ols_from_gram`, the same pseudo-inverse rule);
* unpenalised logistic propensity: :func:`~cocausal.estimators.logistic.newton_logistic`,
  the iteration of :class:`~cocausal.estimators.logistic.LogisticMLE` (same step tolerance,
  step halving and early stop on (quasi-)separation), run on all resamples at once; a
  resample leaves the batch when its own fit would stop.

The resample indices are drawn exactly as the refitting bootstrap draws them
(:func:`~cocausal.estimators.resampling.resample_index`, same seeds, same redraw rule), so the
draws equal the refitting bootstrap's up to rounding, separated resamples included: there the
fitted probabilities are within about ``1e-12`` of the limit of the Newton path and the
separated units' are clipped to the estimator's bounds. The warnings a refit would raise
(clipping, separation, non-convergence, rank-deficient arms) are counted per resample.

All fits run on the covariates centred and scaled once
(:class:`~cocausal.estimators.linalg.ColumnScaling`, as :class:`~cocausal.estimators.logistic.LogisticMLE`
does) and on the outcome centred at its mean: the estimates do not depend on that shift, and
the weighted Gram matrices then keep their accuracy whatever the data's level.

Resamples are processed in chunks whose size depends on ``n`` only (at most
``2^22 / n`` resamples, so each ``(resamples, n)`` array stays near 32 MB), each chunk with one
BLAS thread: results do not depend on ``n_jobs``.

References
----------
.. [1] B. Efron and R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993.
"""

from __future__ import annotations

import warnings
from functools import partial

import numpy as np
from joblib import Parallel, delayed
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from cocausal.data import CausalData
from cocausal.estimators._models import check_clip, default_propensity_model
from cocausal.estimators.linalg import ColumnScaling, InterceptDesign
from cocausal.estimators.logistic import SEPARATION_LOGIT, newton_logistic
from cocausal.estimators.registry import vectorised_path
from cocausal.estimators.resampling import (
    Issues,
    bootstrap_result,
    point_estimator,
    resample_index,
)
from cocausal.estimators.sufficient import ols_from_gram
from cocausal.random import spawn_seeds
from cocausal.results import ATEResult
from cocausal.warnings import ClippingWarning, CocausalWarning, ConvergenceWarning

__all__ = ["bootstrap_draws", "vectorised_bootstrap"]

_LOGISTIC = default_propensity_model()  # the estimators' propensity model: its tol and max_iter
_CELLS = 1 << 22  # resamples x rows per chunk


def _chunk_size(n: int, n_boot: int) -> int:
    return max(1, min(n_boot, _CELLS // max(n, 1)))


def _ols_predictions(design: InterceptDesign, t, y, W, issues: list[Issues], name: str):
    """Per-arm weighted OLS fits of every resample (centred, minimum-norm slopes);
    predictions on all rows, (b, n) each. Rank-deficient arms are recorded in ``issues``."""
    X = design.X
    d = X.shape[1]
    preds = []
    for arm, label in ((0, "control"), (1, "treated")):
        Wa = W * (t == arm)
        fit = ols_from_gram(design.gram(Wa), design.cross(Wa * y))
        preds.append(fit.intercept[:, None] + fit.slopes @ X.T)
        for b in np.flatnonzero(fit.rank < d):
            message = (
                f"The {label} arm's covariates are collinear or constant within the arm (rank "
                f"{fit.rank[b]} of {d}); the design is rank deficient, using the minimum-norm least-squares fit."
                if name == "por" else
                f"The {label} outcome regression is rank deficient (rank {fit.rank[b]} of {d} covariates on "
                f"{int(fit.n[b])} units); using the minimum-norm least-squares fit."
            )
            issues[b].append((CocausalWarning, message))
    return preds[0], preds[1]


def _propensity(design: InterceptDesign, t, W, clip, issues: list[Issues], status: list[str]) -> np.ndarray:
    """Clipped propensities of every resample (b, n), as the estimator's own propensity step;
    ``status[r]`` becomes ``"unconverged"`` or ``"separated"`` for troubled logistic fits."""
    b, n = W.shape
    if design.X.shape[1]:
        fit = newton_logistic(design.X, t, W, tol=_LOGISTIC.tol, max_iter=int(_LOGISTIC.max_iter), design=design)
        e = fit.prob
        for r in range(b):
            if not fit.converged[r]:
                status[r] = "unconverged"
                detail = (f"LogisticMLE did not converge in {_LOGISTIC.max_iter} Newton iterations "
                          "(the classes may be separable, so the MLE does not exist).")
            elif fit.extreme_weight[r] > 0:
                status[r] = "separated"
                detail = (f"LogisticMLE: {int(round(fit.extreme_weight[r]))} fitted probabilities are "
                          f"numerically 0 or 1 (|logit| > {SEPARATION_LOGIT:g}); the classes are (quasi-)separable "
                          f"and the MLE does not exist (Newton stopped after {fit.n_iter[r]} iterations).")
            else:
                continue
            message = f"The propensity model did not converge (separable treatment or too few iterations): {detail}"
            issues[r].append((ConvergenceWarning, message))
    else:
        e = np.broadcast_to(((W * t).sum(1) / n)[:, None], W.shape)
    present = W > 0
    if clip is None:
        outside = present & ((e <= 0.0) | (e >= 1.0))
        if outside.any():
            raise ValueError(
                f"{int(outside.any(axis=1).sum())} bootstrap resamples have estimated propensities "
                "exactly 0 or 1 (no overlap); set clip=(low, high) or use a smoother propensity model."
            )
        return e
    lo, hi = clip
    below, above = (W * (e < lo)).sum(1), (W * (e > hi)).sum(1)
    for r in np.flatnonzero(below + above):
        message = (
            f"{int(below[r] + above[r])} of {n} propensity scores clipped to [{lo:g}, {hi:g}] "
            f"({int(below[r])} below, {int(above[r])} above)."
        )
        issues[r].append((ClippingWarning, message))
    return np.clip(e, lo, hi)


def _draws_chunk(kind: str, clip, data: CausalData, seeds) -> list[tuple[float, Issues, str]]:
    """Bootstrap estimates, per-resample warnings and propensity-fit status of one chunk of seeds."""
    with threadpool_limits(limits=1, user_api="blas"):  # small dense problems: one thread, same bits
        t, n = data.t.astype(float), data.n
        y = data.y - data.y.mean()
        W = np.stack([np.bincount(resample_index(np.random.default_rng(s), data.t), minlength=n) for s in seeds])
        W = W.astype(float)
        issues: list[Issues] = [[] for _ in seeds]
        status = [""] * len(seeds)
        if kind == "dim":
            ate = (W * t * y).sum(1) / (W * t).sum(1) - (W * (1 - t) * y).sum(1) / (W * (1 - t)).sum(1)
            return list(zip(ate.tolist(), issues, status))
        design = InterceptDesign(ColumnScaling.of(data.X).apply(data.X))
        if kind in ("por", "aipw"):
            mu0, mu1 = _ols_predictions(design, t, y, W, issues, kind)
            if kind == "por":
                return list(zip(((W * (mu1 - mu0)).sum(1) / n).tolist(), issues, status))
        e = _propensity(design, t, W, clip, issues, status)
        if kind == "aipw":
            psi = mu1 - mu0 + t * (y - mu1) / e - (1.0 - t) * (y - mu0) / (1.0 - e)
            ate = (W * psi).sum(1) / n
        else:
            w1, w0 = W * t / e, W * (1.0 - t) / (1.0 - e)
            ate = (w1 @ y) / w1.sum(1) - (w0 @ y) / w0.sum(1)
        return list(zip(ate.tolist(), issues, status))


def _run(kind: str, estimator, data: CausalData, n_boot: int, random_state, n_jobs) -> list[tuple[float, Issues, str]]:
    clip = check_clip(estimator.clip) if kind in ("ipw", "aipw") else None
    seeds = spawn_seeds(random_state, int(n_boot))
    size = _chunk_size(data.n, int(n_boot))
    chunks = [seeds[i : i + size] for i in range(0, len(seeds), size)]
    parts = Parallel(n_jobs=n_jobs)(delayed(partial(_draws_chunk, kind, clip, data))(c) for c in chunks)
    return [item for part in parts for item in part]


def vectorised_bootstrap(
    kind: str, estimator, data: CausalData, n_boot: int, random_state=None, n_jobs: int | None = 1
) -> ATEResult:
    """The bootstrap result of :func:`~cocausal.estimators.bootstrap_se` on the vectorised path ``kind``.

    ``kind`` is the registry's :func:`~cocausal.estimators.registry.vectorised_path` of
    ``estimator``; parameters are validated by the caller.
    """
    full = clone(point_estimator(estimator)).fit(data).result_
    out = _run(kind, estimator, data, n_boot, random_state, n_jobs)
    return bootstrap_result(full, np.array([a for a, _, _ in out]), [i for _, i, _ in out], "vectorised")


def bootstrap_draws(estimator, data: CausalData, n_boot: int, random_state, n_jobs: int | None = 1) -> np.ndarray:
    """Bootstrap replicates of the estimator's ATE on the vectorised path (no full-data fit).

    Parameters
    ----------
    estimator : DifferenceInMeans, RegressionAdjustment, IPW or AIPW
        With default nuisance models (:func:`~cocausal.estimators.registry.vectorised_path`
        is not ``None``).
    data : CausalData
    n_boot : int
    random_state : int, SeedSequence, Generator or None
        Same meaning as in :func:`~cocausal.estimators.bootstrap_se`.
    n_jobs : int or None, default 1

    Returns
    -------
    ndarray of shape (n_boot,)

    Raises
    ------
    ValueError
        For an estimator without a vectorised path, or, with ``clip=None``, a resample whose
        fitted propensities are exactly 0 or 1 (as the estimator itself raises).

    Warns
    -----
    ConvergenceWarning
        With the number of resamples whose logistic propensity fit was (quasi-)separated or
        did not converge.
    """
    kind = vectorised_path(estimator)
    if kind is None:
        raise ValueError(f"No vectorised bootstrap for {estimator!r}; use cocausal.estimators.bootstrap_se.")
    out = _run(kind, estimator, data, n_boot, random_state, n_jobs)
    status = [s for _, _, s in out]
    for label, text in (
        ("unconverged", f"did not converge in {_LOGISTIC.max_iter} Newton iterations."),
        ("separated", (
            f"were (quasi-)separated (fitted probabilities numerically 0 or 1, |logit| > {SEPARATION_LOGIT:g}; "
            "the logistic MLE does not exist and Newton stopped early, as LogisticMLE does)."
        )),
    ):
        if label in status:
            warnings.warn(
                f"{status.count(label)} of {len(out)} bootstrap propensity fits {text}",
                ConvergenceWarning,
                stacklevel=2,
            )
    return np.array([a for a, _, _ in out])
