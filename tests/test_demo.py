import json
import math

import pytest

from cocausal.cli import main
from cocausal.demo.runner import SECTIONS, run_demo


def _finite(value) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def test_demo_sections_write_report_and_results(tmp_path):
    only = ["estimators", "privacy", "fair_pooling"]
    results = run_demo(tmp_path, quick=True, seed=0, only=only)
    assert list(results["sections"]) == only
    saved = json.loads((tmp_path / "results.json").read_text())
    assert saved["sections"].keys() == results["sections"].keys()
    for key in only:
        section = saved["sections"][key]
        assert section["figures"] and all((tmp_path / f).is_file() for f in section["figures"])
        assert section["how_to_read"] and _finite(section["data"])
    html = (tmp_path / "report.html").read_text()
    assert html.count("data:image/png;base64,") == sum(len(saved["sections"][k]["figures"]) for k in only)
    est = saved["sections"]["estimators"]["data"]
    assert abs(est["estimates"]["aipw"]["ate"] - est["true_ate"]) < 0.5


def test_demo_rejects_unknown_section(tmp_path):
    with pytest.raises(ValueError, match="Unknown demo section"):
        run_demo(tmp_path, only=["nope"])
    assert main(["demo", "--only", "nope", "--out", str(tmp_path)]) == 2


def test_every_capability_has_a_section():
    assert [k for k, _ in SECTIONS] == ["estimators", "cci", "payoff", "privacy", "fair_pooling", "fair_predict"]


def test_the_demo_duration_is_stated_once_and_quoted_everywhere(capsys):
    """One source of truth for how long the demo takes (issue 17: it was stated four ways)."""
    import re
    from pathlib import Path

    from cocausal.cli import main
    from cocausal.demo import QUICK_DURATION

    root = Path(__file__).resolve().parents[1]
    assert main(["demo", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert QUICK_DURATION in help_text
    for doc in (root / "README.md", root / "docs" / "cli.md"):
        lines = [line for line in doc.read_text().splitlines() if line.startswith("cocausal demo")]
        assert lines and all(QUICK_DURATION in line for line in lines if "--quick" in line), (doc, lines)
        claims = re.findall(r"[^.\n]*cocausal demo[^.\n]*\b(?:\d+ minutes?|about \d+ minutes?)\b", doc.read_text())
        assert all(QUICK_DURATION.split(" on ")[0] in claim for claim in claims), (doc, claims)
    assert "six capabilities" in (root / "README.md").read_text()
