"""Report sections for the ``--json`` output of each command, in the layout of the demo's sections.

:func:`command_section` recognises which command wrote a JSON payload (by its keys) and builds a
section like the demo's: a title, a how-to-read note, parameters, tables at a sensible precision
and figures drawn from the payload. Repeated runs are summarised (a summary table and their
distribution); the per-run rows are offered as a CSV download instead of a table of every run.
Float noise is rounded to zero at the result's own scale (:func:`denoise`).
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from cocausal.cci.plots import plot_gain_cost

__all__ = ["RELATIVE_TOLERANCE", "command_section", "denoise", "figure_png"]

#: Numbers at most this times the largest magnitude of their table are float noise, shown as 0: a
#: few hundred times the double precision of 2.2e-16, the round-off of a linear program or a sum.
RELATIVE_TOLERANCE = 1e-12


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def denoise(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """``rows`` with float noise set to 0 (and ``-0.0`` to ``0.0``): floats of magnitude at most
    :data:`RELATIVE_TOLERANCE` times the largest finite magnitude in the table (a ``-5.551e-16``
    payoff next to payoffs of order 1; a table whose numbers are all tiny keeps them)."""
    finite = [abs(float(v)) for row in rows for v in row if _number(v) and math.isfinite(float(v))]
    scale = max(finite, default=0.0)
    return [[0.0 if isinstance(v, float) and math.isfinite(v) and abs(v) <= RELATIVE_TOLERANCE * scale else v
             for v in row] for row in rows]


def figure_png(fig: Figure) -> str:
    """``fig`` as a base64 PNG (110 dpi), ready for a ``data:`` URI."""
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _floats(values: Sequence[Any]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
    return {"title": title, "columns": list(columns), "rows": denoise(rows)}


def _csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = [",".join(columns)] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- estimate


def _estimate(p: Mapping[str, Any]) -> dict[str, Any]:
    lo, hi = p["ci"]
    fig = Figure(figsize=(5.5, 1.8))
    ax = fig.subplots()
    if None not in (p["ate"], lo, hi):
        ax.errorbar([p["ate"]], [0], xerr=[[p["ate"] - lo], [hi - p["ate"]]], fmt="o", color="#2f5d9b", capsize=4)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_yticks([0], [p["method"]])
    ax.set_xlabel("ATE with 95% CI")
    return {
        "title": f"ATE estimate ({p['method']})",
        "how_to_read": "The point is the estimated average treatment effect, the bar its 95% confidence interval; "
                       "an interval that excludes 0 is a detectable effect at this sample size.",
        "params": {"method": p["method"], "n": p["n"]},
        "tables": [_table("estimate", ["ate", "se", "95% CI low", "95% CI high", "n"],
                          [[p["ate"], p["se"], lo, hi, p["n"]]])],
        "figures": [("estimate and 95% CI", fig)],
        "warnings": list(p.get("warnings", [])),
    }


# --------------------------------------------------------------------------- cci


def _cci(p: Mapping[str, Any]) -> dict[str, Any]:
    parties = p["parties"]
    columns = ["party", "n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"]
    rows = [[i, *(party.get(c) for c in columns[1:])] for i, party in enumerate(parties)]
    tables = [_table(f"parties (run 1): tau_N = {p['tau_N']:.4g}, se_N = {p['se_N']:.3g}, rho = {p['rho']:.3g}",
                     columns, rows)]
    criteria = p.get("criteria", {})
    tables.append(_table("incentive criteria (run 1)", ["criterion", "holds"],
                         [[k, "yes" if v else "NO"] for k, v in criteria.items()]))
    fig = Figure(figsize=(8, 3))
    axes = fig.subplots(1, 3)
    x = np.arange(len(parties))
    for ax, key, label in zip(axes, ("v", "phi", "r"), ("value v_i", "Shapley phi_i", "reward r_i")):
        ax.bar(x, _floats([party.get(key) for party in parties]), color="#2f5d9b")
        ax.set_xticks(x, [str(i) for i in x])
        ax.set_xlabel("party")
        ax.set_title(label, fontsize=10)
    figures = [("values, Shapley values and rewards per party (run 1)", fig)]
    downloads = []
    runs = p.get("runs")
    if isinstance(runs, list) and runs:
        gains = _floats([r.get("gain") for r in runs])
        costs = _floats([r.get("cost") for r in runs])
        summary_rows = [[name, float(np.nanmean(v)), float(np.nanstd(v)), float(np.nanmin(v)), float(np.nanmax(v))]
                        for name, v in (("Gain", gains), ("Cost", costs),
                                        ("tau_N", _floats([r.get("tau_N") for r in runs])))]
        tables.append(_table(f"{len(runs)} runs: summary", ["", "mean", "sd", "min", "max"], summary_rows))
        names = list(criteria)
        share = [[k, float(np.mean([bool(r.get("criteria", {}).get(k)) for r in runs]))] for k in names]
        tables.append(_table("share of runs in which each criterion holds", ["criterion", "share"], share))
        fig = Figure(figsize=(7, 3.2))
        plot_gain_cost(gains[np.isfinite(gains)], costs[np.isfinite(costs)], fig.subplots())  # the study's figure
        figures.append((f"Gain and Cost over {len(runs)} runs", fig))
        run_columns = ["run", "tau_N", "se_N", "rho", "gain", "cost", *names]
        run_rows = [[i + 1, r.get("tau_N"), r.get("se_N"), r.get("rho"), r.get("gain"), r.get("cost"),
                     *(r.get("criteria", {}).get(k) for k in names)] for i, r in enumerate(runs)]
        downloads.append((f"per-run rows ({len(runs)} runs, CSV)", "cci_runs.csv", _csv(run_columns, run_rows)))
    return {
        "title": "Collaborative causal inference with fair incentives",
        "how_to_read": "A coalition's value is minus the KL divergence of its ATE estimate from the pooled one; the "
                       "Shapley value splits the total fairly and each party's reward r_i is a perturbed ATE estimate "
                       "(tau_r, se_r) whose value is its rho-Shapley reward. Gain > 0: parties end up better informed "
                       "than alone; Cost: how far the rewards fall short of the pooled estimate.",
        "params": {"parties": len(parties), "runs": len(runs) if isinstance(runs, list) else 1},
        "tables": tables,
        "figures": figures,
        "downloads": downloads,
        "warnings": list(p.get("warnings", [])),
    }


# --------------------------------------------------------------------------- payoff


def _payoff(p: Mapping[str, Any]) -> dict[str, Any]:
    players = [str(x) for x in p["players"]]
    keys = ["budgets", "phi", "payoff", "lambda", "own_value", "model_value"]
    rows = [[name, *(p[k][i] for k in keys)] for i, name in enumerate(players)]
    tables = [_table(f"payoffs and model rewards, v(N) = {p['grand_value']:.4g}",
                     ["party", "budget", "phi", "payoff", "lambda", "own value", "model value"], rows)]
    flows = _floats([v for row in p["flows"] for v in row]).reshape(len(players), len(players))
    tables.append(_table("payoff flows lambda_i * phi_{j|i} (row pays column)", ["pays \\ receives", *players],
                         [[name, *row] for name, row in zip(players, flows.tolist())]))
    fig = Figure(figsize=(8, 3.2))
    left, right = fig.subplots(1, 2)
    x = np.arange(len(players))
    left.bar(x - 0.2, _floats(p["payoff"]), 0.4, label="payoff", color="#2f5d9b")
    left.bar(x + 0.2, _floats(p["model_value"]), 0.4, label="model value", color="#d08a2f")
    left.set_xticks(x, players, rotation=30, ha="right", fontsize=8)
    left.legend(fontsize=8, loc="upper left", bbox_to_anchor=(0, -0.35), ncol=2)
    bound = float(np.nanmax(np.abs(flows))) or 1.0
    image = right.imshow(flows, cmap="RdBu_r", vmin=-bound, vmax=bound)
    right.set_xticks(x, players, rotation=30, ha="right", fontsize=8)
    right.set_yticks(x, players, fontsize=8)
    right.set_title("flows (row pays column)", fontsize=10)
    fig.colorbar(image, ax=right, shrink=0.8)
    return {
        "title": "Payoffs and model rewards under budgets",
        "how_to_read": "phi is each party's Shapley value; a party pays lambda_i * phi_{j|i} to the others to receive "
                       "a better model than its own data give, within its budget. Model value is the value of the "
                       "model each party receives; flows show who pays whom.",
        "params": {"status": p.get("status"), "weakly efficient": p.get("weakly_efficient"),
                   "budget efficient": p.get("budget_efficient")},
        "tables": tables,
        "figures": [("payoffs, model values and flows", fig)],
        "warnings": list(p.get("warnings", [])),
    }


# --------------------------------------------------------------------------- private-ate


def _private_ate(p: Mapping[str, Any]) -> dict[str, Any]:
    rows = [["ATE (first release)", p["ate"]], ["epsilon per release", p["epsilon"]], ["level", p["level"]],
            ["relation", p["relation"]]]
    if p.get("noise_sd") is not None:
        rows.insert(1, ["sd of the DP noise alone", p["noise_sd"]])
    if "k" in p:
        rows += [["k per neighbour (treated, control)", ", ".join(f"{v:g}" for v in p["k"])],
                 ["matching limits L = k x N (treated, control)", ", ".join(f"{v:g}" for v in p["limits"])],
                 ["clipped noisy scores", p.get("clipped_scores")]]
    rows.append(["total epsilon spent", f"{p['total_epsilon_spent']:g} of {p['total_epsilon']:g} ({p['runs']} runs)"])
    tables = [_table("release", ["quantity", "value"], rows)]
    figures = []
    ates = p.get("ates")
    if isinstance(ates, list) and len(ates) > 1:
        values = _floats(ates)
        tables.append(_table(f"{len(ates)} releases", ["mean", "sd", "min", "max"],
                             [[float(np.mean(values)), float(np.std(values)), float(values.min()),
                               float(values.max())]]))
        fig = Figure(figsize=(6, 2.8))
        ax = fig.subplots()
        ax.hist(values, bins=min(30, max(5, len(ates) // 5)), color="#2f5d9b")
        ax.set_xlabel("released ATE")
        ax.set_ylabel("releases")
        ax.yaxis.get_major_locator().set_params(integer=True)
        figures.append((f"{len(ates)} private releases", fig))
    return {
        "title": f"Differentially private ATE ({p['level']} level)" + ("" if p.get("private", True)
                                                                      else ": NOT PRIVATE research evaluation"),
        "how_to_read": "Every number here is public or a charged DP release. The sd of the DP noise alone is computed "
                       "from the public noise scales: a release whose noise sd is as large as the effect says little.",
        "params": {"dataset": p.get("dataset"), "epsilon": p["epsilon"], "runs": p["runs"]},
        "tables": tables,
        "figures": figures,
        "warnings": list(p.get("warnings", [])),
    }


# --------------------------------------------------------------------------- fair-pool


def _fair_pool(p: Mapping[str, Any]) -> dict[str, Any]:
    rows = []
    for a in p["applicants"]:
        for e in a.get("experts", []):
            rows.append([a.get("name"), e.get("name"), e.get("unfair_score"), e.get("fair_mean"), e.get("fair_se")])
        pooled = a.get("pooled", {})
        rows.append([a.get("name"), "pooled", None, pooled.get("score"), pooled.get("se")])
    edges = ", ".join(f"{s}->{t}" for s, t in p.get("fair_graph", [])) or "no edges"
    fig = Figure(figsize=(6, 3))
    ax = fig.subplots()
    labels = [f"{r[0]}: {r[1]}" for r in rows]
    ax.barh(np.arange(len(rows)), _floats([r[3] for r in rows]), xerr=_floats([r[4] for r in rows]),
            color="#2f5d9b")
    ax.set_yticks(np.arange(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("fair score (mean, se)")
    return {
        "title": "Counterfactually fair pooling of experts' models",
        "how_to_read": f"Pooled fair graph: {edges}. Each expert's fair score uses only the fair features "
                       f"({', '.join(p.get('fair_features', [])) or 'none'}); the pooled row combines the experts.",
        "params": {"rule": p.get("rule"), "order": p.get("order"), "semantics": p.get("semantics")},
        "tables": [_table("fair scores", ["applicant", "expert", "unfair score", "fair mean", "fair se"], rows),
                   _table("removed variables", ["variable", "reason"], sorted(p.get("removed", {}).items()))],
        "figures": [("fair scores per applicant and expert", fig)],
        "warnings": list(p.get("warnings", [])),
    }


# --------------------------------------------------------------------------- fair-predict


def _fair_predict(p: Mapping[str, Any]) -> dict[str, Any]:
    methods = p["methods"]
    accuracy = [k for k in ("rmse", "accuracy", "mae") if any(k in m for m in methods)]
    fairness = [k for k in ("mmd_rbf", "mmd_linear", "wasserstein", "individual_change")
                if any(k in m for m in methods)]
    columns = ["method", *accuracy, *fairness, "seconds"]
    rows = [[m.get("name"), *(m.get(k) for k in columns[1:])] for m in methods]
    fig = Figure(figsize=(8, 3))
    axes = fig.subplots(1, 2)
    names = [str(m.get("name")) for m in methods]
    y = np.arange(len(methods))
    for ax, key in zip(axes, (accuracy[0] if accuracy else None, "individual_change")):
        if key is None:
            continue
        ax.barh(y, _floats([m.get(key) for m in methods]), color="#2f5d9b")
        ax.set_yticks(y, names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel(key.replace("_", " "))
    axes[1].sharey(axes[0])
    return {
        "title": "Counterfactually fair predictors",
        "how_to_read": "Accuracy on the test split next to counterfactual fairness in the primary world "
                       f"({p.get('primary_world')}): lower MMD, Wasserstein and individual change mean predictions "
                       "that change less when the sensitive attribute is counterfactually changed.",
        "params": {"dataset": p.get("dataset"), "primary world": p.get("primary_world")},
        "tables": [_table("accuracy and fairness", columns, rows)],
        "figures": [("accuracy and individual counterfactual change per method", fig)],
        "warnings": [w for m in p.get("details", {}).get("methods", []) for w in m.get("warnings", [])],
    }


#: (command, keys its --json always has, section builder), most specific first.
_KINDS = (
    ("cci", {"parties", "tau_N", "se_N", "criteria"}, _cci),
    ("payoff", {"phi", "payoff", "lambda", "flows", "players"}, _payoff),
    ("private-ate", {"releases", "relation", "epsilon", "total_epsilon"}, _private_ate),
    ("fair-pool", {"applicants", "fair_features", "rule"}, _fair_pool),
    ("fair-predict", {"methods", "primary_world", "details"}, _fair_predict),
    ("estimate", {"method", "ate", "se", "ci", "n"}, _estimate),
)


def command_section(payload: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """``(command, section)`` for a command's ``--json`` payload; None when no command's keys match.

    The section has the demo's keys (``title``, ``how_to_read``, ``params``, ``tables``,
    ``warnings``) with ``figures`` as ``(caption, Figure)`` pairs and ``downloads`` as
    ``(label, file name, CSV text)`` triples.

    Raises
    ------
    ValueError
        When the payload has a command's keys but not the shape that command writes.
    """
    for command, keys, build in _KINDS:
        if keys <= set(payload):
            try:
                return command, build(payload)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
                raise ValueError(
                    f"the results look like `cocausal {command} --json` output but are malformed "
                    f"({type(exc).__name__}: {exc}); re-run the command to write them again."
                ) from None
    return None
