"""``cocausal payoff`` command."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cocausal.cli import main
from cocausal.games import load_collab_ml_game
from cocausal.payoff import allocate

KEYS = {"phi", "payoff", "lambda", "model_value", "flows", "status"}


def test_default_runs_on_the_shipped_mnist_table(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["payoff", "--budgets", "0.3,0,0,0,0", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert KEYS <= payload.keys() and payload["status"] == "optimal"
    ref = allocate(load_collab_ml_game("mnist_5_parties"), [0.3, 0, 0, 0, 0])
    np.testing.assert_allclose(payload["lambda"], ref.lambdas)
    np.testing.assert_allclose(payload["flows"], ref.flows)
    text = capsys.readouterr().out
    assert "model value" in text and "Payoff flows" in text


def test_json_file_game_with_exchange_rate_and_caps(tmp_path):
    game = tmp_path / "game.json"
    game.write_text(json.dumps({"value_by_bitmask": [0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]}))
    out = tmp_path / "out.json"
    code = main(["payoff", "--game", str(game), "--budgets", "0", "--exchange-rate", "2",
                 "--caps", "inf,1,inf", "--json", str(out)])
    assert code == 0
    payload = json.loads(out.read_text())
    np.testing.assert_allclose(payload["model_value"], [2.0, 1.0, 1.0], atol=1e-9)
    np.testing.assert_allclose(payload["payoff"], 0.0, atol=1e-9)
    assert payload["budgets"] == [0.0, 0.0, 0.0]


def test_inf_budgets_and_plot(tmp_path):
    out, png = tmp_path / "o.json", tmp_path / "p.png"
    assert main(["payoff", "--game", "imdb_5_parties", "--json", str(out), "--plot", str(png)]) == 0
    payload = json.loads(out.read_text())
    assert payload["lambda"] == [1.0] * 5 and payload["budgets"] == ["inf"] * 5
    assert png.stat().st_size > 10_000


@pytest.mark.parametrize(
    "args",
    [
        ["--budgets", "-1"],
        ["--budgets", "0.1,0.2"],
        ["--budgets", "a,b"],
        ["--game", "no_such_game"],
        ["--game", "mnist_5_parties", "--dataset", "digits"],
        ["--dataset", "cifar"],
        ["--realise"],
    ],
)
def test_bad_input_exits_2(args, capsys):
    assert main(["payoff", *args]) == 2
    assert "error" in capsys.readouterr().err


def test_digits_with_realised_rewards(tmp_path):
    out = tmp_path / "d.json"
    assert main(["payoff", "--dataset", "digits", "--budgets", "0", "--realise", "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    assert payload["players"] == ["[0]", "[1-2]", "[0-3]", "[3-5]", "[6-9]"]
    achieved, target = np.array(payload["achieved"]), np.array(payload["model_value"])
    assert np.all(achieved >= target - 0.02)
    assert payload["weakly_efficient"] is True
