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
from cocausal.datasets.fairness import FairnessDataset, load_adult, load_law_school, train_val_test_split

__all__ = [
    "DATASET_NAMES",
    "Dataset",
    "FairnessDataset",
    "load_acic2016",
    "load_adult",
    "load_dataset",
    "load_ihdp",
    "load_jobs",
    "load_lalonde",
    "load_law_school",
    "make_synthetic",
    "train_val_test_split",
]
