"""Shared pieces of the service tests: study declarations, party data, the in-process reference."""

from __future__ import annotations

import functools
import json
import math
import time
import uuid

import numpy as np

from cocausal.data import CausalData, split_random

REWARD_FIELDS = ("n", "tau", "se", "v", "phi", "r", "tau_r", "se_r")


@functools.lru_cache(maxsize=1)
def ihdp():
    from cocausal.datasets import load_ihdp

    return load_ihdp(1).data


def ihdp_parts(k: int) -> list[CausalData]:
    return split_random(ihdp(), k, random_state=0)


def synthetic_parts(k: int, n: int = 80, p: int = 3, seed: int = 0) -> list[CausalData]:
    """``k`` parties of ``n`` rows with ``p`` covariates and balanced arms (for many small parties)."""
    rng = np.random.default_rng(seed)
    parts = []
    for i in range(k):
        X = rng.normal(size=(n, p)) + 0.1 * i
        t = np.zeros(n, dtype=int)
        t[rng.permutation(n)[: n // 2]] = 1
        y = X @ np.arange(1.0, p + 1) + 2.0 * t + rng.normal(size=n)
        parts.append(CausalData(X, t, y, feature_names=tuple(f"x{j + 1}" for j in range(p))))
    return parts


def study_spec(parts: list[CausalData], name: str | None = None, **overrides) -> dict:
    spec = {"name": name or f"s-{uuid.uuid4().hex[:10]}", "treatment": "t", "outcome": "y",
            "covariates": list(parts[0].feature_names), "seed": 7, "min_parties": 2, "min_arm": 10,
            "rho0": 0.2, "kappa": 2.0}
    spec.update(overrides)
    return spec


def reference_rewards(parts: list[CausalData], spec: dict) -> list[dict]:
    """Each party's reward as the in-process study computes it (the numbers the service must give)."""
    import warnings

    from cocausal.cci import CollaborativeATE

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = CollaborativeATE(spec.get("estimator", "por"), rho0=spec["rho0"], kappa=spec["kappa"],
                               se=spec.get("se", "analytic"), n_boot=spec.get("n_boot", 100),
                               random_state=spec["seed"]).fit(parts).result_
    out = []
    for i in range(len(parts)):
        row = {}
        for field in REWARD_FIELDS:
            value = getattr(res, field)[i]
            value = int(value) if field == "n" else float(value)
            row[field] = None if isinstance(value, float) and math.isnan(value) else value
        out.append(row)
    # the same numbers after a JSON round trip (what a client reads)
    return json.loads(json.dumps(out))


def assert_same_reward(got: dict, expected: dict, context: str = "") -> None:
    for field in REWARD_FIELDS:
        assert got[field] == expected[field], (
            f"{context}: {field} = {got[field]!r} from the coordinator, {expected[field]!r} in-process"
        )
        if isinstance(expected[field], float):
            assert got[field].hex() == expected[field].hex(), context


def wait_for(predicate, *, timeout: float, interval: float = 0.1, what: str = "condition"):
    """Poll ``predicate()`` until it returns a truthy value (bounded in count and time)."""
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout / interval) + 1):
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            break
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def job_state(admin, study: str):
    job = admin.status(study)["job"]
    return None if job is None else job["state"]
