"""Every shipped data set, generator, public-bounds codebook, value table and example spec.

Causal benchmarks (:mod:`cocausal.datasets.causal`) return a :class:`Dataset` holding a
validated :class:`~cocausal.data.CausalData` and the true ATE where it is known; the
fairness tables (law school, adult) come from :mod:`cocausal.datasets.fairness`.
"""

from cocausal.datasets._dataset import Dataset
from cocausal.datasets.bounds import DECLARED_BOUNDS, declared_bounds
from cocausal.datasets.causal import (
    DATASET_NAMES,
    load_acic2016,
    load_dataset,
    load_ihdp,
    load_jobs,
    load_lalonde,
    make_synthetic,
)
from cocausal.datasets.examples import COLLAB_ML_GAMES, PHD_SENSITIVE, collab_ml_table, phd_example_files
from cocausal.datasets.fairness import FairnessDataset, load_adult, load_law_school, train_val_test_split
from cocausal.datasets.standin import make_tcga_standin
from cocausal.datasets.synthetic import make_private_ate_synthetic

__all__ = [
    "COLLAB_ML_GAMES",
    "DATASET_NAMES",
    "DECLARED_BOUNDS",
    "PHD_SENSITIVE",
    "Dataset",
    "FairnessDataset",
    "collab_ml_table",
    "declared_bounds",
    "load_acic2016",
    "load_adult",
    "load_dataset",
    "load_ihdp",
    "load_jobs",
    "load_lalonde",
    "load_law_school",
    "make_private_ate_synthetic",
    "make_synthetic",
    "make_tcga_standin",
    "phd_example_files",
    "train_val_test_split",
]
