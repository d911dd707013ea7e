"""Shipped data sets and synthetic generators.

Causal benchmarks (:mod:`cocausal.datasets.causal`) return a :class:`Dataset` holding a
validated :class:`~cocausal.data.CausalData` and the true ATE where it is known.
"""

from cocausal.datasets._dataset import Dataset
from cocausal.datasets.causal import (
    DATASET_NAMES,
    load_acic2016,
    load_dataset,
    load_ihdp,
    load_jobs,
    load_lalonde,
    make_synthetic,
)

__all__ = [
    "DATASET_NAMES",
    "Dataset",
    "load_acic2016",
    "load_dataset",
    "load_ihdp",
    "load_jobs",
    "load_lalonde",
    "make_synthetic",
]
