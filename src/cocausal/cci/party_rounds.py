"""The party's side of a federated IPW/AIPW study: answers to the coordinator's rounds from local rows.

A round is a JSON request that names coalitions containing the party and, for each, the
point at which the party evaluates sums over **its own rows**: the logistic likelihood, its
gradient and Hessian at given propensity coefficients (Newton rounds), or the weighted sums
the Hajek IPW and AIPW estimates and their influence-function standard errors need (final
rounds). The coordinator adds the parties' answers; no row leaves the party. The request
kinds and what each answer reveals are listed in :data:`ROUND_KINDS` and in docs/service.md.

Every answer is a sum over all of the party's rows, and a party with fewer than
``min_units`` rows refuses every request (the threshold its upload already met per arm). The
coefficients at which a sum is taken are the coordinator's choice: a Hessian is a weighted
Gram matrix of the party's rows, so the party relies on the coordinator (the trusted party of
the scheme) to send only the Newton iterates of the study's declared coalitions; weights that
concentrate on a few rows are exactly what Newton produces under separation, so the party
cannot refuse them without refusing legitimate fits.

References
----------
.. [1] A. F. Karr, X. Lin, A. P. Sanil and J. P. Reiter, "Secure regression on distributed
   databases", Journal of Computational and Graphical Statistics 14(2), 2005 (secure
   summation of per-party likelihood terms).
.. [2] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from scipy.special import expit

from cocausal.data import CausalData
from cocausal.estimators.linalg import intercept_gram

__all__ = ["ROUND_KINDS", "RoundRefused", "answer_round", "pack_upper", "unpack_upper"]

#: What each request kind asks for (per coalition) and what its answer reveals of the party's rows.
ROUND_KINDS = {
    "newton": "logistic log-likelihood, gradient (d + 1) and the upper triangle of the symmetric Hessian "
              "((d + 1)(d + 2) / 2 numbers) of the party's rows at the sent "
              "coefficients, the largest |logit|, the largest change of a fitted probability since the previous "
              "coefficients, and how many logits exceed 30 in absolute value",
    "ipw_moments": "per arm: sum of the inverse-propensity weights and of weight x outcome; clipped counts; "
                   "per arm the smallest and largest propensity",
    "ipw_correction": "the (d + 1) x 2 sums of the Hajek estimating equations' derivative in the propensity "
                      "coefficients and the weighted Gram matrix sum e (1 - e) z z'",
    "ipw_variance": "the sum of squared influence-function values",
    "aipw_moments": "the sum of the AIPW scores and the clipped counts",
    "aipw_variance": "the sum of squared centred AIPW scores",
}


def pack_upper(matrix: np.ndarray) -> list[float]:
    """The upper triangle of a symmetric matrix, row by row (half the numbers on the wire)."""
    return matrix[np.triu_indices(matrix.shape[0])].tolist()


def unpack_upper(values: Any, size: int) -> np.ndarray:
    """The symmetric ``size`` x ``size`` matrix whose upper triangle :func:`pack_upper` gave."""
    packed = np.asarray(values, dtype=float)
    if packed.shape != (size * (size + 1) // 2,):
        raise ValueError(f"an upper triangle of a {size} x {size} matrix has {size * (size + 1) // 2} numbers, "
                         f"got shape {packed.shape}")
    matrix = np.empty((size, size))
    rows, cols = np.triu_indices(size)
    matrix[rows, cols] = packed
    matrix[cols, rows] = packed
    return matrix


class RoundRefused(ValueError):
    """The party declines a request: it would reveal a statistic over too few of its units."""


def _floats(value: Any, shape: tuple[int, ...], name: str) -> np.ndarray:
    arr = np.asarray(value, dtype=float)
    if arr.shape != shape or not np.isfinite(arr).all():
        raise ValueError(f"round request: {name} must be finite numbers of shape {shape}, got shape {arr.shape}")
    return arr


def _scaled(X: np.ndarray, item: Mapping[str, Any], d: int) -> np.ndarray:
    centre = _floats(item["centre"], (d,), "centre")
    scale = _floats(item["scale"], (d,), "scale")
    constant = np.asarray(item["constant"], dtype=bool).reshape(d)
    if (scale <= 0).any():
        raise ValueError("round request: scale must be positive")
    Xs = (X - centre) / scale
    Xs[:, constant] = 0.0  # a coalition-constant column is exactly zero, as ColumnScaling makes it
    return Xs


def _propensity(X: np.ndarray, item: Mapping[str, Any], d: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unclipped and clipped propensities at the item's (unscaled) coefficients, and which were clipped."""
    coef = _floats(item["coef"], (d + 1,), "coef")
    raw = expit(coef[0] + X @ coef[1:]) if d else np.full(X.shape[0], coef[0])
    clip = item.get("clip")
    if clip is None:
        return raw, raw, np.zeros(raw.shape, dtype=bool)
    lo, hi = (float(c) for c in clip)
    clipped = (raw < lo) | (raw > hi)
    return raw, np.clip(raw, lo, hi), clipped


def _newton(X, t, item, d) -> dict:
    Xs = _scaled(X, item, d)
    beta = _floats(item["beta"], (d + 1,), "beta")
    prev = _floats(item["beta_prev"], (d + 1,), "beta_prev")
    eta = beta[0] + Xs @ beta[1:]
    mu = expit(eta)
    w = mu * (1.0 - mu)
    softplus = np.maximum(eta, 0.0) + np.log1p(np.exp(-np.abs(eta)))
    resid = t - mu
    mu_prev = expit(prev[0] + Xs @ prev[1:])
    return {
        "f": float(np.sum(softplus - t * eta)),
        "grad": np.concatenate(([resid.sum()], resid @ Xs)).tolist(),
        "hessian_upper": pack_upper(intercept_gram(Xs, w)),
        "max_abs_logit": float(np.abs(eta).max()),
        "max_prob_change": float(np.abs(mu - mu_prev).max()),
        "n_extreme": int((np.abs(eta) > 30.0).sum()),
    }


def _clip_counts(raw: np.ndarray, item: Mapping[str, Any]) -> dict:
    clip = item.get("clip")
    if clip is None:
        return {"n_low": 0, "n_high": 0, "n_outside": int(((raw <= 0.0) | (raw >= 1.0)).sum())}
    return {"n_low": int((raw < clip[0]).sum()), "n_high": int((raw > clip[1]).sum()), "n_outside": 0}


def _ipw_moments(X, t, y, item, d) -> dict:
    raw, e, _ = _propensity(X, item, d)
    w1, w0 = t / e, (1.0 - t) / (1.0 - e)
    ranges = {}
    for arm, mask in (("treated", t == 1), ("control", t == 0)):
        ranges[arm] = [float(raw[mask].min()), float(raw[mask].max())] if mask.any() else None
    return {"s1": float(w1.sum()), "s0": float(w0.sum()), "a1": float(w1 @ y), "a0": float(w0 @ y),
            "ranges": ranges, **_clip_counts(raw, item)}


def _ipw_terms(X, t, y, item, d):
    raw, e, clipped = _propensity(X, item, d)
    mu1, mu0 = float(item["mu1"]), float(item["mu0"])
    w1, w0 = t / e, (1.0 - t) / (1.0 - e)
    return raw, e, clipped, w1 * (y - mu1), w0 * (y - mu0)


def _ipw_correction(X, t, y, item, d) -> dict:
    _, e, clipped, r1, r0 = _ipw_terms(X, t, y, item, d)
    Xs = _scaled(X, item, d)
    free = ~clipped
    h1 = -(r1 * (1.0 - e) * free)
    h0 = r0 * e * free
    H = np.stack([np.concatenate(([h.sum()], h @ Xs)) for h in (h1, h0)], axis=1)
    return {"h": H.tolist(), "gram": intercept_gram(Xs, e * (1.0 - e)).tolist()}


def _ipw_variance(X, t, y, item, d) -> dict:
    raw, _, _, r1, r0 = _ipw_terms(X, t, y, item, d)
    psi1, psi0 = r1.copy(), r0.copy()
    if item.get("C") is not None:
        Xs = _scaled(X, item, d)
        C = _floats(item["C"], (d + 1, 2), "C")
        resid = t - raw
        psi1 += (C[0, 0] + Xs @ C[1:, 0]) * resid
        psi0 += (C[0, 1] + Xs @ C[1:, 1]) * resid
    psi = psi1 / float(item["s1n"]) - psi0 / float(item["s0n"])
    return {"sum_sq": float(psi @ psi)}


def _aipw_scores(X, t, y, item, d) -> tuple[np.ndarray, np.ndarray]:
    raw, e, _ = _propensity(X, item, d)
    arms = []
    for a in (0, 1):
        fit = item["outcome"][a]
        xbar = _floats(fit["xbar"], (d,), "outcome xbar")
        slopes = _floats(fit["slopes"], (d,), "outcome slopes")
        arms.append(float(fit["ybar"]) + (X - xbar) @ slopes)
    mu0, mu1 = arms
    psi = mu1 - mu0 + t * (y - mu1) / e - (1.0 - t) * (y - mu0) / (1.0 - e)
    return raw, psi


def _aipw_moments(X, t, y, item, d) -> dict:
    raw, psi = _aipw_scores(X, t, y, item, d)
    ranges = {}
    for arm, mask in (("treated", t == 1), ("control", t == 0)):
        ranges[arm] = [float(raw[mask].min()), float(raw[mask].max())] if mask.any() else None
    return {"sum": float(psi.sum()), "ranges": ranges, **_clip_counts(raw, item)}


def _aipw_variance(X, t, y, item, d) -> dict:
    _, psi = _aipw_scores(X, t, y, item, d)
    centred = psi - float(item["ate"])
    return {"sum_sq": float(centred @ centred)}


def answer_round(request: Mapping[str, Any], data: CausalData, *, min_units: int = 10) -> dict:
    """The party's answer to one round: per coalition item, sums over its own rows.

    Parameters
    ----------
    request : mapping
        ``{"kind": one of ROUND_KINDS, "items": [{"coalition": key, ...}, ...]}`` as the
        coordinator sends it.
    data : CausalData
        The party's rows (never sent).
    min_units : int, default 10
        Fewest rows a sum may rest on (below it every item is refused).

    Returns
    -------
    dict
        ``{"items": [{"coalition": key, ...sums...} or {"coalition": key, "refused": reason}]}``.

    Raises
    ------
    ValueError
        A malformed request (unknown kind, wrong shapes, non-finite numbers).
    """
    kind = request.get("kind")
    if kind not in ROUND_KINDS:
        raise ValueError(f"round request: unknown kind {kind!r}; expected one of {sorted(ROUND_KINDS)}")
    X, t, y = data.X, data.t.astype(float), data.y
    d = X.shape[1]
    out = []
    for item in request.get("items", []):
        key = item.get("coalition")
        try:
            if data.n < min_units:
                raise RoundRefused(f"the party holds {data.n} rows, fewer than the disclosure threshold {min_units}")
            if kind == "newton":
                sums = _newton(X, t, item, d)
            elif kind == "ipw_moments":
                sums = _ipw_moments(X, t, y, item, d)
            elif kind == "ipw_correction":
                sums = _ipw_correction(X, t, y, item, d)
            elif kind == "ipw_variance":
                sums = _ipw_variance(X, t, y, item, d)
            elif kind == "aipw_moments":
                sums = _aipw_moments(X, t, y, item, d)
            else:
                sums = _aipw_variance(X, t, y, item, d)
        except RoundRefused as exc:
            out.append({"coalition": key, "refused": str(exc)})
            continue
        out.append({"coalition": key, **sums})
    return {"kind": kind, "items": out}
