"""The :class:`Dataset` container returned by every causal loader."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from cocausal.data import CausalData
from cocausal.results import freeze_mapping

__all__ = ["Dataset"]


@dataclasses.dataclass(frozen=True, eq=False)
class Dataset:
    """A named causal data set with its ground truth, where known.

    Attributes
    ----------
    name : str
        Short identifier, e.g. ``"ihdp-1"``.
    data : CausalData
        Covariates, binary treatment and (factual) outcome.
    true_ate : float or None
        The true average treatment effect when the data are (semi-)synthetic, else ``None``.
    description : str
        One paragraph: what the data are and where they come from.
    extras : Mapping
        Loader-specific read-only extras (e.g. noiseless potential outcomes ``mu0``/``mu1``,
        ``treatment_column`` and ``outcome_column`` names).
    """

    name: str
    data: CausalData
    true_ate: float | None
    description: str
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.data, CausalData):
            raise TypeError(f"data must be CausalData, got {type(self.data).__name__}.")
        if self.true_ate is not None:
            object.__setattr__(self, "true_ate", float(self.true_ate))
        object.__setattr__(self, "extras", freeze_mapping(self.extras))

    def __repr__(self) -> str:
        truth = "unknown" if self.true_ate is None else f"{self.true_ate:.4g}"
        d = self.data
        return (
            f"Dataset({self.name!r}, n={d.n}, d={d.n_features}, treated={d.n_treated}, "
            f"control={d.n_control}, true_ate={truth})"
        )
