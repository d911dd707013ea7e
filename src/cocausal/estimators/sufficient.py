"""Linear potential-outcome regression (POR) from additive sufficient statistics."""

from __future__ import annotations

import dataclasses

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import normal_result
from cocausal.estimators._linalg import GramSolver
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning, WarningLog

__all__ = ["LinearPORStats"]


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
        d = data.n_features
        gram = np.empty((2, d + 1, d + 1))
        zty = np.empty((2, d + 1))
        yty = np.empty(2)
        treated = data.t == 1
        for a, mask in ((0, ~treated), (1, treated)):
            X, y = data.X[mask], data.y[mask]
            colsum = X.sum(axis=0)
            gram[a, 0, 0] = X.shape[0]
            gram[a, 0, 1:] = gram[a, 1:, 0] = colsum
            gram[a, 1:, 1:] = X.T @ X
            zty[a, 0] = y.sum()
            zty[a, 1:] = X.T @ y
            yty[a] = y @ y
        return cls(gram=gram, zty=zty, yty=yty, feature_names=data.feature_names)

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
    def arm_fit(self, arm: int) -> tuple[np.ndarray, GramSolver, float]:
        """OLS of one arm from its statistics, in centred form.

        Returns ``(coef, solver, rss)``: ``coef = (intercept, slopes)``, ``solver`` the
        pseudo-inverse of the centred covariate Gram matrix ``S_xx`` and the residual sum of
        squares. Slopes solve ``S_xx b = S_xy`` (minimum norm when ``S_xx`` is singular, the
        convention of :class:`sklearn.linear_model.LinearRegression`); the intercept is
        ``ybar - xbar' b``.
        """
        gram, zty, yty = self.gram[arm], self.zty[arm], self.yty[arm]
        n_a = gram[0, 0]
        xbar = gram[0, 1:] / n_a
        ybar = zty[0] / n_a
        sxx = gram[1:, 1:] - n_a * np.outer(xbar, xbar)
        sxy = zty[1:] - n_a * xbar * ybar
        syy = yty - n_a * ybar * ybar
        solver = GramSolver(sxx)
        slopes = solver.solve(sxy)
        rss = syy - 2.0 * slopes @ sxy + slopes @ sxx @ slopes
        return np.concatenate(([ybar - xbar @ slopes], slopes)), solver, float(rss)

    def estimate(self) -> ATEResult:
        """The linear POR estimate and its analytic standard error (``method="por"``).

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
        n = counts.sum()
        total = self.gram[0] + self.gram[1]
        xbar = total[0, 1:] / n
        coefs, sigma2, leverage, ranks = [], [], [], []
        for a, arm in ((0, "control"), (1, "treated")):
            coef, solver, rss = self.arm_fit(a)
            if solver.rank < solver.p:
                log.warn(
                    f"The {arm} arm's covariates are collinear or constant within the arm (rank "
                    f"{solver.rank} of {solver.p}); the design is rank deficient, using the "
                    "minimum-norm least-squares fit.",
                    CocausalWarning,
                )
            dof = counts[a] - 1 - solver.rank
            if dof <= 0:
                log.warn(
                    f"The {arm} arm has {counts[a]:.0f} units for {solver.rank + 1} coefficients; "
                    "the residual variance and hence the standard error are undefined (nan).",
                    CocausalWarning,
                )
            shift = xbar - self.gram[a, 0, 1:] / counts[a]
            coefs.append(coef)
            sigma2.append(max(rss, 0.0) / dof if dof > 0 else np.nan)
            leverage.append(1.0 / counts[a] + solver.quad(shift))
            ranks.append(solver.rank + 1)
        delta = coefs[1] - coefs[0]
        ate = float(delta[0] + xbar @ delta[1:])
        cov_x = total[1:, 1:] / n - np.outer(xbar, xbar)
        var = sigma2[1] * leverage[1] + sigma2[0] * leverage[0] + max(delta[1:] @ cov_x @ delta[1:], 0.0) / n
        return normal_result(
            ate,
            np.sqrt(var),
            int(round(n)),
            "por",
            warnings=log.messages,
            extras={
                "coef_treated": coefs[1].tolist(),
                "coef_control": coefs[0].tolist(),
                "sigma2_treated": float(sigma2[1]),
                "sigma2_control": float(sigma2[0]),
                "rank": ranks,
                "se_type": "analytic",
            },
        )
