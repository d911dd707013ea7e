"""SCM engine: graph derivation, bad specs, distributions, sampling, V(u), do(), loaders."""

import json

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.scm import (
    SCM,
    Bernoulli,
    Beta,
    Categorical,
    Constant,
    Normal,
    Poisson,
    SCMBuilder,
    Uniform,
    distance_layers,
    distribution_from_spec,
    edge_layers,
    load_phd_example,
    load_scm,
    save_scm,
    scm_from_dict,
)

# Failure probability of each 4-SE check is about 6e-5 (two-sided normal tail).
Z4 = 4.0


def linear():
    return SCM(
        {"U_x": {"dist": "normal", "mean": 1.0, "sd": 1.0}, "U_z": {"dist": "normal"}, "U_y": {"dist": "normal"}},
        {"X": "U_x", "Z": "X + U_z", "Y": "2 * X + 3 * Z + U_y"},
        predictor="Y",
        name="linear",
    )


# ---------------------------------------------------------------- graph derivation
def test_graph_derived_from_equations():
    m = linear()
    assert sorted(m.graph.edges) == [("U_x", "X"), ("U_y", "Y"), ("U_z", "Z"), ("X", "Y"), ("X", "Z"), ("Z", "Y")]
    assert m.graph.nodes["U_x"]["kind"] == "exogenous" and m.graph.nodes["Y"]["kind"] == "endogenous"
    assert m.endogenous_names == ["X", "Z", "Y"]
    assert m.parents("Y") == ["U_y", "X", "Z"]
    assert m.descendants("X") == {"Z", "Y"}
    assert m.ancestors("Z") == {"U_x", "U_z", "X"}
    assert m.distance_layers() == [{"Y"}, {"U_y", "X", "Z"}, {"U_x", "U_z"}]


def test_phd_graphs():
    a, b = load_phd_example()[0]
    endo = lambda m: sorted(e for e in m.graph.edges if not e[0].startswith("U_"))  # noqa: E731
    assert endo(a) == [("Age", "Job"), ("Cvr", "Y"), ("Dpt", "Mrk"), ("Dpt", "Y"), ("Gnd", "Dpt"),
                       ("Gnd", "Job"), ("Job", "Y"), ("Mrk", "Y")]
    assert endo(b) == [("Age", "Job"), ("Age", "Y"), ("Cvr", "Y"), ("Dpt", "Mrk"), ("Dpt", "Y"),
                       ("Gnd", "Job"), ("Job", "Y"), ("Mrk", "Y")]
    assert a.invertible() == {"Age": True, "Gnd": True, "Dpt": False, "Job": True, "Cvr": True, "Mrk": True,
                              "Y": False}


def test_cycle_rejected_with_cycle_named():
    with pytest.raises(ValueError, match=r"cyclic: (A -> B -> A|B -> A -> B)"):
        SCM({"U": {"dist": "normal"}}, {"A": "B + U", "B": "A"})
    with pytest.raises(ValueError, match="cyclic: A -> A"):
        SCM({}, {"A": "A + 1"})


def test_bad_specs():
    with pytest.raises(ValueError, match=r"undefined variable\(s\) \['Q'\]"):
        SCM({"U": 0.0}, {"Y": "Q + U"})
    with pytest.raises(ValueError, match="unknown distribution 'gamma'"):
        SCM({"U": {"dist": "gamma", "k": 2}}, {"Y": "U"})
    with pytest.raises(ValueError, match="both exogenous and endogenous"):
        SCM({"Y": 0.0}, {"Y": "1"})
    with pytest.raises(ValueError, match="predictor 'U'"):
        SCM({"U": 0.0}, {"Y": "U"}, predictor="U")
    with pytest.raises(ValueError, match="no endogenous"):
        SCM({"U": 0.0}, {})
    with pytest.raises(ValueError, match="unknown key"):
        scm_from_dict({"exogenous": {}, "endogenous": {"Y": "1"}, "equations": {}})


@pytest.mark.parametrize(
    ("spec", "match"),
    [
        ({"dist": "normal", "sd": -1}, "sd must be"),
        ({"dist": "bernoulli", "p": 1.5}, r"p must lie in \[0, 1\]"),
        ({"dist": "categorical", "p": [0.5, 0.4]}, "sum to 1"),
        ({"dist": "categorical", "p": [0.5, 0.5], "values": [1]}, "one value per probability"),
        ({"dist": "beta", "alpha": 2}, "missing parameter"),
        ({"dist": "poisson", "lam": 0}, "lam must be"),
        ({"dist": "uniform", "low": 1, "high": 0}, "low < high"),
        ({"dist": "normal", "mu": 0}, "unknown parameter 'mu'"),
        ({"lam": 3}, "lacks a 'dist'"),
    ],
)
def test_bad_distributions(spec, match):
    with pytest.raises(ValueError, match=match):
        distribution_from_spec(spec)


# ---------------------------------------------------------------- distributions
@pytest.mark.parametrize(
    "dist",
    [Normal(2.0, 0.5), Uniform(-1, 3), Bernoulli(0.3), Categorical((0.7, 0.2, 0.1), (0, 1, 2)), Poisson(3.0),
     Beta(5, 2), Constant(4.0)],
)
def test_distribution_moments(dist):
    x = dist.sample(np.random.default_rng(1), 200_000)
    se = np.sqrt(dist.var / x.size)
    assert abs(x.mean() - dist.mean) <= Z4 * se + 1e-12
    assert distribution_from_spec(dist.to_dict()) == dist


def test_densities_exact():
    assert Beta(2, 2).density(np.array([0.8]))[0] == pytest.approx(6 * 0.8 * 0.2)
    assert Beta(5, 2).density(np.array([0.4]))[0] == pytest.approx(30 * 0.4**4 * 0.6)
    assert Bernoulli(0.3).density(np.array([0.0, 1.0, 0.5])).tolist() == pytest.approx([0.7, 0.3, 0.0])
    assert Categorical((0.7, 0.2, 0.1), (0, 10, 20)).density(np.array([10.0, 5.0])).tolist() == [0.2, 0.0]
    assert Poisson(3).density(np.array([2.0, 2.5]))[0] == pytest.approx(9 / 2 * np.exp(-3))
    assert Poisson(3).density(np.array([2.5]))[0] == 0.0
    assert Uniform(0, 4).density(np.array([1.0, 5.0])).tolist() == [0.25, 0.0]
    assert Categorical((0.25, 0.75), (3, 7)).support().tolist() == [3.0, 7.0]


# ---------------------------------------------------------------- evaluation V(u)
def test_unfair_scores_exact_from_context():
    (a, b), applicants = load_phd_example()
    ctx1, ctx2 = applicants[0][1], applicants[1][1]
    # Expert A: Job = 1 + 1/0.5 + 22/100, Dpt = 0, Mrk = 0.9, Cvr = 0.6
    assert a.evaluate(ctx1)["Y"] == pytest.approx(3.22 + 0 + 0.9 + 0.6)
    assert a.evaluate(ctx2)["Y"] == pytest.approx(1.22 + 0 + 0.9 + 0.6)
    # Expert B: Job = 1 + 0.22 + 0.5 * Gnd, Cvr = 0.5, plus Age/100
    assert b.evaluate(ctx1)["Y"] == pytest.approx(0.22 + 1.72 + 0 + 0.9 + 0.5)
    assert b.evaluate(ctx2)["Y"] == pytest.approx(0.22 + 1.22 + 0 + 0.9 + 0.5)
    assert a.evaluate(ctx1)["Age"] == 22.0 and "U_age" not in a.evaluate(ctx1)


def test_evaluate_vectorised_and_missing_inputs():
    m = linear()
    out = m.evaluate({"U_x": np.array([0.0, 1.0]), "U_z": np.array([1.0, 1.0]), "U_y": np.array([0.0, 2.0])})
    assert out["Y"].tolist() == [3.0, 2 + 6 + 2]
    with pytest.raises(ValueError, match=r"needs \['U_y'\]"):
        m.value_of("Y", {"U_x": 0.0, "U_z": 0.0})
    with pytest.raises(ValueError, match="has no variable"):
        m.evaluate({"W": 1.0})


# ---------------------------------------------------------------- sampling
def test_sample_reproducible_and_crn():
    m = linear()
    s1, s2 = m.sample(1000, 7), m.sample(1000, 7)
    assert all(np.array_equal(s1[k], s2[k]) for k in s1)
    fixed = m.sample(1000, 7, context={"U_x": 0.0})
    assert np.array_equal(fixed["U_y"], s1["U_y"]) and np.array_equal(fixed["U_z"], s1["U_z"])
    assert not np.array_equal(m.sample(1000, 8)["U_y"], s1["U_y"])


def test_sample_zero_rejected():
    with pytest.raises(ValueError, match="positive integer"):
        linear().sample(0)
    with pytest.raises(ValueError, match="positive integer"):
        linear().sample(2.5)


def test_sampling_equals_naive_evaluation():
    """Equivalence: vectorised propagation == per-unit evaluation of V(u)."""
    a = load_phd_example()[0][0]
    s = a.sample(200, 3)
    for i in range(0, 200, 17):
        u = {k: s[k][i] for k in a.exogenous_names}
        vals = a.evaluate(u)
        for v in a.endogenous_names:
            assert vals[v] == pytest.approx(s[v][i])


def test_phd_prior_mean_of_expert_a():
    # E[Y_A] = E[Job] + E[Dpt] + E[Mrk] + E[Cvr]
    #        = (0.3 + 1 + 0.23) + 0.5 * 0.04 + (0.5 + 0.1 * 0.85 - 0.1 * 0.15) + (5/7 + 0.2)
    a = load_phd_example()[0][0]
    y = a.sample(200_000, 11)["Y"]
    expected = 1.53 + 0.02 + 0.57 + 5 / 7 + 0.2
    assert abs(y.mean() - expected) <= Z4 * y.std() / np.sqrt(y.size)


# ---------------------------------------------------------------- do()
def test_do_linear_gaussian_closed_form():
    m = linear().do({"X": 2.0})
    assert sorted(m.graph.predecessors("X")) == []
    y = m.sample(200_000, 5)["Y"]
    # Y = 2*2 + 3*(2 + U_z) + U_y: mean 10, variance 9 + 1
    assert abs(y.mean() - 10.0) <= Z4 * np.sqrt(10 / y.size)
    assert abs(y.var() - 10.0) <= Z4 * 10 * np.sqrt(2 / y.size)
    assert linear().do({"X": 2.0}).evaluate({"U_z": 0.5, "U_y": 1.0})["Y"] == 4 + 3 * 2.5 + 1.0
    with pytest.raises(ValueError, match="exogenous"):
        linear().do({"U_x": 1.0})
    with pytest.raises(ValueError, match="finite"):
        linear().do({"X": float("nan")})


def test_do_via_sample_equals_mutilated_model():
    m = linear()
    a = m.sample(500, 2, do={"Z": 1.0})
    b = m.do({"Z": 1.0}).sample(500, 2)
    assert np.array_equal(a["Y"], b["Y"])


# ---------------------------------------------------------------- graph utils
def test_edge_layers_and_distance_layers():
    g = nx.DiGraph([("A", "B"), ("B", "Y"), ("C", "Y"), ("D", "A")])
    assert edge_layers(g, "Y") == {("A", "B"): 2, ("B", "Y"): 1, ("C", "Y"): 1, ("D", "A"): 3}
    assert distance_layers(g, "Y") == [{"Y"}, {"B", "C"}, {"A"}, {"D"}]
    with pytest.raises(ValueError, match="not in the graph"):
        distance_layers(g, "Q")


def test_draw_png(tmp_path):
    path = tmp_path / "g.png"
    linear().draw(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- loaders / builder
def test_roundtrip_yaml_json(tmp_path):
    a = load_phd_example()[0][0]
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"a{suffix}"
        save_scm(a, path)
        back = load_scm(path)
        assert back.to_dict() == a.to_dict()
    assert json.loads((tmp_path / "a.json").read_text())["predictor"] == "Y"


def test_loader_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_scm(tmp_path / "missing.yaml")
    p = tmp_path / "m.txt"
    p.write_text("x")
    with pytest.raises(ValueError, match="unknown spec format"):
        load_scm(p)
    p = tmp_path / "cyc.yaml"
    p.write_text("exogenous: {U: {dist: normal}}\nendogenous: {A: B + U, B: A * 2}\n")
    with pytest.raises(ValueError, match="cyc.yaml.*cyclic"):
        load_scm(p)


def test_builder():
    m = (SCMBuilder("b").exogenous("U", Normal()).exogenous("V", {"dist": "uniform"})
         .equation("X", "U + V").equation("Y", 2).predictor("Y").build())
    assert m.name == "b" and m.predictor == "Y" and m.parents("X") == ["U", "V"]
    assert m.evaluate({"U": 1.0, "V": 0.5}) == {"U": 1.0, "V": 0.5, "X": 1.5, "Y": 2.0}


@settings(max_examples=30, deadline=None)
@given(n_nodes=st.integers(2, 7), data=st.data())
def test_random_dag_specs_build_and_topological(n_nodes, data):
    """Property: any DAG spec builds, and the topological order respects every edge."""
    names = [f"V{i}" for i in range(n_nodes)]
    eqs = {}
    for i, v in enumerate(names):
        parents = data.draw(st.lists(st.sampled_from(names[:i]), unique=True)) if i else []
        eqs[v] = " + ".join(["U"] + parents)
    m = SCM({"U": {"dist": "normal"}}, eqs)
    pos = {v: k for k, v in enumerate(m.endogenous_names)}
    assert all(pos[a] < pos[b] for a, b in m.graph.edges if a != "U")
    s = m.sample(5, 0)
    assert all(np.all(np.isfinite(s[v])) for v in names)
