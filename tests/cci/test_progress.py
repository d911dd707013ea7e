"""``CollaborativeATE.fit(progress=...)``: bounded, monotone calls ending at the total; same result."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from cocausal.cci import CollaborativeATE
from cocausal.cci import study as study_module
from cocausal.cci.repeated import repeated_study
from cocausal.data import split_random
from cocausal.datasets import make_synthetic

FIELDS = ("tau", "se", "v", "phi", "r", "tau_r", "se_r", "phi_stderr", "dv_dtau", "dphi_dtau")
N_PARTIES = 7  # 127 coalitions


class MemoryStore:
    def __init__(self) -> None:
        self.blocks: dict[int, dict] = {}

    def load(self, block):
        return self.blocks.get(block)

    def save(self, block, content):
        self.blocks[block] = content


@pytest.fixture(scope="module")
def data():
    return make_synthetic(n=700, d=3, random_state=0).data


@pytest.fixture(scope="module")
def parts(data):
    return split_random(data, N_PARTIES, random_state=0)


def _fit(parts, progress=None, store=None, **params):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CollaborativeATE(random_state=3, **params).fit(parts, progress=progress, store=store).result_


def _assert_same(a, b):
    for field in FIELDS:
        assert np.array_equal(getattr(a, field), getattr(b, field), equal_nan=True), field
    assert (a.tau_N, a.se_N, a.rho, a.gain, a.cost) == (b.tau_N, b.se_N, b.rho, b.gain, b.cost)
    assert a.warnings == b.warnings
    assert a.n_coalitions == b.n_coalitions


def _check_calls(calls, total):
    done = [d for d, _ in calls]
    assert all(t == total for _, t in calls)
    assert done == sorted(done)
    assert all(0 < d <= total for d in done)
    assert calls[-1] == (total, total)


@pytest.mark.parametrize("params", [{"estimator": "ipw"}, {"estimator": "dim", "se": "bootstrap", "n_boot": 5}])
def test_fitted_estimators_report_each_block(parts, params):
    calls = []
    with_progress = _fit(parts, lambda done, total: calls.append((done, total)), **params)
    total = (1 << N_PARTIES) - 1
    _check_calls(calls, total)
    # per block, not per coalition: more than one call, at most PROGRESS_STEPS + 1
    assert 1 < len(calls) <= study_module.PROGRESS_STEPS + 1 < total
    _assert_same(with_progress, _fit(parts, **params))


def test_linear_por_reports_once_at_the_end(parts):
    calls = []
    with_progress = _fit(parts, lambda done, total: calls.append((done, total)))
    assert calls == [((1 << N_PARTIES) - 1, (1 << N_PARTIES) - 1)]
    _assert_same(with_progress, _fit(parts))


def test_a_store_reports_each_checkpoint_block(parts, monkeypatch):
    monkeypatch.setattr(study_module, "COALITION_BLOCK", 32)  # 127 coalitions: 4 blocks
    calls = []
    with_progress = _fit(parts, lambda done, total: calls.append((done, total)), store=MemoryStore())
    assert calls == [(32, 127), (64, 127), (96, 127), (127, 127)]
    _assert_same(with_progress, _fit(parts, store=MemoryStore()))
    resumed = []  # a full store: every block is loaded, and reported as such
    store = MemoryStore()
    _fit(parts, store=store)
    _fit(parts, lambda done, total: resumed.append((done, total)), store=store)
    assert resumed == calls


def test_monte_carlo_reports_permutations_per_batch(parts):
    from cocausal.games import MaxPermutations, StandardErrorTarget

    calls = []
    capped = {"shapley": "montecarlo", "stopping": MaxPermutations(200)}
    with_progress = _fit(parts, lambda done, total: calls.append((done, total)), **capped)
    # batches of 64 permutations, the last cut to the cap: 64, 128, 192, 200
    assert calls == [(64, 200), (128, 200), (192, 200), (200, 200)]
    _assert_same(with_progress, _fit(parts, **capped))
    early = []  # an accuracy target met before the cap: the last call still has done == total
    loose = {"shapley": "montecarlo", "stopping": StandardErrorTarget(10.0) | MaxPermutations(2000)}
    _fit(parts, lambda done, total: early.append((done, total)), **loose)
    assert early[-1][0] == early[-1][1] < 2000
    assert all(total == 2000 for _, total in early[:-1])


def test_repeated_study_passes_it_to_each_run(data):
    calls = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        study = repeated_study(data, 4, 2, random_state=0, estimator="ipw",
                               progress=lambda done, total: calls.append((done, total)))
        plain = repeated_study(data, 4, 2, random_state=0, estimator="ipw")
    ends = [k for k, call in enumerate(calls) if call == (15, 15)]
    assert len(ends) == 2 and ends[-1] == len(calls) - 1
    _check_calls(calls[: ends[0] + 1], 15)
    _check_calls(calls[ends[0] + 1 :], 15)
    for a, b in zip(study.results, plain.results):
        _assert_same(a, b)
