"""Opinion pools and per-expert fair distributions (semantics, warnings)."""

import math

import numpy as np
import pytest

from cocausal.pooling.opinions import FairDistribution, fair_distribution, kde_on_grid, pool_opinions
from cocausal.scm import SCM, load_phd_example
from cocausal.warnings import MonteCarloWarning

# 4-SE checks: failure probability about 6e-5 each when the code is right.
Z4 = 4.0


def normal_dist(name, mean, n=100_000, seed=0, sd=1.0):
    x = np.random.default_rng(seed).normal(mean, sd, n)
    return FairDistribution(name, "exogenous", float(x.mean()), float(x.std(ddof=1) / math.sqrt(n)), n, n, {},
                            samples=x)


def test_mean_pool_exact():
    d1, d2 = normal_dist("a", 0.0, seed=1), normal_dist("b", 2.0, seed=2)
    p = pool_opinions([d1, d2], "mean", [1, 3])
    assert p.score == pytest.approx(0.25 * d1.mean + 0.75 * d2.mean)
    assert p.se == pytest.approx(math.sqrt(0.25**2 * d1.se**2 + 0.75**2 * d2.se**2))
    assert p.weights == (0.25, 0.75)
    assert p.to_dict() == {"method": "mean", "score": p.score, "se": p.se, "weights": [0.25, 0.75]}


def test_linear_pool_density_and_mean():
    d1, d2 = normal_dist("a", 0.0, seed=1), normal_dist("b", 4.0, seed=2)
    p = pool_opinions([d1, d2], "linear")
    dx = p.grid[1] - p.grid[0]
    assert p.density.sum() * dx == pytest.approx(1.0, abs=1e-9)
    assert p.score == pytest.approx(0.5 * (d1.mean + d2.mean))
    assert float(np.sum(p.grid * p.density) * dx) == pytest.approx(p.score, abs=0.01)


@pytest.mark.parametrize(("weights", "expected"), [((1, 1), 1.0), ((1, 3), 1.5)])
def test_logarithmic_pool_of_gaussians(weights, expected):
    """Geometric pool of N(0,1) and N(2,1) with weights w is N(2 w_2, 1)."""
    d1, d2 = normal_dist("a", 0.0, seed=3), normal_dist("b", 2.0, seed=4)
    p = pool_opinions([d1, d2], "logarithmic", weights)
    assert p.se < 0.02
    assert abs(p.score - expected) <= Z4 * p.se + 0.01


def test_pool_errors():
    d = normal_dist("a", 0.0, n=100)
    with pytest.raises(ValueError, match="unknown pool"):
        pool_opinions([d], "harmonic")
    with pytest.raises(ValueError, match="weights"):
        pool_opinions([d, d], "mean", [1, -1])
    with pytest.raises(ValueError, match="weights"):
        pool_opinions([d, d], "mean", [1])
    with pytest.raises(ValueError, match="no distributions"):
        pool_opinions([], "mean")


def test_binned_kde_matches_direct_kde():
    """Equivalence: binned KDE == direct Gaussian KDE on the grid."""
    x = np.random.default_rng(0).normal(size=3000)
    grid = np.linspace(-5, 5, 801)
    h = 0.3
    direct = np.exp(-0.5 * ((grid[:, None] - x[None, :]) / h) ** 2).sum(1) / (x.size * h * math.sqrt(2 * math.pi))
    np.testing.assert_allclose(kde_on_grid(x, None, grid, h), direct, atol=2e-3)


# ---------------------------------------------------------------- fair_distribution
FAIR = (("Cvr", "Dpt", "Mrk"), ("U_cvr", "U_dpt", "U_mrk"))


@pytest.mark.parametrize(
    ("semantics", "expected_a", "expected_b"),
    [
        # E[Y_A] = E[U_job] + 2 E[Gnd] + E[Age]/100 + Dpt + Mrk + Cvr = 0.3 + 1 + 0.23 + 0 + 0.9 + 0.6
        ("exogenous", 3.03, 2.31),
        ("do", 3.03, 2.31),
        # conditioning on Dpt = 0 updates P(Gnd = 1) to 0.5 / 0.85 in expert A
        ("conditional", 0.3 + 2 * 0.5 / 0.85 + 0.23 + 1.5, 2.31),
    ],
)
def test_toy_fair_expectations_analytic(semantics, expected_a, expected_b):
    """E[Y_B] = E[Age]/100 + E[U_job] + E[Age]/100 + 0.5 E[Gnd] + 0 + 0.9 + 0.5 = 0.23 + 0.68 + 1.4."""
    (a, b), applicants = load_phd_example()
    for name, ctx in applicants:
        for model, expected in ((a, expected_a), (b, expected_b)):
            d = fair_distribution(model, *FAIR, ctx, semantics=semantics, n_samples=100_000, random_state=5)
            assert abs(d.mean - expected) <= Z4 * d.se, (name, model.name, d.mean, d.se)
            assert d.given and d.to_dict()["expert"] == model.name and "samples" not in d.to_dict()


def test_toy_removal_pooling_expectations_analytic():
    """Z = {Cvr}: A = 1.53 + 0.02 + 0.57 + 0.6 = 2.72, B = 0.23 + 0.68 + 0.05 + 0.57 + 0.5 = 2.03."""
    (a, b), applicants = load_phd_example()
    ctx = applicants[0][1]
    for model, expected in ((a, 2.72), (b, 2.03)):
        d = fair_distribution(model, ("Cvr",), ("U_cvr",), ctx, n_samples=100_000, random_state=6)
        assert abs(d.mean - expected) <= Z4 * d.se
        assert dict(d.given) == {"U_cvr": 0.4}


def test_fair_distribution_errors_and_warnings():
    a = load_phd_example()[0][0]
    with pytest.raises(ValueError, match="lacks"):
        fair_distribution(a, *FAIR, {"U_cvr": 0.4})
    with pytest.raises(ValueError, match="unknown semantics"):
        fair_distribution(a, *FAIR, {"U_cvr": 0.4}, semantics="bayes")
    with pytest.raises(ValueError, match="not variables"):
        fair_distribution(a, *FAIR, {"Foo": 1.0})
    ctx = {"U_cvr": 0.4, "U_dpt": 0.0, "U_mrk": 0.8}
    with pytest.warns(MonteCarloWarning, match="exceeds the tolerance"):
        d = fair_distribution(a, *FAIR, ctx, n_samples=1000, random_state=0, tol=1e-6)
    assert d.warnings and "tolerance" in d.warnings[0]
    # a Dpt value set directly is held in the exogenous semantics
    d = fair_distribution(a, *FAIR, {**ctx, "Dpt": 0.2}, n_samples=1000, random_state=0)
    assert d.given["Dpt"] == 0.2


def test_conditional_low_ess_warns():
    m = SCM({"U": {"dist": "categorical", "p": [0.999, 0.001]}, "V": {"dist": "normal"}},
            {"X": "U * 2", "Y": "X + U + V"}, predictor="Y")  # U feeds X and Y: rejection
    with pytest.warns(MonteCarloWarning, match="effective sample size"):
        d = fair_distribution(m, ("X",), ("U",), {"U": 1.0}, semantics="conditional", n_samples=5000,
                              random_state=1)
    assert d.ess < 100


def test_same_seed_same_numbers():
    a = load_phd_example()[0][0]
    ctx = {"U_cvr": 0.4, "U_dpt": 0.0, "U_mrk": 0.8}
    d1 = fair_distribution(a, *FAIR, ctx, n_samples=5000, random_state=3)
    d2 = fair_distribution(a, *FAIR, ctx, n_samples=5000, random_state=3)
    assert d1.mean == d2.mean and np.array_equal(d1.samples, d2.samples)
