"""FunctionGame: caching, per-coalition seeding, executors."""

from __future__ import annotations

import numpy as np
import pytest

from cocausal.games import (
    FunctionGame,
    JoblibExecutor,
    SerialExecutor,
    coalition_seed,
    shapley_values,
)


def noisy_size(coalition, rng):
    return len(coalition) + rng.normal()


def test_cache_calls_fn_once_per_coalition():
    calls = []

    def fn(coalition):
        calls.append(coalition)
        return float(sum(coalition))

    game = FunctionGame(fn, n_players=3)
    assert game.values([0b011, 0b011, [1, 0], 0b100]).tolist() == [1.0, 1.0, 1.0, 2.0]
    assert game.value(3) == 1.0
    assert sorted(calls) == [(0, 1), (2,)]
    assert game.n_evaluations == 2


def test_fn_receives_sorted_index_tuples():
    seen = []
    FunctionGame(lambda c: seen.append(c) or 0.0, n_players=4).value({3, 1})
    assert seen == [(1, 3)]


def test_stochastic_value_is_a_function_of_the_coalition():
    a = FunctionGame(noisy_size, n_players=4, random_state=7)
    b = FunctionGame(noisy_size, n_players=4, random_state=7, chunk_size=1)
    masks = list(range(16))
    forward = a.values(masks)
    backward = b.values(masks[::-1])[::-1]
    np.testing.assert_array_equal(forward, backward)
    expected = [
        bin(m).count("1") + np.random.default_rng(coalition_seed(a._root, m)).normal()
        for m in masks
    ]
    np.testing.assert_allclose(forward, expected)


def test_different_roots_give_different_noise():
    a = FunctionGame(noisy_size, n_players=3, random_state=1).values(range(8))
    b = FunctionGame(noisy_size, n_players=3, random_state=2).values(range(8))
    assert not np.allclose(a, b)


def test_coalition_seeds_do_not_collide_with_spawned_children():
    root = np.random.SeedSequence(3)
    child = root.spawn(1)[0]
    assert coalition_seed(root, 0).generate_state(4).tolist() != child.generate_state(4).tolist()


def test_large_games_use_python_int_keys():
    game = FunctionGame(noisy_size, n_players=100, random_state=0)
    members = np.zeros((2, 100), dtype=bool)
    members[0, 99] = True
    members[1, 98] = True
    values = game.values(members)
    assert values[0] != values[1]
    assert game.value(1 << 99) == values[0]


def test_non_finite_value_is_an_error():
    game = FunctionGame(lambda c: np.nan if c == (1,) else 0.0, n_players=2)
    with pytest.raises(ValueError, match=r"coalition \(1,\)"):
        shapley_values(game)


def test_bad_arguments():
    with pytest.raises(TypeError, match="callable"):
        FunctionGame(3, n_players=2)
    with pytest.raises(TypeError, match="executor"):
        FunctionGame(len, n_players=2, executor="dask")
    with pytest.raises(ValueError, match="chunk_size"):
        FunctionGame(len, n_players=2, chunk_size=0)
    with pytest.raises(ValueError, match="n_jobs"):
        JoblibExecutor(n_jobs=0)


def test_joblib_executor_matches_serial():
    serial = FunctionGame(noisy_size, n_players=5, random_state=11, executor=SerialExecutor())
    parallel = FunctionGame(noisy_size, n_players=5, random_state=11, executor=JoblibExecutor(n_jobs=2))
    np.testing.assert_array_equal(serial.table(), parallel.table())


def test_dask_local_cluster_matches_serial():
    distributed = pytest.importorskip("distributed")
    from cocausal.games import DaskExecutor

    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1")
        executor = DaskExecutor(client)
        remote = FunctionGame(noisy_size, n_players=6, random_state=5, executor=executor, chunk_size=16)
        values = remote.table()
        address_executor = DaskExecutor(cluster.scheduler_address)
        by_address = FunctionGame(noisy_size, n_players=3, random_state=5, executor=address_executor)
        small = by_address.table()
        address_executor.client.close()
    serial = FunctionGame(noisy_size, n_players=6, random_state=5)
    np.testing.assert_array_equal(values, serial.table())
    np.testing.assert_array_equal(small, FunctionGame(noisy_size, n_players=3, random_state=5).table())


def test_dask_executor_rejects_other_objects():
    pytest.importorskip("distributed")
    from cocausal.games import DaskExecutor

    with pytest.raises(TypeError, match="distributed.Client"):
        DaskExecutor(42)


def test_batch_game_matches_tabular_and_validates_output():
    from cocausal.games import BatchGame, TabularGame

    table = np.random.default_rng(0).normal(size=16)
    weights = 1 << np.arange(4)
    game = BatchGame(lambda members: table[members @ weights], n_players=4)
    np.testing.assert_array_equal(game.table(), table)
    np.testing.assert_allclose(shapley_values(game).values, shapley_values(TabularGame(table)).values)
    with pytest.raises(ValueError, match="one value per row"):
        BatchGame(lambda members: np.zeros(3), n_players=2).values([0, 1])
    with pytest.raises(ValueError, match="finite"):
        BatchGame(lambda members: np.full(len(members), np.nan), n_players=2).value(0)
