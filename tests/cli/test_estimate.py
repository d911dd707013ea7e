"""CLI: ``cocausal estimate``."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from cocausal.cli import main
from cocausal.datasets import load_ihdp
from cocausal.estimators import AIPW


def test_estimate_default_json(tmp_path, capsys):
    out = tmp_path / "ate.json"
    assert main(["estimate", "--dataset", "ihdp", "--method", "aipw", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert set(payload) == {"method", "ate", "se", "ci", "n", "warnings"}
    expected = AIPW().fit(load_ihdp(1).data).result_
    assert payload["method"] == "aipw" and payload["n"] == 747
    assert payload["ate"] == pytest.approx(expected.ate, abs=1e-12)
    assert payload["ci"] == pytest.approx(list(expected.ci))
    assert any("clipped" in w for w in payload["warnings"])
    assert "ate" in capsys.readouterr().out


@pytest.mark.parametrize("method", ["dim", "por", "ipw", "psm"])
def test_every_method_runs(method, tmp_path):
    out = tmp_path / "r.json"
    assert main(["estimate", "-d", "lalonde", "-m", method, "--json", str(out)]) == 0
    assert json.loads(out.read_text())["method"] == method


def test_bootstrap_same_seed_same_json(tmp_path):
    paths = [tmp_path / f"{i}.json" for i in range(2)]
    for p in paths:
        args = ["estimate", "-d", "jobs", "-m", "ipw", "--se", "bootstrap", "--n-boot", "20"]
        assert main([*args, "--seed", "3", "--json", str(p)]) == 0
    assert paths[0].read_text() == paths[1].read_text()


def test_csv_input_and_bad_input_exit_2(tmp_path, capsys):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"w": np.repeat([0, 1], 50), "age": rng.normal(size=100)})
    df["out"] = 2 * df["w"] + df["age"] + rng.normal(size=100)
    path = tmp_path / "d.csv"
    df.to_csv(path, index=False)
    out = tmp_path / "r.json"
    argv = ["estimate", "-d", str(path), "--treatment", "w", "--outcome", "out", "-m", "por", "--json", str(out)]
    assert main(argv) == 0
    assert json.loads(out.read_text())["ate"] == pytest.approx(2.0, abs=0.5)

    capsys.readouterr()
    assert main(["estimate", "-d", str(path), "--treatment", "nope", "--outcome", "out"]) == 2
    assert "not found" in capsys.readouterr().err
    bad = df.copy()
    bad.loc[5, "age"] = np.nan
    bad.to_csv(path, index=False)
    assert main(["estimate", "-d", str(path), "--treatment", "w", "--outcome", "out"]) == 2
    assert "missing values (age: 1; first on line 7)" in capsys.readouterr().err
    argv = ["estimate", "-d", str(path), "--treatment", "w", "--outcome", "out", "--dropna", "--json", str(out)]
    assert main(argv) == 0
    assert json.loads(out.read_text())["n"] == 99
    assert "dropped them (--dropna)" in capsys.readouterr().err
    bad = df.copy()
    bad.loc[0, "w"] = 3
    bad.to_csv(path, index=False)
    assert main(["estimate", "-d", str(path), "--treatment", "w", "--outcome", "out"]) == 2
    assert "binary" in capsys.readouterr().err
    assert main(["estimate", "-d", str(tmp_path / "missing.csv")]) == 2
    assert main(["estimate", "-m", "psm", "--se", "bootstrap"]) == 2
