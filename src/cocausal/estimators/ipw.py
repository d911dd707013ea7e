"""Inverse probability weighting (Hajek / normalised weights) with an influence-function SE."""

from __future__ import annotations

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators._base import BaseATEEstimator, normal_result
from cocausal.estimators._models import check_clip, clip_propensity, fit_propensity
from cocausal.estimators.linalg import ColumnScaling, GramSolver, intercept_gram
from cocausal.estimators.overlap import score_overlap
from cocausal.results import ATEResult
from cocausal.warnings import WarningLog

__all__ = ["IPW"]


class IPW(BaseATEEstimator):
    """Hajek (normalised) inverse-probability-weighting estimator of the ATE.

    ``mu_1 = sum(t y / e) / sum(t / e)``, ``mu_0 = sum((1-t) y / (1-e)) / sum((1-t) / (1-e))``,
    ``ate = mu_1 - mu_0``, with ``e(x)`` the (clipped) estimated propensity score.

    Parameters
    ----------
    propensity_model : scikit-learn classifier or None, default None
        ``None`` is unpenalised logistic regression on ``[1, X]`` (maximum likelihood).
    clip : (float, float) or None, default (0.01, 0.99)
        Propensities outside ``[low, high]`` are clipped; the number clipped is raised as a
        :class:`~cocausal.warnings.ClippingWarning` and recorded on the result
        (``extras["n_clipped"]``). ``None`` disables clipping.

    Attributes
    ----------
    result_ : ATEResult
        ``method="ipw"``; ``extras``: ``mu1``, ``mu0``, ``n_clipped``, ``overlap``
        (:class:`~cocausal.estimators.overlap.Overlap` of the unclipped propensities; an
        :class:`~cocausal.warnings.OverlapWarning` when the arms are separated), ``se_type``.
    propensity_ : ndarray
        The clipped propensity scores used.

    Notes
    -----
    Standard error: ``sqrt(mean(psi^2) / n)`` with ``psi`` the influence function of the
    Hajek estimator obtained by stacking its estimating equations with those of the
    propensity model (M-estimation). With the default logistic model the influence function
    includes the correction for the estimated coefficients ``g``:
    ``psi_1 = [t (y - mu_1) / e + h_1' A^-1 z (t - e)] / mean(t / e)`` with
    ``h_1 = mean(-t (y - mu_1) (1 - e) / e z)``, ``A = mean(e (1 - e) z z')``, and the mirror
    image for ``psi_0``; units whose propensity was clipped do not contribute to ``h``.
    With a user-supplied propensity model the propensities are treated as known (the
    correction term is dropped; for the ATE this is usually conservative).
    ``extras["se_type"]`` records which variant was used.

    References
    ----------
    .. [1] K. Hirano, G. W. Imbens and G. Ridder, "Efficient estimation of average treatment
       effects using the estimated propensity score", Econometrica 71(4), 2003.
    .. [2] J. K. Lunceford and M. Davidian, "Stratification and weighting via the propensity
       score in estimation of causal treatment effects: a comparative study", Statistics in
       Medicine 23(19), 2004.

    Examples
    --------
    >>> from cocausal.datasets import make_synthetic
    >>> ds = make_synthetic(n=5000, d=5, ate=2.0, random_state=0)
    >>> res = IPW().fit(ds.data).result_
    >>> abs(res.ate - 2.0) < 4 * res.se
    True
    """

    def __init__(self, propensity_model=None, clip=(0.01, 0.99)):
        self.propensity_model = propensity_model
        self.clip = clip

    def _estimate(self, data: CausalData) -> ATEResult:
        clip = check_clip(self.clip)
        log = WarningLog()
        X, t, y = data.X, data.t.astype(float), data.y
        raw = fit_propensity(self.propensity_model, X, data.t, X, log)
        overlap = score_overlap(raw, data.t, "propensity")
        overlap.record(log, "IPW")
        e, clipped = clip_propensity(raw, clip, log)
        self.propensity_ = e
        w1 = t / e
        w0 = (1.0 - t) / (1.0 - e)
        s1, s0 = w1.sum(), w0.sum()
        mu1 = (w1 @ y) / s1
        mu0 = (w0 @ y) / s0
        n = data.n
        r1 = w1 * (y - mu1)
        r0 = w0 * (y - mu0)
        psi1 = r1.copy()
        psi0 = r0.copy()
        logistic = self.propensity_model is None and X.shape[1] > 0
        if logistic:
            Xs = ColumnScaling.of(X).apply(X)  # the projection on [1, X] is affine invariant
            free = ~clipped
            h1 = -(r1 * (1.0 - e) * free)
            h0 = r0 * e * free
            H = np.stack([np.concatenate(([h.sum()], h @ Xs)) for h in (h1, h0)], axis=1) / n
            A = intercept_gram(Xs, e * (1.0 - e)) / n
            C = GramSolver(A).solve(H)  # (p, 2)
            resid = t - raw
            psi1 += (C[0, 0] + Xs @ C[1:, 0]) * resid
            psi0 += (C[0, 1] + Xs @ C[1:, 1]) * resid
        psi = psi1 / (s1 / n) - psi0 / (s0 / n)
        se = np.sqrt(np.mean(psi * psi) / n)
        return normal_result(
            mu1 - mu0,
            se,
            n,
            "ipw",
            warnings=log.messages,
            extras={
                "mu1": float(mu1),
                "mu0": float(mu0),
                "n_clipped": int(clipped.sum()),
                "overlap": overlap.to_dict(),
                "se_type": "influence function (estimated logistic propensity)"
                if logistic
                else "influence function (propensity treated as known)",
            },
        )
