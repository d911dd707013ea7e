"""Observational conditioning and counterfactuals on an :class:`~cocausal.scm.SCM`.

Conditioning (:func:`conditional_sample`) is likelihood weighting with two cases per
evidence variable ``V = z``:

* ``V`` is *invertible in its noise* (``V = g(parents) + c * U`` with ``U`` feeding only
  ``V``; see :meth:`SCM.noise_term`): ``U`` is set to ``(z - g) / c`` and the sample is
  weighted by ``p_U((z - g) / c)`` (the constant Jacobian ``1/|c|`` cancels in the
  self-normalised estimate). This handles continuous evidence.
* otherwise: rejection, weight ``1{V == z}``. This only works for evidence with positive
  probability (discrete variables); continuous evidence through a non-invertible equation
  has probability zero and raises ``ValueError``.

Counterfactuals (:func:`counterfactual`) follow abduction-action-prediction: the noise of
every observed invertible variable is recovered exactly, the intervention replaces
equations, and the model is re-evaluated; noise terms that the evidence does not touch are
drawn from their priors (they are independent of the evidence).

References
----------
Pearl, J. (2009). *Causality*, Cambridge University Press, Section 7.1 (three-step
counterfactual computation).
Koller, D. and Friedman, N. (2009). *Probabilistic Graphical Models*, MIT Press, Section
12.2 (likelihood weighting).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from cocausal.random import RandomState
from cocausal.scm.model import SCM, Values, _check_positive_int, exogenous_streams

__all__ = ["WeightedSample", "abduct", "conditional_sample", "counterfactual", "weighted_mean_se"]

_ATOL = 1e-9


@dataclasses.dataclass(frozen=True)
class WeightedSample:
    """Samples with self-normalisable importance weights.

    Attributes
    ----------
    values : dict of str to ndarray
        Every variable, length ``n``.
    weights : ndarray
        Non-negative weights (zero for rejected samples).
    methods : dict of str to str
        Evidence variable -> ``"weighting"`` or ``"rejection"``.
    """

    values: Values
    weights: np.ndarray
    methods: Mapping[str, str]

    @property
    def ess(self) -> float:
        """Kish effective sample size ``(sum w)^2 / sum w^2``."""
        s2 = float(np.dot(self.weights, self.weights))
        return 0.0 if s2 == 0.0 else float(self.weights.sum()) ** 2 / s2

    def mean(self, var: str) -> tuple[float, float]:
        """Self-normalised mean of ``var`` and its delta-method standard error."""
        return weighted_mean_se(self.values[var], self.weights)


def weighted_mean_se(x: np.ndarray, w: np.ndarray | None) -> tuple[float, float]:
    """Mean and Monte Carlo standard error of ``x`` under (self-normalised) weights ``w``."""
    x = np.asarray(x, dtype=float)
    if w is None:
        n = x.size
        return float(x.mean()), (float(x.std(ddof=1) / math.sqrt(n)) if n > 1 else math.inf)
    total = float(w.sum())
    if total <= 0:
        raise ValueError("all importance weights are zero; the evidence was never matched.")
    mean = float(np.dot(w, x) / total)
    se = math.sqrt(float(np.dot(w * w, (x - mean) ** 2))) / total
    return mean, se


def conditional_sample(
    model: SCM,
    evidence: Mapping[str, float],
    n: int,
    random_state: RandomState = None,
    *,
    do: Mapping[str, Any] | None = None,
) -> WeightedSample:
    """Samples of ``model`` (optionally under ``do``) weighted by ``P(evidence | sample)``.

    Parameters
    ----------
    model : SCM
    evidence : mapping
        Endogenous variable -> observed value (scalars).
    n : int
        Number of prior samples drawn.
    random_state : int, Generator, SeedSequence or None
    do : mapping, optional
        Interventions applied before conditioning.

    Returns
    -------
    WeightedSample

    Raises
    ------
    ValueError
        For exogenous or unknown evidence names, or evidence never matched by rejection
        (continuous evidence without an invertible noise term).
    """
    n = _check_positive_int(n)
    evidence = {k: float(v) for k, v in evidence.items()}
    model._check_known(evidence)
    exo_ev = sorted(set(evidence) & set(model.exogenous_names))
    if exo_ev:
        raise ValueError(f"evidence on exogenous {exo_ev}: pass exogenous values as a context instead.")
    overlap = sorted(set(evidence) & set(do or {}))
    if overlap:
        raise ValueError(f"{overlap} are both intervened on and observed; drop one.")
    fixed = model._fixed(None, do, n)
    graph = model._graph
    inverted: dict[str, tuple[str, Any, float]] = {}
    for var in evidence:
        term = model.noise_term(var)
        if term is not None and set(graph.successors(term[0])) == {var}:
            inverted[var] = term
    gens = exogenous_streams(random_state, len(model._exogenous))
    values: Values = {u: dist.sample(g, n) for g, (u, dist) in zip(gens, model._exogenous.items())}
    weights = np.ones(n)
    methods: dict[str, str] = {}
    for var in model._order:
        if var in fixed:
            values[var] = fixed[var]
            continue
        if var in evidence:
            z = evidence[var]
            if var in inverted:
                noise, g, scale = inverted[var]
                u = (z - g(values, n)) / scale
                values[noise] = u
                weights *= model._exogenous[noise].density(u)
                methods[var] = "weighting"
            else:
                computed = model._equations[var](values, n)
                weights *= np.isclose(computed, z, rtol=_ATOL, atol=_ATOL)
                methods[var] = "rejection"
            values[var] = np.full(n, z)
        else:
            values[var] = model._equations[var](values, n)
    if not np.any(weights > 0):
        rejected = [v for v, m in methods.items() if m == "rejection"]
        raise ValueError(
            f"model {model.name!r}: no sample matched the evidence {evidence} in {n} draws. Rejection on "
            f"{rejected} only works for values with positive probability; continuous evidence needs an "
            "equation of the form V = g(parents) + c * U with U feeding only V."
        )
    return WeightedSample(values=values, weights=weights, methods=methods)


def abduct(model: SCM, evidence: Mapping[str, float]) -> dict[str, float]:
    """Recover exogenous values from a (partial) observation of the variables.

    ``evidence`` may hold exogenous and endogenous values. Endogenous variables are visited
    in topological order; an observed variable whose exogenous inputs are all known is
    checked for consistency, one with a single unknown invertible noise term has it solved.

    Returns
    -------
    dict of str to float
        Every exogenous value the evidence determines.

    Raises
    ------
    ValueError
        When an observed variable depends on an unobserved quantity that cannot be solved
        (non-invertible equation, two unknown noises, unknown endogenous parent), or when
        the evidence contradicts the model.
    """
    evidence = {k: float(v) for k, v in evidence.items()}
    model._check_known(evidence)
    known: dict[str, np.ndarray] = {k: np.array([v]) for k, v in evidence.items() if k in model._exogenous}
    values: Values = dict(known)
    for var in model._order:
        eq = model._equations[var]
        missing = sorted(eq.names - values.keys())
        if var not in evidence:
            if not missing:
                values[var] = eq(values, 1)
            continue
        z = evidence[var]
        if not missing:
            if not np.isclose(eq(values, 1)[0], z, rtol=1e-9, atol=1e-9):
                raise ValueError(
                    f"evidence {var}={z:g} contradicts the model: its inputs give {eq(values, 1)[0]:g}."
                )
        else:
            split = eq.additive_noise(missing[0]) if len(missing) == 1 and missing[0] in model._exogenous else None
            if split is None:
                raise ValueError(
                    f"cannot abduct the inputs {missing} of {var}: its equation {eq.source!r} is not of the "
                    "invertible form V = g(observed parents) + c * U. Observe those inputs instead."
                )
            noise, (g, scale) = missing[0], split
            u = (z - g(values, 1)) / scale
            if model._exogenous[noise].density(u)[0] <= 0:
                raise ValueError(f"evidence {var}={z:g} needs {noise}={u[0]:g}, outside the support of {noise}.")
            values[noise] = u
            known[noise] = u
        values[var] = np.array([z])
    return {k: float(v[0]) for k, v in known.items()}


def counterfactual(
    model: SCM,
    evidence: Mapping[str, float],
    intervention: Mapping[str, Any],
    n: int = 1,
    random_state: RandomState = None,
) -> Values:
    """Counterfactual ``V_{X <- x}(u)`` by abduction, action and prediction.

    Parameters
    ----------
    model : SCM
    evidence : mapping
        Observed values (exogenous and/or endogenous) of the unit.
    intervention : mapping
        ``do(X = x)`` values.
    n : int
        Samples for noise terms the evidence leaves undetermined (drawn from their priors,
        which is exact because those terms do not influence the evidence).

    Returns
    -------
    dict of str to ndarray
        Every variable in the counterfactual world (length ``n``).

    Examples
    --------
    >>> m = SCM({"U_x": {"dist": "normal"}, "U_y": {"dist": "normal"}},
    ...         {"X": "U_x", "Y": "2 * X + U_y"})
    >>> counterfactual(m, {"X": 1.0, "Y": 3.0}, {"X": 2.0})["Y"].tolist()
    [5.0]
    """
    noise = abduct(model, evidence)
    return model.sample(n, random_state, context=noise, do=intervention)
