"""``cocausal fair-predict`` on a small CSV (fast settings)."""

import json

import numpy as np
import pandas as pd
import pytest

from cocausal.cli import main


@pytest.fixture()
def csv_path(tmp_path):
    rng = np.random.default_rng(0)
    n = 600
    race = rng.choice(["x", "y"], size=n)
    k = rng.normal(size=n)
    gpa = 3 + 0.4 * k - 0.3 * (race == "y") + 0.2 * rng.normal(size=n)
    lsat = rng.poisson(np.exp(3.3 + 0.1 * k))
    frame = pd.DataFrame({"race": race, "gpa": gpa, "lsat": lsat, "fya": k + 0.5 * rng.normal(size=n)})
    path = tmp_path / "toy.csv"
    frame.to_csv(path, index=False)
    return path


def test_cli_json_and_plot(csv_path, tmp_path):
    out, png = tmp_path / "res.json", tmp_path / "res.png"
    code = main(["fair-predict", "--dataset", str(csv_path), "--sensitive", "race", "--target", "fya",
                 "--methods", "fairk,full,constant", "--iterations", "60", "--json", str(out),
                 "--plot", str(png)])
    assert code == 0
    payload = json.loads(out.read_text())
    names = [m["name"] for m in payload["methods"]]
    assert names == ["fairk", "full", "constant"]
    for key in ("name", "rmse", "mae", "mmd_rbf", "mmd_linear", "wasserstein", "mmd_reference",
                "wass_reference", "seconds"):
        assert key in payload["methods"][0]
    assert payload["methods"][2]["wasserstein"] == 0.0
    assert png.stat().st_size > 0


def test_cli_bad_input_exit_code(csv_path):
    assert main(["fair-predict", "--dataset", str(csv_path), "--target", "fya", "--methods", "magic"]) == 2
    assert main(["fair-predict", "--dataset", "nope.csv", "--target", "fya"]) == 2
    assert main(["fair-predict", "--dataset", "law", "--sensitive", "sex"]) == 2
