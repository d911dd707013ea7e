"""The offline digits experiment: parties by digit range, coalition models, model rewards."""

from __future__ import annotations

import numpy as np
import pytest

from cocausal.games import JoblibExecutor
from cocausal.payoff.digits import DIGIT_RANGES, digits_collaboration, run_digits_experiment


@pytest.fixture(scope="module")
def collab():
    return digits_collaboration(epochs=10, random_state=0)


def test_shared_overlap_follows_the_digit_ranges(collab):
    member = collab.membership
    for i, (lo, hi) in enumerate(DIGIT_RANGES):
        assert np.array_equal(member[:, i], (collab.y_train >= lo) & (collab.y_train <= hi))
    # [0-3] holds every image of [0] and [1-2], as in the MNIST study.
    assert np.all(member[:, 2][member[:, 0] | member[:, 1]])
    assert collab.players == ("[0]", "[1-2]", "[0-3]", "[3-5]", "[6-9]")
    assert collab.y_val.size == pytest.approx(0.4 * 1797, abs=1)
    assert np.unique(collab.y_val).tolist() == list(range(10))


def test_split_overlap_assigns_each_image_to_one_covering_party():
    split = digits_collaboration(overlap="split", random_state=3)
    assert np.all(split.membership.sum(axis=1) == 1)
    covers = np.array([[lo <= d <= hi for lo, hi in DIGIT_RANGES] for d in range(10)])
    assert np.all(covers[split.y_train][split.membership])
    # digit 0 is shared by [0] and [0-3]: both receive some of it
    zeros = split.membership[split.y_train == 0]
    assert zeros[:, 0].sum() > 0 and zeros[:, 2].sum() > 0


def test_coalition_values_are_seeded_per_coalition(collab):
    assert collab.value(()) == 0.0
    assert collab.value((0, 4)) == collab.value((0, 4))
    # a model that never saw digits 1..9 scores about the share of zeros (~0.1)
    assert collab.value((0,)) == pytest.approx(np.mean(collab.y_val == 0), abs=0.02)


def test_joblib_executor_gives_the_serial_values(collab):
    masks = [1, 6, 17, 31]
    serial = collab.game().values(masks)
    parallel = collab.game(JoblibExecutor(n_jobs=2)).values(masks)
    np.testing.assert_array_equal(serial, parallel)


def test_realisation_starts_from_the_partys_own_value(collab):
    own = collab.value((1,))
    target = own + 0.2
    _, reward = collab.realise(1, target)
    assert reward.own_score == own
    assert reward.reached and reward.achieved >= target


def test_experiment_without_realisation(collab):
    exp = run_digits_experiment(collaboration=collab, realise=False)
    assert exp.values.shape == (32,) and exp.values[0] == 0.0
    # Seeded check: SGD logistic regression on all ten digits scores ~0.95 (0.85 would be a bug).
    assert exp.values[-1] > 0.85
    assert exp.scenarios == ("b = inf", "b = 0", "b = (0.3, 0, 0, 0, 0)")
    inf, zero, one = exp.allocations
    assert inf.solver == "closed_form" and np.allclose(inf.model_values, exp.values[-1])
    np.testing.assert_allclose(zero.payoffs, 0.0, atol=1e-9)
    assert one.payoffs[0] == pytest.approx(-0.3, abs=1e-9)
    assert all(a.weakly_efficient for a in exp.allocations)
    assert exp.rewards == ((), (), ())


@pytest.mark.slow
def test_full_experiment_realises_every_reward():
    exp = run_digits_experiment()
    for alloc, rewards in zip(exp.allocations, exp.rewards):
        achieved = np.array([r.achieved for r in rewards])
        assert np.all(achieved >= alloc.model_values - 0.02)


def test_bad_arguments():
    with pytest.raises(ValueError, match="overlap"):
        digits_collaboration(overlap="copy")
    with pytest.raises(ValueError, match="validation_size"):
        digits_collaboration(validation_size=1.0)
    with pytest.raises(ValueError, match="exchange_rate"):
        digits_collaboration(exchange_rate=0.0)
    with pytest.raises(TypeError, match="random_state"):
        digits_collaboration(random_state=1.5)
