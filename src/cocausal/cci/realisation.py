"""Reward realisation: turn reward values into perturbed ATE estimates ``(tau_r, se_r)``.

For party ``i`` with reward value ``r_i`` (``r* = max_j r_j``)::

    tau_r ~ N(tau_N, kappa^2 (r* - r_i) / (r* - v_empty))           kappa = 2 se_N by default

Draws are rejected when their sign differs from ``tau_N`` (R7 fidelity) or when
``|tau_r - tau_N| > se_N sqrt(-2 r_i)`` (no standard error could then reach the value
``r_i``). Then ``se_r`` solves ``v(tau_r, se_r) = r_i`` with the KL valuation; of the two
roots the larger one (``se_r >= se_N``, under-confidence) is taken. In units ``u = se_r/se_N``
the equation is ``log u - u^2/2 + 1/2 - d^2/2 = r_i`` with ``d = (tau_r - tau_N)/se_N``, and its
larger root lies in ``[1, 2 + sqrt(2 h)]`` where ``h = -d^2/2 - r_i >= 0``, a bracket that
scales with the data (``log u <= u - 1``), so :func:`scipy.optimize.brentq` always has a sign
change.

Rejection is bounded by ``max_attempts`` draws per party. If no draw is accepted the party's
estimate is drawn from the same target distribution, the normal truncated to the acceptance
set, by inverse CDF (:class:`scipy.stats.truncnorm`), and a
:class:`~cocausal.warnings.MonteCarloWarning` says so.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Sec. 5.3 and Appendix G.1.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import optimize, stats

from cocausal.cci.valuation import kl_value
from cocausal.random import RandomState, check_random_state, spawn_generators
from cocausal.results import ResultMixin
from cocausal.warnings import MonteCarloWarning, RootFindingWarning, WarningLog

__all__ = ["RealisedRewards", "solve_reward_se", "realise_rewards"]

_BATCH = 64
VALUE_RTOL = 1e-9


@dataclasses.dataclass(frozen=True)
class RealisedRewards(ResultMixin):
    """Realised reward estimates.

    Attributes
    ----------
    tau_r, se_r : ndarray
        Reward ATE estimate and standard error per party.
    value : ndarray
        ``v(tau_r, se_r)`` recomputed with the KL valuation (equals ``r`` to 1e-9).
    attempts : ndarray of int
        Number of normal draws until acceptance (0 when no draw was needed).
    fidelity : bool
        Whether sign fidelity (R7) was enforced (it is undefined when ``tau_N = 0``).
    warnings : tuple of str
    """

    tau_r: np.ndarray
    se_r: np.ndarray
    value: np.ndarray
    attempts: np.ndarray
    fidelity: bool
    warnings: tuple[str, ...] = ()


def solve_reward_se(r: float, tau_r: float, tau_n: float, se_n: float) -> float:
    """The larger ``se_r`` with ``v(tau_r, se_r) = r`` under the KL valuation.

    Parameters
    ----------
    r : float
        Target value (``<= 0``).
    tau_r : float
        Reward estimate; must satisfy ``|tau_r - tau_n| <= se_n sqrt(-2 r)``.
    tau_n, se_n : float
        Grand-coalition estimate and standard error.

    Returns
    -------
    float
        ``se_r >= se_n``.

    Raises
    ------
    ValueError
        If no standard error reaches ``r`` for this ``tau_r`` (outside the feasible band).

    Examples
    --------
    >>> se = solve_reward_se(-0.5, 1.0, 1.0, 1.0)
    >>> abs(float(kl_value(1.0, se, 1.0, 1.0)) + 0.5) < 1e-12
    True
    """
    d2 = ((float(tau_r) - float(tau_n)) / float(se_n)) ** 2
    h1 = -0.5 * d2 - float(r)
    if h1 < -VALUE_RTOL * max(1.0, abs(r)):
        raise ValueError(
            f"No standard error gives value {r:.6g} at tau_r = {tau_r:.6g}: it lies outside the "
            f"feasible band tau_N +/- se_N sqrt(-2 r) = {tau_n:.6g} +/- {se_n * np.sqrt(max(-2 * r, 0)):.6g}."
        )
    if h1 <= 0.0:
        return float(se_n)

    def h(u: float) -> float:
        return np.log(u) - 0.5 * u * u + 0.5 + h1

    upper = 2.0 + np.sqrt(2.0 * h1)
    u = optimize.brentq(h, 1.0, upper, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=200)
    return float(u * se_n)


def _acceptance(tau_n: float, half_width: float, fidelity: bool) -> tuple[float, float]:
    lo, hi = tau_n - half_width, tau_n + half_width
    if fidelity and tau_n > 0:
        lo = max(lo, 0.0)
    elif fidelity and tau_n < 0:
        hi = min(hi, 0.0)
    return lo, hi


def _draw(rng: np.random.Generator, tau_n: float, sd: float, lo: float, hi: float, fidelity: bool,
          max_attempts: int) -> tuple[float, int]:
    """One accepted draw and the number of draws used (``-1``: none accepted)."""
    used = 0
    sign = np.sign(tau_n)
    while used < max_attempts:
        size = min(_BATCH, max_attempts - used)
        draws = rng.normal(tau_n, sd, size=size)
        ok = (draws >= lo) & (draws <= hi)
        if fidelity:
            ok &= np.sign(draws) == sign
        hits = np.flatnonzero(ok)
        if hits.size:
            return float(draws[hits[0]]), used + int(hits[0]) + 1
        used += size
    return float("nan"), -1


def realise_rewards(
    r,
    tau_n: float,
    se_n: float,
    v_empty: float,
    *,
    kappa: float = 2.0,
    max_attempts: int = 10_000,
    random_state: RandomState = None,
) -> RealisedRewards:
    """Realise reward values as perturbed estimates ``(tau_r, se_r)`` (Sec. 5.3 of Qiao et al.).

    Parameters
    ----------
    r : array-like of shape (n,)
        Reward values (``v_empty <= r_i <= 0``).
    tau_n, se_n : float
        Grand-coalition estimate and standard error.
    v_empty : float
        ``min_i v({i})``: the reward value that gets the widest sampling spread.
    kappa : float, default 2.0
        Sampling scale in units of ``se_N``: the party with ``r_i = v_empty`` draws ``tau_r``
        with standard deviation ``kappa * se_N`` (the paper's ``kappa = 2 se_N``).
    max_attempts : int, default 10000
        Draws per party before falling back to exact truncated-normal sampling.
    random_state : int, Generator or None
        Each party gets its own child generator (``SeedSequence.spawn``).

    Returns
    -------
    RealisedRewards

    Warns
    -----
    MonteCarloWarning
        A party's acceptance region was too small for ``max_attempts`` draws.
    RootFindingWarning
        A realised value misses ``r_i`` by more than ``1e-9 * max(1, |r_i|)``.
    CocausalWarning
        ``tau_N = 0``: sign fidelity is undefined and is not enforced.

    References
    ----------
    .. [1] Qiao, Xu and Low, ICML 2023, Sec. 5.3 and Appendix G.1.
    """
    r = np.asarray(r, dtype=float).reshape(-1)
    tau_n, se_n, v_empty, kappa = float(tau_n), float(se_n), float(v_empty), float(kappa)
    if r.size == 0 or not np.all(np.isfinite(r)):
        raise ValueError("r must be a non-empty array of finite reward values.")
    if not (np.isfinite(tau_n) and np.isfinite(se_n) and se_n > 0):
        raise ValueError(f"tau_N must be finite and se_N finite and > 0; got {tau_n}, {se_n}.")
    if not (np.isfinite(kappa) and kappa >= 0):
        raise ValueError(f"kappa must be a finite non-negative multiple of se_N; got {kappa}.")
    if int(max_attempts) < 1:
        raise ValueError(f"max_attempts must be a positive integer; got {max_attempts}.")
    atol = VALUE_RTOL * max(1.0, abs(v_empty))
    if np.any(r > atol) or np.any(r < v_empty - atol):
        raise ValueError(
            f"Reward values must lie in [v_empty, 0] = [{v_empty:.6g}, 0]; got [{r.min():.6g}, {r.max():.6g}]."
        )
    r = np.clip(r, min(v_empty, 0.0), 0.0)
    log = WarningLog()
    fidelity = tau_n != 0.0
    if not fidelity:
        log.warn(
            "tau_N = 0: sign fidelity (R7) is undefined for a zero grand estimate; reward "
            "estimates are drawn without the sign constraint."
        )
    r_star = float(r.max())
    spread = r_star - v_empty
    rngs = spawn_generators(check_random_state(random_state), r.size)
    tau_r = np.empty_like(r)
    se_r = np.empty_like(r)
    attempts = np.zeros(r.size, dtype=int)
    for i, (ri, rng) in enumerate(zip(r, rngs)):
        sd = kappa * se_n * np.sqrt((r_star - ri) / spread) if spread > 0 else 0.0
        half_width = se_n * np.sqrt(-2.0 * ri)
        lo, hi = _acceptance(tau_n, half_width, fidelity)
        if sd == 0.0 or half_width == 0.0:
            tau_r[i] = tau_n
        else:
            tau_r[i], attempts[i] = _draw(rng, tau_n, sd, lo, hi, fidelity, int(max_attempts))
            if attempts[i] < 0:
                a, b = (lo - tau_n) / sd, (hi - tau_n) / sd
                tau_r[i] = float(stats.truncnorm.rvs(a, b, loc=tau_n, scale=sd, random_state=rng))
                attempts[i] = int(max_attempts)
                log.warn(
                    f"Party {i}: no draw in {max_attempts} was accepted (acceptance probability "
                    f"{stats.norm.cdf(b) - stats.norm.cdf(a):.3g}); drew from the truncated normal "
                    "instead (same target distribution).",
                    MonteCarloWarning,
                )
        try:
            se_r[i] = solve_reward_se(ri, tau_r[i], tau_n, se_n)
        except (ValueError, RuntimeError) as exc:
            se_r[i] = np.nan
            log.warn(f"Party {i}: solving for se_r failed: {exc}", RootFindingWarning)
    value = kl_value(tau_r, se_r, tau_n, se_n)
    miss = np.abs(value - r) > VALUE_RTOL * np.maximum(1.0, np.abs(r))
    for i in np.flatnonzero(miss & np.isfinite(value)):
        log.warn(
            f"Party {i}: realised value {value[i]:.12g} misses r_i = {r[i]:.12g} by more than "
            f"{VALUE_RTOL:g} (relative).",
            RootFindingWarning,
        )
    for arr in (tau_r, se_r, value, attempts):
        arr.flags.writeable = False
    return RealisedRewards(tau_r=tau_r, se_r=se_r, value=value, attempts=attempts,
                           fidelity=bool(fidelity), warnings=log.messages)
