"""The nonparametric bootstrap by refitting: resample draws, per-resample refits, the result.

Resample ``b`` uses its own generator made from child ``b`` of
``SeedSequence(random_state).spawn(n_boot)`` and draws ``n`` of ``n`` units with replacement
(a resample with fewer than 2 units in an arm is redrawn from the same stream), so the draws
depend on ``random_state`` only. Resamples are processed in fixed chunks of
:data:`CHUNK_RESAMPLES`, each with one BLAS thread, so neither ``n_jobs`` nor the BLAS thread
count changes a bit of the result. :func:`~cocausal.estimators.bootstrap_se` uses this module
for estimators without a vectorised path (:mod:`cocausal.estimators.fastboot`).

References
----------
.. [1] B. Efron and R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993.
"""

from __future__ import annotations

import warnings
from collections import Counter
from functools import partial

import numpy as np
from joblib import Parallel, delayed
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from cocausal.data import CausalData
from cocausal.estimators._base import normal_result
from cocausal.random import RandomState, spawn_seeds
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning, ConstantCovariateWarning, WarningLog

__all__ = [
    "CHUNK_RESAMPLES", "bootstrap_result", "in_chunks", "point_estimator", "refit_bootstrap", "resample_index",
]

#: Resamples per task; fixed, so that results never depend on the number of workers.
CHUNK_RESAMPLES = 16
_MAX_REDRAWS = 100

#: A resample's warnings: ``(category, message)`` pairs.
Issues = list[tuple[type, str]]


def resample_index(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """Row indices of one bootstrap resample (``n`` of ``n``, redrawn until each arm has >= 2 units)."""
    n = t.size
    for _ in range(_MAX_REDRAWS):
        idx = rng.integers(0, n, size=n)
        n1 = int(t[idx].sum())
        if 2 <= n1 <= n - 2:
            return idx
    raise ValueError(
        f"{_MAX_REDRAWS} bootstrap resamples in a row had fewer than 2 units in an arm; the data "
        "are too small or too unbalanced for the bootstrap (use the analytic standard error)."
    )


def point_estimator(estimator):
    """A clone of ``estimator`` that computes point estimates only (``se=None`` where it has ``se``)."""
    est = clone(estimator)
    if "se" in est.get_params(deep=False):
        est.set_params(se=None)
    return est


def _refit_chunk(estimator, data: CausalData, seeds) -> list[tuple[float, Issues]]:
    out = []
    with threadpool_limits(limits=1, user_api="blas"):
        for seed in seeds:
            idx = resample_index(np.random.default_rng(seed), data.t)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                warnings.simplefilter("ignore", ConstantCovariateWarning)
                ate = clone(estimator).fit(data.take(idx)).result_.ate
            out.append((ate, [(w.category, str(w.message)) for w in caught if issubclass(w.category, CocausalWarning)]))
    return out


def in_chunks(func, seeds: list, n_jobs: int | None) -> list:
    """``func(chunk)`` over fixed chunks of ``seeds`` with joblib, results concatenated in order."""
    chunks = [seeds[i : i + CHUNK_RESAMPLES] for i in range(0, len(seeds), CHUNK_RESAMPLES)]
    parts = Parallel(n_jobs=n_jobs)(delayed(func)(chunk) for chunk in chunks)
    return [item for part in parts for item in part]


def bootstrap_result(full: ATEResult, draws: np.ndarray, issues: list[Issues], path: str) -> ATEResult:
    """The bootstrap :class:`ATEResult`: ``full``'s estimate, the draws' SD, percentile CI.

    Warnings of the resamples are summarised once per category; ``path`` (``"refit"`` or
    ``"vectorised"``) is recorded as ``extras["bootstrap_path"]``.
    """
    n_boot = draws.size
    log = WarningLog()
    log.extend(full.warnings)
    counts: Counter = Counter()
    first: dict = {}
    for found in issues:
        for category in {c for c, _ in found}:
            counts[category] += 1
        for category, message in found:
            first.setdefault(category, message)
    for category, count in counts.items():
        log.warn(
            f"{count} of {n_boot} bootstrap refits warned ({category.__name__}), e.g.: {first[category]}", category
        )
    lo, hi = np.quantile(draws, [0.025, 0.975])
    extras = dict(full.extras)
    extras.update(
        se_type="bootstrap", n_boot=int(n_boot), draws=tuple(draws.tolist()), percentile_ci=(float(lo), float(hi)),
        bootstrap_path=path,
    )
    return normal_result(
        full.ate, float(np.std(draws, ddof=1)), full.n, full.method,
        estimand=full.estimand, warnings=log.messages, extras=extras,
    )


def refit_bootstrap(
    estimator, data: CausalData, n_boot: int, random_state: RandomState = None, n_jobs: int | None = 1
) -> ATEResult:
    """Bootstrap by refitting a point-estimate clone of ``estimator`` on every resample.

    See :func:`~cocausal.estimators.bootstrap_se` for the parameters and the result; this
    function does not validate them.
    """
    point = point_estimator(estimator)
    full = clone(point).fit(data).result_
    seeds = spawn_seeds(random_state, int(n_boot))
    out = in_chunks(partial(_refit_chunk, point, data), seeds, n_jobs)
    return bootstrap_result(full, np.array([ate for ate, _ in out]), [i for _, i in out], "refit")
