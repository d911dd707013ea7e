"""What a party contributes to a collaborative study when its rows stay at home.

Linear POR is evaluated from per-party sufficient statistics
(:class:`~cocausal.estimators.LinearPORStats`: per arm the count, the means of ``[X, y]`` and
their centred co-moments), so a party can send those instead of its rows, and the coordinator
gets bit-for-bit the coalition estimates of the in-process study. A
:class:`PartyContribution` is those statistics plus the party's largest ``|y|`` (the scale of
round-off in a standard error) under a label, with a versioned JSON form that is checked
field by field on reading (no pickle).

Disclosure control (:func:`check_disclosure`) refuses statistics that come close to revealing
rows: an arm with fewer units than a threshold (default 10), or with fewer units than
covariates + 2 (then the arm's fit interpolates its rows).

References
----------
.. [1] A. F. Karr, X. Lin, A. P. Sanil and J. P. Reiter, "Secure regression on distributed
   databases", Journal of Computational and Graphical Statistics 14(2), 2005.
.. [2] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from cocausal.data import CausalData
from cocausal.estimators import LinearPORStats

__all__ = [
    "CONTRIBUTION_FORMAT",
    "CONTRIBUTION_VERSION",
    "DEFAULT_MIN_ARM",
    "ContributionError",
    "PartyContribution",
    "PartyStatistics",
    "check_disclosure",
]

CONTRIBUTION_FORMAT = "cocausal.cci.contribution"
CONTRIBUTION_VERSION = 1
#: Smallest arm a contribution may describe unless a study sets its own threshold.
DEFAULT_MIN_ARM = 10

_KEYS = {"format", "version", "label", "feature_names", "counts", "means", "comoments", "outcome_scale"}


class ContributionError(ValueError):
    """A contribution is malformed, does not match the study, or discloses too much."""


def _float_array(value: Any, shape: tuple[int, ...], field: str) -> np.ndarray:
    try:
        arr = np.array(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ContributionError(f"{field} must be numbers of shape {shape}; got {str(value)[:60]!r}.") from exc
    if arr.shape != shape:
        raise ContributionError(f"{field} must have shape {shape}, got {arr.shape}.")
    if not np.all(np.isfinite(arr)):
        raise ContributionError(f"{field} holds NaN or infinite values; recompute the statistics from finite data.")
    return arr


@dataclasses.dataclass(frozen=True)
class PartyContribution:
    """One party's sufficient statistics for a linear-POR (or difference-in-means) study.

    Attributes
    ----------
    label : str
        The party's name in the study.
    stats : LinearPORStats
    outcome_scale : float
        The party's largest ``|y|`` (0 for no rows).

    Examples
    --------
    >>> from cocausal.datasets import load_ihdp
    >>> c = PartyContribution.from_data(load_ihdp(1).data, "hospital-a")
    >>> PartyContribution.from_json(c.to_json()).stats.n
    747
    """

    label: str
    stats: LinearPORStats
    outcome_scale: float

    @classmethod
    def from_data(cls, data: CausalData, label: str) -> PartyContribution:
        """Compute the contribution of ``data`` (the rows stay with the caller)."""
        if not isinstance(data, CausalData):
            raise TypeError(f"data must be CausalData, got {type(data).__name__}.")
        scale = float(np.abs(data.y).max()) if data.n else 0.0
        return cls(str(label), LinearPORStats.from_data(data), scale)

    @property
    def feature_names(self) -> tuple[str, ...]:
        return self.stats.feature_names

    @property
    def n(self) -> int:
        return self.stats.n

    def to_json(self) -> dict[str, Any]:
        """The versioned JSON form; floats survive a JSON round trip exactly."""
        return {
            "format": CONTRIBUTION_FORMAT,
            "version": CONTRIBUTION_VERSION,
            "label": self.label,
            "feature_names": list(self.feature_names),
            "counts": self.stats.counts.tolist(),
            "means": self.stats.means.tolist(),
            "comoments": self.stats.comoments.tolist(),
            "outcome_scale": self.outcome_scale,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> PartyContribution:
        """Read and check the JSON form.

        Raises
        ------
        ContributionError
            Unknown format or version, missing or extra keys, wrong shapes, non-finite numbers,
            non-integer or negative counts, or co-moments that are not symmetric positive
            semi-definite.
        """
        if not isinstance(obj, Mapping):
            raise ContributionError(f"a contribution must be a JSON object, got {type(obj).__name__}.")
        if obj.get("format") != CONTRIBUTION_FORMAT:
            raise ContributionError(
                f"format must be {CONTRIBUTION_FORMAT!r}, got {obj.get('format')!r}; build it with "
                "PartyContribution.from_data(...).to_json() or `cocausal party stats`."
            )
        if obj.get("version") != CONTRIBUTION_VERSION:
            raise ContributionError(
                f"contribution version {obj.get('version')!r} is not supported (this cocausal reads version "
                f"{CONTRIBUTION_VERSION}); recompute it with the same cocausal version as the coordinator."
            )
        missing, extra = sorted(_KEYS - set(obj)), sorted(set(obj) - _KEYS)
        if missing or extra:
            raise ContributionError(f"contribution keys: missing {missing}, unexpected {extra}.")
        names = obj["feature_names"]
        if not isinstance(names, list) or not all(isinstance(v, str) for v in names):
            raise ContributionError("feature_names must be a list of column names.")
        q = len(names) + 1
        counts = _float_array(obj["counts"], (2,), "counts")
        if np.any(counts < 0) or np.any(counts != np.round(counts)):
            raise ContributionError(f"counts must be whole numbers >= 0, got {counts.tolist()}.")
        means = _float_array(obj["means"], (2, q), "means")
        com = _float_array(obj["comoments"], (2, q, q), "comoments")
        if not np.allclose(com, np.swapaxes(com, 1, 2), rtol=1e-12, atol=0.0):
            raise ContributionError("comoments must be symmetric per arm.")
        for a in (0, 1):
            if q and np.linalg.eigvalsh(com[a]).min() < -1e-8 * max(1.0, float(np.abs(com[a]).max())):
                raise ContributionError(f"comoments of arm {a} are not positive semi-definite.")
        scale = obj["outcome_scale"]
        if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not math.isfinite(scale) or scale < 0:
            raise ContributionError(f"outcome_scale must be a finite number >= 0, got {scale!r}.")
        label = obj["label"]
        if not isinstance(label, str) or not label:
            raise ContributionError("label must be a non-empty string.")
        stats = LinearPORStats(counts=counts, means=means, comoments=com, feature_names=tuple(names))
        return cls(label, stats, float(scale))


def check_disclosure(contribution: PartyContribution, feature_names: Sequence[str], min_arm: int = DEFAULT_MIN_ARM):
    """Refuse a contribution that does not match the study schema or describes a tiny arm.

    Parameters
    ----------
    contribution : PartyContribution
    feature_names : sequence of str
        The study's covariates, in order.
    min_arm : int, default 10
        The study's disclosure threshold: the fewest units an arm may have.

    Raises
    ------
    ContributionError
        Naming the mismatched columns or the threshold.
    """
    names = list(contribution.feature_names)
    expected = list(feature_names)
    if names != expected:
        missing = [c for c in expected if c not in names]
        extra = [c for c in names if c not in expected]
        detail = f"missing {missing}, unexpected {extra}" if missing or extra else "same columns in another order"
        raise ContributionError(
            f"covariates {names} do not match the study's {expected} ({detail}); select exactly the study's "
            "columns in its order."
        )
    floor = max(int(min_arm), len(expected) + 2)
    for arm, count in (("control", contribution.stats.counts[0]), ("treated", contribution.stats.counts[1])):
        if count < floor:
            raise ContributionError(
                f"the {arm} arm has {count:.0f} units, below the study's disclosure threshold of {floor} "
                f"(at least {int(min_arm)} units and covariates + 2 = {len(expected) + 2}); statistics of so few "
                "rows come close to the rows themselves, so they are not sent. Pool with another site or leave "
                "this study."
            )


class PartyStatistics:
    """Parties given by their contributions instead of their rows (for :class:`CollaborativeATE`).

    Offers what the study needs of :class:`~cocausal.cci.coalitions.Parties`: ``labels``,
    ``sizes``, ``n_parties``, ``feature_names``, ``outcome_scale`` and ``statistics()``.

    Raises
    ------
    ContributionError
        No contribution, repeated labels, or parties with different covariates.
    """

    def __init__(self, contributions: Sequence[PartyContribution]) -> None:
        contributions = list(contributions)
        if not contributions:
            raise ContributionError("no contributions; a study needs at least one party.")
        labels = [c.label for c in contributions]
        if len(set(labels)) != len(labels):
            raise ContributionError(f"party labels repeat: {labels}; every party contributes once.")
        names = contributions[0].feature_names
        for c in contributions:
            if c.feature_names != names:
                raise ContributionError(
                    f"party {c.label!r} has covariates {list(c.feature_names)} but {labels[0]!r} has {list(names)}."
                )
        self.labels = tuple(labels)
        self.feature_names = names
        self._stats = [c.stats for c in contributions]
        self.n_parties = len(contributions)
        self.sizes = np.array([c.n for c in contributions], dtype=int)
        self.outcome_scale = max(c.outcome_scale for c in contributions)

    def statistics(self) -> list[LinearPORStats]:
        """Each party's statistics, in contribution order."""
        return list(self._stats)
