import numpy as np
import pandas as pd
import pytest

from cocausal import CausalData, split_by_covariate, split_random, subset
from cocausal.warnings import ConstantCovariateWarning


def make(n=20, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    t = np.tile([0, 1], n // 2)
    y = X[:, 0] + t + rng.normal(size=n)
    return X, t, y


def test_validation_and_copy():
    X, t, y = make()
    d = CausalData(X, t, y)
    assert (d.n, d.n_treated, d.n_control, d.n_features) == (20, 10, 10, 3)
    X[0, 0] = 99.0
    assert d.X[0, 0] != 99.0
    with pytest.raises(ValueError):
        d.X[0, 0] = 1.0


def test_nan_names_row_and_column():
    X, t, y = make()
    X[3, 1] = np.nan
    with pytest.raises(ValueError, match=r"row 3, column 'x1'"):
        CausalData(X, t, y)


def test_non_binary_treatment_names_values():
    X, t, y = make()
    t = t * 2
    with pytest.raises(ValueError, match=r"found values \[0\.0, 2\.0\]"):
        CausalData(X, t, y)


@pytest.mark.parametrize("t", [np.zeros(20), np.r_[1, np.zeros(19)]])
def test_arms(t):
    X, _, y = make()
    with pytest.raises(ValueError, match="arm"):
        CausalData(X, t, y)


def test_lengths_and_constant_warning():
    X, t, y = make()
    with pytest.raises(ValueError, match="same number of rows"):
        CausalData(X, t[:-1], y)
    X[:, 2] = 1.0
    with pytest.warns(ConstantCovariateWarning):
        CausalData(X, t, y)


def test_from_frame_and_missing_column():
    X, t, y = make()
    df = pd.DataFrame(X, columns=["a", "b", "c"]).assign(treat=t.astype(bool), out=y)
    d = CausalData.from_frame(df, treatment="treat", outcome="out")
    assert d.feature_names == ("a", "b", "c")
    with pytest.raises(ValueError, match="'nope'"):
        CausalData.from_frame(df, treatment="nope", outcome="out")


def test_partitions():
    X, t, y = make(n=100)
    d = CausalData(X, t, y)
    parts = split_random(d, 4, random_state=1)
    assert sum(p.n for p in parts) == 100 and {p.n for p in parts} == {25}
    again = split_random(d, 4, random_state=1)
    assert all(np.array_equal(a.y, b.y) for a, b in zip(parts, again))
    by = split_by_covariate(d, "x0", 4)
    assert by[0].X[:, 0].max() <= by[1].X[:, 0].min()
    pooled = subset(parts, [0, 2])
    assert pooled.n == 50 and set(pooled.parties) == {0, 2}
    with pytest.raises(ValueError, match="empty"):
        subset(parts, [])
    labelled = pooled.with_party(pooled.party)
    assert subset(labelled, [2]).n == 25


def test_a_split_names_the_parties_with_constant_covariates_in_one_warning():
    X, t, y = make(n=40)
    X[:20, 1] = 0.0  # constant in the first half only: split_by_covariate on column 2 keeps it varying overall
    X[:, 2] = np.arange(40.0)
    data = CausalData(X, t, y, feature_names=["a", "b", "c"])
    with pytest.warns(ConstantCovariateWarning) as caught:
        parts = split_by_covariate(data, "c", 2)
    constant = [w for w in caught if issubclass(w.category, ConstantCovariateWarning)]
    assert len(constant) == 1
    assert "within 1 of 2 parties (party 0: ['b'])" in str(constant[0].message)
    assert [p.n for p in parts] == [20, 20]


def test_a_split_without_constant_covariates_does_not_warn(recwarn):
    X, t, y = make(n=40)
    split_random(CausalData(X, t, y), 2, random_state=0)
    assert not [w for w in recwarn if issubclass(w.category, ConstantCovariateWarning)]
