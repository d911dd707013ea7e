"""The synthetic design and the ``cocausal private-ate`` command."""

import json

import numpy as np
import pytest

from cocausal.cli import main
from cocausal.datasets import make_private_ate_synthetic
from cocausal.datasets.bounds import declared_bounds


def test_synthetic_design_is_reproducible_and_inside_its_bounds():
    a = make_private_ate_synthetic(n=300, d=5, random_state=1)
    b = make_private_ate_synthetic(n=300, d=5, random_state=1)
    np.testing.assert_array_equal(a.data.y, b.data.y)
    lo, hi = a.extras["outcome_bounds"]
    assert lo <= a.data.y.min() and a.data.y.max() <= hi
    assert a.true_ate == 0.5 and a.data.X.min() >= 0 and a.data.X.max() <= 1
    with pytest.raises(ValueError):
        make_private_ate_synthetic(n=3)


def test_declared_bounds_cover_the_shipped_covariates():
    from cocausal.datasets import load_dataset

    for name in ("ihdp", "lalonde", "acic2016"):
        data = load_dataset(name).data
        lo, hi = (np.asarray(v, float) for v in declared_bounds(name)["covariates"])
        assert lo.shape == (data.n_features,)
        assert np.all(data.X >= lo) and np.all(data.X <= hi)
    with pytest.raises(ValueError, match="--outcome-bounds"):
        declared_bounds("unknown")


NON_PRIVATE_KEYS = {"psm_ate", "re_mean", "re_sd", "reference_ate", "evaluation", "clipped"}


def test_cli_default_json_is_the_release_record(tmp_path, monkeypatch):
    """The default command publishes the record and the budget only; it never even computes
    the non-private estimate (psm_ate would raise here)."""
    import cocausal.privacy.baselines as baselines

    def forbidden(*args, **kwargs):
        raise AssertionError("the default command computed a non-private estimate")

    monkeypatch.setattr(baselines, "psm_ate", forbidden)
    out = tmp_path / "r.json"
    assert main(["private-ate", "--dataset", "ihdp", "--epsilon", "1", "--level", "label",
                 "--outcome-bounds", "-5,15", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert payload["private"] is True and not NON_PRIVATE_KEYS & set(payload)
    for key in ("ate", "epsilon", "level", "spent", "k", "short_units", "releases", "warnings"):
        assert key in payload
    assert payload["level"] == "label" and len(payload["k"]) == 2
    assert sum(payload["spent"].values()) == pytest.approx(1.0)
    assert payload["total_epsilon"] == 1.0 and payload["total_epsilon_spent"] == pytest.approx(1.0)


def test_cli_runs_charge_a_stated_total_budget(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["private-ate", "--dataset", "private-ate-synthetic", "--epsilon", "2", "--level", "sample",
                 "--runs", "3", "--total-epsilon", "6", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert payload["runs"] == 3 and len(payload["ates"]) == 3 and payload["private"] is True
    assert payload["total_epsilon_spent"] == pytest.approx(6.0) and payload["total_epsilon"] == 6.0
    assert not NON_PRIVATE_KEYS & set(payload)
    assert "6 of 6 (3 runs)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--runs", "500"], "--total-epsilon 500"),
        (["--runs", "500", "--total-epsilon", "10"], "exceeds --total-epsilon 10"),
    ],
)
def test_cli_overspend_is_refused_before_any_release(args, message, tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["private-ate", "--dataset", "ihdp", "--outcome-bounds", "-5,15", "--json", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and not out.exists()


def test_cli_evaluate_mode_is_labelled_not_private(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["private-ate", "--dataset", "private-ate-synthetic", "--epsilon", "2", "--level", "sample",
                 "--runs", "3", "--total-epsilon", "6", "--evaluate", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert payload["private"] is False
    evaluation = payload["evaluation"]
    assert evaluation["private"] is False and "not_private" in evaluation
    assert evaluation["re_mean"] >= 0 and evaluation["re_sd"] >= 0
    assert set(evaluation["clipped"]) == {"outcome", "covariates"}
    table = capsys.readouterr().out
    assert "NOT PRIVATE research evaluation" in table and "non-private PSM (NOT private)" in table


@pytest.mark.parametrize(
    "args",
    [
        ["--epsilon", "0"],
        ["--epsilon", "nan"],
        ["--outcome-bounds", "5,1"],
        ["--outcome-bounds", "abc"],
        ["--runs", "0"],
    ],
)
def test_cli_bad_input_exits_2(args):
    assert main(["private-ate", "--dataset", "ihdp", *args]) == 2


def test_cli_csv_needs_bounds(tmp_path):
    data = make_private_ate_synthetic(n=100, d=3, random_state=0).data
    path = tmp_path / "d.csv"
    data.to_frame().to_csv(path, index=False)
    assert main(["private-ate", "--dataset", str(path), "--treatment", "t", "--outcome", "y"]) == 2
    assert main(["private-ate", "--dataset", str(path), "--treatment", "t", "--outcome", "y",
                 "--outcome-bounds", "-1,5", "--level", "strata"]) == 0


def test_cli_help_has_an_example(capsys):
    assert main(["private-ate", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example: cocausal private-ate" in out and "--outcome-bounds" in out
