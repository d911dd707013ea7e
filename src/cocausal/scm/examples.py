"""The shipped example models (spec files under ``cocausal/datasets/data/phd``)."""

from __future__ import annotations

from cocausal.datasets.examples import PHD_SENSITIVE, phd_example_files
from cocausal.scm.io import load_contexts, load_scm
from cocausal.scm.model import SCM

__all__ = ["PHD_SENSITIVE", "load_phd_example", "phd_example_files"]


def load_phd_example() -> tuple[list[SCM], list[tuple[str, dict[str, float]]]]:
    """The two expert models and the two applicants of the PhD toy case.

    References
    ----------
    Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
    Models, Section 3.4 (with the corrections of cocausal issue 7).
    """
    models, applicants = phd_example_files()
    return [load_scm(p) for p in models], load_contexts(applicants)
