"""Reference and private baselines for PrivATE.

* :func:`psm_ate` - non-private propensity score matching (the RE reference).
* :class:`PrivateIPW` - sample-level private inverse probability weighting with truncated
  propensities, in the style of Lee et al. (2019): the propensity model is learnt privately on
  one part of the data and the IPW estimate on the other part gets Laplace noise.
* :class:`PrivateDR` - output perturbation of a cross-fitted doubly robust (AIPW) estimate, in
  the style of DPCI (Schroeder et al., 2025): private nuisances from one part, Laplace noise
  on the mean of bounded pseudo-outcomes of the other part.

Both private baselines hold under the replace-one relation (``n`` and the split sizes
public) and spend ``epsilon`` in total by parallel composition over the two disjoint parts.
"""

from __future__ import annotations

import math

import numpy as np

from cocausal.privacy._checks import check_data, check_outcome_bounds, check_positive_int, clip_inputs
from cocausal.privacy.accountant import PrivacyAccountant, accountant_for_fit
from cocausal.privacy.logistic import DPLogisticRegression, label_propensity, predict_proba
from cocausal.privacy.matching import SortedArms, first_neighbours
from cocausal.privacy.mechanisms import REPLACE_ONE, check_epsilon, laplace_release
from cocausal.random import RandomState, check_random_state
from cocausal.results import ATEResult

__all__ = ["psm_ate", "PrivateIPW", "PrivateDR", "stratum_index"]

def psm_ate(data, n_neighbors: int = 5, random_state: RandomState = None) -> ATEResult:
    """Non-private ATE by ``N``-nearest-neighbour propensity score matching with replacement.

    Same propensity model and tie rule as :class:`~cocausal.privacy.PrivATE`, without limits
    or noise: every unit's counterfactual is the mean outcome of its ``N`` nearest
    opposite-arm units; ``ATE = mean(Y1_hat - Y0_hat)``. ``random_state`` only draws tie ranks.

    References
    ----------
    .. [1] P. R. Rosenbaum and D. B. Rubin, "The central role of the propensity score in
       observational studies for causal effects", Biometrika 70(1), 1983.
    """
    data = check_data(data)
    N = check_positive_int(n_neighbors, "n_neighbors")
    rng = check_random_state(random_state)
    e = label_propensity(data.X, data.t)
    arms = SortedArms.build(e, data.t, rng.permutation(data.n))
    cf = np.empty(data.n)
    for a in (0, 1):
        mask = data.t == a
        pos = first_neighbours(e[mask], arms.scores[1 - a], N)
        units = arms.units[1 - a][np.where(pos >= 0, pos, 0)]
        vals = np.where(pos >= 0, data.y[units], np.nan)
        cf[mask] = np.nanmean(vals, axis=1)
    y1 = np.where(data.t == 1, data.y, cf)
    y0 = np.where(data.t == 0, data.y, cf)
    return ATEResult(
        ate=float(np.mean(y1 - y0)), se=math.nan, ci=(math.nan, math.nan), n=data.n,
        method=f"psm (N={N}, with replacement)",
    )


def _split(n: int, fraction: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    if not 0 < fraction < 1:
        raise ValueError(f"train_fraction must lie strictly between 0 and 1, got {fraction!r}.")
    perm = rng.permutation(n)
    k = int(round(n * fraction))
    if k < 2 or n - k < 2:
        raise ValueError(f"train_fraction={fraction} leaves fewer than 2 units in a part of {n} units.")
    return np.sort(perm[:k]), np.sort(perm[k:])


def stratum_index(score: np.ndarray, n_bins: int) -> np.ndarray:
    """Bin index of each score in ``n_bins`` equal-width public bins of ``[0, 1]``."""
    return np.minimum((np.clip(score, 0.0, 1.0) * n_bins).astype(np.int64), n_bins - 1)


class _PrivateBaseline:
    """Shared parameters and validation of the two private baselines."""

    def __init__(
        self,
        epsilon: float,
        outcome_bounds=None,
        covariate_bounds=(0.0, 1.0),
        truncation: float = 0.05,
        train_fraction: float = 0.5,
        l2_reg: float = 0.1,
        accountant: PrivacyAccountant | None = None,
        random_state: RandomState = None,
    ) -> None:
        self.epsilon = epsilon
        self.outcome_bounds = outcome_bounds
        self.covariate_bounds = covariate_bounds
        self.truncation = truncation
        self.train_fraction = train_fraction
        self.l2_reg = l2_reg
        self.accountant = accountant
        self.random_state = random_state

    def _prepare(self, data):
        data = check_data(data)
        eps = check_epsilon(self.epsilon)
        lo, hi = check_outcome_bounds(self.outcome_bounds)
        delta = float(self.truncation)
        if not 0 < delta < 0.5:
            raise ValueError(f"truncation must lie in (0, 0.5), got {self.truncation!r}.")
        rng = check_random_state(self.random_state)
        train, est = _split(data.n, float(self.train_fraction), rng)
        Z, y = clip_inputs(data, self.covariate_bounds, (lo, hi))
        acc = accountant_for_fit(self.accountant, eps, type(self).__name__)
        return data, eps, (lo, hi), delta, train, est, Z, y, acc


class PrivateIPW(_PrivateBaseline):
    """Private Horvitz-Thompson IPW with truncated propensities (sample level, replace-one).

    On the training part (``train_fraction``) a DP logistic regression (output perturbation,
    the full ``epsilon``) gives the propensity; on the disjoint estimation part of ``m`` units,

    ``tau = mean(t (y - c) / e - (1 - t) (y - c) / (1 - e))``, ``e`` truncated to
    ``[delta, 1 - delta]``, ``c`` the bound midpoint,

    gets Laplace noise with sensitivity ``B / (delta m)`` (each term lies in
    ``[-B / (2 delta), B / (2 delta)]``). Parallel composition over the two parts: ``epsilon``.

    Parameters
    ----------
    epsilon : float
    outcome_bounds : (lo, hi)
    covariate_bounds : public covariate box, default the unit box
    truncation : float, default 0.05
        ``delta``.
    train_fraction : float, default 0.5
    l2_reg : float, default 0.1
    accountant : PrivacyAccountant, optional
        A ledger shared across fits (see :class:`~cocausal.privacy.PrivATE`).
    random_state : seeds the (data-independent) split only

    References
    ----------
    .. [1] S. K. Lee, L. Gresele, M. Park, K. Muandet, "Privacy-preserving causal inference via
       inverse probability weighting", arXiv:1905.12592, 2019.
    """

    def fit(self, data) -> PrivateIPW:
        """Sets ``result_`` (ATEResult, method ``private_ipw``) and ``accountant_``."""
        data, eps, (lo, hi), delta, train, est, Z, y, acc = self._prepare(data)
        model = DPLogisticRegression(eps, (0.0, 1.0), self.l2_reg).fit(Z[train], data.t[train])
        e = np.clip(predict_proba(Z[est], model.weights), delta, 1 - delta)
        t, yc = data.t[est], y[est] - (lo + hi) / 2
        tau = float(np.mean(t * yc / e - (1 - t) * yc / (1 - e)))
        m, B = len(est), hi - lo
        rel = laplace_release(tau, sensitivity=B / (delta * m), epsilon=eps, relation=REPLACE_ONE, name="IPW estimate")
        spent = acc.record_disjoint("disjoint parts (propensity | estimate)", [[model.release], [rel]])
        self.accountant_ = acc
        self.result_ = ATEResult(
            ate=float(rel.value), se=math.nan, ci=(math.nan, math.nan), n=data.n, method="private_ipw",
            extras={"releases": (model.release, rel), "spent": spent},
        )
        return self


class PrivateDR(_PrivateBaseline):
    """Output perturbation of a cross-fitted AIPW estimate (sample level, replace-one).

    Training part (spends ``epsilon`` split in three): DP logistic propensity weights
    (``epsilon / 3``); each unit's score on the released weights assigns it to one of
    ``n_bins`` public equal-width bins; noisy counts (``epsilon / 3``, sensitivity 2: a
    replaced record leaves one cell and enters another) and noisy centred outcome sums
    (``epsilon / 3``, sensitivity ``B``) per (bin, arm) cell give the outcome model
    ``mu_t(bin)``. Estimation part of ``m`` units: the pseudo-outcomes

    ``phi = mu1 - mu0 + t (y - mu1) / e - (1 - t) (y - mu0) / (1 - e)``, ``e`` truncated to
    ``[delta, 1 - delta]``, ``mu`` clipped to the bounds,

    lie in ``[-B (1 + 1/delta), B (1 + 1/delta)]``, so their mean gets Laplace noise with
    sensitivity ``2 B (1 + 1/delta) / m`` and the full ``epsilon`` (parallel composition).

    Parameters
    ----------
    As :class:`PrivateIPW`, plus ``n_bins`` (default 5).

    References
    ----------
    .. [1] M. Schroeder, J. Hartenstein, S. Feuerriegel, "PrivATE: Differentially private
       confidence intervals for average treatment effects", arXiv:2505.21641, 2025.
    .. [2] J. M. Robins, A. Rotnitzky, L. P. Zhao, "Estimation of regression coefficients when
       some regressors are not always observed", JASA 89(427), 1994.
    """

    def __init__(self, epsilon: float, outcome_bounds=None, covariate_bounds=(0.0, 1.0),
                 truncation: float = 0.05, train_fraction: float = 0.5, l2_reg: float = 0.1,
                 n_bins: int = 5, accountant: PrivacyAccountant | None = None,
                 random_state: RandomState = None) -> None:
        super().__init__(epsilon, outcome_bounds, covariate_bounds, truncation, train_fraction, l2_reg, accountant,
                         random_state)
        self.n_bins = n_bins

    def fit(self, data) -> PrivateDR:
        """Sets ``result_`` (ATEResult, method ``private_dr``) and ``accountant_``."""
        K = check_positive_int(self.n_bins, "n_bins")
        data, eps, (lo, hi), delta, train, est, Z, y, acc = self._prepare(data)
        third = eps / 3
        mid, B = (lo + hi) / 2, hi - lo
        model = DPLogisticRegression(third, (0.0, 1.0), self.l2_reg).fit(Z[train], data.t[train])
        e_tr = predict_proba(Z[train], model.weights)
        cell = stratum_index(e_tr, K) * 2 + data.t[train]
        counts = np.bincount(cell, minlength=2 * K).astype(float)
        sums = np.bincount(cell, weights=y[train] - mid, minlength=2 * K)
        rc = laplace_release(counts, sensitivity=2.0, epsilon=third, relation=REPLACE_ONE, name="cell counts")
        rs = laplace_release(sums, sensitivity=B, epsilon=third, relation=REPLACE_ONE, name="cell outcome sums")
        mu = np.clip(mid + rs.value / np.maximum(rc.value, 1.0), lo, hi).reshape(K, 2)
        e = predict_proba(Z[est], model.weights)
        b = stratum_index(e, K)
        e = np.clip(e, delta, 1 - delta)
        t, ye = data.t[est], y[est]
        mu0, mu1 = mu[b, 0], mu[b, 1]
        phi = mu1 - mu0 + t * (ye - mu1) / e - (1 - t) * (ye - mu0) / (1 - e)
        m = len(est)
        rel = laplace_release(
            float(np.mean(phi)), sensitivity=2 * B * (1 + 1 / delta) / m, epsilon=eps,
            relation=REPLACE_ONE, name="AIPW estimate",
        )
        spent = acc.record_disjoint("disjoint parts (nuisances | estimate)", [[model.release, rc, rs], [rel]])
        self.accountant_ = acc
        self.result_ = ATEResult(
            ate=float(rel.value), se=math.nan, ci=(math.nan, math.nan), n=data.n, method="private_dr",
            extras={"releases": (model.release, rc, rs, rel), "spent": spent},
        )
        return self
