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


# ---------------------------------------------------------------- input checks met by a new user (issue 16)
def _frame(n=300, seed=1):
    rng = np.random.default_rng(seed)
    k = rng.normal(size=n)
    return pd.DataFrame({"grp": rng.choice(["p", "q"], size=n), "income": rng.lognormal(size=n),
                         "gpa": 3 + 0.4 * k + 0.2 * rng.normal(size=n), "fya": k + 0.5 * rng.normal(size=n)})


def test_continuous_sensitive_column_is_refused_within_a_second(tmp_path, capsys):
    import time

    path = tmp_path / "cont.csv"
    _frame().to_csv(path, index=False)
    start = time.perf_counter()
    code = main(["fair-predict", "--dataset", str(path), "--sensitive", "income", "--target", "fya",
                 "--features", "gpa"])
    assert code == 2 and time.perf_counter() - start < 1.0
    err = capsys.readouterr().err
    assert "income" in err and "300 distinct values" in err and "--bin-sensitive" in err


def test_binned_sensitive_column_runs_and_headers_name_it(tmp_path, capsys):
    path, out = tmp_path / "cont.csv", tmp_path / "res.json"
    _frame().to_csv(path, index=False)
    code = main(["fair-predict", "--dataset", str(path), "--sensitive", "income", "--bin-sensitive", "3",
                 "--target", "fya", "--features", "gpa", "--methods", "full,constant", "--iterations", "20",
                 "--json", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "quantile bins" in captured.err
    assert "income" in captured.out and "race" not in captured.out  # headers name the actual column
    details = json.loads(out.read_text())["details"]
    assert details["sensitive"] == "income" and len(details["methods"][0]["fairness"]["model:fairk"]["values"]) == 3


def test_missing_values_are_refused_with_the_count_or_dropped_on_request(tmp_path, capsys):
    frame = _frame()
    frame.loc[[3, 5, 8], "gpa"] = np.nan
    frame.loc[[8, 9], "grp"] = np.nan
    path = tmp_path / "na.csv"
    frame.to_csv(path, index=False)
    argv = ["fair-predict", "--dataset", str(path), "--sensitive", "grp", "--target", "fya", "--features", "gpa",
            "--methods", "constant", "--iterations", "20"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "4 of 300 rows" in err and "gpa (3)" in err and "grp (2)" in err and "--dropna" in err
    assert main([*argv, "--dropna"]) == 0
    assert "dropped 4 of 300 rows" in capsys.readouterr().err


def test_progress_names_the_method_being_fitted(csv_path, monkeypatch):
    from cocausal.predictors import evaluation

    labels = []
    real = evaluation.compare_predictors

    def spy(*args, progress=None, **kwargs):
        def record(label):
            labels.append(label)
            progress(label)
        return real(*args, progress=record, **kwargs)

    monkeypatch.setattr(evaluation, "compare_predictors", spy)
    assert main(["fair-predict", "--dataset", str(csv_path), "--target", "fya", "--methods", "full,constant",
                 "--iterations", "20"]) == 0
    assert labels[:3] == ["fitting full", "fitting constant", "fitting fairk"] and labels[-1] == "evaluating"
