"""Modified rho-Shapley fair reward values.

Given standalone values ``v_i = v({i})``, ``v_empty = min_i v_i`` and Shapley values ``phi_i``
of the valuation game (whose empty coalition is worth ``v_empty``), party ``i`` receives::

    r_i = max{ v_i - v_empty, (-v_empty) (phi_i / phi_max)^rho } + v_empty

Negative Shapley values (possible when the valuation is not monotone) are thresholded to 0,
so those parties get exactly their standalone value ``r_i = v_i``. The exponent is::

    rho_uncapped = min over i with 0 < phi_i < phi_max of log(1 - v_i/v_empty) / log(phi_i/phi_max)
    rho          = min{ rho0, rho_uncapped }

``rho <= rho_uncapped`` puts every party with a positive Shapley value on the Shapley branch
of the ``max`` (so the rewards are ordered like the Shapley values: fairness, R5), and a
smaller ``rho`` raises every reward (group welfare, R6); ``rho0`` is the coordinator's cap.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Definition 2 and Proposition 2.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from cocausal.results import ResultMixin

__all__ = ["DEFAULT_RHO0", "RewardValues", "fairness_rho", "rho_shapley_rewards", "gain_cost"]

#: Default cap ``rho0`` on the reward exponent. It is the value used by the published
#: experiments (so Gain/Cost are comparable with them): rewards stay clearly ordered by
#: Shapley value while group welfare stays high (``rho -> 0`` gives everybody the grand
#: estimate, ``rho = 1`` makes rewards proportional to Shapley values).
DEFAULT_RHO0 = 0.2


@dataclasses.dataclass(frozen=True)
class RewardValues(ResultMixin):
    """Reward values of one study.

    Attributes
    ----------
    r : ndarray
        Reward value per party.
    rho : float
        Exponent used, ``min(rho0, rho_uncapped)``.
    rho_uncapped : float
        The largest exponent that keeps fairness (``inf`` when no party has
        ``0 < phi_i < phi_max``, e.g. all Shapley values equal).
    phi_used : ndarray
        Shapley values after thresholding negatives to 0.
    v_empty : float
        ``min_i v_i``.
    """

    r: np.ndarray
    rho: float
    rho_uncapped: float
    phi_used: np.ndarray
    v_empty: float


def _check_inputs(v_single, phi) -> tuple[np.ndarray, np.ndarray]:
    v = np.asarray(v_single, dtype=float).reshape(-1)
    phi = np.asarray(phi, dtype=float).reshape(-1)
    if v.size == 0 or v.shape != phi.shape:
        raise ValueError(
            f"v_single and phi must be non-empty and of equal length; got {v.size} and {phi.size}."
        )
    if not (np.all(np.isfinite(v)) and np.all(np.isfinite(phi))):
        raise ValueError("v_single and phi must be finite; value undefined coalitions with v_empty first.")
    if np.any(v > 0):
        raise ValueError(f"Standalone values are -KL divergences and must be <= 0; got max {v.max()}.")
    return v, phi


def fairness_rho(v_single, phi) -> float:
    """``min over 0 < phi_i < phi_max of log(1 - v_i/v_empty) / log(phi_i/phi_max)``.

    Returns ``inf`` when no party qualifies or ``v_empty = 0``. Parties with
    ``v_i = v_empty`` impose no bound (their standalone branch ``v_i - v_empty`` is 0, so any
    ``rho`` keeps them on the Shapley branch) and are skipped. A party with ``v_i = 0`` gives
    the bound 0: it already holds the grand estimate, so fairness forces every reward above
    it to 0 as well.
    """
    v, phi = _check_inputs(v_single, phi)
    v_empty = float(v.min())
    phi_max = float(phi.max())
    if v_empty == 0.0 or phi_max <= 0.0:
        return float("inf")
    mask = (phi > 0) & (phi < phi_max) & (v > v_empty)
    if not mask.any():
        return float("inf")
    bounds = np.log1p(-v[mask] / v_empty) / np.log(phi[mask] / phi_max)
    return float(bounds.min())


def rho_shapley_rewards(v_single, phi, rho0: float = DEFAULT_RHO0) -> RewardValues:
    """Modified rho-Shapley fair reward values (Definition 2 of Qiao et al., 2023).

    Parameters
    ----------
    v_single : array-like of shape (n,)
        Standalone values ``v({i}) <= 0`` (undefined ones already replaced by ``v_empty``).
    phi : array-like of shape (n,)
        Shapley values of the valuation game with ``v(empty) = min_i v_i``.
    rho0 : float in (0, 1], default :data:`DEFAULT_RHO0`
        Cap on the exponent.

    Returns
    -------
    RewardValues

    Raises
    ------
    ValueError
        For ``rho0`` outside (0, 1], unequal lengths, non-finite inputs or positive values.

    Notes
    -----
    If ``v_empty = 0`` every party's standalone estimate already equals the grand estimate and
    all rewards are 0. If ``phi_max <= 0`` (possible only when the game is degenerate) every
    party gets its standalone value.

    References
    ----------
    .. [1] Qiao, Xu and Low, ICML 2023, Definition 2, Proposition 2 and Sec. 5.2.

    Examples
    --------
    >>> rv = rho_shapley_rewards([-1.0, -2.0], [1.5, 0.5], rho0=1.0)
    >>> rv.r.round(6).tolist(), round(rv.rho, 6)
    ([0.0, -1.333333], 1.0)
    """
    rho0 = float(rho0)
    if not (0.0 < rho0 <= 1.0):
        raise ValueError(f"rho0 must lie in (0, 1] (Qiao et al., Definition 2); got {rho0}.")
    v, phi = _check_inputs(v_single, phi)
    v_empty = float(v.min())
    phi_used = np.maximum(phi, 0.0)
    phi_max = float(phi_used.max())
    rho_uncapped = fairness_rho(v, phi)
    rho = min(rho0, rho_uncapped)
    if v_empty == 0.0:
        r = np.zeros_like(v)
    elif phi_max <= 0.0:
        r = v.copy()
    else:
        shapley_branch = (-v_empty) * (phi_used / phi_max) ** rho
        r = np.maximum(v - v_empty, shapley_branch) + v_empty
        # The party with the largest Shapley value gets the grand estimate exactly (R3).
        r[phi_used == phi_max] = 0.0
        # Thresholded parties receive exactly their standalone value.
        r[phi_used == 0.0] = v[phi_used == 0.0]
    r = np.minimum(r, 0.0)
    r.flags.writeable = False
    phi_used.flags.writeable = False
    return RewardValues(r=r, rho=float(rho), rho_uncapped=float(rho_uncapped), phi_used=phi_used, v_empty=v_empty)


def gain_cost(r, v_single) -> tuple[float, float]:
    """``Gain = mean_i (r_i - v_i)`` and ``Cost = mean_i (r* - r_i)`` with ``r* = max_i r_i``.

    References
    ----------
    .. [1] Qiao, Xu and Low, ICML 2023, Sec. 6.2.2 (Table 1).
    """
    r = np.asarray(r, dtype=float)
    v = np.asarray(v_single, dtype=float)
    return float(np.mean(r - v)), float(np.mean(r.max() - r))
