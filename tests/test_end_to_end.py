"""End-to-end checks of the README contract: fresh install, ``cocausal demo --quick``, and the report in a browser.

These are slow (a fresh virtual environment and the whole demo); run them with ``python -m pytest -m slow``.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CAPABILITIES = {"estimators", "cci", "payoff", "privacy", "fair_pooling", "fair_predict"}


def _readme_commands() -> tuple[str, str]:
    """The two set-up commands of the README (install, tests), without trailing comments."""
    block = re.search(r"## Set up\s+```bash\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert block, "README.md must have a '## Set up' section with a bash block"
    lines = [ln.split("#")[0].strip() for ln in block.group(1).splitlines() if ln.strip()]
    assert len(lines) == 2, f"expected exactly two set-up commands, got {lines}"
    return lines[0], lines[1]


def _all_finite(value) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_all_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_all_finite(v) for v in value)
    return True


def _numbers(value):
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v)


def test_readme_has_install_and_test_commands():
    install, test = _readme_commands()
    assert install.startswith("pip install") and "-e" in install
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text()
    assert install in ci and test in ci, ".ci/run must run the README's commands verbatim"


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> Path:
    """Install as the README says into a fresh venv, then run ``cocausal demo --quick``."""
    tmp = tmp_path_factory.mktemp("e2e")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    install, _ = _readme_commands()
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}", "VIRTUAL_ENV": str(venv),
           "MPLBACKEND": "Agg"}
    env.pop("PYTHONPATH", None)
    subprocess.run(install, shell=True, cwd=ROOT, env=env, check=True, capture_output=True)
    out = tmp / "demo"
    proc = subprocess.run(
        [str(bin_dir / "cocausal"), "demo", "--quick", "--out", str(out), "--seed", "0"],
        cwd=tmp, env=env, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


@pytest.mark.slow
def test_demo_quick_from_fresh_install(demo_out):
    html = (demo_out / "report.html").read_text()
    assert html.count("data:image/png;base64,") >= 6
    results = json.loads((demo_out / "results.json").read_text())
    assert set(results["sections"]) >= CAPABILITIES
    for name in CAPABILITIES:
        section = results["sections"][name]
        assert _all_finite(section["data"]), name
        assert any(True for _ in _numbers(section["data"])), f"section {name} has no numbers"


@pytest.mark.slow
def test_report_renders_in_headless_chromium(demo_out):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); cannot screenshot the report")
    shot = demo_out / "report.png"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={demo_out / 'chromium-profile'}", "--hide-scrollbars",
         "--window-size=1200,4000", f"--screenshot={shot}", (demo_out / "report.html").as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000


def _readme_python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(_readme_python_blocks())))
def test_readme_python_examples_run(index, tmp_path):
    """Every Python example of the README runs as written (in a fresh interpreter)."""
    code = _readme_python_blocks()[index]
    proc = subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
