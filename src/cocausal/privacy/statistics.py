"""Label-level differentially private difference in means from per-arm counts and outcome sums.

What a coordinator holds of each party (per-arm counts and outcome means) determines the
pooled difference in means. Under the label relation (:data:`~cocausal.privacy.mechanisms.LABEL`:
one unit's outcome changes within public bounds ``[lo, hi]``; covariates, treatments and
counts are public) the vector of per-arm outcome sums has L1 sensitivity ``hi - lo`` (a unit
sits in one arm), so Laplace noise of scale ``(hi - lo) / epsilon`` on the two sums, drawn by
OpenDP, makes them epsilon-DP, and the difference in means computed from them is
post-processing.

References
----------
.. [1] C. Dwork, F. McSherry, K. Nissim and A. Smith, "Calibrating noise to sensitivity in
   private data analysis", TCC 2006.
.. [2] K. Chaudhuri and D. Hsu, "Sample complexity bounds for differentially private
   learning", COLT 2011 (label privacy).
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from cocausal.privacy._checks import check_outcome_bounds
from cocausal.privacy.mechanisms import LABEL, Release, check_epsilon, laplace_release
from cocausal.results import ResultMixin

__all__ = ["StatisticsRelease", "label_dp_difference_in_means"]


@dataclasses.dataclass(frozen=True)
class StatisticsRelease(ResultMixin):
    """A label-level DP difference in means.

    Attributes
    ----------
    ate : float
        ``noisy_sum_1 / n_1 - noisy_sum_0 / n_0``.
    noise_sd : float
        Standard deviation of the DP noise in ``ate``: ``sqrt(2) b sqrt(1/n_1^2 + 1/n_0^2)``
        with ``b`` the Laplace scale (computed from public numbers; costs no privacy).
    counts : tuple of int
        ``(n_0, n_1)`` (public under the label relation).
    outcome_bounds : tuple of float
    release : Release
        The OpenDP release of the two outcome sums (its ``epsilon`` is what was spent).
    """

    ate: float
    noise_sd: float
    counts: tuple[int, int]
    outcome_bounds: tuple[float, float]
    release: Release

    def to_dict(self) -> dict:
        out = super().to_dict()
        out["release"] = self.release.to_dict()
        return out


def label_dp_difference_in_means(counts, outcome_sums, outcome_bounds, epsilon: float) -> StatisticsRelease:
    """The epsilon-DP (label level) difference in means from per-arm counts and outcome sums.

    Parameters
    ----------
    counts : (n_0, n_1)
        Units per arm (control, treated), each at least 1.
    outcome_sums : (s_0, s_1)
        Exact per-arm sums of outcomes, every outcome within ``outcome_bounds``.
    outcome_bounds : (lo, hi)
        Public bounds of the outcome (declared before seeing the data).
    epsilon : float
        Privacy budget of this release.

    Returns
    -------
    StatisticsRelease

    Examples
    --------
    >>> rel = label_dp_difference_in_means((50, 50), (100.0, 150.0), (0.0, 5.0), epsilon=1e6)
    >>> round(rel.ate, 3)
    1.0
    """
    lo, hi = check_outcome_bounds(outcome_bounds)
    eps = check_epsilon(epsilon)
    n = np.asarray(counts, dtype=float).reshape(2)
    if not np.all(n >= 1) or not np.all(n == np.round(n)):
        raise ValueError(f"counts must be two whole numbers >= 1 (control, treated), got {counts!r}.")
    sums = np.asarray(outcome_sums, dtype=float).reshape(2)
    release = laplace_release(sums, sensitivity=hi - lo, epsilon=eps, relation=LABEL,
                              name="outcome sum per arm (control, treated)")
    noisy = release.value
    ate = float(noisy[1] / n[1] - noisy[0] / n[0])
    noise_sd = math.sqrt(2.0) * release.scale * math.sqrt(1.0 / n[1] ** 2 + 1.0 / n[0] ** 2)
    return StatisticsRelease(ate=ate, noise_sd=float(noise_sd), counts=(int(n[0]), int(n[1])),
                             outcome_bounds=(lo, hi), release=release)
