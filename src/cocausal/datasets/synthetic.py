"""The synthetic design of the PrivATE evaluation (after Koga et al., 2024)."""

from __future__ import annotations

import numpy as np
from scipy.special import expit

from cocausal.data import CausalData
from cocausal.datasets._dataset import Dataset
from cocausal.random import RandomState, check_random_state

__all__ = ["make_private_ate_synthetic"]


def make_private_ate_synthetic(
    n: int = 1000, d: int = 20, ate: float = 0.5, random_state: RandomState = None
) -> Dataset:
    """Uniform covariates, logistic selection, linear outcome with a constant effect.

    * ``X ~ U(0, 1)^d``;
    * selection ``e(x) = sigmoid(a'(2x - 1))`` with ``a ~ U(-1, 1)^d``;
    * ``y = b'x + ate * t + q`` with ``b ~ U(0, 1)^d`` and ``q ~ U(-0.5, 0.5)``.

    The paper draws ``a``, ``b`` and ``q`` from uniform distributions without giving their
    ranges; the ranges above are this implementation's choice. By design ``y`` lies in
    ``[min(0, ate) - 0.5, sum(b) + max(0, ate) + 0.5]`` and the covariates in the unit box;
    both depend only on design parameters, so they are valid public bounds (stored in
    ``extras``).

    Returns
    -------
    Dataset
        ``true_ate = ate``; ``extras`` holds ``propensity``, ``a``, ``b``,
        ``outcome_bounds`` and ``covariate_bounds``.

    References
    ----------
    .. [1] Q. Yuan et al., "PrivATE", NDSS 2026 (Appendix A-E, "Synth").
    .. [2] T. Koga, K. Chaudhuri, D. Page, "Differentially private multi-site treatment effect
       estimation", IEEE SaTML 2024.
    """
    if int(n) != n or n < 8:
        raise ValueError(f"n must be an integer >= 8, got {n!r}.")
    if int(d) != d or d < 1:
        raise ValueError(f"d must be a positive integer, got {d!r}.")
    n, d = int(n), int(d)
    rng = check_random_state(random_state)
    a = rng.uniform(-1.0, 1.0, d)
    b = rng.uniform(0.0, 1.0, d)
    X = rng.random((n, d))
    e = expit((2.0 * X - 1.0) @ a)
    t = (rng.random(n) < e).astype(np.int8)
    if t.sum() < 2 or n - t.sum() < 2:
        t[:2], t[2:4] = 1, 0
    y = X @ b + ate * t + rng.uniform(-0.5, 0.5, n)
    return Dataset(
        name="private-ate-synthetic",
        data=CausalData(X=X, t=t, y=y, feature_names=tuple(f"x{j}" for j in range(d))),
        true_ate=float(ate),
        description=f"PrivATE synthetic design: n={n}, d={d}, uniform covariates, linear outcome, ATE={ate}.",
        extras={
            "propensity": e,
            "a": a,
            "b": b,
            "outcome_bounds": (min(0.0, ate) - 0.5, float(b.sum()) + max(0.0, ate) + 0.5),
            "covariate_bounds": (0.0, 1.0),
        },
    )
