"""Fair predictors on a simulated SCM with known counterfactuals; leakage; reproducibility."""

import warnings

import numpy as np
import pytest
import torch
from sklearn.base import clone

from cocausal.predictors import (
    CLAIREPredictor,
    ConstantPredictor,
    EXOCPredictor,
    FairData,
    FairKPredictor,
    FullPredictor,
    UnawarePredictor,
)
from cocausal.predictors.counterfactuals import ModelCounterfactuals, VAECounterfactuals
from cocausal.predictors.metrics import counterfactual_fairness
from cocausal.warnings import ConvergenceWarning

# ---------------------------------------------------------------- simulated SCM with known truth

LEVELS = ("a", "b", "c")
EFFECT_GPA = np.array([0.0, -1.0, -0.4])
EFFECT_LSAT = np.array([0.0, -0.3, -0.1])


def _features(k, s, eps, u_lsat):
    gpa = 3.0 + 0.5 * k + 0.5 * EFFECT_GPA[s] + 0.3 * eps
    rate = np.exp(3.3 + 0.15 * k + EFFECT_LSAT[s])
    lsat = np.floor(rate + np.sqrt(rate) * u_lsat).clip(0)
    return np.column_stack([gpa, lsat])


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    k = rng.normal(size=n)
    s = rng.choice(3, size=n, p=[0.7, 0.2, 0.1])
    eps, u = rng.normal(size=n), rng.normal(size=n)
    y = k + EFFECT_GPA[s] + 0.5 * rng.normal(size=n)  # race acts on the outcome directly too
    data = FairData(X=_features(k, s, eps, u), s=s, y=y, A=None, levels=LEVELS,
                    feature_names=("gpa", "lsat"), feature_kinds=("normal", "poisson"), n_categories=(0, 0))
    return data, (k, eps, u)


class TrueCounterfactuals:
    """Counterfactual copies computed from the simulation's own exogenous variables."""

    name = "truth"

    def __init__(self, exogenous):
        self.exogenous = exogenous

    def generate(self, data, sensitive_values=None):
        k, eps, u = self.exogenous
        return {LEVELS[c]: data.replace(X=_features(k, np.full(data.n, c), eps, u),
                                        s=np.full(data.n, c), y=None) for c in range(3)}

FAST = dict(max_iter=600, encoder_iter=300, batch_size=512, num_particles=2)


@pytest.fixture(scope="module")
def sim():
    torch.set_num_threads(1)
    train, _ = simulate(3000, seed=0)
    test, exo = simulate(600, seed=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        models = {
            "full": FullPredictor().fit(train),
            "unaware": UnawarePredictor().fit(train),
            "constant": ConstantPredictor().fit(train),
            "fairk": FairKPredictor(random_state=0, **FAST).fit(train),
            "exoc": EXOCPredictor(random_state=0, **FAST).fit(train),
            "claire": CLAIREPredictor(random_state=0, max_iter=600, vae_iter=600).fit(train),
        }
    return train, test, TrueCounterfactuals(exo), models


def _gap(model, test, gen):
    return counterfactual_fairness(model.counterfactual_predictions(test, counterfactuals=gen)).wasserstein


# ---------------------------------------------------------------- known-truth statistical test
def test_fair_predictors_have_much_smaller_true_counterfactual_gaps(sim):
    # measured (seeded, fixed data): Full's W1 gap 0.646, Fair-K's 0.063, EXOC's 0.447. EXOC's gap
    # is its fitted model's, not an inference artefact (see the exact-posterior test below and
    # docs/fair_predictors.md, "Why EXOC's counterfactual gap stays large"): it is smaller than
    # Full's but not "much" smaller, so the acceptance item holds for Fair-K only.
    _, test, truth, models = sim
    full = _gap(models["full"], test, truth)
    assert full > 0.3
    assert _gap(models["fairk"], test, truth) < 0.25 * full
    assert _gap(models["exoc"], test, truth) < 0.85 * full
    assert _gap(models["constant"], test, truth) == 0.0
    assert _gap(models["unaware"], test, truth) < full


def _exact_exoc_posterior_mean_k(model, data):
    """E[K | X, R] under the fitted EXOC model by brute-force quadrature on a (K, S') grid."""
    scm = model.scm_
    with torch.no_grad():
        b = scm.encode(data.without_target(), model.device_, with_y=False)
        b_sp, w_sp, log_s = scm.sp
        half = float(abs(w_sp) * 6 + 6 * log_s.exp())
        kk, ss = torch.meshgrid(torch.linspace(-6, 6, 121), torch.linspace(float(b_sp) - half, float(b_sp) + half, 161),
                                indexing="ij")
        kk, ss = kk.reshape(-1, 1), ss.reshape(-1, 1)
        normal = torch.distributions.Normal
        prior = normal(0.0, 1.0).log_prob(kk) + normal(b_sp + w_sp * kk, log_s.exp()).log_prob(ss)
        r_node = normal(scm.r_b + scm.r_w * ss.unsqueeze(-1), scm.r_log_sigma.exp())
        lat = torch.stack([kk.expand(-1, b.n), ss.expand(-1, b.n)], -1)
        links = scm.feature_links(scm.feature_inputs(lat, b.r, b.a))
        logp = (prior + r_node.log_prob(b.r).sum(-1)
                + normal(links["normal"], scm.log_sigma_n.exp()).log_prob(b.xn).sum(-1)
                + torch.distributions.Poisson(links["poisson"].exp()).log_prob(b.xp).sum(-1))
        return (torch.softmax(logp, 0) * kk).sum(0).numpy()


def test_exoc_gap_is_its_models_not_the_encoders(sim):
    # Equivalence (amortised encoder == exact posterior of the same fitted model) on the factual
    # units and on every true counterfactual copy: EXOC's large true gap is reproduced by exact
    # inference (measured 0.437 vs 0.447 with the encoder; corr 0.999), so it is inherent to the
    # fitted EXOC model rather than a bug in how counterfactual predictions re-infer K.
    _, test, truth, models = sim
    exoc = models["exoc"]
    k_enc, k_exact = exoc.posterior_latents(test)[:, 0], _exact_exoc_posterior_mean_k(exoc, test)
    assert np.corrcoef(k_enc, k_exact)[0, 1] > 0.99
    worlds = truth.generate(test)
    exact = {lv: exoc.regressor_.predict(np.column_stack([_exact_exoc_posterior_mean_k(exoc, w), w.A]))
             for lv, w in worlds.items()}
    gap_exact = counterfactual_fairness(exact).wasserstein
    assert abs(gap_exact - _gap(exoc, test, truth)) < 0.05
    assert gap_exact > 4 * _gap(models["fairk"], test, truth)


def test_library_quadrature_equals_the_brute_force_reference(sim):
    # fast == naive: cocausal.predictors.quadrature against the test's own grid sum (same grid)
    from cocausal.predictors.quadrature import model_posterior_means

    _, test, _, models = sim
    np.testing.assert_allclose(model_posterior_means(models["exoc"], test)[:, 0],
                               _exact_exoc_posterior_mean_k(models["exoc"], test), atol=1e-4)


def test_accuracy_sane(sim):
    _, test, _, models = sim
    const = models["constant"].evaluate(test)["rmse"]
    for name in ("full", "fairk", "exoc", "claire"):
        assert models[name].evaluate(test)["rmse"] < const, name


def test_fairk_latent_tracks_truth_and_not_race(sim):
    _, test, truth, models = sim
    k_hat = models["fairk"].latents(test)["K"]
    assert abs(np.corrcoef(k_hat, truth.exogenous[0])[0, 1]) > 0.8
    assert models["fairk"].latent_dependence(test)["K"]["eta"] < 0.2


# ---------------------------------------------------------------- leakage (sentinel outcomes)
@pytest.mark.parametrize("name", ["fairk", "exoc", "claire", "full", "unaware", "constant"])
def test_leakage_free_path_never_reads_test_outcomes(sim, name):
    _, test, truth, models = sim
    sentinel = test.replace(y=np.full(test.n, 1e9))
    model = models[name]
    assert np.array_equal(model.predict(sentinel), model.predict(test.without_target()))
    cf_a = model.counterfactual_predictions(sentinel, counterfactuals=truth)
    cf_b = model.counterfactual_predictions(test.without_target(), counterfactuals=truth)
    assert all(np.array_equal(cf_a[k], cf_b[k]) for k in cf_a)


def test_leaky_path_does_read_outcomes(sim):
    _, test, _, models = sim
    m = models["fairk"]
    assert not np.allclose(m.predict_leaky(test), m.predict_leaky(test.replace(y=test.y + 5.0)))
    with pytest.raises(ValueError, match="outcome"):
        m.predict_leaky(test.without_target())


# ---------------------------------------------------------------- abduction: exact identities
def test_model_counterfactual_of_the_factual_value_is_the_unit(sim):
    _, test, _, models = sim
    for name in ("fairk", "exoc"):
        worlds = ModelCounterfactuals(models[name], random_state=0).generate(test)
        same = np.array([worlds[test.levels[c]].X[i] for i, c in enumerate(test.s)])
        np.testing.assert_allclose(same[:, 0], test.X[:, 0], atol=1e-4)  # Normal: residual abduction
        np.testing.assert_array_equal(same[:, 1], test.X[:, 1])  # Poisson: CDF-step abduction


def test_default_counterfactuals_of_latent_models_and_errors(sim):
    _, test, _, models = sim
    cf = models["fairk"].counterfactual_predictions(test, ["a", "b"])
    assert set(cf) == {"a", "b"}
    with pytest.raises(ValueError, match="counterfactuals="):
        models["full"].counterfactual_predictions(test)
    with pytest.raises(ValueError, match="unknown sensitive value"):
        models["fairk"].counterfactual_predictions(test, ["zzz"])


def test_categorical_and_bernoulli_abduction_reproduces_factual():
    rng = np.random.default_rng(5)
    n = 400
    s = rng.integers(0, 2, n)
    occ = (rng.integers(0, 3, n) + s) % 4
    data = FairData(X=np.column_stack([rng.normal(size=n) + s, rng.integers(0, 2, n), occ]), s=s,
                    y=rng.integers(0, 2, n), A=rng.integers(0, 2, (n, 1)), levels=("p", "q"),
                    feature_names=("edu", "married", "occ"),
                    feature_kinds=("normal", "bernoulli", "categorical"), n_categories=(0, 0, 4),
                    task="classification")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = EXOCPredictor(random_state=0, max_iter=100, encoder_iter=50).fit(data)
    worlds = ModelCounterfactuals(model, random_state=1).generate(data)
    same = np.array([worlds[data.levels[c]].X[i] for i, c in enumerate(data.s)])
    np.testing.assert_array_equal(same[:, 1:], data.X[:, 1:])
    p = model.predict_score(data)
    assert ((p >= 0) & (p <= 1)).all() and set(np.unique(model.predict(data))) <= {0.0, 1.0}


# ---------------------------------------------------------------- reproducibility, contract
def test_same_seed_same_numbers_and_global_rng_untouched():
    train, _ = simulate(800, seed=3)
    state = torch.get_rng_state()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        a = EXOCPredictor(random_state=7, max_iter=200, encoder_iter=100).fit(train)
        b = EXOCPredictor(random_state=7, max_iter=200, encoder_iter=100).fit(train)
        c = EXOCPredictor(random_state=8, max_iter=200, encoder_iter=100).fit(train)
    assert torch.equal(state, torch.get_rng_state())
    assert np.array_equal(a.predict(train), b.predict(train))
    assert not np.array_equal(a.predict(train), c.predict(train))
    assert a.fit_info_[0].extras["scale_s"] == b.fit_info_[0].extras["scale_s"] > 0


def test_vae_counterfactuals_deterministic_in_eval_mode(sim):
    train, test, _, _ = sim
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        vae = VAECounterfactuals(random_state=0, max_iter=300).fit(train)
    w1, w2 = vae.generate(test), vae.generate(test)
    assert all(np.array_equal(w1[k].X, w2[k].X) for k in w1)
    assert set(vae.latent_dependence(test)) == {f"Z{j}" for j in range(4)}


def test_convergence_warning_is_raised_and_recorded():
    train, _ = simulate(300, seed=4)
    with pytest.warns(ConvergenceWarning):
        m = FairKPredictor(random_state=0, max_iter=5, encoder_iter=5).fit(train)
    assert len(m.warnings_) == 2 and not m.fit_info_[0].converged and m.fit_info_[0].n_iter == 5


def test_sklearn_contract_and_validation():
    est = EXOCPredictor(gamma=1.5, random_state=1)
    assert clone(est).get_params()["gamma"] == 1.5
    assert not hasattr(est, "scm_")
    train, _ = simulate(50, seed=5)
    with pytest.raises(ValueError, match="gamma"):
        EXOCPredictor(gamma=-1).fit(train)
    with pytest.raises(ValueError, match="needs the outcome"):
        FairKPredictor().fit(train.without_target())
    with pytest.raises(TypeError, match="FairData"):
        FullPredictor().fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="not fitted"):
        FullPredictor().predict(train)
    with pytest.raises(ValueError, match="cuda"):
        if torch.cuda.is_available():
            raise ValueError("cuda present; nothing to check")
        FairKPredictor(device="cuda").fit(train)


def test_batched_group_mmd_equals_naive_pairwise():
    from cocausal.predictors._vae import group_mmd

    g = torch.Generator().manual_seed(0)
    z = torch.randn(200, 3, generator=g)
    s = torch.randint(0, 3, (200,), generator=g)
    d2 = torch.cdist(z, z).pow(2)
    h2 = d2[d2 > 0].median()

    def naive(a, b):
        k = lambda x, y: torch.exp(-torch.cdist(x, y).pow(2) / (2 * h2))  # noqa: E731
        return k(a, a).mean() + k(b, b).mean() - 2 * k(a, b).mean()

    ref = torch.stack([naive(z[s == i], z[s == j]) for i in range(3) for j in range(i + 1, 3)]).mean()
    assert float(group_mmd(z, s, 3)) == pytest.approx(float(ref), rel=1e-4)
