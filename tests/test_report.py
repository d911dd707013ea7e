import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from cocausal.cli import main
from cocausal.report.html import load_results, render_report


def _png(path):
    fig, ax = plt.subplots(figsize=(2, 2))
    ax.plot([0, 1], [0, 1])
    fig.savefig(path)
    plt.close(fig)


def test_demo_style_report_embeds_figures(tmp_path):
    _png(tmp_path / "a.png")
    results = {
        "seed": 3,
        "sections": {
            "estimators": {
                "title": "ATE estimators",
                "how_to_read": "Each row is one estimator.",
                "params": {"dataset": "ihdp"},
                "tables": [{"title": "t", "columns": ["method", "ate"], "rows": [["dim", 4.0]]}],
                "figures": ["a.png"],
            }
        },
    }
    out = render_report(results, tmp_path / "report.html")
    text = out.read_text()
    assert text.count("data:image/png;base64,") == 1
    assert "Each row is one estimator." in text and "<td>dim</td>" in text


def test_generic_json_report_and_cli(tmp_path):
    payload = {"method": "aipw", "ate": 4.01, "ci": [3.9, 4.1], "parties": [{"n": 10, "phi": 0.5}, {"n": 12, "phi": 0.25}]}
    src = tmp_path / "r.json"
    src.write_text(json.dumps(payload))
    assert main(["report", str(src), "--out", str(tmp_path / "r.html")]) == 0
    text = (tmp_path / "r.html").read_text()
    assert "aipw" in text and "<th>phi</th>" in text


def test_missing_and_bad_results(tmp_path):
    with pytest.raises(FileNotFoundError, match="--json"):
        load_results(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError, match="JSON object"):
        load_results(bad)
    assert main(["report", str(tmp_path / "nope.json")]) == 2
