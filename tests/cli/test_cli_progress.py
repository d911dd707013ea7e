"""``cocausal cci`` progress (issue 17): a transient coalition (or permutation) bar on a terminal's stderr, nothing
extra when stderr is a pipe or a file."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from cocausal.cci.study import CollaborativeATE
from cocausal.cli import _common, main

ARGS = ["cci", "--dataset", "ihdp", "--parties", "6", "--estimator", "ipw", "--json", "-"]


def _run(capsys, args=ARGS):
    assert main(args) == 0
    return capsys.readouterr()


def test_output_to_a_non_terminal_is_unchanged(capsys, monkeypatch):
    with_bar = _run(capsys)
    assert "coalitions" not in with_bar.err
    assert "\r" not in with_bar.err and "\x1b" not in with_bar.err
    fit = CollaborativeATE.fit

    def fit_without_progress(self, parties, *, progress=None, **kwargs):
        return fit(self, parties, **kwargs)

    monkeypatch.setattr(CollaborativeATE, "fit", fit_without_progress)
    without = _run(capsys)
    assert with_bar.out == without.out
    assert with_bar.err == without.err
    assert json.loads(with_bar.out)["parties"]  # stdout is the JSON alone


@pytest.mark.parametrize(
    "extra, bar, end",
    [
        ([], "cci ipw: coalitions", "63/63"),  # 2^6 - 1 coalitions, the last call done == total
        (["--shapley", "montecarlo", "--permutations", "20"], "cci ipw: permutations", "20/20"),
    ],
)
def test_a_terminal_shows_the_bar_of_the_shapley_method(capsys, monkeypatch, extra, bar, end):
    screen = io.StringIO()
    monkeypatch.setattr(_common, "err_console", Console(file=screen, force_terminal=True, width=120))
    _run(capsys, ARGS + extra)
    drawn = screen.getvalue()
    assert bar in drawn
    assert end in drawn
