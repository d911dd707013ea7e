"""Overlap diagnostics: do the treated and control units share a region of covariate space?

Without overlap (the arms are separated) no estimator identifies the ATE from the data: an
outcome regression extrapolates each arm's fit into the other arm's region, and weighting or
matching estimators lean on propensities numerically 0 or 1. The diagnostic here works on a
one-dimensional *score* per unit and reports each arm's score range and how many units of an
arm fall outside the other arm's range; the arms are *separated* when the two ranges do not
intersect. The score is

* the estimated propensity (IPW, AIPW, matching): separation of the fitted propensities,
  which for the default logistic model is (quasi-)complete separation of the arms;
* for the outcome regression, which has no propensity model, the fitted logit of the same
  logistic regression (:func:`logit_score`): the arms are separated on it exactly when a
  hyperplane separates them in covariate space (complete separation), since Newton then
  drives the logits of the two arms apart.

References
----------
.. [1] R. K. Crump, V. J. Hotz, G. W. Imbens and O. A. Mitnik, "Dealing with limited overlap
   in estimation of average treatment effects", Biometrika 96(1), 2009.
.. [2] A. Albert and J. A. Anderson, "On the existence of maximum likelihood estimates in
   logistic regression models", Biometrika 71(1), 1984 (complete separation).
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning as SklearnConvergenceWarning

from cocausal.estimators.logistic import LogisticMLE
from cocausal.warnings import OverlapWarning, WarningLog

__all__ = ["Overlap", "logit_score", "score_overlap"]


@dataclasses.dataclass(frozen=True)
class Overlap:
    """Overlap of the arms on one score.

    Attributes
    ----------
    score : str
        ``"propensity"`` or ``"logit"``.
    range_treated, range_control : tuple of float
        ``(min, max)`` of the score per arm.
    outside_treated, outside_control : int
        Units of the arm whose score lies outside the other arm's range.
    separated : bool
        The two ranges do not intersect.
    """

    score: str
    range_treated: tuple[float, float]
    range_control: tuple[float, float]
    outside_treated: int
    outside_control: int
    separated: bool

    def to_dict(self) -> dict:
        """JSON-ready fields (for a result's ``extras["overlap"]``)."""
        return {
            "score": self.score,
            "range_treated": list(self.range_treated),
            "range_control": list(self.range_control),
            "outside_treated": self.outside_treated,
            "outside_control": self.outside_control,
            "separated": self.separated,
        }

    def record(self, log: WarningLog, estimator: str) -> None:
        """Warn on ``log`` (an :class:`~cocausal.warnings.OverlapWarning`) when the arms are separated."""
        if self.separated:
            log.warn(
                f"No overlap: the {self.score} scores of the treated units {_fmt(self.range_treated)} and of "
                f"the control units {_fmt(self.range_control)} do not intersect (the arms are separated), so "
                f"the {estimator} estimate extrapolates and its standard error does not cover that; restrict "
                "the data to a region where both arms occur.",
                OverlapWarning,
            )


def _fmt(r: tuple[float, float]) -> str:
    return f"[{r[0]:.4g}, {r[1]:.4g}]"


def score_overlap(score: np.ndarray, t: np.ndarray, name: str) -> Overlap:
    """The :class:`Overlap` of the arms on ``score`` (n,), with both arms present in ``t``."""
    score = np.asarray(score, dtype=float)
    s1, s0 = score[t == 1], score[t == 0]
    lo1, hi1, lo0, hi0 = s1.min(), s1.max(), s0.min(), s0.max()
    return Overlap(
        score=name,
        range_treated=(float(lo1), float(hi1)),
        range_control=(float(lo0), float(hi0)),
        outside_treated=int(((s1 < lo0) | (s1 > hi0)).sum()),
        outside_control=int(((s0 < lo1) | (s0 > hi1)).sum()),
        separated=bool(hi1 < lo0 or hi0 < lo1),
    )


def logit_score(X: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Fitted logits of the unpenalised logistic regression of ``t`` on ``[1, X]`` (:class:`LogisticMLE`).

    Its own convergence warnings are not raised: under separation it stops early and the
    logits of the two arms lie on either side of the separating hyperplane, which is what
    :func:`score_overlap` reads.
    """
    if X.shape[1] == 0:
        return np.zeros(X.shape[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SklearnConvergenceWarning)
        return LogisticMLE().fit(X, t).decision_function(X)
