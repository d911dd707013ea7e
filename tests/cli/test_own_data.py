"""Every causal command on a user's own CSV (issue 17): --covariates, cci --party-column,
private-ate --bounds FILE.yaml, the sample-level clipping warning and the DP-noise sd, and the
same missing-value handling (--dropna) in estimate, cci and private-ate."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from cocausal.cli import main
from cocausal.privacy.codebook import load_bounds


@pytest.fixture(scope="module")
def user_csv(tmp_path_factory):
    """2,000 units, effect 2.0, an ID column (text), a hospital column and covariates on their own scales."""
    rng = np.random.default_rng(1)
    n = 2000
    age = rng.normal(40, 10, n)
    educ = rng.normal(12, 3, n)
    t = rng.binomial(1, 1 / (1 + np.exp(-(age - 40) / 10)))
    y = 2.0 * t + 0.1 * age + 0.2 * educ + rng.normal(size=n)
    frame = pd.DataFrame({"id": [f"p{i:05d}" for i in range(n)], "hospital": np.array(list("ABCD"))[np.arange(n) % 4],
                          "age": age, "educ": educ, "t": t, "y": y})
    path = tmp_path_factory.mktemp("own") / "user.csv"
    frame.to_csv(path, index=False)
    return path


def _codebook(tmp_path, text: str):
    path = tmp_path / "codebook.yaml"
    path.write_text(text)
    return str(path)


def test_estimate_with_covariates_skips_the_id_column(user_csv, tmp_path, capsys):
    base = ["estimate", "-d", str(user_csv), "--treatment", "t", "--outcome", "y", "-m", "por"]
    assert main(base) == 2
    assert "--covariates hospital" not in capsys.readouterr().err  # only numeric columns are offered
    out = tmp_path / "e.json"
    assert main([*base, "--covariates", "age,educ", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["ate"] == pytest.approx(2.0, abs=0.2)


def test_cci_party_column_uses_the_given_parties(user_csv, tmp_path):
    out = tmp_path / "c.json"
    argv = ["cci", "-d", str(user_csv), "--treatment", "t", "--outcome", "y", "--covariates", "age,educ",
            "--party-column", "hospital", "--json", str(out)]
    assert main(argv) == 0
    parties = json.loads(out.read_text())["parties"]
    assert [p["n"] for p in parties] == [500, 500, 500, 500]


def test_private_ate_codebook_gives_per_covariate_bounds(user_csv, tmp_path, capsys):
    book = _codebook(tmp_path, "outcome: [-5, 20]\ncovariates:\n  age: [0, 100]\n  educ: [0, 25]\n")
    bounds = load_bounds(book, ["age", "educ"])
    assert bounds.outcome == (-5.0, 20.0) and bounds.covariate_array().tolist() == [[0, 100], [0, 25]]
    out = tmp_path / "p.json"
    argv = ["private-ate", "-d", str(user_csv), "--treatment", "t", "--outcome", "y", "--covariates", "age,educ",
            "--bounds", book, "--json", str(out)]
    assert main(argv) == 0
    payload = json.loads(out.read_text())
    assert payload["outcome_bounds"] == [-5.0, 20.0]
    scales = {r["name"]: r["scale"] for r in payload["releases"]}
    assert payload["noise_sd"] == pytest.approx(np.sqrt(2 * scales["S1"] ** 2 + 2 * scales["S0"] ** 2) / 2000)
    assert "sd of the DP noise alone" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("outcome: [-5, 20]\ncovariates:\n  age: [0, 100]\n", "no bounds for covariate(s) ['educ']"),
     ("outcome: [20, -5]\ndefault: [0, 1]\n", "lo < hi"),
     ("covariates: {}\n", "'outcome"),
     ("outcome: [0, 1\n", "line 2"),
     ("a: &x [0, 1]\noutcome: *x\n", "aliases")],
)
def test_private_ate_bad_codebook_exits_2(user_csv, tmp_path, capsys, text, fragment):
    argv = ["private-ate", "-d", str(user_csv), "--treatment", "t", "--outcome", "y", "--covariates", "age,educ",
            "--bounds", _codebook(tmp_path, text)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and fragment in err, err


def test_sample_level_clipping_is_a_warning(user_csv, tmp_path, capsys):
    out = tmp_path / "p.json"
    argv = ["private-ate", "-d", str(user_csv), "--treatment", "t", "--outcome", "y", "--covariates", "age,educ",
            "--outcome-bounds", "-5,20", "--level", "sample", "--epsilon", "1", "--json", str(out)]
    assert main(argv) == 0
    payload = json.loads(out.read_text())
    assert payload["clipped_scores"] > 1000  # score noise of scale 20 against scores in [0, 1]
    err = capsys.readouterr().err
    assert "noisy propensity scores fell outside [0, 1]" in err and "raise --epsilon" in err
    assert any("noisy propensity scores" in w for w in payload["warnings"])


@pytest.mark.parametrize("command", ["estimate", "cci", "private-ate"])
def test_missing_values_are_refused_the_same_way_everywhere(command, tmp_path, capsys):
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"t": np.repeat([0, 1], 40), "x": rng.normal(size=80)})
    frame["y"] = frame["t"] + frame["x"] + rng.normal(size=80)
    frame.loc[3, "x"] = np.nan
    path = tmp_path / "na.csv"
    frame.to_csv(path, index=False)
    argv = [command, "-d", str(path), "--treatment", "t", "--outcome", "y"]
    extra = ["--outcome-bounds", "-5,5"] if command == "private-ate" else []
    assert main([*argv, *extra]) == 2
    assert "1 of 80 rows have missing values (x: 1; first on line 5)" in capsys.readouterr().err
    extra += ["--parties", "2"] if command == "cci" else []
    assert main([*argv, *extra, "--dropna"]) == 0
    assert "dropped them (--dropna)" in capsys.readouterr().err
