"""The CLI contract every ``cocausal`` command keeps (issue 9; documented in docs/cli.md).

- ``cocausal CMD --help`` exits 0 and shows an example;
- bad input exits 2 with one line ``error: ...`` on stderr (no traceback);
- an internal error exits 1 and tells the user to rerun with ``--debug``;
- ``cocausal --version`` prints the version;
- the ``--json`` keys a command writes are the keys docs/cli.md documents.

Commands are discovered from the typer app, so a newly registered command is covered by the
``--help`` test at once and fails the coverage test until it gets explicit bad-input and
internal-error cases below.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import cocausal
from cocausal.cli import COMMANDS, load_commands, main
from cocausal.cli.app import app, state

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"

load_commands()

#: The commands the CLI documents; each must be registered.
EXPECTED = ("estimate", "cci", "payoff", "private-ate", "fair-pool", "fair-predict", "report", "demo")


def _command_name(info) -> str:
    return info.name or info.callback.__name__.replace("_", "-")


#: Command groups (``cocausal coordinator ...``, ``cocausal party ...``): name -> their help text.
GROUPS = {g.name: g.typer_instance.info.help for g in app.registered_groups}
REGISTERED = tuple(sorted([_command_name(c) for c in app.registered_commands] + list(GROUPS)))
ALL = tuple(sorted(set(EXPECTED) | set(REGISTERED)))


def _require(command: str) -> None:
    assert command in REGISTERED, f"`cocausal {command}` is not registered on cocausal.cli.app"


def test_command_table_matches_the_registered_commands():
    """``cocausal --help`` lists the commands from COMMANDS without importing them: the table must
    name every registered command, and each summary must open the command's own docstring."""
    assert set(COMMANDS) == set(REGISTERED)
    for info in app.registered_commands:
        doc = " ".join(info.callback.__doc__.split("\n\n")[0].split())
        summary = COMMANDS[_command_name(info)][1]
        assert doc.startswith(summary.rstrip(".")), (summary, doc)
    for name, help_text in GROUPS.items():
        assert help_text.startswith(COMMANDS[name][1].rstrip(".")), (name, help_text)


@pytest.mark.parametrize("argv", [["--version"], ["--help"], []])
def test_version_and_help_load_no_numerical_library(argv):
    code = (
        f"import sys; from cocausal.cli import main; rc = main({argv!r}); "
        "heavy = sorted(m for m in ('numpy', 'pandas', 'scipy', 'sklearn', 'torch') if m in sys.modules); "
        "print(heavy); sys.exit(0 if rc in (0, 2) and not heavy else 1)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch):
    """``--debug`` sets a module-level flag; start every test without it."""
    monkeypatch.setitem(state, "debug", False)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --------------------------------------------------------------------------- files for bad input


def _causal_csv(tmp: Path) -> str:
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"w": np.repeat([0, 1], 50), "age": rng.normal(size=100)})
    frame["out"] = 2.0 * frame["w"] + frame["age"] + rng.normal(size=100)
    path = tmp / "causal.csv"
    frame.to_csv(path, index=False)
    return str(path)


def _write(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text)
    return str(path)


# Each case: (command, id, argv builder taking tmp_path, a fragment the error message must contain).
_BAD_INPUT = [
    ("estimate", "unknown-dataset", lambda t: ["--dataset", "no-such-data"], "neither a known data set"),
    ("estimate", "missing-file", lambda t: ["--dataset", str(t / "missing.csv")], "neither a known data set"),
    ("estimate", "missing-csv-column",
     lambda t: ["--dataset", _causal_csv(t), "--treatment", "nope", "--outcome", "out"], "not found"),
    ("estimate", "psm-bootstrap", lambda t: ["--method", "psm", "--se", "bootstrap"], "bootstrap"),
    ("cci", "rho0-zero", lambda t: ["--rho0", "0"], "rho0"),
    ("cci", "bad-split", lambda t: ["--split", "bogus"], "--split"),
    ("cci", "psm-bootstrap", lambda t: ["--estimator", "psm", "--se", "bootstrap"], "bootstrap"),
    ("cci", "missing-csv-column",
     lambda t: ["--dataset", _causal_csv(t), "--treatment", "w", "--outcome", "nope"], "not found"),
    ("payoff", "unknown-game", lambda t: ["--game", "no-such-game"], "shipped game"),
    ("payoff", "missing-file", lambda t: ["--game", str(t / "missing.json")], "shipped game"),
    ("payoff", "bad-budgets", lambda t: ["--budgets", "abc"], "--budgets"),
    ("payoff", "game-without-table", lambda t: ["--game", _write(t, "g.json", '{"x": 1}')], "value_by_bitmask"),
    ("private-ate", "epsilon-zero", lambda t: ["--epsilon", "0"], "epsilon"),
    ("private-ate", "epsilon-negative", lambda t: ["--epsilon", "-1"], "epsilon"),
    ("private-ate", "unknown-dataset", lambda t: ["--dataset", "no-such-data"], "neither a known data set"),
    ("private-ate", "csv-without-bounds",
     lambda t: ["--dataset", _causal_csv(t), "--treatment", "w", "--outcome", "out"], "--outcome-bounds"),
    ("fair-pool", "unknown-example", lambda t: ["--example", "nope"], "example"),
    ("coordinator", "serve-not-a-folder", lambda t: ["serve", str(t / "nowhere")], "not a coordinator folder"),
    ("coordinator", "status-without-key", lambda t: ["status", "s1"], "--admin-key"),
    ("coordinator", "unreachable", lambda t: ["status", "s1", "--admin-key", "ccadmin_x" * 3, "--url",
                                              "http://127.0.0.1:9"], "cannot reach the coordinator"),
    ("party", "not-enrolled", lambda t: ["status", "--config", str(t / "none.json")], "party enroll"),
    ("party", "upload-missing-file", lambda t: ["upload", str(t / "none.json"), "--config",
                                                _write(t, "p.json", '{"url": "http://127.0.0.1:9", "api_key": "k",'
                                                       ' "study": "s", "party": "p", "spec": {}}')], "none.json"),
    ("fair-pool", "no-models", lambda t: [], "model files"),
    ("fair-pool", "missing-model-file",
     lambda t: [str(t / "missing.yaml"), "--applicant", str(t / "a.json"), "--sensitive", "Gnd"], "does not exist"),
    ("fair-pool", "unknown-rule", lambda t: ["--example", "phd", "--rule", "bogus", "--samples", "100"], "rule"),
    ("fair-predict", "unknown-method", lambda t: ["--methods", "bogus"], "--methods"),
    ("fair-predict", "unknown-dataset", lambda t: ["--dataset", "no-such-data"], "--dataset"),
    ("fair-predict", "csv-without-target", lambda t: ["--dataset", _causal_csv(t)], "--target"),
    ("fair-predict", "missing-csv-column",
     lambda t: ["--dataset", _causal_csv(t), "--target", "nope", "--sensitive", "w"], "not found"),
    ("report", "missing-file", lambda t: [str(t / "missing.json")], "No results file"),
    ("report", "invalid-json", lambda t: [_write(t, "bad.json", "{not json"), "--out", str(t / "r.html")],
     "not valid JSON"),
    ("report", "not-an-object", lambda t: [_write(t, "list.json", "[1, 2]"), "--out", str(t / "r.html")],
     "JSON object"),
    ("demo", "unknown-section", lambda t: ["--out", str(t / "demo"), "--only", "nope"], "section"),
    # issue 17: nonsense that used to give a number, or an error without the file, the option or the fix
    ("estimate", "outcome-is-treatment",
     lambda t: ["--dataset", _causal_csv(t), "--treatment", "w", "--outcome", "w"], "--outcome"),
    ("cci", "outcome-is-treatment",
     lambda t: ["--dataset", _causal_csv(t), "--treatment", "w", "--outcome", "w"], "--outcome"),
    ("estimate", "duplicated-column",
     lambda t: ["--dataset", _write(t, "dup.csv", "w,y,x,x\n1,2,3,4\n0,1,2,5\n1,3,1,1\n0,2,2,2\n"),
                "--treatment", "w", "--outcome", "y"], "more than once"),
    ("estimate", "empty-csv",
     lambda t: ["--dataset", _write(t, "empty.csv", ""), "--treatment", "w", "--outcome", "y"], "empty.csv"),
    ("estimate", "header-only-csv",
     lambda t: ["--dataset", _write(t, "head.csv", "w,y,x\n"), "--treatment", "w", "--outcome", "y"],
     "no data rows"),
    ("estimate", "tokenizer-error",
     lambda t: ["--dataset", _write(t, "tok.csv", "w,y,x\n1,2,3\n0,1,2,5,6\n"), "--treatment", "w",
                "--outcome", "y"], "line 3 has 5 fields"),
    ("estimate", "missing-values",
     lambda t: ["--dataset", _write(t, "na.csv", "w,y,x\n1,2,\n0,1,2\n1,3,1\n0,2,2\n"), "--treatment", "w",
                "--outcome", "y"], "--dropna"),
    ("estimate", "id-column",
     lambda t: ["--dataset", _write(t, "id.csv", "id,w,y,x\na,1,2,1\nb,0,1,2\nc,1,3,1\nd,0,2,2\n"),
                "--treatment", "w", "--outcome", "y"], "--covariates x"),
    ("estimate", "unknown-covariate", lambda t: ["--covariates", "nope"], "--covariates"),
    ("cci", "party-column-on-shipped-data", lambda t: ["--party-column", "x1"], "--party-column"),
    ("cci", "too-much-work", lambda t: ["--parties", "20", "--estimator", "ipw", "--max-minutes", "0.01"],
     "--shapley montecarlo"),
    ("payoff", "exchange-rate-zero", lambda t: ["--exchange-rate", "0"], "--exchange-rate"),
    ("payoff", "exchange-rate-negative", lambda t: ["--exchange-rate", "-1"], "--exchange-rate"),
    ("payoff", "game-with-a-string",
     lambda t: ["--game", _write(t, "g.json", '{"value_by_bitmask": [0, "x", 1, 2]}')], "value_by_bitmask[1]"),
    ("report", "empty-object", lambda t: [_write(t, "e.json", "{}"), "--out", str(t / "r.html")], "empty"),
    ("fair-pool", "yaml-syntax",
     lambda t: [_write(t, "bad.yaml", "a: [1, 2\nb: 3\n"), "--applicant", _write(t, "a.json", "[]"),
                "--sensitive", "A"], "line 2"),
]


#: Cases that show a known contract violation (strict: remove the entry once the fix lands).
_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

BAD_INPUT = [
    pytest.param(
        case, id=f"{case[0]}:{case[1]}",
        marks=(
            [pytest.mark.xfail(strict=True, reason=_KNOWN_VIOLATIONS[case[:2]])]
            if case[:2] in _KNOWN_VIOLATIONS
            else []
        ),
    )
    for case in _BAD_INPUT
]


def test_expected_and_registered_commands_agree_with_docs():
    """Every registered command has bad-input cases and a section in docs/cli.md."""
    covered = {case[0] for case in _BAD_INPUT}
    assert set(REGISTERED) <= covered, f"add BAD_INPUT cases for {sorted(set(REGISTERED) - covered)}"
    assert set(REGISTERED) <= set(INTERNAL), f"add INTERNAL cases for {sorted(set(REGISTERED) - set(INTERNAL))}"
    doc = DOC.read_text()
    missing = [c for c in REGISTERED if f"## `cocausal {c}`" not in doc]
    assert not missing, f"docs/cli.md has no section for {missing}"


@pytest.mark.parametrize("command", ALL)
def test_help_exits_0_and_shows_an_example(command, capsys):
    _require(command)
    assert main([command, "--help"]) == 0
    assert "Example" in capsys.readouterr().out


def test_top_level_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in REGISTERED)


@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_exits_2_with_an_error_line(case, tmp_path, capsys):
    command, _, argv, fragment = case
    _require(command)
    assert main([command, *argv(tmp_path)]) == 2
    err = capsys.readouterr().err
    lines = _lines(err)  # one line, not wrapped at the 80 columns rich assumes off a terminal
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    assert "Traceback" not in err and "internal error" not in err
    assert fragment.lower() in " ".join(lines).lower(), err


@pytest.mark.parametrize(
    "argv",
    [["estimate", "--method", "bogus"], ["cci", "--parties", "0"], ["estimate", "--no-such-option"],
     ["no-such-command"], ["private-ate", "--level", "bogus"], ["cci", "--se", "bogus"],
     ["estimate", "--n-boot", "x"]],
    ids=["bad-choice", "below-min", "unknown-option", "unknown-command", "bad-enum", "bad-enum-cci", "not-an-int"],
)
def test_usage_errors_exit_2(argv, capsys):
    """Errors of the option parser (typer's vendored click) are bad input too."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    lines = _lines(err)
    assert len(lines) == 1 and lines[0].startswith("error:") and "Value error" not in err, err
    assert " -h " in lines[0], err  # says where the valid choices are listed


# --------------------------------------------------------------------------- internal errors

# Per command: (module attribute to break, argv). The attribute is read when the command runs.
INTERNAL = {
    "estimate": ("cocausal.cli.estimate.load_causal", []),
    "cci": ("cocausal.cli.cci._load", []),
    "payoff": ("cocausal.cli.payoff.allocate", []),
    "private-ate": ("cocausal.cli.private_ate._load", []),
    "fair-pool": ("cocausal.scm.examples.load_phd_example", ["--example", "phd"]),
    "fair-predict": ("cocausal.cli.fair_predict._load", ["--methods", "constant"]),
    "report": ("cocausal.cli.report.load_results", ["results.json"]),
    "demo": ("cocausal.demo.runner.run_demo", ["--quick"]),
    "coordinator": ("cocausal.service.setup.init_coordinator", ["init", "coord"]),
    "party": ("cocausal.cli.party._party", ["status"]),
}


def _boom(*args, **kwargs):
    raise RuntimeError("simulated internal failure")


@pytest.mark.parametrize("command", ALL)
def test_internal_error_exits_1_with_debug_hint(command, monkeypatch, tmp_path, capsys):
    _require(command)
    target, argv = INTERNAL[command]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(target, _boom)
    assert main([command, *argv]) == 1
    err = capsys.readouterr().err
    assert "internal error" in err and "RuntimeError" in err and "--debug" in err
    assert "Traceback" not in err


def test_debug_flag_shows_the_traceback(monkeypatch):
    monkeypatch.setattr("cocausal.cli.estimate.load_causal", _boom)
    with pytest.raises(RuntimeError, match="simulated internal failure"):
        main(["--debug", "estimate"])


# --------------------------------------------------------------------------- version


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cocausal {cocausal.__version__}"


def test_console_script_exit_codes():
    """The installed ``cocausal`` script turns main()'s return value into the exit status."""
    script = Path(sys.executable).with_name("cocausal")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}; install the package (pip install -e .)")
    ok = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and ok.stdout.strip() == f"cocausal {cocausal.__version__}"
    bad = subprocess.run([script, "estimate", "--dataset", "no-such-data"], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and _lines(bad.stderr)[0].startswith("error:")


# --------------------------------------------------------------------------- --json keys vs docs/cli.md


def _documented_keys(command: str, heading: str = "### `--json` schema") -> tuple[set[str], set[str]]:
    """(all top-level keys, keys whose meaning says 'only ...') of a key table of the command in docs/cli.md."""
    doc = DOC.read_text()
    start = doc.index(f"## `cocausal {command}`")
    start = doc.index(heading, start)
    end = doc.find("\n#", start + 1)
    section = doc[start: end if end > 0 else None]
    keys, optional = set(), set()
    for key, meaning in re.findall(r"^\| `([A-Za-z_]+)` \|[^|]*\|(.*)\|\s*$", section, flags=re.M):
        keys.add(key)
        if "only" in meaning.lower():
            optional.add(key)
    assert keys, f"no --json key table in the {command} section of docs/cli.md"
    return keys, optional


JSON_RUNS = {
    "estimate": ["--dataset", "ihdp", "--method", "aipw"],
    "cci": ["--dataset", "ihdp", "--runs", "2"],
    "payoff": ["--game", "mnist_5_parties", "--budgets", "0.3,0,0,0,0"],
    "private-ate": ["--dataset", "ihdp", "--runs", "2", "--total-epsilon", "2"],
    "fair-pool": ["--example", "phd", "--samples", "200"],
    "fair-predict": ["--methods", "constant", "--iterations", "5"],
}


@pytest.mark.parametrize(
    "command",
    [pytest.param(c, marks=pytest.mark.slow) if c == "fair-predict" else c for c in JSON_RUNS],
)
def test_json_keys_match_docs(command, tmp_path):
    _require(command)
    out = tmp_path / "out.json"
    assert main([command, *JSON_RUNS[command], "--json", str(out)]) == 0
    produced = set(json.loads(out.read_text()))
    documented, optional = _documented_keys(command)
    assert produced <= documented, f"undocumented keys: {sorted(produced - documented)}"
    assert documented - optional <= produced, f"documented but not written: {sorted(documented - optional - produced)}"


def test_demo_results_json_keys_match_docs(tmp_path):
    _require("demo")
    out = tmp_path / "demo"
    assert main(["demo", "--quick", "--only", "estimators", "--out", str(out)]) == 0
    results = json.loads((out / "results.json").read_text())
    documented, optional = _documented_keys("demo", heading="### `results.json` layout")
    assert documented - optional <= set(results) <= documented
    assert list(results["sections"]) == ["estimators"]
    section_keys = {"title", "how_to_read", "params", "tables", "figures", "data", "warnings", "seconds"}
    assert set(results["sections"]["estimators"]) == section_keys  # the keys docs/cli.md lists per section
    assert (out / "report.html").is_file()
