"""Linear potential-outcome regression (POR) from additive sufficient statistics.

The one implementation of the linear T-learner: :func:`moments` and :func:`arm_moments`
(counts, means and centred co-moment matrices of ``[X, y]``), :func:`centred_ols` (the
centred per-arm least-squares fit, batched) and :class:`LinearPORBatch` (estimate and
analytic SE of many coalitions at once, each pooled from its parties' statistics).
:class:`LinearPORStats` is one such set of statistics;
:class:`~cocausal.estimators.RegressionAdjustment`, the outcome models of
:class:`~cocausal.estimators.AIPW`, the vectorised bootstrap and the CCI coalition
evaluators all go through these functions.

Why centred moments: the one-pass form ``S_yy = y'y - n ybar^2`` loses every digit that the
outcome's level shares with its spread (an outcome near ``1e9`` with unit spread keeps about
none), and the same holds for the covariates. Counts, means and centred second moments are
computed in two passes per party and pooled exactly by the parallel-variance update of Chan,
Golub and LeVeque, so the pooled statistics equal those of the pooled rows up to rounding
whatever the data's level.

References
----------
.. [1] T. F. Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
   variance: analysis and recommendations", The American Statistician 37(3), 1983.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import normal_result
from cocausal.estimators.linalg import RANK_RTOL, pinv_solve
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning, WarningLog

__all__ = [
    "LinearPORBatch",
    "LinearPORStats",
    "OLSFit",
    "PORBatchEstimate",
    "arm_moments",
    "centred_ols",
    "merge_moments",
    "moments",
    "ols_from_gram",
]


def moments(Z: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """Count, column means and centred co-moment matrix ``sum_i (z_i - m)(z_i - m)'`` of rows ``Z`` (n, q).

    Two passes (the mean, then the centred products, corrected by the rounding residue of the
    centred sums); a constant column is centred at its value, so its co-moments are exact
    zeros. No rows give zeros.
    """
    n = Z.shape[0]
    if n == 0:
        return 0.0, np.zeros(Z.shape[1]), np.zeros((Z.shape[1], Z.shape[1]))
    mean = np.where(Z.max(axis=0) == Z.min(axis=0), Z[0], Z.mean(axis=0))
    D = Z - mean
    resid = D.sum(axis=0)
    mean = mean + resid / n
    return float(n), mean, D.T @ D - np.outer(resid, resid) / n


def arm_moments(X: np.ndarray, t: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-arm :func:`moments` of ``[X, y]``: counts (2,), means (2, q) and co-moments (2, q, q), ``q = d + 1``."""
    q = X.shape[1] + 1
    counts, means, comoments = np.zeros(2), np.zeros((2, q)), np.zeros((2, q, q))
    for a in (0, 1):
        mask = t == a
        counts[a], means[a], comoments[a] = moments(np.column_stack([X[mask], y[mask]]))
    return counts, means, comoments


def merge_moments(
    n_a: np.ndarray, mean_a: np.ndarray, com_a: np.ndarray, n_b: np.ndarray, mean_b: np.ndarray, com_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pool two sets of :func:`moments` (batched over leading axes): Chan, Golub and LeVeque's update.

    ``n = n_a + n_b``, ``m = m_a + (n_b / n) delta`` and
    ``C = C_a + C_b + (n_a n_b / n) delta delta'`` with ``delta = m_b - m_a``; no units give zeros.
    """
    n = n_a + n_b
    safe = np.where(n > 0, n, 1.0)
    delta = mean_b - mean_a
    mean = mean_a + (n_b / safe)[..., None] * delta
    com = com_a + com_b + (n_a * n_b / safe)[..., None, None] * delta[..., :, None] * delta[..., None, :]
    return n, mean, com


def _zero_flat(com: np.ndarray, raw_diag: np.ndarray) -> np.ndarray:
    """``com`` (..., q, q) with the covariates whose centred sum of squares is below ``RANK_RTOL``
    times their uncentred one ``raw_diag`` (..., q - 1) set to exact zeros: such a column is
    constant up to the rounding of the centring (as :func:`moments` gives a constant column)."""
    flat = com[..., np.arange(raw_diag.shape[-1]), np.arange(raw_diag.shape[-1])] <= RANK_RTOL * raw_diag
    keep = np.concatenate([~flat, np.ones(flat.shape[:-1] + (1,), dtype=bool)], axis=-1)
    return com * keep[..., :, None] * keep[..., None, :]


@dataclasses.dataclass(frozen=True, eq=False)
class OLSFit:
    """Centred least-squares fits, batched over leading axes ``(...)``.

    Attributes
    ----------
    n : ndarray (...)
        Units (sum of weights) per fit.
    xbar : ndarray (..., d)
    ybar : ndarray (...)
    slopes : ndarray (..., d)
        Minimum-norm solutions of ``S_xx b = S_xy`` (the convention of
        :class:`sklearn.linear_model.LinearRegression` for collinear covariates).
    rank : ndarray of int (...)
        Rank of ``S_xx`` under the pseudo-inverse rule.
    rss : ndarray (...) or None
        Residual sum of squares (when ``S_yy`` was given).
    quad : callable
        ``quad(c) = c' S_xx^+ c`` for vectors ``c`` (..., d).
    """

    n: np.ndarray
    xbar: np.ndarray
    ybar: np.ndarray
    slopes: np.ndarray
    rank: np.ndarray
    rss: np.ndarray | None
    quad: object

    @property
    def intercept(self) -> np.ndarray:
        return self.ybar - np.einsum("...p,...p->...", self.xbar, self.slopes)


def centred_ols(counts: np.ndarray, means: np.ndarray, comoments: np.ndarray, *, rss: bool = True) -> OLSFit:
    """OLS of ``y`` on ``[1, X]`` from the :func:`moments` of ``[X, y]``.

    The moments are counts (...), means (..., q) and co-moments (..., q, q).

    The slopes solve ``S_xx b = S_xy`` under the estimators' pseudo-inverse rule and the
    intercept is ``ybar - xbar' b``; ``rss = S_yy - 2 b'S_xy + b'S_xx b``.
    """
    sxx, sxy = comoments[..., :-1, :-1], comoments[..., :-1, -1]
    slopes, rank, quad = pinv_solve(sxx, sxy)
    out = None
    if rss:
        out = (
            comoments[..., -1, -1]
            - 2.0 * np.einsum("...p,...p->...", slopes, sxy)
            + np.einsum("...p,...pq,...q->...", slopes, sxx, slopes)
        )
    return OLSFit(n=counts, xbar=means[..., :-1], ybar=means[..., -1], slopes=slopes, rank=rank, rss=out, quad=quad)


def ols_from_gram(gram: np.ndarray, zty: np.ndarray) -> OLSFit:
    """:func:`centred_ols` from raw ``Z'Z`` (..., p, p) and ``Z'y`` (..., p) with ``Z = [1, X]`` (no ``rss``).

    Centres in one pass (``S_xx = X'X - n xbar xbar'``), which is accurate only when the
    columns are already near zero mean: the vectorised bootstrap's weighted fits run on
    columns centred by :class:`~cocausal.estimators.linalg.ColumnScaling` and an outcome
    centred at its mean. A covariate whose centred sum of squares is below ``RANK_RTOL``
    times its raw one is constant up to that rounding and gets exact zeros (as
    :func:`moments` gives a constant column). A fit with no units gets ``n`` treated as 1
    (callers mask it).
    """
    counts = gram[..., 0, 0]
    n_a = np.where(counts > 0, counts, 1.0)
    q = gram.shape[-1]
    means = np.concatenate([gram[..., 0, 1:], zty[..., :1]], axis=-1) / n_a[..., None]
    raw = np.empty(gram.shape[:-2] + (q, q))
    raw[..., :-1, :-1] = gram[..., 1:, 1:]
    raw[..., :-1, -1] = raw[..., -1, :-1] = zty[..., 1:]
    raw[..., -1, -1] = 0.0
    com = raw - n_a[..., None, None] * means[..., :, None] * means[..., None, :]
    idx = np.arange(q - 1)
    return centred_ols(counts, means, _zero_flat(com, raw[..., idx, idx]), rss=False)


@dataclasses.dataclass(frozen=True, eq=False)
class PORBatchEstimate:
    """Linear POR estimates of a batch of coalitions (:meth:`LinearPORBatch.estimate`).

    Attributes
    ----------
    tau, se : ndarray (k,)
        ``nan`` where ``defined`` is False.
    defined : ndarray of bool (k,)
        Both arms have at least 2 units.
    counts : ndarray (k, 2)
        Units per arm (control, treated).
    rank : ndarray of int (k, 2)
        Rank of each arm's centred covariate Gram matrix (``d`` when full).
    sigma2 : ndarray (k, 2)
        Residual variances (``nan`` without residual degrees of freedom).
    coef : ndarray (k, 2, p)
        Intercept and slopes per arm.
    """

    tau: np.ndarray
    se: np.ndarray
    defined: np.ndarray
    counts: np.ndarray
    rank: np.ndarray
    sigma2: np.ndarray
    coef: np.ndarray


@dataclasses.dataclass(frozen=True, eq=False)
class LinearPORBatch:
    """Sufficient statistics of many coalitions, solved together.

    Attributes
    ----------
    counts : ndarray (k, 2)
        Units per arm (control, treated).
    means : ndarray (k, 2, q)
        Per-arm means of ``[X, y]`` (``q = d + 1``).
    comoments : ndarray (k, 2, q, q)
        Per-arm centred co-moment matrices of ``[X, y]``.

    Examples
    --------
    >>> from cocausal.data import split_random
    >>> from cocausal.datasets import make_synthetic
    >>> parts = split_random(make_synthetic(n=900, d=2, random_state=0).data, 3, random_state=0)
    >>> batch = LinearPORBatch.stack([LinearPORStats.from_data(p) for p in parts])
    >>> est = batch.coalitions([[True, True, False], [True, True, True]]).estimate()
    >>> est.tau.shape
    (2,)
    """

    counts: np.ndarray
    means: np.ndarray
    comoments: np.ndarray

    @classmethod
    def stack(cls, stats: Sequence[LinearPORStats]) -> LinearPORBatch:
        """One row per :class:`LinearPORStats` (e.g. one per party)."""
        return cls(
            counts=np.stack([s.counts for s in stats]),
            means=np.stack([s.means for s in stats]),
            comoments=np.stack([s.comoments for s in stats]),
        )

    def coalitions(self, members) -> LinearPORBatch:
        """Statistics of each coalition: row ``c`` pools the rows with ``members[c]`` True (c, k).

        With a public reference ``r`` (the pooled mean of all rows, per arm), each row's
        second moments about ``r``, ``C_k + n_k (m_k - r)(m_k - r)'``, add across a coalition,
        and its centred co-moments are that sum less ``n_C (m_C - r)(m_C - r)'``: the
        cancellation is at the scale of the spread of the rows' means, not of the data's level
        (a covariate left with less than ``RANK_RTOL`` of its second moment about ``r`` is
        constant in the coalition's arm and gets exact zeros).
        """
        M = np.asarray(members, dtype=float)
        k, c = self.counts.shape[0], M.shape[0]
        q = self.means.shape[-1]
        total = self.counts.sum(axis=0)
        ref = np.einsum("ka,kaq->aq", self.counts, self.means) / np.where(total > 0, total, 1.0)[:, None]
        dev = self.means - ref
        about_ref = self.comoments + self.counts[..., None, None] * dev[..., :, None] * dev[..., None, :]
        counts = M @ self.counts
        safe = np.where(counts > 0, counts, 1.0)
        shift = (M @ (self.counts[..., None] * dev).reshape(k, -1)).reshape(c, 2, q) / safe[..., None]
        raw = (M @ about_ref.reshape(k, -1)).reshape(c, 2, q, q)
        com = raw - counts[..., None, None] * shift[..., :, None] * shift[..., None, :]
        idx = np.arange(q - 1)
        return LinearPORBatch(counts=counts, means=ref + shift, comoments=_zero_flat(com, raw[..., idx, idx]))

    def estimate(self, se: str = "analytic") -> PORBatchEstimate:
        """Linear POR estimate and standard error of every row.

        Parameters
        ----------
        se : {"analytic", "fitted_variance"}
            ``"analytic"``: the variance of :class:`~cocausal.estimators.RegressionAdjustment`
            (see its Notes). ``"fitted_variance"``: ``Var_n(mu1_hat(X))/n + Var_n(mu0_hat(X))/n``
            over the fitted values, the quantity of the published CCI reference code (not a
            sampling standard error).
        """
        if se not in ("analytic", "fitted_variance"):
            raise ValueError(f"se must be 'analytic' or 'fitted_variance', got {se!r}.")
        counts, q = self.counts, self.means.shape[-1]
        ok = counts.min(axis=1) >= 2
        com = self.comoments.copy()
        com[~ok] = np.eye(q)  # placeholders for undefined coalitions
        safe = np.where(ok[:, None], counts, 2.0)
        fit = centred_ols(safe, self.means, com)
        slopes = fit.slopes
        dof = counts - 1 - fit.rank
        with np.errstate(divide="ignore", invalid="ignore"):
            sigma2 = np.where(dof > 0, np.maximum(fit.rss, 0.0) / np.where(dof > 0, dof, 1), np.nan)
            n, pooled_mean, pooled_com = merge_moments(
                safe[:, 0], self.means[:, 0], com[:, 0], safe[:, 1], self.means[:, 1], com[:, 1]
            )
            xbar = pooled_mean[:, :-1]
            shift = xbar[:, None, :] - fit.xbar
            tau = (fit.ybar[:, 1] + np.einsum("kp,kp->k", shift[:, 1], slopes[:, 1])) - (
                fit.ybar[:, 0] + np.einsum("kp,kp->k", shift[:, 0], slopes[:, 0])
            )
            cov_x = pooled_com[:, :-1, :-1] / n[:, None, None]
            if se == "analytic":
                leverage = 1.0 / safe + fit.quad(shift)
                dx = slopes[:, 1] - slopes[:, 0]
                spread = np.maximum(np.einsum("kp,kpq,kq->k", dx, cov_x, dx), 0.0) / n
                var = sigma2[:, 1] * leverage[:, 1] + sigma2[:, 0] * leverage[:, 0] + spread
            else:
                var = (
                    np.einsum("kp,kpq,kq->k", slopes[:, 1], cov_x, slopes[:, 1])
                    + np.einsum("kp,kpq,kq->k", slopes[:, 0], cov_x, slopes[:, 0])
                ) / n
            se_out = np.sqrt(np.maximum(var, 0.0))
        coef = np.concatenate([fit.intercept[..., None], slopes], axis=-1)
        return PORBatchEstimate(
            tau=np.where(ok, tau, np.nan),
            se=np.where(ok, se_out, np.nan),
            defined=ok,
            counts=counts,
            rank=fit.rank,
            sigma2=sigma2,
            coef=coef,
        )


@dataclasses.dataclass(frozen=True, eq=False)
class LinearPORStats:
    """Per-arm sufficient statistics of the linear T-learner; they pool across parties.

    Arm ``a`` (0 = control, 1 = treated) keeps its count ``n_a``, the means of ``[X_a, y_a]``
    and their centred co-moment matrix (:func:`moments`). These determine the
    ordinary-least-squares fit of each arm, its residual variance and the mean and covariance
    of the covariates over all units, so the POR estimate and its analytic standard error (see
    :class:`~cocausal.estimators.RegressionAdjustment`) of a coalition are functions of its
    parties' statistics pooled by ``+`` (:func:`merge_moments`, exact whatever the data's
    level): ``sum(stats_list).estimate()``.

    Attributes
    ----------
    counts : ndarray of shape (2,)
        Units per arm, ``[n_control, n_treated]``.
    means : ndarray of shape (2, q)
        Per-arm means of the covariates then the outcome (``q = d + 1``).
    comoments : ndarray of shape (2, q, q)
        Per-arm ``sum_i (z_i - m_a)(z_i - m_a)'`` over ``z = [x, y]``.
    feature_names : tuple of str

    References
    ----------
    .. [1] W. Karr, X. Lin, A. Sanil and J. Reiter, "Secure regression on distributed
       databases", Journal of Computational and Graphical Statistics 14(2), 2005 (pooling
       per-party cross-product matrices).
    .. [2] T. F. Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
       variance: analysis and recommendations", The American Statistician 37(3), 1983.
    .. [3] Q. Qiao et al., "Collaborative causal inference with fair incentives", ICML 2023.

    Examples
    --------
    >>> from cocausal.data import split_random
    >>> from cocausal.datasets import make_synthetic
    >>> data = make_synthetic(n=2000, d=3, random_state=0).data
    >>> parts = [LinearPORStats.from_data(p) for p in split_random(data, 4, random_state=0)]
    >>> pooled = sum(parts).estimate()
    >>> abs(pooled.ate - LinearPORStats.from_data(data).estimate().ate) < 1e-10
    True
    """

    counts: np.ndarray
    means: np.ndarray
    comoments: np.ndarray
    feature_names: tuple[str, ...]

    def __post_init__(self) -> None:
        counts = np.array(self.counts, dtype=float)
        means = np.array(self.means, dtype=float)
        com = np.array(self.comoments, dtype=float)
        q = com.shape[-1]
        if counts.shape != (2,) or means.shape != (2, q) or com.shape != (2, q, q):
            raise ValueError(
                f"Inconsistent shapes: counts {counts.shape}, means {means.shape}, comoments {com.shape}; "
                "expected (2,), (2, q), (2, q, q). Build the statistics with LinearPORStats.from_data."
            )
        for arr in (counts, means, com):
            arr.flags.writeable = False
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "means", means)
        object.__setattr__(self, "comoments", com)
        object.__setattr__(self, "feature_names", tuple(self.feature_names))

    @classmethod
    def from_data(cls, data: CausalData) -> LinearPORStats:
        """Compute the statistics of ``data`` in two passes over each arm."""
        if not isinstance(data, CausalData):
            raise TypeError(f"from_data expects CausalData, got {type(data).__name__}.")
        counts, means, com = arm_moments(data.X, data.t, data.y)
        return cls(counts=counts, means=means, comoments=com, feature_names=data.feature_names)

    @classmethod
    def from_arrays(cls, X: np.ndarray, t: np.ndarray, y: np.ndarray, feature_names) -> LinearPORStats:
        """The statistics of raw arrays, unvalidated (a party may lack an arm: zeros there)."""
        counts, means, com = arm_moments(np.asarray(X, dtype=float), np.asarray(t), np.asarray(y, dtype=float))
        return cls(counts=counts, means=means, comoments=com, feature_names=feature_names)

    # ------------------------------------------------------------------ algebra
    def __add__(self, other: LinearPORStats) -> LinearPORStats:
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, LinearPORStats):
            return NotImplemented
        if other.comoments.shape != self.comoments.shape or other.feature_names != self.feature_names:
            raise ValueError(
                "Cannot add statistics over different covariates "
                f"({list(self.feature_names)} vs {list(other.feature_names)}); all parties must "
                "use the same covariate columns in the same order."
            )
        counts, means, com = merge_moments(
            self.counts, self.means, self.comoments, other.counts, other.means, other.comoments
        )
        return LinearPORStats(counts=counts, means=means, comoments=com, feature_names=self.feature_names)

    __radd__ = __add__

    @property
    def column_sums(self) -> np.ndarray:
        """Sums of each covariate over all units."""
        return self.counts @ self.means[:, :-1]

    @property
    def n(self) -> int:
        """Total number of units."""
        return int(round(self.counts.sum()))

    # ------------------------------------------------------------------ estimate
    def estimate(self) -> ATEResult:
        """The linear POR estimate and its analytic standard error (``method="por"``).

        Computed by :meth:`LinearPORBatch.estimate` on this one set of statistics.

        Raises
        ------
        ValueError
            If an arm has fewer than 2 units.
        """
        log = WarningLog()
        counts = self.counts
        if counts.min() < 2:
            raise ValueError(
                f"Each arm needs at least 2 units; the statistics hold {counts[1]:.0f} treated and "
                f"{counts[0]:.0f} control units."
            )
        est = LinearPORBatch.stack([self]).estimate()
        d = self.means.shape[-1] - 1
        rank = est.rank[0]
        for a, arm in ((0, "control"), (1, "treated")):
            if rank[a] < d:
                log.warn(
                    f"The {arm} arm's covariates are collinear or constant within the arm (rank "
                    f"{rank[a]} of {d}); the design is rank deficient, using the "
                    "minimum-norm least-squares fit.",
                    CocausalWarning,
                )
            if counts[a] - 1 - rank[a] <= 0:
                log.warn(
                    f"The {arm} arm has {counts[a]:.0f} units for {rank[a] + 1} coefficients; "
                    "the residual variance and hence the standard error are undefined (nan).",
                    CocausalWarning,
                )
        return normal_result(
            est.tau[0],
            est.se[0],
            self.n,
            "por",
            warnings=log.messages,
            extras={
                "coef_treated": est.coef[0, 1].tolist(),
                "coef_control": est.coef[0, 0].tolist(),
                "sigma2_treated": float(est.sigma2[0, 1]),
                "sigma2_control": float(est.sigma2[0, 0]),
                "rank": [int(r) + 1 for r in rank],
                "se_type": "analytic",
            },
        )
