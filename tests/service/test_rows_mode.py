"""mode: rows: every party consents and sends its rows; PSM and bootstrap studies run in the worker
with the in-process numbers; closing the study deletes the rows and audits the deletion."""

from __future__ import annotations

import json

import pytest
from conftest import child_env, run_cli, running_coordinator
from service_helpers import assert_same_reward, ihdp_parts, job_state, reference_rewards, study_spec, wait_for

from cocausal.cci import PartyContribution
from cocausal.client import CoordinatorError, Party


@pytest.mark.timeout(400)
@pytest.mark.parametrize("declared", [{"estimator": "psm"},
                                      pytest.param({"estimator": "ipw", "se": "bootstrap", "n_boot": 20},
                                                   marks=pytest.mark.slow)])
def test_rows_mode_study_equals_in_process_and_close_deletes_the_rows(tmp_path, declared):
    parts = ihdp_parts(3)
    with running_coordinator(tmp_path / "coord", None, with_worker=True) as coord:
        admin = coord.admin()
        spec = study_spec(parts, mode="rows", **declared)
        admin.create_study(spec)
        parties = [Party.enrol(coord.url, admin.invite(spec["name"], f"site-{i}")) for i in range(3)]
        # statistics are refused by a rows study, and rows before consent
        with pytest.raises(CoordinatorError, match="takes rows, not statistics"):
            parties[0].upload(PartyContribution.from_data(parts[0], "site-0"))
        for party, data in zip(parties[1:], parts[1:], strict=True):
            party.send_rows(data)
        # site-0 through the CLI, which shows what leaves and consents with --yes
        csv, cfg = tmp_path / "site-0.csv", tmp_path / "site-0.json"
        parts[0].to_frame().to_csv(csv, index=False)
        p0 = parties[0]
        cfg.write_text(json.dumps({"url": coord.url, "api_key": p0.api_key, "study": p0.study, "party": p0.name,
                                   "spec": p0.spec}))
        out = run_cli("party", "consent", str(csv), "--config", str(cfg), "--yes", env=child_env())
        assert "rows (all of them leave)" in out.stdout and "sent 249 rows" in out.stdout
        files = sorted((tmp_path / "coord" / "rows").rglob("party-*.json"))
        assert len(files) == 3 and all(oct(f.stat().st_mode)[-3:] == "600" for f in files)
        admin.seal(spec["name"])
        admin.run(spec["name"])
        wait_for(lambda: job_state(admin, spec["name"]) in ("done", "failed"), timeout=300, interval=0.25,
                 what="the rows-mode run")
        assert job_state(admin, spec["name"]) == "done", admin.status(spec["name"])
        expected = reference_rewards(parts, spec)
        for i, party in enumerate(parties):
            assert_same_reward(party.reward(), expected[i], f"{declared} site-{i}")
        closed = admin.close(spec["name"])
        assert closed["rows_files_deleted"] == 3 and not any((tmp_path / "coord" / "rows").rglob("*.json"))
        assert any(e["action"] == f"delete rows of study {spec['name']}" for e in admin.audit())
        assert_same_reward(parties[0].reward(), expected[0], "after close")  # the result outlives the rows


def test_rows_routes_refuse_a_statistics_study_and_rows_without_consent(shared_coordinator):
    coord = shared_coordinator
    admin = coord.admin()
    parts = ihdp_parts(3)
    plain = study_spec(parts)
    admin.create_study(plain)
    party = Party.enrol(coord.url, admin.invite(plain["name"], "site-0"))
    with pytest.raises(CoordinatorError, match="runs from statistics"):
        party.send_rows(parts[0])
    rows = study_spec(parts, mode="rows", estimator="psm")
    admin.create_study(rows)
    party = Party.enrol(coord.url, admin.invite(rows["name"], "site-0"))
    body = {"X": parts[0].X.tolist(), "t": parts[0].t.astype(int).tolist(), "y": parts[0].y.tolist()}
    with coord.client(party.api_key) as http:
        refused = http.post(f"/v1/studies/{rows['name']}/rows", json=body)
    assert refused.status_code == 409 and "only after consent" in refused.json()["error"]
    with pytest.raises(CoordinatorError, match="bootstrap is not valid for matching"):
        admin.create_study(study_spec(parts, mode="rows", estimator="psm", se="bootstrap"))
    with pytest.raises(CoordinatorError, match="declare mode: rows"):
        admin.create_study(study_spec(parts, estimator="psm"))
