"""A study run: uploaded contributions in, the admin's result and each party's reward out."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from cocausal.cci import CollaborativeATE, PartyContribution
from cocausal.results import to_jsonable

__all__ = ["run_study"]

_CRITERIA = ("R1", "R2", "R3", "R4", "R5", "R6")


def run_study(spec: dict, contributions: Sequence[PartyContribution]) -> dict[str, Any]:
    """Run the collaborative study of ``spec`` on ``contributions`` (in upload order).

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
            spec["estimator"], rho0=spec["rho0"], kappa=spec["kappa"], random_state=spec["seed"]
        ).fit(list(contributions))
    res = study.result_
    admin = to_jsonable(res.to_dict())
    parties = {}
    for i, label in enumerate(res.parties):
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
