"""Every shell example in README.md and docs/cli.md runs as written (issue 17).

The examples are read from the ```bash / ```console blocks: each ``cocausal ...`` line (a
``$ `` prompt and a trailing ``# comment`` are dropped; ``# exit N`` or a transcript's
``exit N`` line states the expected status, 0 otherwise). ``VAR=$(python -c ...)`` lines and
``python -c ...`` lines of the same block run first, in the same folder, so the examples that
point at the shipped example files or write a CSV first work as a reader would run them. Each
document's examples run in order in one folder of their own (so ``cocausal report
out/cci.json`` finds the file the ``cci`` example wrote), through :func:`cocausal.cli.main`
(the console script's function). The coordinator and party examples need a running coordinator and are run by
tests/service; long examples are marked slow.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from cocausal.cli import main
from cocausal.cli.app import state

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "README.md", ROOT / "docs" / "cli.md")

#: Examples that need a running coordinator (tests/service runs them) or a terminal session.
SERVICE = ("cocausal coordinator", "cocausal party")

#: Examples that take more than a few seconds (the slow job runs them).
SLOW = ("cocausal demo", "demo-out/", "cocausal fair-predict", "--dataset digits", "--runs 1000")

#: Placeholders of the generic usage lines (``cocausal COMMAND --help``).
PLACEHOLDERS = ("COMMAND", "...")


def _blocks(text: str):
    for match in re.finditer(r"```(?:bash|console|sh)\n(.*?)```", text, flags=re.S):
        start = text.count("\n", 0, match.start()) + 2
        yield start, match.group(1).replace("\\\n", " ").splitlines()


def _examples():
    found = []
    for doc in DOCS:
        for start, lines in _blocks(doc.read_text()):
            setup = []
            for offset, raw in enumerate(lines):
                line = raw.strip()
                if line.startswith("$ "):
                    line = line[2:]
                if re.match(r"^[A-Z_]+=\$\(python -c ", line) or line.startswith("python -c "):
                    setup.append(line)
                    continue
                if not line.startswith("cocausal ") or any(p in line.split() for p in PLACEHOLDERS):
                    continue
                command, _, comment = line.partition("  #")
                expected = re.search(r"exit (\d)", comment)
                if ";" in command:  # a transcript line: `cmd; echo "exit $?"`, the status on a later line
                    command = command.split(";")[0]
                    later = next((m for m in (re.match(r"^exit (\d)$", x.strip()) for x in lines[offset + 1:]) if m),
                                 None)
                    expected = later
                if "|" in command or command.strip().startswith("cocausal --debug"):
                    continue  # a pipe into tail: the --debug traceback, covered by test_cli_contract
                where = f"{doc.name}:{start + offset}"
                marks = []
                if command.startswith(SERVICE):
                    marks.append(pytest.mark.skip(reason="needs a running coordinator; tests/service runs it"))
                elif any(s in command for s in SLOW):
                    marks.append(pytest.mark.slow)
                found.append(pytest.param(command.strip(), tuple(setup), int(expected.group(1)) if expected else 0,
                                          id=where, marks=marks))
    return found


EXAMPLES = _examples()


def test_the_docs_have_examples():
    assert len(EXAMPLES) >= 20


def _run_setup(setup, cwd: Path) -> dict[str, str]:
    env = {}
    for line in setup:
        assignment = re.match(r"^([A-Z_]+)=\$\((python -c .*)\)$", line)
        code = shlex.split(assignment.group(2) if assignment else line)[2]
        done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120,
                              check=True)
        if assignment:
            env[assignment.group(1)] = done.stdout.strip()
    return env


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """One working folder per document."""
    return {doc.name: tmp_path_factory.mktemp(doc.stem) for doc in DOCS}


@pytest.mark.parametrize(("command", "setup", "expected"), EXAMPLES)
def test_example_runs_as_written(command, setup, expected, folders, request, monkeypatch, capsys):
    folder = folders[request.node.callspec.id.split(":")[0]]
    monkeypatch.chdir(folder)
    monkeypatch.setitem(state, "debug", False)
    env = _run_setup(setup, folder)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    argv = [os.path.expandvars(a) for a in shlex.split(command)][1:]
    code = main(argv)
    captured = capsys.readouterr()
    assert code == expected, f"{command} exited {code}, the docs say {expected}:\n{captured.err}"
