"""Which incentive criteria R1-R6 of collaborative causal inference hold for a set of rewards.

* R1 lower bound: ``r_i >= v_empty`` for every party.
* R2 feasibility: ``r_i <= 0`` (no reward beats the grand-coalition estimate).
* R3 weak efficiency: some party gets ``r_i = 0`` (the grand-coalition estimate).
* R4 individual rationality: ``r_i >= v_i``.
* R5 fairness, checked as Shapley-order consistency: ``phi_i > phi_j`` implies
  ``r_i >= r_j`` and ``phi_i = phi_j`` implies ``r_i = r_j`` (symmetry); this covers the
  ordering parts of uselessness, symmetry and strict desirability that one run can show.
* R6 group welfare: ``U = sum_i r_i`` is at least the welfare of the rho-Shapley rewards with
  the largest admissible welfare at the coordinator's cap ``rho0``,
  ``rho = min(rho0, rho_uncapped)``.

Comparisons use the tolerance ``atol = 1e-9 * max(1, |v_empty|)`` for values and
``1e-9 * max(1, max |phi|)`` for Shapley values.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Sec. 5.1 and Appendix E.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from cocausal.cci.rewards import DEFAULT_RHO0, rho_shapley_rewards
from cocausal.results import ResultMixin

__all__ = ["Criterion", "CriteriaReport", "check_criteria"]

_NAMES = ("R1", "R2", "R3", "R4", "R5", "R6")


@dataclasses.dataclass(frozen=True)
class Criterion(ResultMixin):
    """One criterion: its name, whether it holds, and why (or why not)."""

    name: str
    holds: bool
    reason: str


@dataclasses.dataclass(frozen=True)
class CriteriaReport(ResultMixin):
    """R1-R6 for one run, with the group welfare ``sum_i r_i``.

    Examples
    --------
    >>> rep = check_criteria([-1.0, -2.0], [1.5, 0.5], [0.0, -1.2], rho0=1.0)
    >>> rep.flags()
    {'R1': True, 'R2': True, 'R3': True, 'R4': True, 'R5': True, 'R6': True}
    """

    R1: Criterion
    R2: Criterion
    R3: Criterion
    R4: Criterion
    R5: Criterion
    R6: Criterion
    welfare: float

    def flags(self) -> dict[str, bool]:
        """``{"R1": True, ...}``."""
        return {name: bool(getattr(self, name).holds) for name in _NAMES}

    def reasons(self) -> dict[str, str]:
        """``{"R1": "...", ...}``."""
        return {name: getattr(self, name).reason for name in _NAMES}

    @property
    def all_hold(self) -> bool:
        """Whether every criterion holds."""
        return all(self.flags().values())

    def summary(self) -> str:
        lines = [f"incentive criteria (welfare sum r_i = {self.welfare:.6g})"]
        for name in _NAMES:
            c = getattr(self, name)
            lines.append(f"  {name} {'holds' if c.holds else 'FAILS'}: {c.reason}")
        return "\n".join(lines)


def _parties(mask: np.ndarray) -> list[int]:
    return np.flatnonzero(mask).tolist()


def _order_violations(phi: np.ndarray, r: np.ndarray, ptol: float, atol: float) -> list[str]:
    problems = []
    n = phi.size
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            if phi[i] > phi[j] + ptol and r[i] < r[j] - atol:
                problems.append(f"phi_{i} > phi_{j} but r_{i} = {r[i]:.6g} < r_{j} = {r[j]:.6g}")
            elif i < j and abs(phi[i] - phi[j]) <= ptol and abs(r[i] - r[j]) > atol:
                problems.append(f"phi_{i} = phi_{j} but r_{i} = {r[i]:.6g} != r_{j} = {r[j]:.6g}")
    return problems


def check_criteria(v_single, phi, r, rho0: float = DEFAULT_RHO0) -> CriteriaReport:
    """Report which of the incentive criteria R1-R6 hold.

    Parameters
    ----------
    v_single : array-like of shape (n,)
        Standalone values ``v({i}) <= 0``.
    phi : array-like of shape (n,)
        Shapley values (raw, before thresholding).
    r : array-like of shape (n,)
        Reward values to check (from any scheme).
    rho0 : float, default :data:`~cocausal.cci.rewards.DEFAULT_RHO0`
        The coordinator's cap on the reward exponent, used for R6.

    Returns
    -------
    CriteriaReport
        Each criterion with ``holds`` and a one-line ``reason`` naming the offending parties.

    Notes
    -----
    With rho-Shapley rewards R1-R4 always hold; R5 can fail when a party's Shapley value is
    negative (the valuation is not monotone): such a party is given its standalone value,
    which may break the Shapley order (Qiao et al., Sec. 5.2).

    References
    ----------
    .. [1] Qiao, Xu and Low, ICML 2023, Sec. 5.1, Proposition 2 and Appendix E.
    """
    v = np.asarray(v_single, dtype=float).reshape(-1)
    phi = np.asarray(phi, dtype=float).reshape(-1)
    r = np.asarray(r, dtype=float).reshape(-1)
    if not (v.size == phi.size == r.size) or v.size == 0:
        raise ValueError(
            f"v_single, phi and r must be non-empty and of equal length; got {v.size}, {phi.size}, {r.size}."
        )
    if not (np.all(np.isfinite(v)) and np.all(np.isfinite(phi)) and np.all(np.isfinite(r))):
        raise ValueError("v_single, phi and r must be finite.")
    v_empty = float(v.min())
    atol = 1e-9 * max(1.0, abs(v_empty))
    ptol = 1e-9 * max(1.0, float(np.abs(phi).max()))

    bad = r < v_empty - atol
    r1 = Criterion(
        "R1",
        not bad.any(),
        f"every r_i >= v_empty = {v_empty:.6g}"
        if not bad.any()
        else f"parties {_parties(bad)} get r_i below v_empty = {v_empty:.6g}",
    )
    bad = r > atol
    r2 = Criterion(
        "R2",
        not bad.any(),
        "every r_i <= 0" if not bad.any() else f"parties {_parties(bad)} get r_i > 0 (better than the grand coalition)",
    )
    best = np.abs(r) <= atol
    r3 = Criterion(
        "R3",
        bool(best.any()),
        f"parties {_parties(best)} receive the grand-coalition estimate (r_i = 0)"
        if best.any()
        else f"no party gets r_i = 0 (max r_i = {r.max():.6g})",
    )
    bad = r < v - atol
    r4 = Criterion(
        "R4",
        not bad.any(),
        "every r_i >= v_i" if not bad.any() else f"parties {_parties(bad)} get r_i below their standalone value",
    )
    problems = _order_violations(phi, r, ptol, atol)
    negative = _parties(phi < -ptol)
    if problems:
        why = "; ".join(problems[:3]) + (f" (+{len(problems) - 3} more)" if len(problems) > 3 else "")
        if negative:
            why += f"; parties {negative} have negative Shapley values (non-monotone valuation) and get r_i = v_i"
        r5 = Criterion("R5", False, why)
    else:
        r5 = Criterion("R5", True, "rewards are ordered like the Shapley values")
    welfare = float(r.sum())
    reference = rho_shapley_rewards(v, phi, rho0)
    best_welfare = float(reference.r.sum())
    ok6 = welfare >= best_welfare - atol * v.size
    r6 = Criterion(
        "R6",
        bool(ok6),
        f"welfare {welfare:.6g} >= {best_welfare:.6g}, the most that rho = {reference.rho:.4g} allows"
        if ok6
        else f"welfare {welfare:.6g} < {best_welfare:.6g} attainable with rho = {reference.rho:.4g} "
        f"(rho0 = {rho0:g}) without breaking R1-R5",
    )
    return CriteriaReport(R1=r1, R2=r2, R3=r3, R4=r4, R5=r5, R6=r6, welfare=welfare)
