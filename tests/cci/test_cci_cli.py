"""Tests of the ``cocausal cci`` command."""

import json

import numpy as np
import pandas as pd

from cocausal.cli import main
from cocausal.datasets import load_jobs
from cocausal.datasets.standin import make_tcga_standin

PARTY_KEYS = {"n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"}


def test_single_run_json_and_plot(tmp_path):
    out, fig = tmp_path / "cci.json", tmp_path / "cci.png"
    assert main(["cci", "--dataset", "jobs", "--parties", "4", "--json", str(out), "--plot", str(fig)]) == 0
    payload = json.loads(out.read_text())
    assert set(payload) == {"parties", "tau_N", "se_N", "rho", "criteria", "gain", "cost"}
    assert len(payload["parties"]) == 4 and set(payload["parties"][0]) == PARTY_KEYS
    assert set(payload["criteria"]) == {"R1", "R2", "R3", "R4", "R5", "R6"}
    assert fig.stat().st_size > 10_000


def test_runs_add_summary_and_are_seeded(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    args = ["cci", "--dataset", "ihdp", "--runs", "5", "--seed", "3"]
    assert main([*args, "--json", str(a), "--plot", str(tmp_path / "r.png")]) == 0
    assert main([*args, "--json", str(b)]) == 0
    pa, pb = json.loads(a.read_text()), json.loads(b.read_text())
    assert pa == pb
    assert len(pa["runs"]) == 5 and pa["summary"]["gain_min"] > 0
    assert pa["summary"]["gain_min"] <= pa["summary"]["gain_mean"]


def test_covariate_split_and_csv_input(tmp_path):
    data = load_jobs().data
    frame = pd.DataFrame(data.X, columns=data.feature_names).assign(treat=data.t, earnings=data.y)
    path = tmp_path / "jobs.csv"
    frame.to_csv(path, index=False)
    out = tmp_path / "o.json"
    code = main(["cci", "--dataset", str(path), "--treatment", "treat", "--outcome", "earnings",
                 "--split", "covariate:age", "--parties", "3", "--estimator", "dim", "--json", str(out)])
    assert code == 0
    ages = [json.loads(out.read_text())["parties"][k]["n"] for k in range(3)]
    assert sum(ages) == data.n


def test_bad_input_exits_2(tmp_path):
    assert main(["cci", "--split", "age"]) == 2
    assert main(["cci", "--split", "covariate:x1", "--runs", "3"]) == 2
    assert main(["cci", "--dataset", "nope.csv"]) == 2
    assert main(["cci", "--rho0", "2"]) == 2
    assert main(["cci", "--estimator", "dim", "--se", "fitted_variance"]) == 2


def test_tcga_standin_shape_and_effect():
    ds = make_tcga_standin(random_state=0)
    assert ds.data.n == 9659 and ds.data.n_features == 50
    assert set(np.unique(ds.data.y)) == {0.0, 1.0}
    assert abs(ds.data.n_treated - 4130) < 250  # binomial: > 5 sd away has negligible probability
    assert 0.1 < ds.true_ate < 0.25
