"""Tests of CollaborativeATE: acceptance properties, equivalences, seeds and edge cases."""

import warnings

import numpy as np
import pytest
from sklearn.base import BaseEstimator

from cocausal.cci import CollaborativeATE
from cocausal.cci.coalitions import EstimatorEvaluator, LinearPOREvaluator, Parties
from cocausal.cci.valuation import kl_value
from cocausal.data import CausalData, split_random, subset
from cocausal.datasets import load_ihdp, load_jobs, make_synthetic
from cocausal.estimators.dim import DifferenceInMeans
from cocausal.estimators.regression import RegressionAdjustment
from cocausal.games import JoblibExecutor, TabularGame, shapley_values
from cocausal.results import ATEResult
from cocausal.warnings import CocausalWarning


def _fit(parties, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        return CollaborativeATE(**kwargs).fit(parties)


@pytest.fixture(scope="module")
def ihdp():
    return load_ihdp(1).data


@pytest.fixture(scope="module")
def jobs():
    return load_jobs().data


class MeanOutcome(BaseEstimator):
    """Test estimator: ate = mean(y), se = sd(y)/sqrt(n) (nan for fewer than 5 units)."""

    def fit(self, data):
        y = data.y
        se = np.std(y, ddof=1) / np.sqrt(y.size) if y.size >= 5 else np.nan
        self.result_ = ATEResult(ate=float(y.mean()), se=float(se), ci=(0.0, 0.0), n=y.size, method="mean")
        return self


def _data(y, rng=None):
    y = np.asarray(y, dtype=float)
    t = np.arange(y.size) % 2
    X = np.zeros((y.size, 1)) if rng is None else rng.normal(size=(y.size, 1))
    return CausalData(X=X, t=t, y=y)


# ---------------------------------------------------------------- acceptance
@pytest.mark.parametrize("name", ["ihdp", "jobs"])
def test_criteria_and_realised_rewards_over_200_partitions(name, request):
    data = request.getfixturevalue(name)
    rng = np.random.default_rng(2026)
    for _ in range(200):
        parties = split_random(data, 5, random_state=rng)
        est = _fit(parties, random_state=rng)
        res = est.result_
        flags = res.criteria.flags()
        assert flags["R1"] and flags["R2"] and flags["R3"] and flags["R4"], res.criteria.summary()
        assert res.r[np.argmax(res.phi)] == 0.0
        assert np.all(np.sign(res.tau_r) == np.sign(res.tau_N))
        realised = kl_value(res.tau_r, res.se_r, res.tau_N, res.se_N)
        assert np.all(np.abs(realised - res.r) <= 1e-9 * np.maximum(1.0, np.abs(res.r)))
        v = est.coalition_table_["v"]
        assert v[-1] == 0.0 and np.all(v <= 0.0)
        assert res.phi.sum() == pytest.approx(-res.v_empty, rel=1e-9, abs=1e-12)


def test_duplicated_parties_get_equal_shapley_values(ihdp):
    p = split_random(ihdp, 4, random_state=3)
    res = _fit([p[0], p[1], p[2], p[0]], random_state=0).result_
    assert res.phi[0] == pytest.approx(res.phi[3], rel=1e-9, abs=1e-12)
    assert res.r[0] == pytest.approx(res.r[3], rel=1e-9, abs=1e-12)
    assert res.criteria.R5.holds


def test_pure_noise_party_gets_the_lowest_shapley_value():
    data = make_synthetic(n=2500, d=3, random_state=5).data
    parties = split_random(data, 5, random_state=1)
    rng = np.random.default_rng(0)
    noisy = parties[2]
    parties[2] = CausalData(X=noisy.X, t=noisy.t, y=rng.normal(0.0, 20.0, noisy.n))
    res = _fit(parties, random_state=0).result_
    assert np.argmin(res.phi) == 2 and np.argmin(res.r) == 2


def test_same_seed_same_output(jobs):
    parties = split_random(jobs, 4, random_state=0)
    a = _fit(parties, estimator="dim", se="bootstrap", n_boot=20, random_state=11).result_
    b = _fit(parties, estimator="dim", se="bootstrap", n_boot=20, random_state=11).result_
    assert a.to_dict() == b.to_dict()
    c = _fit(parties, estimator="dim", se="bootstrap", n_boot=20, random_state=12).result_
    assert not np.array_equal(a.se, c.se)


# ---------------------------------------------------------------- equivalences
def test_sufficient_statistics_path_equals_refitting(ihdp):
    parties = Parties(split_random(ihdp, 4, random_state=2))
    members = ((np.arange(1, 16)[:, None] >> np.arange(4)) & 1).astype(bool)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        fast = LinearPOREvaluator(parties)(members)
        slow = EstimatorEvaluator(parties, RegressionAdjustment(), "analytic", 2, np.random.SeedSequence(0))(members)
    np.testing.assert_allclose(fast[0], slow[0], rtol=1e-9)
    np.testing.assert_allclose(fast[1], slow[1], rtol=1e-8)


def test_party_column_input_equals_list_input(jobs):
    parties = split_random(jobs, 3, random_state=4)
    pooled = subset(parties, [0, 1, 2])
    a = _fit(parties, random_state=1).result_
    b = _fit(pooled, random_state=1).result_
    np.testing.assert_allclose(a.phi, b.phi, rtol=1e-9)
    np.testing.assert_array_equal(a.tau_r, b.tau_r)


def test_bootstrap_values_are_a_function_of_the_coalition(jobs):
    parties = Parties(split_random(jobs, 4, random_state=0))
    members = ((np.arange(1, 16)[:, None] >> np.arange(4)) & 1).astype(bool)
    root = np.random.SeedSequence(9)
    serial = EstimatorEvaluator(parties, DifferenceInMeans(), "bootstrap", 10, root)
    first = serial(members)
    again = serial(members[::-1])
    assert serial.n_evaluations == 15  # cached: each coalition estimated once
    np.testing.assert_array_equal(first[1][::-1], again[1])
    executor = JoblibExecutor(n_jobs=2, backend="threading")
    parallel = EstimatorEvaluator(parties, DifferenceInMeans(), "bootstrap", 10, root, executor)
    np.testing.assert_array_equal(parallel(members[::-1])[1], again[1])


def test_monte_carlo_shapley_is_close_to_exact(jobs):
    """Seeded: 2000 antithetic permutations on 6 parties; tolerance 5 standard errors + 1e-3."""
    parties = split_random(jobs, 6, random_state=1)
    exact = _fit(parties, random_state=0).result_
    mc = _fit(parties, shapley="montecarlo", random_state=0).result_
    assert mc.shapley_method != "exact"
    assert np.all(np.abs(mc.phi - exact.phi) <= 5 * mc.phi_stderr + 1e-3)


def test_shapley_sensitivity_matches_finite_difference(jobs):
    est = _fit(split_random(jobs, 4, random_state=0), random_state=0)
    res, table = est.result_, est.coalition_table_
    tau, se = table["tau"][1:], table["se"][1:]

    def phi_at(tau_n):
        v = kl_value(tau, se, tau_n, res.se_N)
        singles = v[[0, 1, 3, 7]]
        return shapley_values(TabularGame(np.concatenate([[singles.min()], v]))).values

    h = 1e-4 * res.se_N
    fd = (phi_at(res.tau_N + h) - phi_at(res.tau_N - h)) / (2 * h)
    np.testing.assert_allclose(res.dphi_dtau, fd, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(res.dv_dtau, (res.tau - res.tau_N) / res.se_N**2, rtol=1e-12)


def test_fitted_variance_reproduces_published_magnitude(jobs):
    """The reference code's POR 'SE' on jobs is about 75.5; the sampling SE is about 489."""
    parties = split_random(jobs, 5, random_state=0)
    assert _fit(parties, se="fitted_variance", random_state=0).result_.se_N == pytest.approx(75.5, abs=0.1)
    assert _fit(parties, random_state=0).result_.se_N == pytest.approx(489.1, abs=0.5)
    with pytest.raises(ValueError, match="fitted_variance"):
        _fit(parties, estimator="dim", se="fitted_variance")


# ---------------------------------------------------------------- edge cases
def test_party_with_one_arm_or_too_few_units_is_valued_v_empty(jobs):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, jobs.n)
    labels[(jobs.t == 1)] = np.where(labels[jobs.t == 1] == 2, 1, labels[jobs.t == 1])  # party 2: controls only
    treated = np.flatnonzero(jobs.t == 1)
    labels[treated[:1]] = 3  # party 3: 1 treated unit
    labels[np.flatnonzero(jobs.t == 0)[:5]] = 3
    data = jobs.with_party(labels)
    with pytest.warns(CocausalWarning, match=r"Parties \[2, 3\] have no usable standalone"):
        res = CollaborativeATE(random_state=0).fit(data).result_
    assert np.isnan(res.tau[2]) and np.isnan(res.tau[3])
    assert res.v[2] == res.v[3] == res.v_empty == min(res.v[0], res.v[1])
    assert res.undefined_coalitions >= 3
    assert res.criteria.R1.holds and res.criteria.R4.holds


def test_zero_grand_estimate_makes_fidelity_undefined():
    parties = [_data([1.0, 2.0, 3.0, 4.0, 1.5, 2.5]), _data([-1.0, -2.0, -3.0, -4.0, -1.5, -2.5])]
    with pytest.warns(CocausalWarning, match="sign fidelity"):
        res = CollaborativeATE(estimator=MeanOutcome(), random_state=0).fit(parties).result_
    assert res.tau_N == 0.0 and not res.fidelity
    assert any("sign fidelity" in w for w in res.warnings)


def test_zero_and_nan_standard_errors():
    rng = np.random.default_rng(1)
    constant = _data([5.0] * 6)  # se = 0: unusable
    tiny = _data([1.0, 2.0, 3.0, 4.0])  # estimator returns nan (n < 5)
    good = _data(rng.normal(size=8) + 5.0)
    with pytest.warns(CocausalWarning, match="no usable standalone"):
        res = CollaborativeATE(estimator=MeanOutcome(), random_state=0).fit([good, constant, tiny]).result_
    assert np.isnan(res.se[1]) and np.isnan(res.se[2])
    assert res.v[1] == res.v[2] == res.v_empty == res.v[0]
    with pytest.raises(ValueError, match="grand coalition"):
        CollaborativeATE(estimator=MeanOutcome()).fit([constant, _data([5.0] * 6)])


def test_no_usable_standalone_estimate_raises():
    with pytest.raises(ValueError, match="No party has a usable"):
        CollaborativeATE(estimator=MeanOutcome()).fit([_data([1.0, 2.0, 3.0, 4.0]), _data([3.0, 5.0, 6.0, 7.0])])


def test_single_party_gets_the_grand_estimate(jobs):
    res = _fit([jobs], random_state=0).result_
    assert res.r.tolist() == [0.0] and res.v.tolist() == [0.0] and res.tau_r[0] == res.tau_N


@pytest.mark.parametrize(
    "kwargs,exc,match",
    [
        ({"shapley": "fast"}, ValueError, "shapley"),
        ({"se": "jackknife"}, ValueError, "se must be"),
        ({"rho0": 0.0}, ValueError, "rho0"),
        ({"kappa": -1.0}, ValueError, "kappa"),
        ({"estimator": "ols"}, ValueError, "Unknown estimator"),
        ({"estimator": 3}, TypeError, "estimator"),
        ({"se": "bootstrap", "n_boot": 1}, ValueError, "n_boot"),
        ({"estimator": "psm", "se": "bootstrap"}, ValueError, "not valid"),
    ],
)
def test_bad_parameters(jobs, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        CollaborativeATE(**kwargs).fit(split_random(jobs, 2, random_state=0))


def test_bad_parties(jobs):
    with pytest.raises(ValueError, match="party column"):
        CollaborativeATE().fit(jobs)
    with pytest.raises(TypeError, match="CausalData"):
        CollaborativeATE().fit([jobs, "x"])
    with pytest.raises(ValueError, match="empty"):
        CollaborativeATE().fit([])
    other = CausalData(X=jobs.X[:, :2], t=jobs.t, y=jobs.y)
    with pytest.raises(ValueError, match="same covariate"):
        CollaborativeATE().fit([jobs, other])


def test_result_table_and_report(jobs):
    res = _fit(split_random(jobs, 3, random_state=0), random_state=0).result_
    frame = res.to_frame()
    assert list(frame.columns[:8]) == ["n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"] and len(frame) == 3
    rep = res.report()
    assert set(rep) == {"parties", "tau_N", "se_N", "rho", "criteria", "gain", "cost"}
    assert set(rep["parties"][0]) == {"n", "tau", "se", "v", "phi", "r", "tau_r", "se_r"}
    assert rep["criteria"]["R1"] is True and "rho" in res.summary()
    with pytest.raises(dataclasses_error()):
        res.rho = 1.0


def dataclasses_error():
    import dataclasses

    return dataclasses.FrozenInstanceError


@pytest.mark.parametrize("name", ["dim", "por", "ipw", "aipw"])
def test_vectorised_bootstrap_equals_refitting_bootstrap(jobs, name):
    from cocausal.estimators import bootstrap_se
    from cocausal.estimators.fastboot import bootstrap_draws
    from cocausal.estimators.registry import make_estimator

    data = split_random(jobs, 2, random_state=1)[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        fast = bootstrap_draws(make_estimator(name), data, 15, 3)
        slow = np.array(bootstrap_se(make_estimator(name), data, 15, 3, method="refit").extras["draws"])
    np.testing.assert_allclose(fast, slow, rtol=1e-6, atol=1e-6 * np.std(slow))


def test_coalition_warnings_differing_only_in_numbers_are_counted_together():
    from collections import Counter

    from cocausal.cci import study as study_module

    counter = Counter({
        "LogisticMLE: 1 fitted probabilities are 0 or 1 (Newton stopped after 27 iterations).": 5,
        "LogisticMLE: 2 fitted probabilities are 0 or 1 (Newton stopped after 28 iterations).": 3,
        "arm without units": 1,
    })
    assert study_module._coalition_warnings(counter) == [
        "8 coalition estimate(s) warned: LogisticMLE: 1 fitted probabilities are 0 or 1 "
        "(Newton stopped after 27 iterations). (and 1 similar messages with other numbers)",
        "1 coalition estimate(s) warned: arm without units",
    ]
    many = Counter({f"kind {chr(97 + k)} failed": 1 for k in range(study_module._MAX_MESSAGES + 2)})
    lines = study_module._coalition_warnings(many)
    assert len(lines) == study_module._MAX_MESSAGES + 1
    assert lines[-1] == "... and 2 other kinds of coalition warning."
