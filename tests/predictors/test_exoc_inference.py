"""EXOC's interventional inference (EXOC-cut), the known-truth SCMs and the quadrature oracles.

Fast tests: exact reference values, equivalences and validation. The acceptance numbers of
issue 16 are seeded statistical tests behind ``@pytest.mark.slow`` (default settings, fits
converged and asserted so); each states its margin against the seed-to-seed spread measured by
``python benchmarks/fair_predict_sim.py --seeds 3`` (benchmarks/results/fair_predict_sim.md).
"""

import warnings

import numpy as np
import pytest
import torch
from scipy.stats import norm

from cocausal.predictors import EXOCPredictor, FairKPredictor, FullPredictor, UnawarePredictor
from cocausal.predictors.counterfactuals import ModelCounterfactuals
from cocausal.predictors.metrics import counterfactual_fairness
from cocausal.predictors.quadrature import ExactPosteriorPredictor, grid_posterior_means
from cocausal.predictors.simulation import EXOCGraphSCM, OraclePredictor, RaceExogenousSCM
from cocausal.warnings import ConvergenceWarning

SHORT = dict(max_iter=200, encoder_iter=100)


def _change(model, data, gen):
    return counterfactual_fairness(model.counterfactual_predictions(data, counterfactuals=gen)).individual_change


def _converged(model):
    return all(info.converged for info in model.fit_info_)


# ---------------------------------------------------------------- exact reference values
def test_grid_posterior_mean_matches_the_conjugate_normal_closed_form():
    # z ~ N(0, 1), x | z ~ N(z, 0.5^2): E[z | x] = x / (1 + 0.25) = 0.8 x
    x = np.array([-2.0, -0.3, 0.0, 1.1, 2.5])
    grid = np.linspace(-8, 8, 2001)[:, None]
    post = grid_posterior_means(lambda g, rows: norm.logpdf(g) + norm.logpdf(x[rows][None, :], g, 0.5), grid, x.size)
    np.testing.assert_allclose(post[:, 0], 0.8 * x, atol=1e-6)


@pytest.mark.parametrize("scm", [RaceExogenousSCM(), EXOCGraphSCM()], ids=["race-exogenous", "exoc-graph"])
def test_true_counterfactual_of_the_factual_value_is_the_unit(scm):
    sim = scm.sample(300, 0)
    worlds = scm.counterfactuals(sim.exogenous).generate(sim.data)
    same = np.array([worlds[sim.data.levels[c]].X[i] for i, c in enumerate(sim.data.s)])
    np.testing.assert_array_equal(same, sim.data.X)


def test_exoc_graph_scm_has_no_race_to_outcome_edge_and_race_follows_s_prime():
    scm = EXOCGraphSCM()
    sim = scm.sample(20000, 3)
    k, u_s = sim.exogenous["k"], sim.exogenous["u_s"]
    sp = scm.sp_weight * k + scm.sp_noise * u_s
    design = np.column_stack([np.ones_like(k), k, sp, sim.data.s == 1, sim.data.s == 2])
    coef = np.linalg.lstsq(design, sim.data.y, rcond=None)[0]
    # outcome = K + S' + 0.5 n: race dummies' coefficient sd ~ 0.5 / sqrt(2800) ~ 0.01; |.| > 0.06 has p < 1e-8
    assert np.allclose(coef[1:3], 1.0, atol=0.05) and np.abs(coef[3:]).max() < 0.06
    # race is caused by S': group means of S' differ by far more than their standard error
    means = [sp[sim.data.s == c].mean() for c in range(3)]
    assert means[0] < means[1] < means[2] and means[2] - means[0] > 1.0


def test_oracle_posteriors_track_the_latents_and_the_cut_changes_only_the_exoc_graph():
    race, graph = RaceExogenousSCM(), EXOCGraphSCM()
    sim = race.sample(400, 5)
    np.testing.assert_array_equal(race.posterior_means(sim.data, inference="observational"),
                                  race.posterior_means(sim.data, inference="interventional"))
    assert np.corrcoef(race.posterior_means(sim.data)[:, 0], sim.exogenous["k"])[0, 1] > 0.8
    sim = graph.sample(400, 5)
    obs, cut = (graph.posterior_means(sim.data, inference=i) for i in ("observational", "interventional"))
    sp = graph.sp_weight * sim.exogenous["k"] + graph.sp_noise * sim.exogenous["u_s"]
    assert np.corrcoef(obs[:, 1], sp)[0, 1] > np.corrcoef(cut[:, 1], sp)[0, 1]  # race is evidence for S'
    assert np.abs(obs - cut).max() > 0.1
    with pytest.raises(ValueError, match="inference"):
        graph.posterior_means(sim.data, inference="magic")


# ---------------------------------------------------------------- equivalence and reproducibility
@pytest.fixture(scope="module")
def small():
    torch.set_num_threads(1)
    train = RaceExogenousSCM().sample(800, 3).data
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        cut = EXOCPredictor(inference="interventional", random_state=7, **SHORT).fit(train)
        cut2 = EXOCPredictor(inference="interventional", random_state=7, **SHORT).fit(train)
        obs = EXOCPredictor(random_state=7, **SHORT).fit(train)
    return train, cut, cut2, obs


def test_interventional_fit_contains_the_observational_fit(small):
    train, cut, cut2, obs = small
    assert [i.stage for i in cut.fit_info_] == ["model", "encoder", "encoder_cut"]
    assert [i.stage for i in obs.fit_info_] == ["model", "encoder"]
    twin = cut.as_observational(train)
    np.testing.assert_array_equal(twin.predict(train), obs.predict(train))  # shared fit == separate fit
    np.testing.assert_array_equal(twin.posterior_latents(train), obs.posterior_latents(train))
    assert not np.array_equal(cut.predict(train), obs.predict(train))
    np.testing.assert_array_equal(cut.predict(train), cut2.predict(train))  # same seed, same numbers
    assert cut.inference_ == "interventional" and twin.inference_ == "observational"


def test_counterfactual_worlds_abduct_with_the_observational_posterior(small):
    train, cut, _, obs = small
    a = ModelCounterfactuals(cut).generate(train.take(np.arange(50)))
    b = ModelCounterfactuals(obs).generate(train.take(np.arange(50)))
    assert all(np.array_equal(a[k].X, b[k].X) for k in a)


def test_inference_and_control_validation(small):
    train, _, _, obs = small
    with pytest.raises(ValueError, match="inference"):
        EXOCPredictor(inference="causal").fit(train)
    with pytest.raises(ValueError, match="control"):
        EXOCPredictor(control="noisy").fit(train)
    with pytest.raises(ValueError, match="interventional encoder"):
        obs.posterior_latents(train, inference="interventional")
    with pytest.raises(ValueError, match="as_observational needs"):
        obs.as_observational(train)


def test_sampled_control_node_is_fitted_and_recorded():
    train = RaceExogenousSCM().sample(600, 4).data
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        m = EXOCPredictor(control="sampled", random_state=0, **SHORT).fit(train)
    extras = m.fit_info_[0].extras
    assert {"w_sp", "sigma_sp", "w_spp", "sigma_spp"} <= set(extras) and extras["sigma_spp"] < 1.0


def test_comparison_reports_every_world_and_shares_the_exoc_fit():
    from cocausal.predictors.evaluation import compare_predictors

    scm = RaceExogenousSCM()
    train, test = scm.sample(600, 0), scm.sample(150, 1)
    labels = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        res = compare_predictors(train.data, test.data, ["constant", "exoc", "exoc_cut"], worlds=("exoc",),
                                 iterations=50, synthetic=False, progress=labels.append,
                                 extra_worlds={"truth": scm.counterfactuals(test.exogenous)})
    assert labels == ["fitting constant", "fitting exoc_cut", "evaluating"]  # one EXOC fit serves both
    assert res.worlds == ("truth", "model:exoc") and res.sensitive == "race"
    by = {m.name: m for m in res.methods}
    assert by["constant"].fairness["truth"]["individual_change"] == 0.0 == by["constant"].fairness["truth"]["eta"]
    assert by["constant"].prediction_eta == 0.0
    assert by["exoc"].fairness["truth"]["individual_change"] != by["exoc_cut"].fairness["truth"]["individual_change"]


# ---------------------------------------------------------------- acceptance (seeded, slow)
def _fit_world(scm, seed=0):
    train_s, test_s = scm.sample(3000, 2 * seed), scm.sample(600, 2 * seed + 1)
    train, test = train_s.data, test_s.data
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)  # default settings converge on these data
        cut = EXOCPredictor(inference="interventional", random_state=seed).fit(train)
        fairk = FairKPredictor(random_state=seed).fit(train)
    models = {"full": FullPredictor().fit(train), "unaware": UnawarePredictor().fit(train), "fairk": fairk,
              "exoc": cut.as_observational(train), "exoc_cut": cut}
    assert _converged(cut) and _converged(fairk)
    return train, test, scm.counterfactuals(test_s.exogenous), models


@pytest.mark.slow
def test_race_exogenous_scm_acceptance():
    # Measured, seeds 0-2 (benchmarks/results/fair_predict_sim.md), individual change, mean (sd):
    # truth world Full 0.663 (0.022), Fair-K 0.027 (0.007), EXOC 0.499 (0.057), EXOC-cut 0.477 (0.045),
    # EXOC exact 0.494 (0.054); EXOC world EXOC-cut 0.014 (0.002). Seed 0 (this test): Full 0.646,
    # Fair-K 0.029, EXOC 0.440, EXOC-cut 0.438, exact 0.443. Failure probability on a fresh seed
    # (normal approximation, margin / seed-sd): Fair-K bound ~20 sd, own-world bound ~8 sd (< 1e-9);
    # the negative-result bound (EXOC > 0.5 Full) ~3 sd (~1e-3); |cut - exact| < 0.05 against
    # per-seed differences <= 0.02 (< 1e-3). With the fixed seeds the outcome is deterministic.
    train, test, truth, m = _fit_world(RaceExogenousSCM())
    gap = {k: _change(v, test, truth) for k, v in m.items()}
    assert gap["fairk"] < 0.25 * gap["full"]
    # negative result (documented): EXOC's graph class excludes this SCM; its truth gap stays large
    assert gap["exoc"] > 0.5 * gap["full"]
    exact = ExactPosteriorPredictor(m["exoc"], inference="observational").fit(train)
    assert abs(gap["exoc_cut"] - _change(exact, test, truth)) < 0.05
    assert _change(m["exoc_cut"], test, ModelCounterfactuals(m["exoc_cut"])) < 0.03


@pytest.mark.slow
def test_exoc_graph_scm_acceptance():
    # Measured, seeds 0-2, individual change in the truth world, mean (sd): oracle interventional
    # 0.021 (0.002), oracle observational 0.283 (0.007), Fair-K 1.186 (0.028), EXOC-cut 0.255 (0.003),
    # Unaware 0.702 (0.016), Full 0.270 (0.009). Margins: oracle-int 4.5 sd (~3e-6), every other
    # bound > 10 sd (< 1e-20). EXOC-cut is level with Full here, not clearly below (docs): > 0.8 x Full
    # holds by ~6 sd of the difference.
    scm = EXOCGraphSCM()
    train, test, truth, m = _fit_world(scm)
    gap = {k: _change(v, test, truth) for k, v in m.items()}
    assert _change(OraclePredictor(scm, inference="interventional").fit(train), test, truth) < 0.03
    assert _change(OraclePredictor(scm, inference="observational").fit(train), test, truth) > 0.05
    assert gap["fairk"] > 0.5
    assert gap["exoc_cut"] < 0.5 * gap["fairk"] and gap["exoc_cut"] < gap["unaware"]
    assert gap["exoc_cut"] > 0.8 * gap["full"]


@pytest.mark.slow
def test_law_school_interventional_exoc_halves_the_own_world_gap():
    # measured over 5 seeds in benchmarks/results/fair_predict.md (EXOC world, individual change);
    # seed 0 here, default settings, every stage converged.
    from cocausal.datasets.fairness import load_law_school, train_val_test_split

    torch.set_num_threads(1)
    train, _, test = train_val_test_split(load_law_school().data, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        cut = EXOCPredictor(inference="interventional", random_state=0).fit(train)
    exoc = cut.as_observational(train)
    world = ModelCounterfactuals(cut)
    assert _change(cut, test, world) < 0.5 * _change(exoc, test, world)
