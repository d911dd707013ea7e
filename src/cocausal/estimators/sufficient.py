"""Linear potential-outcome regression (POR) from additive sufficient statistics.

The one implementation of the linear T-learner: :func:`arm_statistics` (per-arm Gram
matrices), :func:`centred_ols` (the centred per-arm least-squares fit, batched) and
:class:`LinearPORBatch` (estimate and analytic SE of many coalitions at once, each the sum of
its parties' statistics). :class:`LinearPORStats` is one such set of statistics;
:class:`~cocausal.estimators.RegressionAdjustment`, the outcome models of
:class:`~cocausal.estimators.AIPW`, the vectorised bootstrap and the CCI coalition
evaluators all go through these functions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import normal_result
from cocausal.estimators.linalg import intercept_gram, pinv_solve
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning, WarningLog

__all__ = ["LinearPORBatch", "LinearPORStats", "OLSFit", "PORBatchEstimate", "arm_statistics", "centred_ols"]


def arm_statistics(X: np.ndarray, t: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-arm ``Z_a'Z_a`` (2, p, p), ``Z_a'y_a`` (2, p) and ``y_a'y_a`` (2,) with ``Z = [1, X]``.

    One :func:`~cocausal.estimators.linalg.intercept_gram` of ``[X_a, y_a]`` per arm; an empty
    arm gives zeros.
    """
    d = X.shape[1]
    p = d + 1
    gram, zty, yty = np.zeros((2, p, p)), np.zeros((2, p)), np.zeros(2)
    for a in (0, 1):
        mask = t == a
        G = intercept_gram(np.column_stack([X[mask], y[mask]]))
        gram[a], zty[a], yty[a] = G[:p, :p], G[:p, p], G[p, p]
    return gram, zty, yty


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
        Residual sum of squares (when ``y'y`` was given).
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


def centred_ols(gram: np.ndarray, zty: np.ndarray, yty: np.ndarray | None = None) -> OLSFit:
    """OLS of ``y`` on ``[1, X]`` from ``Z'Z`` (..., p, p), ``Z'y`` (..., p) and ``y'y`` (...).

    Centred form: ``S_xx = X'X - n xbar xbar'``, ``S_xy = X'y - n xbar ybar``; the slopes solve
    ``S_xx b = S_xy`` under the estimators' pseudo-inverse rule and the intercept is
    ``ybar - xbar' b``. A fit with no units gets ``n`` treated as 1 (its numbers are
    meaningless; callers mask it).
    """
    counts = gram[..., 0, 0]
    n_a = np.where(counts > 0, counts, 1.0)
    xbar = gram[..., 0, 1:] / n_a[..., None]
    ybar = zty[..., 0] / n_a
    sxx = gram[..., 1:, 1:] - n_a[..., None, None] * xbar[..., :, None] * xbar[..., None, :]
    sxy = zty[..., 1:] - (n_a * ybar)[..., None] * xbar
    slopes, rank, quad = pinv_solve(sxx, sxy)
    rss = None
    if yty is not None:
        syy = yty - n_a * ybar * ybar
        rss = (
            syy
            - 2.0 * np.einsum("...p,...p->...", slopes, sxy)
            + np.einsum("...p,...pq,...q->...", slopes, sxx, slopes)
        )
    return OLSFit(n=counts, xbar=xbar, ybar=ybar, slopes=slopes, rank=rank, rss=rss, quad=quad)


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
    gram : ndarray (k, 2, p, p)
    zty : ndarray (k, 2, p)
    yty : ndarray (k, 2)

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

    gram: np.ndarray
    zty: np.ndarray
    yty: np.ndarray

    @classmethod
    def stack(cls, stats: Sequence[LinearPORStats]) -> LinearPORBatch:
        """One row per :class:`LinearPORStats` (e.g. one per party)."""
        return cls(
            gram=np.stack([s.gram for s in stats]),
            zty=np.stack([s.zty for s in stats]),
            yty=np.stack([s.yty for s in stats]),
        )

    def coalitions(self, members) -> LinearPORBatch:
        """Statistics of each coalition: row ``c`` sums the rows with ``members[c]`` True (c, k)."""
        M = np.asarray(members, dtype=float)
        k, c = self.gram.shape[0], M.shape[0]
        return LinearPORBatch(
            gram=(M @ self.gram.reshape(k, -1)).reshape((c,) + self.gram.shape[1:]),
            zty=(M @ self.zty.reshape(k, -1)).reshape((c,) + self.zty.shape[1:]),
            yty=M @ self.yty,
        )

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
        gram, p = self.gram, self.gram.shape[-1]
        counts = gram[:, :, 0, 0]
        ok = counts.min(axis=1) >= 2
        gram = gram.copy()
        gram[~ok] = np.eye(p)  # placeholders for undefined coalitions
        fit = centred_ols(gram, self.zty, self.yty)
        slopes = fit.slopes
        dof = counts - 1 - fit.rank
        with np.errstate(divide="ignore", invalid="ignore"):
            sigma2 = np.where(dof > 0, np.maximum(fit.rss, 0.0) / np.where(dof > 0, dof, 1), np.nan)
            n = counts.sum(axis=1)
            total = gram[:, 0] + gram[:, 1]
            xbar = total[:, 0, 1:] / n[:, None]
            shift = xbar[:, None, :] - fit.xbar
            tau = (fit.ybar[:, 1] + np.einsum("kp,kp->k", shift[:, 1], slopes[:, 1])) - (
                fit.ybar[:, 0] + np.einsum("kp,kp->k", shift[:, 0], slopes[:, 0])
            )
            cov_x = total[:, 1:, 1:] / n[:, None, None] - xbar[:, :, None] * xbar[:, None, :]
            if se == "analytic":
                leverage = 1.0 / fit.n + fit.quad(shift)
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
    """Per-arm sufficient statistics of the linear T-learner; they add across parties.

    With ``Z = [1, X]`` (an intercept column first), arm ``a`` (0 = control, 1 = treated)
    keeps ``Z_a'Z_a`` (which contains the count ``n_a`` and the column sums of ``X_a``),
    ``Z_a'y_a`` and ``y_a'y_a``. These determine the ordinary-least-squares fit of each arm,
    its residual variance and the mean and covariance of the covariates over all units, so
    the POR estimate and its analytic standard error (see
    :class:`~cocausal.estimators.RegressionAdjustment`) of a coalition are functions of the
    sum of its parties' statistics: ``sum(stats_list).estimate()``.

    Attributes
    ----------
    gram : ndarray of shape (2, p, p)
        ``Z_a'Z_a`` for ``a = 0, 1`` (``p = d + 1``).
    zty : ndarray of shape (2, p)
        ``Z_a'y_a``.
    yty : ndarray of shape (2,)
        ``y_a'y_a``.
    feature_names : tuple of str

    References
    ----------
    .. [1] W. Karr, X. Lin, A. Sanil and J. Reiter, "Secure regression on distributed
       databases", Journal of Computational and Graphical Statistics 14(2), 2005 (summing
       per-party Gram matrices).
    .. [2] Q. Qiao et al., "Collaborative causal inference with fair incentives", ICML 2023.

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

    gram: np.ndarray
    zty: np.ndarray
    yty: np.ndarray
    feature_names: tuple[str, ...]

    def __post_init__(self) -> None:
        gram = np.array(self.gram, dtype=float)
        zty = np.array(self.zty, dtype=float)
        yty = np.array(self.yty, dtype=float)
        p = gram.shape[-1]
        if gram.shape != (2, p, p) or zty.shape != (2, p) or yty.shape != (2,):
            raise ValueError(
                f"Inconsistent shapes: gram {gram.shape}, zty {zty.shape}, yty {yty.shape}; "
                "expected (2, p, p), (2, p), (2,). Build the statistics with LinearPORStats.from_data."
            )
        for arr in (gram, zty, yty):
            arr.flags.writeable = False
        object.__setattr__(self, "gram", gram)
        object.__setattr__(self, "zty", zty)
        object.__setattr__(self, "yty", yty)
        object.__setattr__(self, "feature_names", tuple(self.feature_names))

    @classmethod
    def from_data(cls, data: CausalData) -> LinearPORStats:
        """Compute the statistics of ``data`` in one pass over each arm."""
        if not isinstance(data, CausalData):
            raise TypeError(f"from_data expects CausalData, got {type(data).__name__}.")
        gram, zty, yty = arm_statistics(data.X, data.t, data.y)
        return cls(gram=gram, zty=zty, yty=yty, feature_names=data.feature_names)

    @classmethod
    def from_arrays(cls, X: np.ndarray, t: np.ndarray, y: np.ndarray, feature_names) -> LinearPORStats:
        """The statistics of raw arrays, unvalidated (a party may lack an arm: zeros there)."""
        gram, zty, yty = arm_statistics(np.asarray(X, dtype=float), np.asarray(t), np.asarray(y, dtype=float))
        return cls(gram=gram, zty=zty, yty=yty, feature_names=feature_names)

    # ------------------------------------------------------------------ algebra
    def __add__(self, other: LinearPORStats) -> LinearPORStats:
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, LinearPORStats):
            return NotImplemented
        if other.gram.shape != self.gram.shape or other.feature_names != self.feature_names:
            raise ValueError(
                "Cannot add statistics over different covariates "
                f"({list(self.feature_names)} vs {list(other.feature_names)}); all parties must "
                "use the same covariate columns in the same order."
            )
        return LinearPORStats(
            gram=self.gram + other.gram,
            zty=self.zty + other.zty,
            yty=self.yty + other.yty,
            feature_names=self.feature_names,
        )

    __radd__ = __add__

    @property
    def counts(self) -> np.ndarray:
        """Units per arm, ``[n_control, n_treated]``."""
        return self.gram[:, 0, 0].copy()

    @property
    def column_sums(self) -> np.ndarray:
        """Sums of each covariate over all units."""
        return self.gram[:, 0, 1:].sum(axis=0)

    @property
    def n(self) -> int:
        """Total number of units."""
        return int(round(self.gram[:, 0, 0].sum()))

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
        d = self.gram.shape[-1] - 1
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
