"""repeated_study: one collaborative study per random partition, seeded from one root."""

import warnings

import numpy as np
import pytest

from cocausal.cci import CollaborativeATE, RepeatedStudy, repeated_study
from cocausal.data import split_random
from cocausal.datasets import load_ihdp
from cocausal.random import spawn_seeds
from cocausal.warnings import CocausalWarning

FIELDS = ("tau", "se", "v", "phi", "r", "tau_r", "se_r")


@pytest.fixture(scope="module")
def ihdp():
    return load_ihdp(1).data


def _per_partition_loop(data, n_parties, runs, seed, **params):
    """The loop the CLI and the demo ran before repeated_study existed."""
    results = []
    for child in spawn_seeds(seed, runs):
        rng = np.random.default_rng(child)
        parties = split_random(data, n_parties, random_state=rng)
        results.append(CollaborativeATE(**params, random_state=rng).fit(parties).result_)
    return results


def _same(a, b) -> bool:
    return all(np.array_equal(getattr(a, f), getattr(b, f), equal_nan=True) for f in FIELDS) and (
        (a.tau_N, a.se_N, a.rho, a.gain, a.cost, a.criteria.flags())
        == (b.tau_N, b.se_N, b.rho, b.gain, b.cost, b.criteria.flags())
    )


def test_equals_the_per_partition_loop_for_a_fixed_seed(ihdp):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        study = repeated_study(ihdp, 4, 3, random_state=11, estimator="por", kappa=1.5)
        loop = _per_partition_loop(ihdp, 4, 3, 11, estimator="por", kappa=1.5)
        other_seed = _per_partition_loop(ihdp, 4, 3, 12, estimator="por", kappa=1.5)
    assert all(_same(a, b) for a, b in zip(study.results, loop, strict=True))
    assert not any(_same(a, b) for a, b in zip(study.results, other_seed))  # the comparison can fail
    np.testing.assert_array_equal(study.gains, [r.gain for r in loop])
    np.testing.assert_array_equal(study.costs, [r.cost for r in loop])
    assert study.first is study.results[0] and study.runs == 3 and study.n_parties == 4
    assert {len(r.parties) for r in study.results} == {4}


def test_statistics_match_the_runs(ihdp):
    study = repeated_study(ihdp, 5, 4, random_state=0, warn="none")
    s = study.statistics()
    gains = np.array([r.gain for r in study.results])
    assert s["runs"] == 4
    assert s["gain_mean"] == pytest.approx(gains.mean()) and s["gain_min"] == gains.min()
    assert s["cost_min"] == min(r.cost for r in study.results)
    assert s["rho_capped_share"] == np.mean([r.rho < r.rho_uncapped for r in study.results])
    assert s["criteria_share"] == {c: np.mean([r.criteria.flags()[c] for r in study.results])
                                   for c in ("R1", "R2", "R3", "R4", "R5", "R6")}
    assert "4 random 5-party partitions" in study.summary()
    assert study.to_dict()["gains"] == gains.tolist()


def test_result_is_frozen(ihdp):
    study = repeated_study(ihdp, 3, 2, random_state=1, warn="none")
    assert isinstance(study, RepeatedStudy)
    for arr in (study.gains, study.costs, study.rho, study.rho_uncapped, study.criteria["R1"]):
        assert not arr.flags.writeable
    with pytest.raises(TypeError):
        study.criteria["R1"] = np.ones(2, dtype=bool)
    with pytest.raises(AttributeError):
        study.gains = np.zeros(2)


def test_on_run_sees_every_run_in_order(ihdp):
    seen = []
    study = repeated_study(ihdp, 3, 3, random_state=2, warn="none", on_run=lambda k, r: seen.append((k, r)))
    assert [k for k, _ in seen] == [0, 1, 2]
    assert all(r is s for (_, r), s in zip(seen, study.results))


def test_warn_policy(ihdp):
    # IPW on eight small IHDP parties clips propensity scores in every run.
    emitted, recorded = {}, {}
    for warn in ("all", "first", "none"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            study = repeated_study(ihdp, 8, 3, random_state=0, warn=warn, estimator="ipw")
        emitted[warn] = sum(issubclass(w.category, CocausalWarning) for w in caught)
        recorded[warn] = [len(r.warnings) for r in study.results]
    assert recorded["all"] == recorded["first"] == recorded["none"]
    per_run = recorded["all"]
    assert all(per_run), "every run must warn for this test to mean anything"
    assert emitted == {"all": sum(per_run), "first": per_run[0], "none": 0}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"runs": 0}, "runs must be an integer >= 1"),
        ({"runs": 2.5}, "runs must be an integer >= 1"),
        ({"runs": True}, "runs must be an integer >= 1"),
        ({"runs": 2, "warn": "some"}, "warn must be one of"),
        ({"runs": 2, "random_state": 0, "rho0": 0.0}, "rho0 must lie in"),
    ],
)
def test_bad_arguments_name_the_fix(ihdp, kwargs, match):
    with pytest.raises(ValueError, match=match):
        repeated_study(ihdp, 3, **kwargs)
