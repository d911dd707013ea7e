"""Shipped data sets and synthetic generators.

Causal benchmarks (:mod:`cocausal.datasets.causal`) return a :class:`Dataset` holding a
validated :class:`~cocausal.data.CausalData` and the true ATE where it is known; the
fairness tables (law school, adult) come from :mod:`cocausal.datasets.fairness`.
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
from cocausal.datasets.fairness import load_adult, load_law_school

__all__ = [
    "DATASET_NAMES",
    "Dataset",
    "load_acic2016",
    "load_adult",
    "load_dataset",
    "load_ihdp",
    "load_jobs",
    "load_lalonde",
    "load_law_school",
    "make_synthetic",
]
