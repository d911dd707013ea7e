"""Demo section 1: the five ATE estimators on IHDP replication 1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from cocausal.datasets import load_ihdp
from cocausal.demo._figures import save, subplots
from cocausal.estimators import estimator_names, make_estimator


def section(out: Path, *, quick: bool, seed: int) -> dict[str, Any]:
    """Fit DiM, POR, IPW, AIPW and PSM on IHDP and compare with the known sample ATE."""
    ds = load_ihdp(replication=1)
    estimators = {name: make_estimator(name) for name in estimator_names()}
    results = {name: est.fit(ds.data).result_ for name, est in estimators.items()}
    rows = [[k, r.ate, r.se, r.ci[0], r.ci[1], r.ate - ds.true_ate] for k, r in results.items()]

    fig, ax = subplots(figsize=(6, 3.2))
    y = np.arange(len(results))
    ate = np.array([r.ate for r in results.values()])
    lo = np.array([r.ci[0] for r in results.values()])
    hi = np.array([r.ci[1] for r in results.values()])
    ax.errorbar(ate, y, xerr=[ate - lo, hi - ate], fmt="o", color="#2f5d9b", capsize=3)
    ax.axvline(ds.true_ate, color="black", linestyle="--", label=f"sample ATE {ds.true_ate:.3f}")
    ax.set_yticks(y, list(results))
    ax.set_xlabel("ATE with 95% CI")
    ax.set_title("IHDP replication 1")
    ax.legend(fontsize=8)
    figure = save(fig, out, "estimators_ihdp.png")
    return {
        "title": "1. ATE estimators on IHDP",
        "how_to_read": (
            "Each row is one estimator fitted to IHDP replication 1 (747 infants, 139 treated); the dashed line is the "
            "sample ATE of the known potential outcomes. Intervals that cover the line and estimates close to it mean "
            "the estimator and its standard error are honest on this data."
        ),
        "params": {"dataset": "ihdp (replication 1)", "n": ds.data.n},
        "tables": [{"title": "estimates", "columns": ["method", "ate", "se", "ci_lo", "ci_hi", "error"], "rows": rows}],
        "figures": [figure],
        "data": {"true_ate": ds.true_ate, "estimates": {k: r.to_dict() for k, r in results.items()}},
    }
