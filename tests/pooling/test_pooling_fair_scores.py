"""FairPooling end to end on the PhD toy case: unfair scores, fair scores, cf gaps."""

import numpy as np
import pytest

from cocausal.pooling import FairPooling
from cocausal.pooling.gaps import paired_gap, sensitive_domain, sensitive_worlds
from cocausal.scm import SCM, load_phd_example

# 4-SE checks: failure probability about 6e-5 each when the code is right.
Z4 = 4.0


@pytest.fixture(scope="module")
def phd():
    return load_phd_example()


@pytest.fixture(scope="module")
def toy_result(phd):
    models, applicants = phd
    return FairPooling(sensitive="Gnd", n_samples=100_000, random_state=0).fit(models).score(applicants)


def test_unfair_scores_exact(toy_result):
    scores = {(a.name, e.name): e.unfair_score for a in toy_result.applicants for e in a.experts}
    assert scores == pytest.approx({
        ("applicant_1", "expert_a"): 4.72, ("applicant_1", "expert_b"): 3.34,
        ("applicant_2", "expert_a"): 2.72, ("applicant_2", "expert_b"): 2.84,
    })
    assert all(e.unfair_se == 0.0 for a in toy_result.applicants for e in a.experts)


def test_fair_scores_analytic(toy_result):
    for a in toy_result.applicants:
        ea, eb = a.experts
        assert abs(ea.fair_mean - 3.03) <= Z4 * ea.fair_se
        assert abs(eb.fair_mean - 2.31) <= Z4 * eb.fair_se
        assert a.pooled.method == "mean"
        assert abs(a.pooled.score - 2.67) <= Z4 * a.pooled.se


def test_cf_gaps(toy_result):
    for a in toy_result.applicants:
        gap = a.cf_gap
        assert gap.attributes == ("Gnd",) and gap.worlds == ((0.0,), (1.0,))
        # own predictors: Job moves by 1/0.5 = 2 (A) and 0.5 (B) with gender
        assert gap.experts_unfair["expert_a"].gap == pytest.approx(2.0)
        assert gap.experts_unfair["expert_b"].gap == pytest.approx(0.5)
        assert gap.experts_unfair["expert_a"].se == 0.0
        # the fair pooled score does not move (common random numbers make it exact)
        assert gap.pooled_fair.gap == 0.0 and gap.pooled_fair.se == 0.0
        assert all(g.gap == 0.0 for g in gap.experts_fair.values())


def test_applicants_differing_only_in_gender_get_identical_fair_scores(toy_result):
    a1, a2 = toy_result.applicants
    assert [e.fair_mean for e in a1.experts] == [e.fair_mean for e in a2.experts]
    assert a1.pooled.score == a2.pooled.score
    assert [e.unfair_score for e in a1.experts] != [e.unfair_score for e in a2.experts]


def test_json_payload_keys(toy_result):
    js = toy_result.to_json()
    assert list(js) == ["order", "rule", "semantics", "fair_graph", "exogenous_edges", "fair_features",
                        "removed", "applicants"]
    app = js["applicants"][0]
    assert list(app) == ["name", "experts", "pooled", "cf_gap"]
    assert list(app["experts"][0]) == ["name", "unfair_score", "fair_mean", "fair_se"]
    assert list(app["pooled"]) == ["method", "score", "se"]
    assert js["fair_graph"] == [["Cvr", "Y"], ["Dpt", "Mrk"], ["Dpt", "Y"], ["Mrk", "Y"]]
    assert toy_result.to_dict()["semantics"] == "exogenous"


def test_reproducible(phd):
    models, applicants = phd
    r1 = FairPooling(sensitive="Gnd", n_samples=2000, random_state=4).fit(models).score(applicants)
    r2 = FairPooling(sensitive="Gnd", n_samples=2000, random_state=4).fit(models).score(applicants)
    assert r1.to_json() == r2.to_json()


@pytest.mark.parametrize("pool", ["linear", "logarithmic"])
def test_other_pools_run_and_stay_fair(phd, pool):
    models, applicants = phd
    res = FairPooling(sensitive="Gnd", pool=pool, n_samples=20_000, random_state=1).fit(models).score(applicants)
    for a in res.applicants:
        assert a.pooled.method == pool and np.isfinite(a.pooled.score) and a.pooled.se > 0
        assert a.cf_gap.pooled_fair.gap == 0.0


def test_do_semantics_check_detects_unfair_features(phd):
    """With U_dpt = 1, expert A's Dpt depends on gender, so the do() semantics is not fair
    and the check says so; the exogenous semantics stays fair."""
    models, applicants = phd
    ctx = {**applicants[0][1], "U_dpt": 1.0}
    do = FairPooling(sensitive="Gnd", semantics="do", n_samples=50_000, random_state=2).fit(models)
    gap = do.score([("x", ctx)]).applicants[0].cf_gap
    # z_A: (Dpt, Mrk) = (0, 0.9) if Gnd = 1 else (0.1, 0.7): Y_A moves by 0.1; B does not move
    assert gap.experts_fair["expert_a"].gap == pytest.approx(0.1)
    assert gap.experts_fair["expert_b"].gap == 0.0
    assert gap.pooled_fair.gap == pytest.approx(0.05)
    exo = FairPooling(sensitive="Gnd", n_samples=50_000, random_state=2).fit(models)
    assert exo.score([("x", ctx)]).applicants[0].cf_gap.pooled_fair.gap == 0.0


def test_validation_errors(phd):
    models, applicants = phd
    for kwargs, match in [
        ({"semantics": "bayes"}, "unknown semantics"),
        ({"pool": "median"}, "unknown pool"),
        ({"order": "random"}, "unknown order"),
        ({"rule": "borda"}, "unknown aggregation rule"),
        ({"n_samples": 0}, "n_samples"),
        ({"sensitive": "Sex"}, "not variables of expert_a"),
    ]:
        with pytest.raises(ValueError, match=match):
            FairPooling(**{"sensitive": "Gnd", **kwargs}).fit(models)
    with pytest.raises(ValueError, match="call fit"):
        FairPooling(sensitive="Gnd").score(applicants)
    with pytest.raises(TypeError):
        FairPooling(sensitive="Gnd").fit(["not a model"])
    with pytest.raises(ValueError, match="needs sensitive="):
        FairPooling().fit(models)


def test_deprecated_protected_names_warn_and_match_sensitive(phd):
    models, applicants = phd
    new = FairPooling(sensitive="Gnd", sensitive_values={"Gnd": [0, 1]}, n_samples=500, random_state=3)
    old = FairPooling(protected="Gnd", protected_values={"Gnd": [0, 1]}, n_samples=500, random_state=3)
    with pytest.warns(DeprecationWarning) as record:
        old.fit(models)
    assert sorted(str(w.message).split(")")[0] for w in record) == [
        "FairPooling(protected=...", "FairPooling(protected_values=..."]
    assert all(w.filename == __file__ for w in record)
    assert old.sensitive_values_ == new.fit(models).sensitive_values_ == {"Gnd": (0.0, 1.0)}
    assert old.score(applicants).to_dict() == new.score(applicants).to_dict()
    assert old.protected == "Gnd" and old.sensitive is None  # parameters stay as given
    with pytest.raises(ValueError, match="give sensitive= only"):
        FairPooling(sensitive="Gnd", protected="Gnd").fit(models)


def test_sensitive_domain_and_worlds(phd):
    models, _ = phd
    assert sensitive_domain(models, ["Gnd"]) == {"Gnd": (0.0, 1.0)}
    assert sensitive_worlds({"A": (0, 1), "B": (1, 2, 3)})[-1] == {"A": 1.0, "B": 3.0}
    with pytest.raises(ValueError, match="looks continuous"):
        sensitive_domain([SCM({"U": {"dist": "normal"}}, {"A": "U"})], ["A"])
    with pytest.raises(ValueError, match="single value"):
        sensitive_worlds({"A": (1.0,)})


def test_paired_gap_se():
    rng = np.random.default_rng(0)
    x = rng.normal(size=10_000)
    g = paired_gap([x, x + 1.0])
    assert g.gap == pytest.approx(1.0) and g.se == pytest.approx(0.0, abs=1e-12)
    g = paired_gap([x, rng.normal(size=10_000)])
    assert g.se == pytest.approx(np.sqrt(2 / 10_000), rel=0.05)


def test_common_variables_pipeline(phd):
    models, applicants = phd
    spec = models[1].to_dict()
    spec["exogenous"]["U_w"] = {"dist": "normal"}
    spec["endogenous"]["W"] = "U_w"
    spec["endogenous"]["Y"] = spec["endogenous"]["Y"] + " + W"
    extra = SCM(spec["exogenous"], spec["endogenous"], predictor="Y", name="expert_w")
    with pytest.raises(ValueError, match="different variables"):
        FairPooling(sensitive="Gnd").fit([models[0], extra])
    res = FairPooling(sensitive="Gnd", variables="common", n_samples=50_000, random_state=0).fit(
        [models[0], extra]).score(applicants)
    e = res.applicants[0].experts[1]
    assert abs(e.fair_mean - 2.31) <= Z4 * e.fair_se  # W has mean 0 and is integrated out
    # a context may name variables that only one expert has
    res = FairPooling(sensitive="Gnd", variables="common", n_samples=1000, random_state=0).fit(
        [models[0], extra]).score([("x", {**applicants[0][1], "U_w": 1.0})])
    assert [e.unfair_score for e in res.applicants[0].experts] == pytest.approx([4.72, 3.34 + 1.0])
