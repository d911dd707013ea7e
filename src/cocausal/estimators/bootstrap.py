"""Bootstrap standard errors: the vectorised path where the registry names one, refits otherwise."""

from __future__ import annotations

from cocausal.data import CausalData
from cocausal.estimators import fastboot
from cocausal.estimators._base import check_causal_data
from cocausal.estimators.registry import invalid_se_reason, vectorised_path
from cocausal.estimators.resampling import refit_bootstrap
from cocausal.random import RandomState
from cocausal.results import ATEResult

__all__ = ["bootstrap_se"]

_METHODS = ("auto", "vectorised", "refit")


def bootstrap_se(
    estimator,
    data: CausalData,
    n_boot: int = 200,
    random_state: RandomState = None,
    n_jobs: int | None = 1,
    method: str = "auto",
) -> ATEResult:
    """Bootstrap standard error of any cocausal ATE estimator.

    Units are resampled with replacement (``n`` of ``n``; a resample with fewer than 2 units
    in an arm is redrawn from the same stream). Resample ``b`` uses its own generator made
    from child ``b`` of ``SeedSequence(random_state).spawn(n_boot)``, so the draws depend on
    ``random_state`` only, never on ``n_jobs``, the scheduling of workers or the BLAS threads
    (each chunk of resamples runs with one BLAS thread).

    Estimators with default linear nuisance models (DiM, linear POR, IPW and AIPW without
    cross-fitting: the registry's ``vectorised`` entries) take the vectorised path of
    :mod:`cocausal.estimators.fastboot`: each resample is a vector of frequency weights and
    all resamples are refitted at once by weighted least squares and a batched Newton
    logistic fit. Its draws equal the refitting bootstrap's up to rounding (the tests check
    ``1e-8``). Any other estimator is cloned and refitted on every resample.

    Parameters
    ----------
    estimator : cocausal ATE estimator
        Unfitted; it is cloned (estimators with an ``se`` parameter with ``se=None`` so that
        only point estimates are computed).
    data : CausalData
    n_boot : int, default 200
        Number of resamples (at least 2).
    random_state : int, numpy.random.SeedSequence, numpy.random.Generator or None
    n_jobs : int or None, default 1
        joblib workers; results are identical for every value.
    method : {"auto", "vectorised", "refit"}, default "auto"
        ``"auto"``: vectorised where available, else refit. ``"vectorised"`` raises for an
        estimator without a vectorised path; ``"refit"`` always refits (the reference path).

    Returns
    -------
    ATEResult
        ``ate`` is the estimate on the full data, ``se`` the standard deviation (ddof = 1) of
        the bootstrap estimates, ``ci`` the normal interval; ``extras`` holds ``draws``,
        ``percentile_ci`` (2.5% and 97.5% quantiles), ``n_boot``, ``se_type="bootstrap"`` and
        ``bootstrap_path`` (``"vectorised"`` or ``"refit"``). Warnings raised inside resamples
        are summarised once per message category.

    Raises
    ------
    ValueError
        For ``n_boot < 2``, an unknown ``method``, or an estimator for which the registry
        marks the bootstrap invalid (matching with replacement, Abadie and Imbens 2008): use
        its analytic standard error.

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
    >>> a.se == b.se, a.extras["bootstrap_path"]
    (True, 'vectorised')
    >>> c = bootstrap_se(IPW(), data, n_boot=20, random_state=1, method="refit")
    >>> abs(a.se - c.se) < 1e-8
    True
    """
    data = check_causal_data(data)
    if isinstance(n_boot, bool) or int(n_boot) != n_boot or n_boot < 2:
        raise ValueError(f"n_boot must be an integer >= 2, got {n_boot!r}.")
    if method not in _METHODS:
        raise ValueError(f"method must be one of {_METHODS}, got {method!r}.")
    reason = invalid_se_reason(estimator, "bootstrap")
    if reason is not None:
        raise ValueError(
            f"The bootstrap cannot be used for {type(estimator).__name__}: {reason}; use its analytic "
            "standard error instead."
        )
    path = vectorised_path(estimator)
    if method == "vectorised" and path is None:
        raise ValueError(
            f"{estimator!r} has no vectorised bootstrap (the registry lists none, or it uses custom "
            "nuisance models); use method='auto' or 'refit'."
        )
    if path is not None and method != "refit":
        return fastboot.vectorised_bootstrap(path, estimator, data, int(n_boot), random_state, n_jobs)
    return refit_bootstrap(estimator, data, int(n_boot), random_state, n_jobs)
