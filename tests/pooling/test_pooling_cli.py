"""``cocausal fair-pool``: example run, files, JSON keys, bad input exits with code 2."""

import json

import pytest

from cocausal.cli import main
from cocausal.scm import phd_example_files


def test_example_phd_json_and_plots(tmp_path):
    out, png, gpng = tmp_path / "phd.json", tmp_path / "phd.png", tmp_path / "graph.png"
    code = main(["fair-pool", "--example", "phd", "--samples", "5000", "--seed", "1", "--json", str(out),
                 "--plot", str(png), "--graph-plot", str(gpng)])
    assert code == 0
    js = json.loads(out.read_text())
    assert set(js) == {"order", "rule", "semantics", "fair_graph", "exogenous_edges", "fair_features", "removed",
                       "applicants"}
    assert js["order"] == "pooling-removal" and js["rule"] == "strict-majority"
    assert js["fair_features"] == ["Cvr", "Dpt", "Mrk"]
    experts = js["applicants"][0]["experts"]
    assert [round(e["unfair_score"], 6) for e in experts] == [4.72, 3.34]
    assert js["applicants"][0]["cf_gap"]["pooled_fair"]["gap"] == 0.0
    assert png.read_bytes()[:4] == b"\x89PNG" and gpng.read_bytes()[:4] == b"\x89PNG"


def test_model_files_removal_pooling_conditional(tmp_path):
    models, applicants = phd_example_files()
    out = tmp_path / "r.json"
    code = main(["fair-pool", *map(str, models), "--sensitive", "Gnd", "--rule", "strict-majority",
                 "--order", "removal-pooling", "--applicant", str(applicants), "--semantics", "conditional",
                 "--samples", "3000", "--json", str(out)])
    assert code == 0
    js = json.loads(out.read_text())
    assert js["fair_graph"] == [["Cvr", "Y"]] and js["semantics"] == "conditional"


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


GOOD_B = "predictor: Y\nexogenous: {U: {dist: normal}, G: {dist: bernoulli, p: 0.5}}\n" \
         "endogenous: {Gnd: G, X: U, Y: X + Gnd}\n"


@pytest.mark.parametrize(
    ("spec", "extra", "message"),
    [
        ("predictor: Y\nexogenous: {U: {dist: normal}}\nendogenous: {Gnd: Y + U, Y: Gnd}\n", [], "cyclic"),
        ("predictor: Y\nexogenous: {U: {dist: gamma}}\nendogenous: {Gnd: U, Y: Gnd}\n", [], "unknown distribution"),
        ("predictor: Y\nexogenous: {U: {dist: normal}}\nendogenous: {Gnd: U, Y: Gnd + Q}\n", [], "undefined"),
        ("predictor: Y\nexogenous: {U: {dist: normal}}\nendogenous: {Sex: U, Y: Sex}\n", [], "not variables"),
        ("predictor: Y\nexogenous: {U: {dist: normal}, G: {dist: bernoulli, p: 0.5}, W: {dist: normal}}\n"
         "endogenous: {Gnd: G, X: U, V: W, Y: X + Gnd + V}\n", [], "different variables"),
        (GOOD_B, ["--rule", "plurality"], "unknown aggregation rule"),
        (GOOD_B, ["--samples", "0"], "samples"),
        ("predictor: Y\nexogenous: {U: {dist: normal}}\nendogenous: {Gnd: \"__import__('os').system('x')\", Y: Gnd}\n",
         [], "refused"),
    ],
)
def test_bad_input_exit_2(tmp_path, capsys, spec, extra, message):
    a = _write(tmp_path, "a.yaml", GOOD_B)
    b = _write(tmp_path, "b.yaml", spec)
    app = _write(tmp_path, "app.json", '{"name": "x", "context": {"U": 0.1, "G": 1}}')
    code = main(["fair-pool", a, b, "--sensitive", "Gnd", "--applicant", app, "--samples", "500", *extra])
    assert code == 2
    assert message in capsys.readouterr().err.replace("\n", " ")


def test_missing_arguments_exit_2(tmp_path, capsys):
    assert main(["fair-pool"]) == 2
    assert main(["fair-pool", "--example", "nope"]) == 2
    a = _write(tmp_path, "a.yaml", GOOD_B)
    assert main(["fair-pool", a, "--sensitive", "Gnd"]) == 2
    assert "--applicant" in capsys.readouterr().err


def test_deprecated_protected_option_warns_and_still_runs(tmp_path, capsys):
    models, applicants = phd_example_files()
    outs = {}
    for option in ("--sensitive", "--protected"):
        outs[option] = tmp_path / f"{option.strip('-')}.json"
        code = main(["fair-pool", *map(str, models), option, "Gnd", "--applicant", str(applicants),
                     "--samples", "500", "--json", str(outs[option])])
        assert code == 0
        err = capsys.readouterr().err
        assert ("--protected is deprecated; use --sensitive" in err) == (option == "--protected")
    assert json.loads(outs["--protected"].read_text()) == json.loads(outs["--sensitive"].read_text())
    main(["fair-pool", "--help"])
    assert "--protected" not in capsys.readouterr().out
