"""Demo section 3: payoff and model rewards on the digits split, under three budget scenarios."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from cocausal.demo._figures import save
from cocausal.games import JoblibExecutor
from cocausal.payoff.digits import digits_collaboration, run_digits_experiment
from cocausal.payoff.plots import plot_flows, plot_model_rewards, plot_payoffs

_SCENARIOS = (np.inf, 0.0, (0.3, 0.0, 0.0, 0.0, 0.0))


def section(out: Path, *, quick: bool, seed: int) -> dict[str, Any]:
    """Train a model on each of the 32 coalitions of the digits split, then allocate payoffs and model rewards."""
    collab = digits_collaboration(random_state=seed)
    exp = run_digits_experiment(_SCENARIOS, collaboration=collab, executor=JoblibExecutor(n_jobs=2),
                                realise=True)
    labels = list(exp.scenarios)
    figures = [
        save(plot_payoffs(exp.allocations, labels), out, "payoff_payoffs.png"),
        save(plot_model_rewards(exp.allocations, labels), out, "payoff_model_rewards.png"),
        save(plot_flows(exp.allocations, labels), out, "payoff_flows.png"),
    ]
    tables = []
    realised = any(exp.rewards)
    for k, (label, alloc) in enumerate(zip(labels, exp.allocations)):
        rows = [[exp.players[i], alloc.phi[i], alloc.payoffs[i], alloc.lambdas[i], alloc.model_values[i]]
                + ([exp.rewards[k][i].achieved] if realised else []) for i in range(len(exp.players))]
        columns = ["party", "phi", "payoff", "lambda", "model value"] + (["achieved"] if realised else [])
        tables.append({"title": f"{label} ({alloc.solver}, {alloc.status})", "columns": columns, "rows": rows})
    data = {
        "values_by_bitmask": exp.values,
        "players": list(exp.players),
        "scenarios": {
            label: {"phi": a.phi, "payoff": a.payoffs, "lambda": a.lambdas, "model_value": a.model_values,
                    "flows": a.flows, "status": a.status}
            for label, a in zip(labels, exp.allocations)
        },
    }
    return {
        "title": "3. Payoff and model rewards under budgets (digits)",
        "how_to_read": (
            "Five parties hold digit ranges [0], [1-2], [0-3], [3-5], [6-9]; each coalition's value is the validation "
            "accuracy of a model trained on its data. With unlimited budgets, parties that contribute less pay those "
            "that contribute more and everyone gets the best model; with no budget nobody pays, and a party's model "
            "quality (lambda) falls instead."
        ),
        "params": {"model": "SGDClassifier (seeded per coalition)", "budgets": labels, "realised": True,
                   "seed": seed},
        "tables": tables,
        "figures": figures,
        "data": data,
    }
