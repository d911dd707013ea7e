"""Quantitative stage of fair pooling: per-expert fair predictive distributions and opinion pools.

For an expert model ``M_i``, fair features ``Z`` and an applicant, :func:`fair_distribution`
estimates ``P(Y_i | Z = z)`` by Monte Carlo, integrating out every variable outside the
pooled fair graph. Three semantics for "given ``Z = z``":

``"exogenous"``
    Hold the applicant's values of the fair exogenous inputs of ``Z`` (and any fair
    feature the context sets directly) and draw every other exogenous variable from its
    prior; ``Z`` is recomputed by the expert's own equations. This is the semantics of the
    published toy numbers. The result depends on the applicant only through exogenous
    values that no sensitive attribute can influence, so it is counterfactually fair.
``"do"``
    ``P(Y_i | do(Z = z))`` with ``z`` the applicant's feature values ``Z(u)`` in model
    ``M_i``. Fair exactly when ``Z(u)`` does not move with the sensitive attribute in
    ``M_i`` (the check in :mod:`cocausal.pooling.gaps` measures it).
``"conditional"``
    ``P(Y_i | Z = z)`` by likelihood weighting (:func:`cocausal.scm.conditional_sample`):
    exact weighting for features invertible in their own noise, rejection for the others.
    Limits: continuous evidence through a non-invertible equation is impossible (error);
    rare discrete evidence gives a small effective sample size (MonteCarloWarning).

:func:`pool_opinions` merges the experts' distributions: ``"mean"`` (weighted mean of the
expectations), ``"linear"`` (mixture ``sum_i w_i p_i``; same expectation, plus a density)
and ``"logarithmic"`` (geometric pool ``prod_i p_i^{w_i}`` normalised, computed on a grid
from binned Gaussian kernel density estimates).

References
----------
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models, Section 3.3.
Dietrich, F. and List, C. (2016). Probabilistic opinion pooling. In *Oxford Handbook of
Probability and Philosophy*.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from cocausal.random import RandomState
from cocausal.results import ResultMixin, freeze_mapping, to_jsonable
from cocausal.scm.inference import conditional_sample, weighted_mean_se
from cocausal.scm.model import SCM
from cocausal.warnings import MonteCarloWarning, WarningLog

__all__ = [
    "POOLS",
    "SEMANTICS",
    "FairDistribution",
    "PooledScore",
    "fair_distribution",
    "kde_on_grid",
    "pool_opinions",
]

SEMANTICS = ("exogenous", "do", "conditional")
POOLS = ("mean", "linear", "logarithmic")
_MIN_ESS = 100


@dataclasses.dataclass(frozen=True)
class FairDistribution(ResultMixin):
    """Monte Carlo estimate of one expert's ``P(Y | Z = z)`` for one applicant.

    ``samples`` (and ``weights`` for the conditional semantics) are kept for pooling and
    plotting but left out of :meth:`to_dict`.
    """

    expert: str
    semantics: str
    mean: float
    se: float
    n: int
    ess: float
    given: Mapping[str, float]
    warnings: tuple[str, ...] = ()
    samples: np.ndarray = dataclasses.field(default_factory=lambda: np.empty(0), repr=False, compare=False)
    weights: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "given", freeze_mapping(self.given))
        object.__setattr__(self, "warnings", tuple(self.warnings))

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: to_jsonable(getattr(self, f.name))
            for f in dataclasses.fields(self)
            if f.name not in ("samples", "weights")
        }


def _held_exogenous(
    model: SCM, fair_features: Sequence[str], fair_exogenous: Sequence[str], context: Mapping[str, float]
) -> dict[str, float]:
    graph = model._graph
    held = {v: context[v] for v in fair_features if v in context and v in model._equations}
    missing = []
    for u in fair_exogenous:
        if u not in model._exogenous:
            continue
        if u in context:
            held[u] = context[u]
        elif any(c in fair_features and c not in held for c in graph.successors(u)):
            missing.append(u)
    if missing:
        raise ValueError(
            f"the applicant context lacks {missing}, the exogenous input(s) of fair features in "
            f"{model.name}; add them to the context (or set those features directly)."
        )
    return held


def fair_distribution(
    model: SCM,
    fair_features: Sequence[str],
    fair_exogenous: Sequence[str],
    context: Mapping[str, float],
    *,
    semantics: str = "exogenous",
    n_samples: int = 100_000,
    random_state: RandomState = None,
    intervention: Mapping[str, float] | None = None,
    tol: float | None = None,
) -> FairDistribution:
    """Monte Carlo ``P(Y | Z = z)`` of one expert for one applicant.

    Parameters
    ----------
    model : SCM
        The expert's model (with a predictor).
    fair_features, fair_exogenous : sequence of str
        ``Z`` and the fair exogenous ancestors of the predictor (from
        :func:`cocausal.pooling.graphs.fair_pool_graphs`).
    context : mapping
        The applicant: exogenous values and/or endogenous values set directly.
    semantics : {"exogenous", "do", "conditional"}
        See the module docstring.
    n_samples : int
    random_state : int, Generator, SeedSequence or None
    intervention : mapping, optional
        A counterfactual change of the applicant (``do(A = a)``) applied when computing the
        applicant's feature values ``z`` (used by the counterfactual-fairness check).
    tol : float, optional
        Emit :class:`~cocausal.warnings.MonteCarloWarning` when the standard error exceeds it.

    Returns
    -------
    FairDistribution
    """
    if semantics not in SEMANTICS:
        raise ValueError(f"unknown semantics {semantics!r}; use one of {list(SEMANTICS)}.")
    if model.predictor is None:
        raise ValueError(f"model {model.name!r} declares no predictor.")
    unknown = sorted(set(context) - set(model.variables))
    if unknown:
        raise ValueError(f"the applicant context names {unknown}, which are not variables of {model.name}.")
    log = WarningLog()
    features = [v for v in fair_features if v in model._equations]
    if semantics == "exogenous":
        given = _held_exogenous(model, features, fair_exogenous, context)
        y = model.sample(n_samples, random_state, context=given)[model.predictor]
        weights, ess = None, float(y.size)
    else:
        given = {v: float(model.value_of(v, context, do=intervention)) for v in features}
        if semantics == "do":
            y = model.sample(n_samples, random_state, do=given)[model.predictor]
            weights, ess = None, float(y.size)
        else:
            ws = conditional_sample(model, given, n_samples, random_state)
            y, weights, ess = ws.values[model.predictor], ws.weights, ws.ess
            if ess < max(_MIN_ESS, 0.01 * n_samples):
                log.warn(
                    f"{model.name}: effective sample size {ess:.0f} of {n_samples} under conditioning on {given}; "
                    "increase n_samples.",
                    MonteCarloWarning,
                )
    mean, se = weighted_mean_se(y, weights)
    if tol is not None and se > tol:
        log.warn(
            f"{model.name}: Monte Carlo standard error {se:.3g} exceeds the tolerance {tol:g}; "
            "increase n_samples.",
            MonteCarloWarning,
        )
    return FairDistribution(
        expert=model.name, semantics=semantics, mean=mean, se=se, n=int(y.size), ess=ess,
        given=given, warnings=log.messages, samples=y, weights=weights,
    )


@dataclasses.dataclass(frozen=True)
class PooledScore(ResultMixin):
    """A pooled fair score with its Monte Carlo standard error.

    ``grid``/``density`` hold the pooled density for the linear and logarithmic pools
    (left out of :meth:`to_dict`).
    """

    method: str
    score: float
    se: float
    weights: tuple[float, ...]
    grid: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)
    density: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "score": self.score, "se": self.se, "weights": list(self.weights)}


def _pool_weights(weights: Sequence[float] | None, k: int) -> np.ndarray:
    if weights is None:
        return np.full(k, 1.0 / k)
    w = np.asarray(weights, dtype=float)
    if w.shape != (k,) or np.any(w < 0) or not np.all(np.isfinite(w)) or w.sum() <= 0:
        raise ValueError(f"pool weights must be {k} non-negative numbers with a positive sum, got {list(weights)}.")
    return w / w.sum()


def _bandwidth(x: np.ndarray, w: np.ndarray | None) -> float:
    mean, _ = weighted_mean_se(x, w)
    if w is None:
        sd, n_eff = float(x.std()), x.size
    else:
        sd = math.sqrt(float(np.dot(w, (x - mean) ** 2) / w.sum()))
        n_eff = float(w.sum()) ** 2 / float(np.dot(w, w))
    sd = sd if sd > 0 else 1e-3
    return 1.06 * sd * max(n_eff, 1.0) ** (-0.2)


def kde_on_grid(x: np.ndarray, w: np.ndarray | None, grid: np.ndarray, bandwidth: float) -> np.ndarray:
    """Gaussian kernel density of (weighted) samples on an equally spaced grid.

    Samples are binned onto the grid and convolved with the sampled kernel (binned KDE:
    O(n + m log m) instead of O(n m)); the result integrates to one on the grid.
    """
    dx = grid[1] - grid[0]
    edges = np.concatenate([grid - dx / 2, [grid[-1] + dx / 2]])
    counts, _ = np.histogram(x, bins=edges, weights=w)
    half = int(math.ceil(4 * bandwidth / dx))
    offsets = np.arange(-half, half + 1) * dx
    kernel = np.exp(-0.5 * (offsets / bandwidth) ** 2)
    dens = np.convolve(counts, kernel / kernel.sum(), mode="same") if half > 0 else counts.astype(float)
    total = dens.sum() * dx
    return dens / total if total > 0 else dens


def _log_pool_score(densities: list[np.ndarray], w: np.ndarray, grid: np.ndarray) -> tuple[float, np.ndarray]:
    logp = sum(wi * np.log(np.maximum(d, 1e-300)) for wi, d in zip(w, densities))
    logp = logp - logp.max()
    p = np.exp(logp)
    p /= p.sum() * (grid[1] - grid[0])
    return float(np.sum(grid * p) / np.sum(p)), p


def pool_opinions(
    distributions: Sequence[FairDistribution],
    method: str = "mean",
    weights: Sequence[float] | None = None,
    *,
    grid_size: int = 512,
    n_batches: int = 20,
) -> PooledScore:
    """Pool the experts' fair distributions into one score.

    Parameters
    ----------
    distributions : sequence of FairDistribution
    method : {"mean", "linear", "logarithmic"}
        ``"mean"``: ``sum_i w_i E_i`` with SE ``sqrt(sum_i w_i^2 se_i^2)``; ``"linear"``: the
        mixture density (its mean is the same number); ``"logarithmic"``: the normalised
        geometric pool of kernel density estimates, whose mean is the score and whose SE
        comes from ``n_batches`` batch means (the same bandwidths on each batch).
    weights : sequence of float, optional
        Expert weights (normalised; default equal).

    Returns
    -------
    PooledScore

    Raises
    ------
    ValueError
        For an unknown method or bad weights.
    """
    if method not in POOLS:
        raise ValueError(f"unknown pool {method!r}; use one of {list(POOLS)}.")
    if not distributions:
        raise ValueError("no distributions to pool.")
    w = _pool_weights(weights, len(distributions))
    means = np.array([d.mean for d in distributions])
    ses = np.array([d.se for d in distributions])
    score, se = float(w @ means), float(math.sqrt(np.sum((w * ses) ** 2)))
    if method == "mean":
        return PooledScore(method, score, se, tuple(w.tolist()))
    bws = [_bandwidth(d.samples, d.weights) for d in distributions]
    lo = min(float(d.samples.min()) for d in distributions) - 4 * max(bws)
    hi = max(float(d.samples.max()) for d in distributions) + 4 * max(bws)
    grid = np.linspace(lo, hi, grid_size)
    dens = [kde_on_grid(d.samples, d.weights, grid, bw) for d, bw in zip(distributions, bws)]
    if method == "linear":
        return PooledScore(method, score, se, tuple(w.tolist()), grid, sum(wi * p for wi, p in zip(w, dens)))
    score, pooled = _log_pool_score(dens, w, grid)
    batch_scores = []
    for b in range(n_batches):
        batch = []
        for d, bw in zip(distributions, bws):
            idx = slice(b * d.samples.size // n_batches, (b + 1) * d.samples.size // n_batches)
            wb = None if d.weights is None else d.weights[idx]
            if wb is not None and wb.sum() <= 0:
                break
            batch.append(kde_on_grid(d.samples[idx], wb, grid, bw))
        else:
            batch_scores.append(_log_pool_score(batch, w, grid)[0])
    se = float(np.std(batch_scores, ddof=1) / math.sqrt(len(batch_scores))) if len(batch_scores) > 1 else math.inf
    return PooledScore(method, score, se, tuple(w.tolist()), grid, pooled)
