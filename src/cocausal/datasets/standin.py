"""A synthetic stand-in for the TCGA study of the collaborative-causal-inference paper.

The published study used 9659 TCGA patients (4130 treated), 50 randomly chosen RNA
expression covariates and a binary recovery outcome; those data are not shipped. The
stand-in keeps the shape and the kind of variables, with a known effect:

* covariates: 50 correlated, standardised "expression" features ``X = F L' + E``, five latent
  programmes ``F ~ N(0, I_5)``, loadings ``L ~ N(0, 0.5^2)``, noise ``E ~ N(0, 1)``, then each
  column standardised;
* treatment (confounded): ``P(t = 1 | x) = sigmoid(logit(4130/9659) + 0.4 (x_0 + x_1 - x_2))``;
* outcome (binary recovery): ``y ~ Bernoulli(sigmoid(-0.3 + 0.6 x_0 - 0.5 x_2 + 0.3 x_3 +
  0.2 x_4 + 0.8 t))``;
* ``true_ate`` is the sample mean of the difference of the two recovery probabilities.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Sec. 6.1 (the TCGA set-up imitated here).
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit, logit

from cocausal.data import CausalData
from cocausal.datasets._dataset import Dataset
from cocausal.random import RandomState, check_random_state

__all__ = ["make_tcga_standin"]


def make_tcga_standin(n: int = 9659, d: int = 50, random_state: RandomState = 0) -> Dataset:
    """Draw the synthetic TCGA stand-in (see the module docstring for the model).

    Parameters
    ----------
    n : int, default 9659
        Patients (at least 20).
    d : int, default 50
        Expression covariates (at least 5).
    random_state : int, Generator or None, default 0
        The default reproduces the data set used in ``docs/cci.md``.

    Returns
    -------
    Dataset
        ``name="tcga-standin"``, binary outcome ``y``, ``true_ate`` the sample mean effect on
        the recovery probability; ``extras`` holds ``p0`` and ``p1`` (recovery probabilities).

    Examples
    --------
    >>> ds = make_tcga_standin(random_state=0)
    >>> ds.data.n, ds.data.n_features
    (9659, 50)
    """
    if int(n) != n or n < 20 or int(d) != d or d < 5:
        raise ValueError(f"n must be an integer >= 20 and d an integer >= 5; got n={n}, d={d}.")
    rng = check_random_state(random_state)
    factors = rng.normal(size=(n, 5))
    loadings = rng.normal(0.0, 0.5, size=(d, 5))
    X = factors @ loadings.T + rng.normal(size=(n, d))
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    propensity = expit(logit(4130 / 9659) + 0.4 * (X[:, 0] + X[:, 1] - X[:, 2]))
    t = (rng.random(n) < propensity).astype(int)
    base = -0.3 + 0.6 * X[:, 0] - 0.5 * X[:, 2] + 0.3 * X[:, 3] + 0.2 * X[:, 4]
    p0, p1 = expit(base), expit(base + 0.8)
    y = (rng.random(n) < np.where(t == 1, p1, p0)).astype(float)
    data = CausalData(X=X, t=t, y=y, feature_names=tuple(f"gene{j}" for j in range(d)))
    return Dataset(
        name="tcga-standin",
        data=data,
        true_ate=float(np.mean(p1 - p0)),
        description=(
            f"Synthetic stand-in for the TCGA study of Qiao et al. (2023): {n} patients, {d} correlated "
            "standardised expression covariates, confounded treatment, binary recovery outcome."
        ),
        extras={"p0": p0, "p1": p1, "treatment_column": "t", "outcome_column": "y"},
    )
