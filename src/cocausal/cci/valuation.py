"""Causal data valuation: the negative reverse KL divergence to the grand-coalition estimate.

A coalition ``C`` whose data give the estimate ``(tau_C, se_C)`` is valued by how close the
normal distribution ``q_C = N(tau_C, se_C^2)`` is to the grand coalition's
``p_N = N(tau_N, se_N^2)``::

    v(C) = -KL(q_C || p_N)
         = log se_C - log se_N - (se_C^2 + (tau_C - tau_N)^2) / (2 se_N^2) + 1/2

so ``v(C) <= 0`` with equality exactly when ``(tau_C, se_C) = (tau_N, se_N)``; ``v(N) = 0``.

Undefined estimates
-------------------
A coalition's estimate is *usable* when ``tau_C`` is finite and ``se_C`` is finite and
strictly positive. A coalition without a usable estimate (an arm missing, fewer than two
units in an arm, an estimator returning NaN, or a zero standard error, which would give
``v = -inf``) is valued ``v_empty``: it is treated like the empty coalition, which holds no
information. ``v_empty = min_i v({i})`` over the parties whose standalone estimate is usable
(Qiao et al., 2023, Sec. 5.1).

A standard error at most ``SE_RTOL`` times the magnitude of the outcomes
(:func:`roundoff_se`) is zero up to rounding: a constant outcome gives ``1e-17``-sized SEs
from floating-point noise, and ``log se_C`` would turn that noise into a value. The coalition
evaluators report such SEs as undefined (``nan``), so these coalitions are valued ``v_empty``
too.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Sec. 4 (Eq. 1) and Sec. 7 (local sensitivity).
"""

from __future__ import annotations

import numpy as np

__all__ = ["SE_RTOL", "KLValuation", "empty_value", "kl_value", "roundoff_se", "usable", "value_sensitivity"]

#: Standard errors at or below ``SE_RTOL * max |y|`` are round-off (about 1e-17 |y| is typical).
SE_RTOL = 1e-13


def _check_grand(tau_n: float, se_n: float) -> tuple[float, float]:
    tau_n, se_n = float(tau_n), float(se_n)
    if not np.isfinite(tau_n):
        raise ValueError(
            f"The grand coalition's ATE estimate is {tau_n}; the valuation needs a finite "
            "surrogate ground truth. Check the data or use another estimator."
        )
    if not (np.isfinite(se_n) and se_n > 0):
        raise ValueError(
            f"The grand coalition's standard error is {se_n}; the KL valuation divides by it and "
            "needs a finite positive value. A zero SE usually means a constant outcome; use "
            "se='bootstrap' or another estimator."
        )
    return tau_n, se_n


def roundoff_se(se, scale: float) -> np.ndarray:
    """Mask of finite standard errors that are zero up to rounding: ``se <= SE_RTOL * scale``.

    Parameters
    ----------
    se : array-like
    scale : float
        Magnitude of the outcomes the estimates were computed from (``max |y|``).

    Examples
    --------
    >>> roundoff_se([2.5e-17, 0.0, 0.3, np.nan], 4.0).tolist()
    [True, True, False, False]
    """
    se = np.asarray(se, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(se) & (se <= SE_RTOL * float(scale))


def usable(tau, se) -> np.ndarray:
    """Boolean mask of usable estimates: finite ``tau`` and finite ``se > 0``."""
    tau = np.asarray(tau, dtype=float)
    se = np.asarray(se, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(tau) & np.isfinite(se) & (se > 0)


def kl_value(tau, se, tau_n: float, se_n: float) -> np.ndarray:
    """Closed-form ``-KL(N(tau, se^2) || N(tau_n, se_n^2))``, vectorised over ``tau, se``.

    Parameters
    ----------
    tau, se : array-like
        Coalition estimates and standard errors (broadcast together).
    tau_n, se_n : float
        The grand coalition's estimate and standard error (``se_n > 0``).

    Returns
    -------
    ndarray
        Values ``<= 0``; ``nan`` where the estimate is not usable (see :func:`usable`).

    Raises
    ------
    ValueError
        If ``tau_n`` is not finite or ``se_n`` is not finite and positive.

    References
    ----------
    .. [1] Qiao, Xu and Low, ICML 2023, Eq. (1).

    Examples
    --------
    >>> float(kl_value(1.0, 1.0, 1.0, 1.0))
    0.0
    >>> round(float(kl_value(0.0, 1.0, 1.0, 1.0)), 6)
    -0.5
    """
    tau_n, se_n = _check_grand(tau_n, se_n)
    tau = np.asarray(tau, dtype=float)
    se = np.asarray(se, dtype=float)
    ok = usable(tau, se)
    safe_se = np.where(ok, se, 1.0)
    ratio = safe_se / se_n
    diff = (np.where(ok, tau, tau_n) - tau_n) / se_n
    value = np.log(ratio) - 0.5 * (ratio * ratio + diff * diff) + 0.5
    # -KL is never positive; clip the rounding residue at the optimum.
    value = np.minimum(value, 0.0)
    return np.where(ok, value, np.nan)


def empty_value(v_single) -> float:
    """``v_empty = min_i v({i})`` over the parties with a usable standalone value.

    Raises
    ------
    ValueError
        If no party has a usable standalone estimate (every party lacks an arm or gave NaN):
        the scale of the game is then undefined; merge parties or use fewer of them.
    """
    v_single = np.asarray(v_single, dtype=float)
    finite = v_single[np.isfinite(v_single)]
    if finite.size == 0:
        raise ValueError(
            "No party has a usable standalone estimate (each lacks an arm, has < 2 units per arm "
            "or its estimator returned NaN/zero SE), so v_empty = min_i v({i}) is undefined. "
            "Merge small parties or use fewer parties."
        )
    return float(finite.min())


def value_sensitivity(tau, tau_n: float, se_n: float) -> np.ndarray:
    """Local sensitivity ``dv(C)/dtau_N = (tau_C - tau_N) / se_N^2`` (Qiao et al., Sec. 7).

    Parameters
    ----------
    tau : array-like
        Coalition estimates.
    tau_n, se_n : float
        The grand coalition's estimate and standard error.

    Returns
    -------
    ndarray
        The derivative of each coalition's value with respect to the surrogate ``tau_N``
        (``se_N`` held fixed).
    """
    tau_n, se_n = _check_grand(tau_n, se_n)
    return (np.asarray(tau, dtype=float) - tau_n) / se_n**2


class KLValuation:
    """The valuation ``v(C)`` of one study: fixed ``(tau_N, se_N)`` and ``v_empty``.

    Parameters
    ----------
    tau_n, se_n : float
        The grand coalition's estimate and standard error.
    v_empty : float
        Value given to the empty coalition and to every coalition without a usable estimate.

    Examples
    --------
    >>> val = KLValuation(1.0, 1.0, v_empty=-2.0)
    >>> val([1.0, 0.0, np.nan], [1.0, 1.0, 1.0]).tolist()
    [0.0, -0.5, -2.0]
    """

    def __init__(self, tau_n: float, se_n: float, v_empty: float) -> None:
        self.tau_n, self.se_n = _check_grand(tau_n, se_n)
        v_empty = float(v_empty)
        if not (np.isfinite(v_empty) and v_empty <= 0):
            raise ValueError(f"v_empty must be finite and <= 0 (a -KL value), got {v_empty}.")
        self.v_empty = v_empty

    def __call__(self, tau, se) -> np.ndarray:
        """Values of coalitions with estimates ``(tau, se)``; unusable ones get ``v_empty``."""
        value = kl_value(tau, se, self.tau_n, self.se_n)
        return np.where(np.isnan(value), self.v_empty, value)

    def sensitivity(self, tau, se, d_empty: float) -> np.ndarray:
        """``dv/dtau_N`` per coalition; unusable coalitions get ``d_empty``, the derivative of
        ``v_empty`` (that of the worst party's standalone value)."""
        ok = usable(tau, se)
        d = value_sensitivity(np.where(ok, tau, self.tau_n), self.tau_n, self.se_n)
        return np.where(ok, d, float(d_empty))
