"""A study with a checkpoint store: a crashed run resumes and gives the uninterrupted numbers."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.cci import CollaborativeATE
from cocausal.cci.study import COALITION_BLOCK
from cocausal.data import split_random
from cocausal.datasets import make_synthetic

FIELDS = ("tau", "se", "v", "phi", "r", "tau_r", "se_r", "dphi_dtau")
N_PARTIES = 14  # 16,383 coalitions: two blocks


class MemoryStore:
    def __init__(self, crash_after: int | None = None) -> None:
        self.blocks: dict[int, dict] = {}
        self.computed = 0
        self.crash_after = crash_after

    def load(self, block):
        return self.blocks.get(block)

    def save(self, block, content):
        self.blocks[block] = content
        self.computed += 1
        if self.crash_after is not None and self.computed >= self.crash_after:
            raise KeyboardInterrupt("simulated crash after a committed block")


@pytest.fixture(scope="module")
def parts():
    return split_random(make_synthetic(n=2800, d=3, random_state=0).data, N_PARTIES, random_state=0)


def _fit(parts, store=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CollaborativeATE(random_state=5).fit(parts, store=store).result_


def test_resumed_run_equals_the_uninterrupted_run(parts):
    assert (1 << N_PARTIES) - 1 > COALITION_BLOCK
    plain = _fit(parts)
    store = MemoryStore(crash_after=1)
    with pytest.raises(KeyboardInterrupt):
        _fit(parts, store)
    assert len(store.blocks) == 1
    store.crash_after = None
    resumed = _fit(parts, store)
    assert store.computed == 2  # only the missing block was computed on resume
    for field in FIELDS:
        assert np.array_equal(getattr(plain, field), getattr(resumed, field), equal_nan=True), field


def test_a_full_store_recomputes_nothing(parts):
    store = MemoryStore()
    first = _fit(parts, store)
    computed = store.computed
    again = _fit(parts, store)
    assert store.computed == computed == 2
    assert np.array_equal(first.phi, again.phi)
