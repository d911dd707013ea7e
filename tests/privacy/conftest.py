"""Shared fixtures of the privacy tests."""

import numpy as np
import pytest

from cocausal.data import CausalData


@pytest.fixture
def small_data():
    """A small confounded data set in the unit box with outcomes in [0, 4]."""
    rng = np.random.default_rng(123)
    n, d = 200, 3
    X = rng.random((n, d))
    t = (rng.random(n) < 0.25 + 0.5 * X[:, 0]).astype(int)
    y = X.sum(axis=1) + 0.5 * t + rng.uniform(-0.4, 0.4, n)
    return CausalData(X=X, t=t, y=np.clip(y, 0, 4))
