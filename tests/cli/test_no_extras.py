"""Without the ``fair`` extra (torch, pyro-ppl), ``cocausal fair-predict`` is bad input: exit 2 and one
line that names ``cocausal[fair]``, no traceback; the torch-based predictors raise an ImportError that
says the same.

The missing package is simulated by a folder on ``PYTHONPATH`` whose ``torch.py`` / ``pyro.py`` raises
``ModuleNotFoundError`` as an absent package does, so the tests run in the full environment too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _hide(tmp_path: Path, *packages: str) -> dict[str, str]:
    """An environment in which importing each of ``packages`` fails like an uninstalled package."""
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    for name in packages:
        (shadow / f"{name}.py").write_text(
            f"raise ModuleNotFoundError(\"No module named '{name}'\", name={name!r})\n"
        )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(shadow), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _cocausal(*args: str) -> list[str]:
    """The command line of the installed ``cocausal`` script (or of ``main()`` where it is not installed)."""
    script = Path(sys.executable).with_name("cocausal")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "import sys; from cocausal.cli import main; sys.exit(main())", *args]


@pytest.mark.parametrize("hidden", [("torch", "pyro"), ("pyro",)], ids=["no-torch", "no-pyro"])
def test_fair_predict_without_the_fair_extra_exits_2_naming_it(tmp_path, hidden):
    env = _hide(tmp_path, *hidden)
    done = subprocess.run(_cocausal("fair-predict", "--methods", "constant"), capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("error:"), done.stderr
    assert "install cocausal[fair]" in lines[0], done.stderr
    assert f"No module named '{hidden[0]}'" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_torch_predictor_import_without_torch_names_the_extra(tmp_path):
    code = (
        "import cocausal.predictors as P\n"
        "assert P.FullPredictor.__name__ == 'FullPredictor'\n"
        "try:\n"
        "    P.FairKPredictor\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(exc)\n"
        "else:\n"
        "    raise SystemExit('FairKPredictor imported without torch')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_hide(tmp_path, "torch", "pyro"), cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "install cocausal[fair]" in done.stdout and "No module named 'torch'" in done.stdout, done.stdout
