"""Library code builds ``matplotlib.figure.Figure`` objects and never touches pyplot state."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "cocausal"

PLOTTING_MODULES = (
    "cocausal.cci.plots",
    "cocausal.demo._figures",
    "cocausal.demo.estimators",
    "cocausal.demo.privacy",
    "cocausal.payoff.plots",
    "cocausal.pooling.graphs",
    "cocausal.pooling.pipeline",
    "cocausal.predictors.plots",
    "cocausal.scm.graph",
)

_PROBE = """
import importlib, json, sys
import matplotlib
before = matplotlib.get_backend()
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps({"before": before, "after": matplotlib.get_backend(),
                  "pyplot": "matplotlib.pyplot" in sys.modules}))
"""


@pytest.mark.parametrize("backend", ["pdf", "svg"])
def test_importing_plotting_modules_keeps_the_backend(backend):
    env = {**os.environ, "MPLBACKEND": backend}
    out = subprocess.run([sys.executable, "-c", _PROBE, *PLOTTING_MODULES], env=env, check=True,
                         capture_output=True, text=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["before"] == backend
    assert seen["after"] == backend
    assert not seen["pyplot"], "a plotting module imported matplotlib.pyplot"


def test_no_library_module_selects_a_backend_or_imports_pyplot():
    offenders = [
        f"{path.relative_to(SRC.parent)}: {needle}"
        for path in sorted(SRC.rglob("*.py"))
        if "cli" not in path.relative_to(SRC).parts[:1]
        for needle in ("matplotlib.use(", "import matplotlib.pyplot", "from matplotlib import pyplot")
        if needle in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_source_scan_sees_the_plotting_modules():
    sources = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")}
    for name in PLOTTING_MODULES:
        assert name.removeprefix("cocausal.").replace(".", "/") + ".py" in sources
