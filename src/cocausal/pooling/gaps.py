"""Counterfactual-fairness check: how a score moves under do(A = a) for every value a.

For an applicant (context ``u``) and sensitive attributes ``A`` with values ``a_1, ...``,
the score is recomputed in each counterfactual world ``do(A = a_k)`` with *common random
numbers* (the same seed for every ``a_k``). The gap is ``max_k score(a_k) - min_k
score(a_k)`` and its standard error is that of the paired difference between the two
extreme worlds (zero when both are deterministic).

References
----------
Kusner, M. J., Loftus, J., Russell, C. and Silva, R. (2017). Counterfactual fairness.
NeurIPS (Definition 5).
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models, Section 3.4.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from cocausal.random import RandomState
from cocausal.results import ResultMixin, freeze_mapping
from cocausal.scm.inference import weighted_mean_se
from cocausal.scm.model import SCM

__all__ = ["CFGap", "GapEstimate", "paired_gap", "sensitive_domain", "sensitive_worlds", "unfair_scores"]

MAX_WORLDS = 256


@dataclasses.dataclass(frozen=True)
class GapEstimate(ResultMixin):
    """``gap = max - min`` of the scores over the worlds, with its Monte Carlo SE."""

    gap: float
    se: float
    scores: tuple[float, ...]


@dataclasses.dataclass(frozen=True)
class CFGap(ResultMixin):
    """Counterfactual-fairness gaps of one applicant.

    Attributes
    ----------
    attributes : tuple of str
        Sensitive attributes.
    worlds : tuple of tuple of float
        The value combinations ``a`` (one world ``do(A = a)`` each).
    pooled_fair : GapEstimate
        Gap of the pooled fair score.
    experts_fair : Mapping[str, GapEstimate]
        Gap of each expert's fair expectation.
    experts_unfair : Mapping[str, GapEstimate]
        Gap of each expert's own (unfair) predictor ``Y_{A <- a}(u)``.
    """

    attributes: tuple[str, ...]
    worlds: tuple[tuple[float, ...], ...]
    pooled_fair: GapEstimate
    experts_fair: Mapping[str, GapEstimate]
    experts_unfair: Mapping[str, GapEstimate]

    def __post_init__(self) -> None:
        object.__setattr__(self, "experts_fair", freeze_mapping(self.experts_fair))
        object.__setattr__(self, "experts_unfair", freeze_mapping(self.experts_unfair))


def sensitive_domain(
    models: Sequence[SCM],
    sensitive: Iterable[str],
    *,
    n: int = 4096,
    random_state: RandomState = 0,
    max_values: int = 20,
) -> dict[str, tuple[float, ...]]:
    """Values each sensitive attribute takes in any expert model (from prior samples).

    Raises
    ------
    ValueError
        When an attribute takes more than ``max_values`` distinct values (continuous): pass
        the values to check explicitly instead.
    """
    out: dict[str, set[float]] = {}
    for model in models:
        draws = model.sample(n, random_state)
        for a in sensitive:
            out.setdefault(a, set()).update(np.unique(draws[a]).tolist())
    for a, values in out.items():
        if len(values) > max_values:
            raise ValueError(
                f"sensitive attribute {a} takes more than {max_values} values (it looks continuous); "
                "give the values to compare explicitly (sensitive_values={'" + a + "': [...]})."
            )
    return {a: tuple(sorted(v)) for a, v in out.items()}


def sensitive_worlds(domain: Mapping[str, Sequence[float]]) -> list[dict[str, float]]:
    """Every combination of sensitive values as a ``do`` mapping."""
    names = list(domain)
    combos = list(itertools.product(*(domain[a] for a in names)))
    if len(combos) > MAX_WORLDS:
        raise ValueError(f"{len(combos)} counterfactual worlds exceed {MAX_WORLDS}; give fewer sensitive values.")
    if len(combos) < 2:
        raise ValueError(f"the sensitive attributes {names} take a single value; nothing to compare.")
    return [dict(zip(names, map(float, c))) for c in combos]


def paired_gap(samples: Sequence[np.ndarray], weights: Sequence[np.ndarray | None] | None = None) -> GapEstimate:
    """Gap between the largest and smallest (weighted) mean of per-world samples.

    With unweighted samples drawn with common random numbers the SE is that of the
    paired differences; with weights it falls back to ``sqrt(se_max^2 + se_min^2)``.
    """
    weights = list(weights) if weights is not None else [None] * len(samples)
    stats = [weighted_mean_se(s, w) for s, w in zip(samples, weights)]
    means = [m for m, _ in stats]
    hi, lo = int(np.argmax(means)), int(np.argmin(means))
    gap = means[hi] - means[lo]
    if hi == lo:
        se = 0.0
    elif weights[hi] is None and weights[lo] is None and samples[hi].size == samples[lo].size:
        d = samples[hi] - samples[lo]
        se = float(d.std(ddof=1) / math.sqrt(d.size)) if d.size > 1 else 0.0
    else:
        se = math.hypot(stats[hi][1], stats[lo][1])
    return GapEstimate(float(gap), float(se), tuple(float(m) for m in means))


def unfair_scores(
    model: SCM, context: Mapping[str, float], worlds: Sequence[Mapping[str, float]] | None = None,
    *, n_samples: int = 100_000, random_state: RandomState = None,
) -> list[np.ndarray]:
    """The expert's own predictor under the context (and each ``do`` world).

    Returns one array per world (one world, the factual one, when ``worlds`` is None):
    a single value when the context determines the predictor, otherwise ``n_samples``
    draws with the undetermined exogenous variables from their priors (same seed for
    every world).
    """
    out: list[np.ndarray] = []
    for world in worlds or [{}]:
        values = model.evaluate(context, do=world)
        if model.predictor in values:
            out.append(np.array([values[model.predictor]]))
        else:
            out.append(model.sample(n_samples, random_state, context=context, do=world)[model.predictor])
    return out
