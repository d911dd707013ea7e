"""OpenDP-backed noise mechanisms and the release records they produce.

Every noise draw of :mod:`cocausal.privacy` goes through one of the two functions here,
:func:`laplace_release` and :func:`randomized_response_release`, which build an OpenDP
measurement, check its privacy map and return a frozen :class:`Release` that declares the
neighbouring relation, the L1 sensitivity, the epsilon spent and the noise scale.

DP noise is deliberately unseeded: OpenDP samples from the operating system's
cryptographic randomness, and a seeded DP sampler would not be private.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import opendp.prelude as dp

from cocausal.results import ResultMixin

__all__ = [
    "LABEL",
    "REPLACE_ONE",
    "ADD_REMOVE",
    "Release",
    "laplace_release",
    "randomized_response_release",
    "check_epsilon",
]

dp.enable_features("contrib")

#: Neighbouring relations used by the releases (see docs/privacy.md).
LABEL = "label: one unit's outcome changes (X, t and n public)"
REPLACE_ONE = "replace-one: one record (x, t, y) is replaced (n public)"
ADD_REMOVE = "add/remove: one record is added or removed"

# Grid exponent of OpenDP's Laplace sampler for vectors: noise lives on multiples of 2**-52.
# Rounding the inputs to that grid adds at most size * 2**-52 to the L1 sensitivity, which the
# scale calibration below accounts for (it re-reads the OpenDP privacy map).
_VECTOR_GRID_K = -52
# Randomised response at epsilon above this keeps a bit with probability 1 - 2e-16; OpenDP
# needs a probability strictly below 1, so larger budgets are spent only up to this value.
_RR_MAX_EPSILON = 36.0


def check_epsilon(epsilon, name: str = "epsilon") -> float:
    """Validate a privacy budget: a finite number > 0.

    Raises
    ------
    TypeError
        For a non-number.
    ValueError
        For epsilon <= 0, NaN or infinity.
    """
    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number, got {type(epsilon).__name__}.")
    eps = float(epsilon)
    if not math.isfinite(eps) or eps <= 0:
        raise ValueError(
            f"{name} must be a finite number > 0, got {epsilon!r}; pass the privacy budget, "
            "e.g. epsilon=1.0."
        )
    return eps


@dataclasses.dataclass(frozen=True)
class Release(ResultMixin):
    """One differentially private release.

    Attributes
    ----------
    name : str
        What was released (e.g. ``"propensity weights"``).
    mechanism : str
        ``"laplace"`` or ``"randomized_response"``.
    relation : str
        The neighbouring relation under which ``sensitivity`` holds.
    sensitivity : float
        L1 sensitivity of the released quantity (1 for randomised response: one record's bit).
    epsilon : float
        The epsilon returned by the OpenDP measurement's privacy map at ``sensitivity``.
    scale : float
        Laplace scale, or the flip probability of randomised response.
    size : int
        Number of released values.
    value : numpy.ndarray
        The noisy values (read-only).
    """

    name: str
    mechanism: str
    relation: str
    sensitivity: float
    epsilon: float
    scale: float
    size: int
    value: np.ndarray = dataclasses.field(repr=False)

    def to_dict(self) -> dict:
        """The declaration without the (possibly long) released values."""
        out = super().to_dict()
        out.pop("value")
        return out


def _laplace_measurement(size: int | None, scale: float):
    if size is None:
        return dp.m.make_laplace(
            dp.atom_domain(T=float, nan=False), dp.absolute_distance(T=float), scale=scale
        )
    return dp.m.make_laplace(
        dp.vector_domain(dp.atom_domain(T=float, nan=False), size=size),
        dp.l1_distance(T=float),
        scale=scale,
        k=_VECTOR_GRID_K,
    )


def _calibrated_laplace(size: int | None, sensitivity: float, epsilon: float):
    """The OpenDP Laplace measurement with the smallest scale >= sensitivity/epsilon whose map
    at ``sensitivity`` does not exceed ``epsilon`` (float rounding and grid rounding included)."""
    scale = sensitivity / epsilon
    for _ in range(50):
        meas = _laplace_measurement(size, scale)
        spent = float(meas.map(sensitivity))
        if spent <= epsilon:
            return meas, scale, spent
        scale = np.nextafter(scale * spent / epsilon, np.inf)
    raise RuntimeError(  # pragma: no cover - the map is monotone in the scale
        f"could not calibrate a Laplace scale for sensitivity {sensitivity} and epsilon {epsilon}"
    )


def laplace_release(
    value,
    *,
    sensitivity: float,
    epsilon: float,
    relation: str,
    name: str,
) -> Release:
    """Add Laplace noise with scale ``sensitivity / epsilon`` to a scalar or vector (OpenDP).

    Parameters
    ----------
    value : float or array-like of float
        The exact value(s); a vector is released with one OpenDP vector measurement whose
        L1 sensitivity is ``sensitivity``.
    sensitivity : float
        L1 sensitivity of ``value`` under ``relation`` (must not depend on the data).
    epsilon : float
        Privacy budget of this release.
    relation : str
        The neighbouring relation (one of the module constants).
    name : str
        Label for the ledger.

    Returns
    -------
    Release
        ``epsilon`` is the OpenDP privacy map at ``sensitivity`` (never above the request);
        ``scale`` equals ``sensitivity / epsilon`` up to a relative 1e-9 per vector element
        (OpenDP rounds its L1 map upwards).

    References
    ----------
    .. [1] C. Dwork, F. McSherry, K. Nissim, A. Smith, "Calibrating noise to sensitivity in
       private data analysis", TCC 2006.
    .. [2] The OpenDP Library, ``opendp.measurements.make_laplace``.
    """
    eps = check_epsilon(epsilon)
    sens = float(sensitivity)
    if not math.isfinite(sens) or sens <= 0:
        raise ValueError(f"sensitivity must be a finite number > 0, got {sensitivity!r}.")
    arr = np.asarray(value, dtype=float)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name}: the value to release must be finite.")
    scalar = arr.ndim == 0
    size = None if scalar else int(arr.size)
    meas, scale, spent = _calibrated_laplace(size, sens, eps)
    noisy = np.asarray(meas(float(arr)) if scalar else meas(arr.ravel()), dtype=float)
    noisy = noisy.reshape(arr.shape)
    noisy.flags.writeable = False
    return Release(
        name=name,
        mechanism="laplace",
        relation=relation,
        sensitivity=sens,
        epsilon=spent,
        scale=float(scale),
        size=1 if scalar else int(arr.size),
        value=noisy,
    )


def randomized_response_release(bits, *, epsilon: float, relation: str, name: str) -> Release:
    """Randomised response on each unit's bit: keep it with probability e^eps / (1 + e^eps).

    Each record owns one bit, so the bits are released under parallel composition: one
    record's change moves one bit (sensitivity 1). The privacy certificate is OpenDP's
    ``make_randomized_response_bool(prob)`` map at distance 1; the draw itself uses OpenDP's
    vectorised ``make_randomized_response_bitvec`` with flip parameter ``f = 2 (1 - prob)``,
    which keeps each bit independently with the same probability ``prob`` (its own map
    bounds a whole bit vector of one user, which is not the relation used here).

    Parameters
    ----------
    bits : array-like of {0, 1}
    epsilon : float
        Budget of each record's bit; above 36 the mechanism keeps bits with probability
        1 - 2e-16 and spends only 36.

    Returns
    -------
    Release
        ``value`` is an int8 array; ``scale`` is the flip probability ``1 / (1 + e^eps)``.

    References
    ----------
    .. [1] S. L. Warner, "Randomized response: a survey technique for eliminating evasive
       answer bias", JASA 60(309), 1965.
    .. [2] The OpenDP Library, ``make_randomized_response_bool`` and
       ``make_randomized_response_bitvec``.
    """
    eps = min(check_epsilon(epsilon), _RR_MAX_EPSILON)
    b = np.asarray(bits).astype(bool).ravel()
    prob = 1.0 / (1.0 + math.exp(-eps))
    for _ in range(50):  # float rounding of prob: step towards 1/2 until the map fits
        certificate = dp.m.make_randomized_response_bool(prob=prob)
        spent = float(certificate.map(1))
        if spent <= eps:
            break
        prob = float(np.nextafter(prob, 0.5))
    flip = 2.0 * (1.0 - prob)
    sampler = dp.m.make_randomized_response_bitvec(
        dp.bitvector_domain(max_weight=max(int(b.size), 1)), dp.discrete_distance(), f=flip
    )
    packed = np.packbits(b.astype(np.uint8))
    out = np.frombuffer(sampler(packed.tobytes()), dtype=np.uint8)
    noisy = np.unpackbits(out)[: b.size].astype(np.int8)
    noisy.flags.writeable = False
    return Release(
        name=name,
        mechanism="randomized_response",
        relation=relation,
        sensitivity=1.0,
        epsilon=spent,
        scale=1.0 - prob,
        size=int(b.size),
        value=noisy,
    )
