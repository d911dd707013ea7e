"""Nonparametric bootstrap standard errors with reproducible, worker-independent seeding."""

from __future__ import annotations

import warnings
from collections import Counter

import numpy as np
from joblib import Parallel, delayed
from sklearn.base import clone

from cocausal.random import RandomState, spawn_seeds
from cocausal.data import CausalData
from cocausal.estimators._base import check_causal_data, normal_result
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning, ConstantCovariateWarning, WarningLog

__all__ = ["bootstrap_se"]

_MAX_REDRAWS = 100


def _resample_index(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
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


def _point_estimator(estimator):
    est = clone(estimator)
    if "se" in est.get_params(deep=False):
        est.set_params(se=None)
    return est


def _replicate(estimator, data: CausalData, seed: np.random.SeedSequence):
    rng = np.random.default_rng(seed)
    idx = _resample_index(rng, data.t)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("ignore", ConstantCovariateWarning)
        ate = clone(estimator).fit(data.take(idx)).result_.ate
    issues = [(w.category, str(w.message)) for w in caught if issubclass(w.category, CocausalWarning)]
    return ate, issues


def bootstrap_se(
    estimator,
    data: CausalData,
    n_boot: int = 200,
    random_state: RandomState = None,
    n_jobs: int | None = 1,
) -> ATEResult:
    """Bootstrap standard error of any cocausal ATE estimator.

    Units are resampled with replacement (``n`` of ``n``; a resample with fewer than 2 units
    in an arm is redrawn from the same stream). Resample ``b`` uses its own generator made
    from child ``b`` of ``SeedSequence(random_state).spawn(n_boot)``, so the draws depend on
    ``random_state`` only, never on ``n_jobs`` or the scheduling of workers.

    Parameters
    ----------
    estimator : cocausal ATE estimator
        Unfitted; it is cloned for every resample (estimators with an ``se`` parameter are
        cloned with ``se=None`` so that only point estimates are computed).
    data : CausalData
    n_boot : int, default 200
        Number of resamples (at least 2).
    random_state : int, numpy.random.SeedSequence, numpy.random.Generator or None
    n_jobs : int or None, default 1
        joblib workers; results are identical for every value.

    Returns
    -------
    ATEResult
        ``ate`` is the estimate on the full data, ``se`` the standard deviation (ddof = 1) of
        the bootstrap estimates, ``ci`` the normal interval; ``extras`` holds ``draws``,
        ``percentile_ci`` (2.5% and 97.5% quantiles), ``n_boot`` and ``se_type="bootstrap"``.
        Warnings raised inside resamples are summarised once per message category.

    Raises
    ------
    ValueError
        For ``n_boot < 2`` or a matching estimator: the bootstrap is not valid for matching
        with replacement (Abadie and Imbens, 2008); use its analytic standard error.

    References
    ----------
    .. [1] B. Efron and R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993.
    .. [2] A. Abadie and G. W. Imbens, "On the failure of the bootstrap for matching
       estimators", Econometrica 76(6), 2008.

    Examples
    --------
    >>> from cocausal.datasets import make_synthetic
    >>> from cocausal.estimators import IPW
    >>> data = make_synthetic(n=400, d=3, random_state=0).data
    >>> a = bootstrap_se(IPW(), data, n_boot=20, random_state=1)
    >>> b = bootstrap_se(IPW(), data, n_boot=20, random_state=1, n_jobs=2)
    >>> a.se == b.se
    True
    """
    data = check_causal_data(data)
    if isinstance(n_boot, bool) or int(n_boot) != n_boot or n_boot < 2:
        raise ValueError(f"n_boot must be an integer >= 2, got {n_boot!r}.")
    if not getattr(estimator, "_bootstrap_valid", True):
        raise ValueError(
            f"The bootstrap is not valid for {type(estimator).__name__} (matching with replacement; "
            "Abadie and Imbens 2008); use its analytic Abadie-Imbens standard error instead."
        )
    point = _point_estimator(estimator)
    full = clone(point).fit(data).result_
    seeds = spawn_seeds(random_state, int(n_boot))
    out = Parallel(n_jobs=n_jobs)(delayed(_replicate)(point, data, s) for s in seeds)
    draws = np.array([ate for ate, _ in out])
    log = WarningLog()
    log.extend(full.warnings)
    counts: Counter = Counter()
    first: dict = {}
    for _, issues in out:
        for category in {c for c, _ in issues}:
            counts[category] += 1
        for category, message in issues:
            first.setdefault(category, message)
    for category, count in counts.items():
        log.warn(
            f"{count} of {n_boot} bootstrap refits warned ({category.__name__}), e.g.: {first[category]}",
            category,
        )
    lo, hi = np.quantile(draws, [0.025, 0.975])
    extras = dict(full.extras)
    extras.update(
        se_type="bootstrap",
        n_boot=int(n_boot),
        draws=tuple(draws.tolist()),
        percentile_ci=(float(lo), float(hi)),
    )
    return normal_result(
        full.ate,
        float(np.std(draws, ddof=1)),
        full.n,
        full.method,
        estimand=full.estimand,
        warnings=log.messages,
        extras=extras,
    )
