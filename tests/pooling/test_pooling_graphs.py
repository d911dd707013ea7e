"""Removal and pooling on hand-made graphs with known answers, the PhD toy graphs, properties."""

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.pooling.graphs import fair_pool_graphs, pooling, removal
from cocausal.scm import SCM, load_phd_example


def g(*edges):
    return nx.DiGraph(list(edges))


# ---------------------------------------------------------------- removal
def test_removal_known_answer():
    g1 = g(("A", "M"), ("M", "Y"), ("B", "Y"), ("C", "B"))
    g2 = g(("B", "M"), ("M", "Y"), ("C", "Y"), ("A", "Y"))
    (f1, f2), removed = removal([g1, g2], ["A"], "Y", ["e1", "e2"])
    assert removed == {"A": "sensitive attribute", "M": "descendant of A in e1 (A -> M)"}
    assert sorted(f1.edges) == [("B", "Y"), ("C", "B")]
    assert sorted(f2.edges) == [("C", "Y")]
    assert "A" not in f1 and "M" not in f2 and "Y" in f1


def test_removal_errors():
    with pytest.raises(ValueError, match=r"\['Q'\] are not variables of e1"):
        removal([g(("A", "Y"))], ["Q"], "Y", ["e1"])
    with pytest.raises(ValueError, match="cannot be a sensitive"):
        removal([g(("A", "Y"))], ["Y"], "Y")
    with pytest.raises(ValueError, match="no sensitive"):
        removal([g(("A", "Y"))], [], "Y")


# ---------------------------------------------------------------- pooling
def test_pooling_acyclicity_rejects_accepted_edge():
    e1 = g(("A", "Y"), ("B", "Y"), ("A", "B"))
    e2 = g(("A", "Y"), ("B", "Y"), ("B", "A"))
    pooled, decisions = pooling([e1, e2], "majority", "Y")
    assert sorted(pooled.edges) == [("A", "B"), ("A", "Y"), ("B", "Y")]
    last = decisions[-1]
    assert (last.source, last.target, last.accepted) == ("B", "A", False)
    assert "would close the cycle" in last.reason
    pooled, _ = pooling([e1, e2], "strict-majority", "Y")
    assert sorted(pooled.edges) == [("A", "Y"), ("B", "Y")]


def test_pooling_condorcet_cycle_three_experts():
    base = [("A", "Y"), ("B", "Y"), ("C", "Y")]
    experts = [g(*base, ("A", "B"), ("B", "C")), g(*base, ("B", "C"), ("C", "A")), g(*base, ("C", "A"), ("A", "B"))]
    pooled, decisions = pooling(experts, "strict-majority", "Y")
    # every pairwise edge has 2/3 votes; deterministic order A->B, B->C, then C->A closes a cycle
    assert sorted(pooled.edges) == sorted([*base, ("A", "B"), ("B", "C")])
    rejected = [d for d in decisions if not d.accepted]
    assert [(d.source, d.target) for d in rejected] == [("C", "A")]
    assert "A -> B -> C -> A" in rejected[0].reason
    assert nx.is_directed_acyclic_graph(pooled)


def test_pooling_visit_order():
    """Documented order: layer, then more supporting experts, then (source, target)."""
    e1 = g(("B", "Y"), ("Z", "B"), ("A", "Z"))
    e2 = g(("B", "Y"), ("A", "Y"), ("B", "A"), ("Z", "B"))
    pooled, decisions = pooling([e1, e2], "dictatorship:0", "Y")
    assert [(d.source, d.target, d.layer) for d in decisions] == [
        ("B", "Y", 1), ("A", "Y", 1), ("Z", "B", 2), ("B", "A", 2), ("A", "Z", 3)
    ]
    assert sorted(pooled.edges) == [("A", "Z"), ("B", "Y"), ("Z", "B")]


def test_pooling_ignores_edges_not_connected_to_predictor():
    e1 = g(("A", "Y"), ("P", "Q"))
    pooled, decisions = pooling([e1], "unanimity", "Y")
    assert sorted(pooled.edges) == [("A", "Y")]
    assert {(d.source, d.target) for d in decisions} == {("A", "Y")}


# ---------------------------------------------------------------- both orders on the toy case
def test_phd_pooling_removal():
    models, _ = load_phd_example()
    res = fair_pool_graphs(models, ["Gnd"], rule="strict-majority", order="pooling-removal")
    assert res.edges == (("Cvr", "Y"), ("Dpt", "Mrk"), ("Dpt", "Y"), ("Mrk", "Y"))
    assert res.exogenous_edges == (("U_cvr", "Cvr"), ("U_dpt", "Dpt"), ("U_mrk", "Mrk"))
    assert res.fair_features == ("Cvr", "Dpt", "Mrk")
    assert res.removed["Gnd"] == "sensitive attribute"
    assert res.removed["Job"].startswith("descendant of Gnd in the pooled graph")
    assert "not an ancestor" in res.removed["Age"]
    assert set(res.removed) == {"Gnd", "Job", "Age", "U_age", "U_gnd", "U_job"}
    rejected = {(d.source, d.target) for d in res.decisions if not d.accepted}
    assert rejected == {("Age", "Y"), ("Gnd", "Dpt")}


def test_phd_removal_pooling():
    models, _ = load_phd_example()
    res = fair_pool_graphs(models, "Gnd", rule="strict-majority", order="removal-pooling")
    assert res.edges == (("Cvr", "Y"),)
    assert res.fair_features == ("Cvr",)
    assert res.removed["Dpt"] == "descendant of Gnd in expert_a (Gnd -> Dpt)"
    assert res.removed["Mrk"] == "descendant of Gnd in expert_a (Gnd -> Dpt -> Mrk)"
    # with majority (>= half) Age -> Y from expert B is kept
    res = fair_pool_graphs(models, "Gnd", rule="majority", order="removal-pooling")
    assert res.fair_features == ("Age", "Cvr")


def test_phd_dictatorship_of_b_pooling_removal():
    models, _ = load_phd_example()
    res = fair_pool_graphs(models, ["Gnd"], rule="dictatorship:1", order="pooling-removal")
    assert res.fair_features == ("Age", "Cvr", "Dpt", "Mrk")


def test_fair_pool_graphs_errors():
    models, _ = load_phd_example()
    with pytest.raises(ValueError, match="unknown order"):
        fair_pool_graphs(models, ["Gnd"], order="both")
    with pytest.raises(ValueError, match="unknown aggregation rule"):
        fair_pool_graphs(models, ["Gnd"], rule="borda")
    with pytest.raises(ValueError, match=r"\['Sex'\] are not variables of expert_a"):
        fair_pool_graphs(models, ["Sex"])


def _with_extra_variable():
    a, b = load_phd_example()[0]
    spec = b.to_dict()
    spec["exogenous"]["U_w"] = {"dist": "normal"}
    spec["endogenous"]["W"] = "Gnd + U_w"
    spec["endogenous"]["Mrk"] = "U_mrk + 0.1 * W"
    return a, SCM(spec["exogenous"], spec["endogenous"], predictor="Y", name="expert_w")


def test_variable_mismatch_reported_and_common_subset():
    a, w = _with_extra_variable()
    with pytest.raises(ValueError, match=r"expert_a lacks \['U_w', 'W'\].*variables='common'"):
        fair_pool_graphs([a, w], ["Gnd"])
    res = fair_pool_graphs([a, w], ["Gnd"], order="removal-pooling", variables="common")
    # the projection keeps Gnd -> (W) -> Mrk as Gnd -> Mrk, so Mrk stays unfair
    assert "Mrk" in res.removed and "W" not in res.removed
    assert res.fair_features == ("Cvr",)


# ---------------------------------------------------------------- properties
@st.composite
def expert_graphs(draw):
    names = ["A", "B", "C", "D", "E"]
    k = draw(st.integers(1, 4))
    graphs = []
    for _ in range(k):
        order = draw(st.permutations(names))
        gr = nx.DiGraph()
        gr.add_nodes_from([*names, "Y"])
        for i, u in enumerate(order):
            for v in order[i + 1:]:
                if draw(st.booleans()):
                    gr.add_edge(u, v)
            if draw(st.booleans()):
                gr.add_edge(u, "Y")
        graphs.append(gr)
    return graphs


@settings(max_examples=60, deadline=None)
@given(expert_graphs(), st.sampled_from(["strict-majority", "majority", "unanimity", "quota:1"]))
def test_pooling_properties(graphs, rule):
    pooled, decisions = pooling(graphs, rule, "Y")
    assert nx.is_directed_acyclic_graph(pooled)
    union = set().union(*(set(x.edges) for x in graphs))
    assert set(pooled.edges) <= union
    if rule == "unanimity":
        assert set(pooled.edges) <= set.intersection(*(set(x.edges) for x in graphs))
    layers = [d.layer for d in decisions]
    assert layers == sorted(layers)


@settings(max_examples=60, deadline=None)
@given(expert_graphs(), st.sampled_from(["pooling-removal", "removal-pooling"]))
def test_fair_graph_has_no_descendant_of_sensitive(graphs, order):
    res = fair_pool_graphs(graphs, ["A"], rule="majority", order=order, predictor="Y")
    assert "A" not in res.fair_features
    fair = res.graph
    assert nx.is_directed_acyclic_graph(fair)
    if order == "removal-pooling":
        for gr in graphs:
            assert not (nx.descendants(gr, "A") - {"Y"}) & set(res.fair_features)
    assert set(res.fair_features) | set(res.removed) | {"Y"} == {"A", "B", "C", "D", "E", "Y"}


def test_removal_and_pooling_accept_models():
    models, _ = load_phd_example()
    graphs, removed = removal(models, "Gnd")
    assert set(removed) == {"Gnd", "Job", "Dpt", "Mrk"}
    assert removed["Job"] == "descendant of Gnd in expert_a (Gnd -> Job)"
    pooled, _ = pooling(models, "unanimity")
    assert ("Gnd", "Dpt") not in pooled.edges and ("Gnd", "Job") in pooled.edges
