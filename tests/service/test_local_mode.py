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
    own = parties[0].audit()
    assert own and all(e["actor"] == "party:site-0" for e in own)
    assert {e["actor"] for e in c.audit()} >= {"admin", "party:site-0", "party:site-1", "party:site-2"}
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


def test_a_job_taken_over_after_its_worker_died_resumes_from_its_checkpoint(tmp_path, monkeypatch):
    import time

    from cocausal.datasets import make_synthetic
    from cocausal.service import worker as worker_module
    from cocausal.service.db import make_engine, sessions

    data = make_synthetic(n=2800, d=3, random_state=0).data
    parts = split_random(data, 14, random_state=0)
    c = Coordinator.local(tmp_path / "coord")
    c.create_study({"name": "big", "treatment": "t", "outcome": "y", "covariates": list(data.feature_names),
                    "seed": 3})
    parties = [c.enrol(c.invite("big", f"s{i:02d}")) for i in range(14)]
    for party, part in zip(parties, parts):
        party.upload(party.contribution(part))
    c.seal("big")
    c._s.post("/v1/studies/big/run")  # queue only; the workers below run it
    factory = sessions(make_engine(c._local.url))

    saved = []
    original = worker_module.BlockStore.save

    def dying_save(self, block, content):
        original(self, block, content)
        saved.append(block)
        raise KeyboardInterrupt("worker killed after committing a block")

    monkeypatch.setattr(worker_module.BlockStore, "save", dying_save)
    job = worker_module.claim_job(factory, "worker-a", lease_seconds=0.5)
    with pytest.raises(KeyboardInterrupt):
        worker_module.run_job(factory, job, "worker-a", lease_seconds=0.5)
    monkeypatch.setattr(worker_module.BlockStore, "save", original)
    assert c.status("big")["job"]["state"] == "running" and saved == [0]
    assert worker_module.claim_job(factory, "worker-b", lease_seconds=30) is None  # lease still held
    time.sleep(0.6)
    assert worker_module.claim_job(factory, "worker-b", lease_seconds=30) == job
    loaded = []
    monkeypatch.setattr(worker_module.BlockStore, "load",
                        lambda self, block, _load=worker_module.BlockStore.load: loaded.append(block)
                        or _load(self, block))
    assert worker_module.run_job(factory, job, "worker-b", lease_seconds=30) == "done"
    assert loaded == [0, 1] and saved == [0]  # block 0 came from the checkpoint, block 1 was computed
    status = c.status("big")
    assert status["job"]["attempts"] == 2 and status["state"] == "done"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = CollaborativeATE(random_state=3).fit(parts).result_
    for i, party in enumerate(parties):
        got = party.reward()
        assert (got["phi"], got["r"], got["tau_r"], got["se_r"]) == (ref.phi[i], ref.r[i], ref.tau_r[i], ref.se_r[i])


def test_reinvite_replaces_a_lost_token_and_the_folder_is_private(tmp_path):
    data = load_ihdp(1).data
    c = Coordinator.local(tmp_path / "coord")
    assert (tmp_path / "coord").stat().st_mode & 0o077 == 0
    c.create_study({"name": "s", "treatment": "t", "outcome": "y", "covariates": list(data.feature_names)})
    first = c.enrol(c.invite("s", "site-a"))
    again = c.enrol(c.invite("s", "site-a"))  # the first answer was "lost": the admin invites again
    with pytest.raises(CoordinatorError, match="API key"):
        first.status()
    assert again.status()["state"] == "enrolled"
    again.upload(again.contribution(data))
    with pytest.raises(CoordinatorError, match="uploaded"):
        c.invite("s", "site-a")
