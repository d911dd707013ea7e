"""What a person reads (issue 17): tables that never cut a number at widths 60, 80 and 120 when the
output goes to a file, ``--json -`` on stdout, each warning printed once in CLI terms, one
missing-number sign."""

from __future__ import annotations

import json
import re

import pytest

from cocausal.cli import _common, main
from cocausal.cli._common import MISSING, cli_text, fmt, print_table


@pytest.fixture
def width(monkeypatch, tmp_path):
    """Set the console width; the output goes to a file (not a terminal), as in a pipe or a log."""

    def set_width(columns: int):
        path = tmp_path / f"out-{columns}.txt"
        handle = path.open("w")
        monkeypatch.setattr(_common.console, "_width", columns)
        monkeypatch.setattr(_common.console, "_file", handle)
        return path, handle

    return set_width


def _numbers(payload_values) -> list[str]:
    return [fmt(float(v)) for v in payload_values]


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_payoff_numbers_are_never_cut(columns, width, tmp_path):
    path, handle = width(columns)
    out = tmp_path / "p.json"
    assert main(["payoff", "--game", "mnist_5_parties", "--budgets", "0.3,0,0,0,0", "--json", str(out)]) == 0
    handle.close()
    text = path.read_text()
    assert "…" not in text and "..." not in text, text
    assert max(len(line) for line in text.splitlines()) <= columns, text
    payload = json.loads(out.read_text())
    flat = re.sub(r"\s+", " ", text)
    for value in _numbers(payload["phi"]) + _numbers(payload["model_value"]):
        assert value in flat, (value, text)


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_cci_numbers_are_never_cut(columns, width, tmp_path):
    path, handle = width(columns)
    out = tmp_path / "c.json"
    assert main(["cci", "--dataset", "ihdp", "--json", str(out)]) == 0
    handle.close()
    text = path.read_text()
    assert "…" not in text and "..." not in text, text
    assert max(len(line) for line in text.splitlines()) <= columns, text
    payload = json.loads(out.read_text())
    for party in payload["parties"]:
        for key in ("v", "phi", "r", "tau_r", "se_r"):
            value = party[key]
            assert (MISSING if value is None else fmt(float(value))) in text, (key, value, text)


def test_wide_table_folds_to_a_vertical_layout(width):
    path, handle = width(40)
    print_table("wide", ["name", *[f"column {i}" for i in range(8)]],
                [["row", *[8.0370123456e-05 * (i + 1) for i in range(8)]]])
    handle.close()
    text = path.read_text()
    assert "…" not in text
    for i in range(8):
        assert f"column {i}: {fmt(8.0370123456e-05 * (i + 1))}" in text


def test_text_columns_left_and_numbers_right(width):
    path, handle = width(80)
    print_table("t", ["name", "value"], [["a", 1.5], ["longer name", 100.25]])
    handle.close()
    lines = [line for line in path.read_text().splitlines() if "│" in line]
    assert lines[0].startswith("│ a ") and lines[0].rstrip().endswith("1.5 │"), lines


def test_missing_numbers_look_the_same_everywhere():
    from cocausal.report.html import _fmt

    assert fmt(float("nan")) == MISSING == fmt(None) == _fmt(None) == _fmt(float("nan"))


def test_json_dash_writes_json_to_stdout_only(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["estimate", "--dataset", "lalonde", "--method", "dim", "--json", "-"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["method"] == "dim"  # stdout is the JSON and nothing else
    assert "ate" in captured.err  # the table went to stderr
    assert not (tmp_path / "-").exists()


def test_each_warning_is_printed_once_naming_the_run(capsys):
    assert main(["estimate", "--dataset", "ihdp", "--method", "aipw"]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "propensity scores clipped" in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("warning (aipw on ihdp-1):"), err
    assert ".py:" not in err  # no source path or source line of a raw Python warning


def test_library_phrasing_becomes_cli_options():
    assert cli_text("e.g. budgets=[0.3] + [0] * 4.") == "e.g. --budgets 0.3,0,0,0,0."
    assert cli_text("stopped at max_iter=50; raise max_iter.") == "stopped at --iterations 50; raise --iterations."
    assert cli_text("use se='analytic'.") == "use --se analytic."
    assert cli_text("Drop or impute these rows before building CausalData.").startswith(
        "Drop or impute these rows in the CSV file")
    assert cli_text("two\nlines") == "two lines"


def test_monte_carlo_limit_is_named_by_its_option(monkeypatch):
    from cocausal.cli.app import state

    monkeypatch.setitem(state, "command", "cci")
    text = cli_text("stopped by MaxPermutations(20) before reaching StandardErrorTarget(0.01, relative=True)")
    assert text == "stopped by --permutations 20 before reaching a 1% relative standard error"
