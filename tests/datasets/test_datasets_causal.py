"""Tests of the causal data set loaders and the synthetic generator."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocausal.data import CausalData
from cocausal.datasets import (
    Dataset,
    load_acic2016,
    load_dataset,
    load_ihdp,
    load_jobs,
    load_lalonde,
    make_synthetic,
)


# ---------------------------------------------------------------- tier 1: exact reference values
def test_ihdp_shape_arms_and_truth():
    ds = load_ihdp(1)
    assert isinstance(ds.data, CausalData)
    assert (ds.data.n, ds.data.n_features, ds.data.n_treated) == (747, 25, 139)
    assert ds.data.feature_names[0] == "x1" and ds.data.feature_names[-1] == "x25"
    assert ds.true_ate == pytest.approx(4.0161, abs=1e-3)
    assert ds.true_ate == pytest.approx(np.mean(ds.extras["mu1"] - ds.extras["mu0"]))
    # First row of ihdp_npci_1.csv: treated, y_factual 5.59991628549083
    assert ds.data.t[0] == 1 and ds.data.y[0] == pytest.approx(5.59991628549083)
    assert ds.extras["y_cfactual"][0] == pytest.approx(4.31877968420119)


@pytest.mark.parametrize("replication", range(1, 11))
def test_ihdp_all_replications(replication):
    ds = load_ihdp(replication)
    assert ds.name == f"ihdp-{replication}"
    assert (ds.data.n, ds.data.n_treated) == (747, 139)
    # Sample ATEs of mu1 - mu0 of the shipped files (replication 9 has a large effect).
    expected = [4.016, 4.051, 4.099, 4.274, 4.162, 4.004, 3.991, 3.854, 10.466, 4.586]
    assert ds.true_ate == pytest.approx(expected[replication - 1], abs=1e-3)


def test_jobs_and_lalonde_arms_and_dim():
    jobs, lal = load_jobs().data, load_lalonde().data
    assert (jobs.n_treated, jobs.n_control, jobs.n_features) == (297, 425, 7)
    assert (lal.n_treated, lal.n_control, lal.n_features) == (185, 260, 8)
    assert "re74" in lal.feature_names and "re74" not in jobs.feature_names
    dim = lambda d: d.y[d.t == 1].mean() - d.y[d.t == 0].mean()  # noqa: E731
    assert dim(jobs) == pytest.approx(886.30, abs=0.01)
    assert dim(lal) == pytest.approx(1794.34, abs=0.01)


def test_acic2016_one_hot_and_truth():
    ds = load_acic2016()
    assert ds.data.n == 4802
    names = ds.data.feature_names
    assert not {"x_2", "x_21", "x_24"} & set(names)
    assert any(n.startswith("x_2_") for n in names) and any(n.startswith("x_24_") for n in names)
    assert ds.true_ate == pytest.approx(np.mean(ds.extras["mu1"] - ds.extras["mu0"]))
    obs = np.where(ds.data.t == 1, ds.extras["y1"], ds.extras["y0"])
    np.testing.assert_array_equal(ds.data.y, obs)


def test_dataset_repr_and_frozen():
    ds = load_jobs()
    assert repr(ds).startswith("Dataset('jobs', n=722")
    with pytest.raises(AttributeError):
        ds.true_ate = 1.0
    with pytest.raises(TypeError):
        ds.extras["new"] = 1
    with pytest.raises(TypeError, match="CausalData"):
        Dataset("x", data=np.zeros(3), true_ate=None, description="")


def test_bad_replication():
    for bad in (0, 11, 1.5, True):
        with pytest.raises(ValueError, match="replication"):
            load_ihdp(bad)


# ---------------------------------------------------------------- load_dataset (CLI entry point)
def test_load_dataset_names_and_csv(tmp_path):
    assert load_dataset("IHDP").name == "ihdp-1"
    assert load_dataset("jobs", treatment="treat", outcome="re78").data.n == 722
    with pytest.raises(ValueError, match="omit --treatment"):
        load_dataset("jobs", treatment="t")
    a = load_dataset("synthetic", random_state=3)
    b = load_dataset("synthetic", random_state=3)
    np.testing.assert_array_equal(a.data.y, b.data.y)

    df = pd.DataFrame({"w": [0, 1, 0, 1, 1, 0], "out": [1.0, 2, 3, 4, 5, 6], "age": [1.0, 2, 3, 4, 5, 7]})
    path = tmp_path / "d.csv"
    df.to_csv(path, index=False)
    ds = load_dataset(path, treatment="w", outcome="out")
    assert ds.data.feature_names == ("age",) and ds.true_ate is None
    with pytest.raises(ValueError, match="not found"):
        load_dataset(path, treatment="treat", outcome="out")
    with pytest.raises(ValueError, match="treatment and outcome"):
        load_dataset(path)
    with pytest.raises(FileNotFoundError, match="neither a known data set"):
        load_dataset(tmp_path / "missing.csv", treatment="w", outcome="out")
    df.loc[2, "age"] = np.nan
    df.to_csv(path, index=False)
    with pytest.raises(ValueError, match="row 2"):
        load_dataset(path, treatment="w", outcome="out")
    df.loc[2, "age"] = 1.0
    df.loc[0, "w"] = 2
    df.to_csv(path, index=False)
    with pytest.raises(ValueError, match="binary"):
        load_dataset(path, treatment="w", outcome="out")


# ---------------------------------------------------------------- tier 2: properties
@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(8, 300),
    d=st.integers(1, 6),
    ate=st.floats(-5, 5),
    confounding=st.floats(0, 2),
    seed=st.integers(0, 2**32 - 1),
)
def test_synthetic_properties(n, d, ate, confounding, seed):
    ds = make_synthetic(n=n, d=d, ate=ate, confounding=confounding, random_state=seed)
    assert ds.data.X.shape == (n, d)
    assert ds.data.n_treated >= 2 and ds.data.n_control >= 2
    assert ds.true_ate == ate
    mu0, mu1 = ds.extras["mu0"], ds.extras["mu1"]
    np.testing.assert_allclose(mu1 - mu0, ate + 0.5 * ds.data.X[:, 0])
    assert ds.extras["sample_ate"] == pytest.approx(np.mean(mu1 - mu0))
    again = make_synthetic(n=n, d=d, ate=ate, confounding=confounding, random_state=seed)
    np.testing.assert_array_equal(again.data.y, ds.data.y)


def test_synthetic_noiseless_outcome_equals_mu():
    ds = make_synthetic(n=200, d=3, noise=0.0, random_state=1)
    mu = np.where(ds.data.t == 1, ds.extras["mu1"], ds.extras["mu0"])
    np.testing.assert_allclose(ds.data.y, mu)


def test_synthetic_rejects_bad_arguments():
    with pytest.raises(ValueError, match="n must"):
        make_synthetic(n=3)
    with pytest.raises(ValueError, match="d must"):
        make_synthetic(d=0)
    with pytest.raises(ValueError, match="noise"):
        make_synthetic(noise=-1.0)


# ---------------------------------------------------------------- tier 3: seeded statistics
def test_synthetic_population_moments():
    """Seeded; with n = 200,000 the treated share (sd ~0.0011) and the sample ATE
    (sd 0.5/sqrt(n) ~0.0011) lie within 5 sd of their expectations with probability > 1 - 1e-6."""
    ds = make_synthetic(n=200_000, d=4, ate=1.0, confounding=0.0, random_state=123)
    assert abs(ds.data.t.mean() - 0.5) < 5 * 0.5 / np.sqrt(ds.data.n)
    assert abs(ds.extras["sample_ate"] - 1.0) < 5 * 0.5 / np.sqrt(ds.data.n)
    assert np.allclose(ds.extras["propensity"], 0.5)
