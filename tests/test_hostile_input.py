"""Hostile and extreme input fails safely: the library's own ValueError/TypeError, CLI exit 2.

Two tiers: hypothesis property tests of the parsers (equations, SCM specs, JSON, game
tables), which may raise only ``ValueError``/``TypeError`` subclasses and never
``RecursionError``/``MemoryError``/``OverflowError``; and a table-driven CLI test that writes
each file of the audit's fuzz corpus, runs the command in a subprocess and checks exit code
2, a one-line message, the time and the peak memory.
"""

from __future__ import annotations

import gzip
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocausal.games import TabularGame
from cocausal.limits import InputLimitError, check_count, load_json
from cocausal.scm import Expression, load_scm

_SAFE = (ValueError, TypeError)
_TOKENS = ["X", "Y", "U", "0", "1", "2.5", "1e308", "10", "-", "+", "*", "/", "//", "%", "**", "(", ")",
           " not ", " and ", " or ", " if ", " else ", "<", "==", ">=", "exp(", "log(", "sqrt(", "max(", ",",
           "__import__", ".", "[", "]", "lambda", "'s'", "9" * 400]


@st.composite
def _equations(draw):
    return "".join(draw(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=60)))


def _nested(depth: int, kind: str) -> str:
    return {
        "not": "not " * depth + "X",
        "chain": "<".join(["X"] * depth),
        "neg": "-" * depth + "X",
        "paren": "(" * depth + "X" + ")" * depth,
        "pow": "**".join(["10"] * depth),
        "and": " and ".join(["X"] * depth),
    }[kind]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_equations(), st.text(max_size=80)))
def test_expression_parser_raises_only_library_errors(text):
    try:
        expr = Expression(text)
        expr({name: np.array([0.0, 1.0, -1.0, 1e300]) for name in expr.names}, 4)
    except _SAFE:
        pass


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["not", "chain", "neg", "paren", "pow", "and"]), st.integers(1, 12_000))
def test_deep_or_long_expressions_fail_fast(kind, depth):
    start = time.perf_counter()
    try:
        Expression(_nested(depth, kind))({"X": np.ones(2)}, 2)
    except _SAFE:
        pass
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("text, error", [
    ("10**10**10", "failed"), ("1/0", "division by zero"), ("X ** 1e6", "NaN or infinite"),
    (_nested(2400, "not"), "nested deeper"), (_nested(3000, "chain"), "nested deeper"),
    (_nested(9000, "neg"), "nested deeper"), ("max(" + "X, " * 2100 + "X)", "syntax nodes"), ("X" * 10_001, "longer"),
])
def test_expression_caps_and_overflow_messages(text, error):
    with pytest.raises(ValueError, match=error):
        Expression(text)({"X": np.full(2, 10.0)}, 2)


_json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=30,
)


def _spec_texts():
    spec = st.fixed_dictionaries({
        "exogenous": st.dictionaries(st.sampled_from(["U", "V", "_u", "exp"]), _json_values | st.fixed_dictionaries(
            {"dist": st.sampled_from(["normal", "poisson", "beta", "categorical", "nope"]),
             "lam": st.integers() | st.floats(), "p": _json_values}), max_size=3),
        "endogenous": st.dictionaries(st.sampled_from(["X", "Y", "U"]), _equations() | _json_values, max_size=3),
    })
    dumped = spec.map(lambda s: yaml.safe_dump(s, sort_keys=False))
    injected = st.tuples(dumped, st.sampled_from(["&a ", "*a ", "!!python/object/apply:os.system ", "!x ", "<<: ",
                                                  "[" * 200, "- " * 100, "{a: " * 80])).map(
        lambda pair: pair[0].replace("{", pair[1], 1) if "{" in pair[0] else pair[1] + pair[0])
    return st.one_of(dumped, injected, st.text(max_size=200))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_spec_texts(), st.sampled_from([".yaml", ".json"]))
def test_scm_spec_loader_raises_only_library_errors(text, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"spec{suffix}"
        path.write_text(text)
        try:
            load_scm(path).sample(3, random_state=0)
        except _SAFE:
            pass


@settings(max_examples=200, deadline=None)
@given(st.one_of(_json_values.map(json.dumps), st.text(max_size=100),
                 st.integers(1, 200_000).map(lambda d: "[" * d + "]" * d),
                 st.integers(1, 200_000).map(lambda d: '{"a":' * d + "1" + "}" * d)))
def test_json_loader_raises_only_library_errors(text):
    try:
        load_json("input.json", text=text)
    except _SAFE:
        pass


@settings(max_examples=150, deadline=None)
@given(st.one_of(
    st.fixed_dictionaries({"value_by_bitmask": st.lists(st.floats() | st.integers() | st.text(max_size=3),
                                                        max_size=16)}, optional={"parties": _json_values}),
    _json_values,
))
def test_game_table_loader_raises_only_library_errors(payload):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "game.json"
        path.write_text(json.dumps(payload))
        try:
            TabularGame.from_json(path)
        except _SAFE:
            pass


def test_game_values_that_would_overflow_are_refused(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"value_by_bitmask": [0.0, 1e308, 1e308, -1e308]}))
    with pytest.raises(InputLimitError, match="rescale"):
        TabularGame.from_json(path)


def test_count_caps():
    assert check_count(5e6, "--samples", 5_000_000) == 5_000_000
    with pytest.raises(InputLimitError, match="--samples = 5,000,000,000 exceeds"):
        check_count(5_000_000_000, "--samples", 5_000_000)
    with pytest.raises(TypeError, match="integer"):
        check_count(math.nan, "n", 10)


# ---------------------------------------------------------------------------- the CLI corpus
_BOMB = "\n".join(
    [f"l0: &l0 [{', '.join(['lol'] * 9)}]"]
    + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
) + "\n"
_APPLICANTS = json.dumps([{"name": "a", "context": {"X": 1.0}}])


def _spec(equation: str) -> str:
    return yaml.safe_dump({"exogenous": {"U": {"dist": "normal"}}, "endogenous": {"X": "U", "Y": equation}})


def _write_wide_csv(path: Path) -> None:
    header = ",".join(["t", "y", *(f"x{j}" for j in range(100_000))])
    row = ",".join(["1"] * 100_002)
    path.write_text("\n".join([header, row, row]) + "\n")


def _write_gzip_bomb(path: Path) -> None:
    chunk = b"0,0,0\n" * 200_000
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b"t,y,x\n")
        for _ in range(300 * 2**20 // len(chunk)):
            fh.write(chunk)


_FAIR_POOL = ["fair-pool", "{model}", "--sensitive", "X", "--applicant", "{applicants}"]
_CASES = {
    "yaml alias bomb": ("model.yaml", _BOMB, _FAIR_POOL, "aliases"),
    "nested not": ("model.yaml", _spec(_nested(2400, "not")), _FAIR_POOL, "nested deeper"),
    "comparison chain": ("model.yaml", _spec(_nested(3000, "chain")), _FAIR_POOL, "nested deeper"),
    "unary minus": ("model.yaml", _spec(_nested(9000, "neg")), _FAIR_POOL, "nested deeper"),
    "huge power": ("model.yaml", _spec("10**10**10"), _FAIR_POOL, "rescale"),
    "division by zero": ("model.yaml", _spec("1/0"), _FAIR_POOL, "division by zero"),
    "yaml python tag": ("model.yaml", "exogenous: !!python/object/apply:os.system ['id']\n", _FAIR_POOL, "tags"),
    "deep spec": ("model.yaml", "[" * 100_000 + "]" * 100_000, _FAIR_POOL, "levels deep"),
    "deep applicants": ("applicants.json", "[" * 100_000 + "]" * 100_000,
                        ["fair-pool", "--example", "phd", "--applicant", "{applicants}"], "levels deep"),
    "deep game": ("game.json", "[" * 100_000 + "]" * 100_000, ["payoff", "--game", "{path}"], "levels deep"),
    "deep results": ("results.json", "[" * 100_000 + "]" * 100_000, ["report", "{path}", "--out", "{out}"],
                     "levels deep"),
    "overflowing game": ("game.json", json.dumps({"value_by_bitmask": [0, 1e308, 1e308, 1.7e308]}),
                         ["payoff", "--game", "{path}"], "larger in magnitude"),
    "samples": (None, None, ["fair-pool", "--example", "phd", "--samples", "5000000000"], "exceeds the limit"),
    "json is a folder": (None, None, ["payoff", "--json", "{folder}"], "is a folder"),
    "report outside file": ("results.json", json.dumps({"sections": {"s": {"figures": ["/etc/passwd"]}}}),
                            ["report", "{path}", "--out", "{out}"], "absolute paths"),
    "malformed results": ("results.json", json.dumps({"sections": {"a": 1}}), ["report", "{path}", "--out", "{out}"],
                          "must be an object"),
    "wide csv": ("wide.csv", _write_wide_csv, ["estimate", "--dataset", "{path}", "--treatment", "t",
                                               "--outcome", "y"], "columns"),
    "gzip bomb": ("bomb.csv.gz", _write_gzip_bomb, ["estimate", "--dataset", "{path}", "--treatment", "t",
                                                    "--outcome", "y"], "256 MiB"),
}
_RUNNER = (
    "import sys, time\n"
    "from cocausal.cli import main\n"
    "start = time.perf_counter()\n"
    "rc = main(sys.argv[2:])\n"
    "seconds = time.perf_counter() - start\n"
    # VmHWM is this process image's own peak: ru_maxrss would carry the forking pytest worker's peak across exec.
    "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "open(sys.argv[1], 'w').write(f'{peak} {seconds}')\n"
    "sys.exit(rc)\n"
)


@pytest.mark.parametrize("case", sorted(_CASES))
def test_hostile_file_exits_2_with_one_line_fast_and_small(tmp_path, case):
    name, content, args, expected = _CASES[case]
    path = tmp_path / (name or "unused")
    if callable(content):
        content(path)
    elif content is not None:
        path.write_text(content)
    model = tmp_path / "model.yaml" if name == "model.yaml" else path
    applicants = path if name == "applicants.json" else tmp_path / "applicants.json"
    if not applicants.exists():
        applicants.write_text(_APPLICANTS)
    fields = {"path": path, "model": model, "applicants": applicants, "out": tmp_path / "out.html",
              "folder": tmp_path}
    argv = [a.format(**fields) for a in args]
    measured = tmp_path / "peak_kib_and_seconds"
    proc = subprocess.run([sys.executable, "-c", _RUNNER, str(measured), *argv], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("error:"), proc.stderr
    assert expected in lines[0]
    peak_kib, seconds = measured.read_text().split()
    assert float(seconds) < 10.0, "the command (after interpreter start-up) must fail within 10 s"
    assert int(peak_kib) < 2**20, "peak resident memory must stay under 1 GiB"


def test_capped_csv_reader_reads_plain_and_gzip_by_content(tmp_path):
    from cocausal.limits import read_csv

    text = "t,y,x\n1,2.5,0\n0,1.5,1\n"
    (tmp_path / "a.csv").write_text(text)
    with gzip.open(tmp_path / "b.data", "wt") as fh:
        fh.write(text)
    for name in ("a.csv", "b.data"):
        assert read_csv(tmp_path / name).shape == (2, 3)
    with pytest.raises(InputLimitError, match="3 columns, more than the limit of 2"):
        read_csv(tmp_path / "a.csv", max_columns=2)
    with pytest.raises(InputLimitError, match="MiB"):
        read_csv(tmp_path / "b.data", max_bytes=10)
