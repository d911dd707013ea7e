"""A study run: contributions (or a value table) in, the admin's result and each party's own numbers out."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from cocausal.cci import CollaborativeATE, PartyContribution
from cocausal.data import CausalData
from cocausal.payoff import allocate
from cocausal.results import to_jsonable

__all__ = ["run_payoff_study", "run_study"]

_CRITERIA = ("R1", "R2", "R3", "R4", "R5", "R6")


def run_study(spec: dict, contributions: Sequence[PartyContribution] | Sequence[CausalData], store=None, rounds=None,
              *, names: Sequence[str] | None = None, executor=None) -> dict[str, Any]:
    """Run the collaborative study of ``spec`` on ``contributions`` (in upload order).

    ``store`` checkpoints the coalition estimates and ``rounds`` asks the parties for the sums
    of a federated IPW/AIPW study (see :meth:`CollaborativeATE.fit`). A ``mode: rows`` study
    passes the parties' rows instead of contributions, with their ``names`` and the
    ``executor`` that estimates the coalitions.

    Returns
    -------
    dict
        ``admin`` (the whole :class:`~cocausal.cci.CCIResult` as JSON), ``parties`` (party
        name -> its own numbers only) and ``summary`` (what every enrolled party may see).
        The numbers are those of ``CollaborativeATE(...).fit(contributions)`` in-process.
    """
    with warnings.catch_warnings():  # they are on the result, which only the admin sees
        warnings.simplefilter("ignore")
        study = CollaborativeATE(
            spec["estimator"], rho0=spec["rho0"], kappa=spec["kappa"], se=spec.get("se", "analytic"),
            n_boot=spec.get("n_boot", 100), executor=executor, random_state=spec["seed"]
        ).fit(list(contributions), store=store, rounds=rounds)
    res = study.result_
    admin = to_jsonable(res.to_dict())
    labels = list(res.parties) if names is None else list(names)
    admin["parties"] = labels
    parties = {}
    for i, label in enumerate(labels):
        parties[label] = {
            "party": label,
            "n": int(res.n[i]),
            "tau": _num(res.tau[i]),
            "se": _num(res.se[i]),
            "v": _num(res.v[i]),
            "phi": _num(res.phi[i]),
            "r": _num(res.r[i]),
            "tau_r": _num(res.tau_r[i]),
            "se_r": _num(res.se_r[i]),
        }
    criteria = {name: bool(getattr(res.criteria, name).holds) for name in _CRITERIA}
    summary = {
        "n_parties": len(res.parties),
        "estimator": res.estimator,
        "rho": float(res.rho),
        "rho0": float(res.rho0),
        "criteria": criteria,
    }
    return {"admin": admin, "parties": parties, "summary": summary}


def _num(value) -> float | None:
    value = float(value)
    return None if np.isnan(value) else value


def _per_party(value, n: int) -> list[float]:
    """One number per party from a list, a scalar or None (``None`` entries mean unlimited)."""
    if value is None:
        return [float("inf")] * n
    if not isinstance(value, list):
        return [float(value)] * n
    if len(value) != n:
        raise ValueError(f"{len(value)} budgets or caps for {n} parties; give one per party or one for all")
    return [float("inf") if v is None else float(v) for v in value]


def run_payoff_study(game: dict, names: Sequence[str]) -> dict[str, Any]:
    """Payoffs, flows and model rewards of the value table ``game`` for the parties ``names``.

    Returns the same three views as :func:`run_study`: ``admin`` (the whole
    :class:`~cocausal.payoff.Allocation`), ``parties`` (each party's payoff, lambda, model
    value and the flows it pays and receives) and ``summary``.
    """
    n = len(names)
    budgets = _per_party(game.get("budgets"), n)
    caps = game.get("caps")
    alloc = allocate(np.asarray(game["values"], dtype=float), budgets, None if caps is None else _per_party(caps, n))
    admin = to_jsonable(alloc.to_dict())
    admin["players"] = list(names)
    parties = {}
    for i, name in enumerate(names):
        parties[name] = {
            "party": name,
            "payoff": float(alloc.payoffs[i]),
            "lambda": float(alloc.lambdas[i]),
            "model_value": float(alloc.model_values[i]),
            "singleton_value": float(alloc.singleton_values[i]),
            "pays": {names[j]: float(alloc.flows[i, j]) for j in range(n) if j != i},
            "receives": {names[j]: float(alloc.flows[j, i]) for j in range(n) if j != i},
        }
    summary = {"n_parties": n, "grand_value": float(alloc.grand_value), "solver": alloc.solver,
               "weakly_efficient": bool(alloc.weakly_efficient), "budget_efficient": bool(alloc.budget_efficient)}
    return {"admin": admin, "parties": parties, "summary": summary}
