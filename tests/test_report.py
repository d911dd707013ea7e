import json
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from cocausal.cli import main
from cocausal.report.html import UnsafeFigureError, load_results, render_report


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
    assert "Each row is one estimator." in text and "<td class='text'>dim</td>" in text


def test_generic_json_report_and_cli(tmp_path):
    payload = {
        "method": "aipw",
        "ate": 4.01,
        "ci": [3.9, 4.1],
        "parties": [{"n": 10, "phi": 0.5}, {"n": 12, "phi": 0.25}],
    }
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


def _section_with(figure):
    return {"sections": {"est": {"title": "t", "figures": [figure]}}}


def test_figure_inside_results_folder_is_embedded_by_content(tmp_path):
    (tmp_path / "figs").mkdir()
    _png(tmp_path / "figs" / "plot.png")
    (tmp_path / "figs" / "plot.png").rename(tmp_path / "figs" / "plot.bin")
    (tmp_path / "v.svg").write_text("<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'></svg>")
    results = {"sections": {"est": {"figures": ["figs/plot.bin", {"path": "v.svg", "caption": "vector"}]}}}
    text = render_report(results, tmp_path / "r.html", base_dir=tmp_path).read_text()
    assert text.count("data:image/png;base64,") == 1 and text.count("data:image/svg+xml;base64,") == 1


@pytest.mark.parametrize("kind", ["dotdot", "absolute", "symlink", "not_an_image", "folder"])
def test_figures_outside_the_folder_or_not_images_are_refused(tmp_path, kind):
    results_dir = tmp_path / "results"
    results_dir.mkdir()
    secret = tmp_path / "secret.png"
    _png(secret)
    if kind == "dotdot":
        entry = "../secret.png"
    elif kind == "absolute":
        entry = str(secret)
    elif kind == "symlink":
        (results_dir / "link.png").symlink_to(secret)
        entry = "link.png"
    elif kind == "not_an_image":
        (results_dir / "id_rsa.png").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
        entry = "id_rsa.png"
    else:
        (results_dir / "dir.png").mkdir()
        entry = "dir.png"
    with pytest.raises(UnsafeFigureError, match="refused figure .*section 'est'"):
        render_report(_section_with(entry), tmp_path / "r.html", base_dir=results_dir)
    src = results_dir / "results.json"
    src.write_text(json.dumps(_section_with(entry)))
    out = tmp_path / "cli.html"
    assert main(["report", str(src), "--out", str(out)]) == 2
    assert not out.exists()


@pytest.mark.parametrize("payload, match", [
    ({"sections": {"a": 1}}, "section 'a' must be an object"),
    ({"sections": [1, 2]}, "'sections' must be an object"),
    ({"sections": {"a": {"tables": [{"columns": ["x"]}]}}}, "table #0"),
    ({"sections": {"a": {"figures": "a.png"}}}, "'figures' must be a list"),
    ({"sections": {"a": {"figures": [3]}}}, "figure #0"),
    ({"sections": {"a": {"params": [1]}}}, "'params' must be an object"),
])
def test_malformed_results_are_a_clear_error(tmp_path, payload, match, capsys):
    with pytest.raises(ValueError, match=match):
        render_report(payload, tmp_path / "r.html")
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(payload))
    assert main(["report", str(src), "--out", str(tmp_path / "r.html")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_report_out_folder_refused_before_reading(tmp_path):
    src = tmp_path / "r.json"
    src.write_text("{}")
    assert main(["report", str(src), "--out", str(tmp_path)]) == 2


# --------------------------------------------------------------------------- issue 17: one section per command


def _command_json(tmp_path, argv):
    from cocausal.cli import main

    out = tmp_path / "r.json"
    assert main([*argv, "--json", str(out)]) == 0
    return out


@pytest.mark.parametrize(
    ("argv", "title", "figures"),
    [(["estimate", "--dataset", "lalonde", "--method", "dim"], "ATE estimate (dim)", 1),
     (["cci", "--dataset", "ihdp", "--runs", "30"], "Collaborative causal inference", 2),
     (["payoff", "--game", "mnist_5_parties", "--budgets", "0.3,0,0,0,0"], "Payoffs and model rewards", 1),
     (["private-ate", "--dataset", "ihdp", "--runs", "3", "--total-epsilon", "3"], "Differentially private ATE", 1),
     (["fair-pool", "--example", "phd", "--samples", "500"], "Counterfactually fair pooling", 1),
     pytest.param(["fair-predict", "--methods", "constant,full", "--iterations", "5"],
                  "Counterfactually fair predictors", 1, marks=pytest.mark.slow)],
    ids=["estimate", "cci", "payoff", "private-ate", "fair-pool", "fair-predict"],
)
def test_each_command_json_gets_its_own_section_with_figures(tmp_path, argv, title, figures):
    from cocausal.cli import main

    results = _command_json(tmp_path, argv)
    page = tmp_path / "r.html"
    assert main(["report", str(results), "--out", str(page)]) == 0
    text = page.read_text()
    assert f">{title}" in text
    assert text.count("<img") == figures
    assert "<h3>" not in text  # not the generic field/value dump
    assert not re.search(r"<td>-?\d\.\d+e-1\d</td>", text)  # no float noise such as -5.551e-16


def test_repeated_runs_are_summarised_not_listed(tmp_path):
    from cocausal.cli import main

    results = _command_json(tmp_path, ["cci", "--dataset", "ihdp", "--runs", "200"])
    page = tmp_path / "r.html"
    assert main(["report", str(results), "--out", str(page)]) == 0
    text = page.read_text()
    assert text.count("<tr>") < 40  # a summary table and the first run, not 200 rows
    assert "download per-run rows (200 runs, CSV)" in text
    assert len(text) < 200_000


def test_float_noise_is_rounded_to_zero_at_the_results_scale():
    from cocausal.report.commands import denoise

    assert denoise([["a", -5.551e-16, 0.3], ["b", 0.3, 2.0]]) == [["a", 0.0, 0.3], ["b", 0.3, 2.0]]
    assert denoise([[-1.665e-16, 0.9583], [3.331e-16, 1.0]]) == [[0.0, 0.9583], [0.0, 1.0]]  # the demo's b = 0
    assert denoise([[1e-20, 2e-20]]) == [[1e-20, 2e-20]]  # a result on a tiny scale keeps its numbers
    assert denoise([[1e-8, 100.0]]) == [[1e-8, 100.0]]
    assert str(denoise([[-0.0, 1.0]])[0][0]) == "0.0"


@pytest.mark.slow
def test_report_screenshots_at_1400_and_800_px(tmp_path):
    """Screenshots of the demo report and of a command's report at 1400 and 800 px wide (issue 17:
    look at them before resolving a figure issue). Written to $COCAUSAL_SCREENSHOT_DIR (default: a
    temporary folder); skipped without a headless Chromium."""
    import os
    import shutil
    import subprocess

    browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)),
                   None)
    if browser is None:
        pytest.skip("no headless Chromium to take screenshots with")
    shots = Path(os.environ.get("COCAUSAL_SCREENSHOT_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    demo = tmp_path / "demo"
    assert main(["demo", "--quick", "--only", "estimators,cci,payoff,privacy,fair_pooling", "--out", str(demo)]) == 0
    cci = _command_json(tmp_path, ["cci", "--dataset", "ihdp", "--runs", "50"])
    assert main(["report", str(cci), "--out", str(tmp_path / "cci.html")]) == 0
    for page in (demo / "report.html", tmp_path / "cci.html"):
        for width in (1400, 800):
            shot = shots / f"{page.parent.name}-{page.stem}-{width}.png"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--window-size={width},6000", f"--screenshot={shot}", page.as_uri()],
                           capture_output=True, timeout=180, check=False)
            assert shot.is_file() and shot.stat().st_size > 10_000, shot
