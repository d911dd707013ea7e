"""The shipped example models (spec files under ``cocausal/examples``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from cocausal.scm.io import load_contexts, load_scm
from cocausal.scm.model import SCM

__all__ = ["PHD_PROTECTED", "load_phd_example", "phd_example_files"]

#: The protected attribute of the PhD toy case.
PHD_PROTECTED = ("Gnd",)


def phd_example_files() -> tuple[list[Path], Path]:
    """Paths of the PhD toy case: ``([expert_a.yaml, expert_b.yaml], applicants.json)``."""
    root = resources.files("cocausal") / "examples" / "phd"
    return [Path(str(root / "expert_a.yaml")), Path(str(root / "expert_b.yaml"))], Path(str(root / "applicants.json"))


def load_phd_example() -> tuple[list[SCM], list[tuple[str, dict[str, float]]]]:
    """The two expert models and the two applicants of the PhD toy case.

    References
    ----------
    Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
    Models, Section 3.4 (with the corrections of cocausal issue 7).
    """
    models, applicants = phd_example_files()
    return [load_scm(p) for p in models], load_contexts(applicants)
