"""Law school and Adult loaders, and the seeded 80/10/10 split."""

import numpy as np
import pytest

from cocausal.datasets.fairness import load_adult, load_law_school, train_val_test_split


def test_law_school_shape_and_roles():
    ds = load_law_school()
    d = ds.data
    assert d.n == 20412 and len(ds.frame) == 20412
    assert d.levels == ("White", "Black", "Asian")
    assert d.feature_names == ("UGPA", "LSAT") and d.feature_kinds == ("normal", "poisson")
    assert np.all(d.X[:, 1] == np.floor(d.X[:, 1]))
    assert d.task == "regression" and d.y is not None
    assert np.bincount(d.s).tolist() == [18285, 1282, 845]


def test_adult_shape_labels_and_subsets():
    ds = load_adult()
    assert ds.data.n == 31979
    assert set(ds.frame["income"].unique()) == {"<=50K", ">50K"}
    test = load_adult("test")
    assert set(test.frame["income"].unique()) == {"<=50K", ">50K"}  # the trailing "." is stripped
    assert test.data.task == "classification"
    assert load_adult("all").data.n == ds.data.n + test.data.n
    assert ds.data.A.shape == (31979, 1)
    with pytest.raises(ValueError, match="subset"):
        load_adult("train")


def test_split_sizes_disjoint_and_seeded():
    d = load_law_school().data
    tr, va, te = train_val_test_split(d, random_state=3)
    assert (tr.n, va.n, te.n) == (16329, 2041, 2042)
    tr2, _, te2 = train_val_test_split(d, random_state=3)
    assert np.array_equal(tr.X, tr2.X) and np.array_equal(te.y, te2.y)
    _, _, te3 = train_val_test_split(d, random_state=4)
    assert not np.array_equal(te.y, te3.y)
    frame_parts = train_val_test_split(load_law_school().frame, random_state=3)
    assert sum(len(p) for p in frame_parts) == 20412
    with pytest.raises(ValueError, match="fractions"):
        train_val_test_split(d, fractions=(0.5, 0.5, 0.5))
