"""``Coordinator.local``: the same routes, database and worker in one process (notebooks, demo)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

pytest.importorskip("fastapi")

from cocausal.cci import CollaborativeATE
from cocausal.client import Coordinator, CoordinatorError
from cocausal.data import split_random
from cocausal.datasets import load_ihdp
from cocausal.games import load_collab_ml_game
from cocausal.payoff import allocate


def test_local_cci_study_gives_the_in_process_rewards(tmp_path):
    data = load_ihdp(1).data
    parts = split_random(data, 3, random_state=2)
    c = Coordinator.local(tmp_path / "coord")
    c.create_study({"name": "s", "treatment": "t", "outcome": "y", "covariates": list(data.feature_names),
                    "seed": 11})
    parties = [c.enrol(c.invite("s", f"site-{i}")) for i in range(3)]
    for party, part in zip(parties, parts):
        party.upload(party.contribution(part))
    c.seal("s")
    c.run("s")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = CollaborativeATE(random_state=11).fit(parts).result_
    for i, party in enumerate(parties):
        got = party.reward()
        assert (got["v"], got["phi"], got["r"], got["tau_r"], got["se_r"]) == (
            ref.v[i], ref.phi[i], ref.r[i], ref.tau_r[i], ref.se_r[i])
        assert set(got) == {"study", "party", "n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"}
    summary = parties[0].summary()
    assert summary["n_parties"] == 3 and all(summary["criteria"].values())
    assert "parties" not in summary and "r" not in summary
    assert c.verify_audit()["ok"]


def test_local_payoff_study_gives_each_party_its_own_allocation(tmp_path):
    game = load_collab_ml_game("mnist_5_parties")
    ref = allocate(game, [0.3, np.inf, 0.0, 0.0, 0.0])
    c = Coordinator.local(tmp_path / "coord")
    c.create_study({"name": "pay", "kind": "payoff", "min_parties": 2})
    parties = [c.enrol(c.invite("pay", f"p{i}")) for i in range(5)]
    with pytest.raises(CoordinatorError, match="coalition values for 5 invited parties"):
        c.post_game("pay", game.table()[:8], budgets=[0.3, None, 0, 0, 0])
    c.post_game("pay", game.table(), budgets=[0.3, None, 0, 0, 0])
    with pytest.raises(CoordinatorError, match="fixes the parties"):
        c.invite("pay", "late")
    c.seal("pay")
    c.run("pay")
    for i, party in enumerate(parties):
        got = party.reward()
        assert (got["payoff"], got["lambda"], got["model_value"]) == (
            ref.payoffs[i], ref.lambdas[i], ref.model_values[i])
        assert set(got["pays"]) == {f"p{j}" for j in range(5) if j != i}
        assert got["pays"]["p1" if i != 1 else "p0"] == ref.flows[i, 1 if i != 1 else 0]
    assert c.status("pay")["result"]["payoffs"] == pytest.approx(list(ref.payoffs), abs=0)
