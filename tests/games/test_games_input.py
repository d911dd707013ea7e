"""Coalition encodings, game construction and bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cocausal.games import (
    COLLAB_ML_GAMES,
    FunctionGame,
    Game,
    TabularGame,
    VotingGame,
    conditional_shapley,
    load_collab_ml_game,
    shapley_values,
)


def test_value_accepts_bitmask_and_indices():
    game = TabularGame(np.arange(8.0))
    assert game.value(0b101) == 5.0
    assert game.value([0, 2]) == 5.0
    assert game.value((2, 0)) == 5.0
    assert game.value(np.int64(3)) == 3.0
    assert game.value([]) == 0.0
    assert isinstance(game, Game)


def test_values_accepts_every_batch_encoding():
    game = TabularGame(np.arange(8.0) ** 2)
    expected = [25.0, 4.0, 49.0]
    assert game.values([0b101, [1], {0, 1, 2}]).tolist() == expected
    assert game.values(np.array([5, 2, 7])).tolist() == expected
    members = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 1]], dtype=bool)
    assert game.values(members).tolist() == expected


@pytest.mark.parametrize(
    "coalition, message",
    [
        ([0, 0], "appears twice"),
        ([3], "out of range"),
        ([-1], "out of range"),
        (8, "not a coalition"),
        (-1, "not a coalition"),
    ],
)
def test_bad_coalitions_are_rejected(coalition, message):
    with pytest.raises(ValueError, match=message):
        TabularGame(np.zeros(8)).value(coalition)


def test_non_integer_coalitions_are_rejected():
    with pytest.raises(TypeError, match="bitmask int or an iterable"):
        TabularGame(np.zeros(4)).value("01")
    with pytest.raises(TypeError, match="Player indices must be ints"):
        TabularGame(np.zeros(4)).value([0.5])


def test_bad_membership_matrix_is_rejected():
    with pytest.raises(ValueError, match="boolean membership matrix"):
        TabularGame(np.zeros(4)).values(np.ones((2, 3), dtype=bool))


@pytest.mark.parametrize("length", [0, 3, 6, 31])
def test_wrong_length_table(length):
    with pytest.raises(ValueError, match="2\\*\\*n entries"):
        TabularGame(np.zeros(length))


def test_single_value_table_is_the_zero_player_game():
    with pytest.raises(ValueError, match="no players"):
        TabularGame([1.0])


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_table(bad):
    with pytest.raises(ValueError, match="not finite"):
        TabularGame([0.0, 1.0, bad, 2.0])


def test_two_dimensional_table_is_rejected():
    with pytest.raises(ValueError, match="1-D"):
        TabularGame(np.zeros((2, 2)))


@pytest.mark.parametrize("n", [0, -3])
def test_zero_players(n):
    with pytest.raises(ValueError, match="at least one player"):
        FunctionGame(len, n_players=n)
    with pytest.raises(ValueError, match="at least one player"):
        VotingGame(n)


def test_one_player_game_is_valid():
    game = TabularGame([2.0, 5.0])
    assert shapley_values(game).values.tolist() == [3.0]
    assert conditional_shapley(game).tolist() == [[0.0]]


def test_too_many_players_for_exact_names_the_alternative():
    game = VotingGame(30)
    with pytest.raises(ValueError, match="method='montecarlo'"):
        shapley_values(game, method="exact")


def test_unknown_method():
    with pytest.raises(ValueError, match="method must be one of"):
        shapley_values(TabularGame([0.0, 1.0]), method="kernel")


def test_non_game_is_rejected():
    with pytest.raises(TypeError, match="Game protocol"):
        shapley_values(np.zeros(4))


def test_player_names():
    game = TabularGame([0.0, 1.0, 1.0, 3.0], players=["a", "b"])
    frame = shapley_values(game).to_frame()
    assert frame["player"].tolist() == ["a", "b"]
    with pytest.raises(ValueError, match="one per player"):
        TabularGame([0.0, 1.0], players=["a", "b"])
    with pytest.raises(ValueError, match="distinct"):
        TabularGame([0.0, 1.0, 1.0, 3.0], players=["a", "a"])


def test_from_json_round_trip(tmp_path):
    path = tmp_path / "game.json"
    path.write_text(json.dumps({"parties": ["x", [1, 2]], "value_by_bitmask": [0, 1, 2, 4]}))
    game = TabularGame.from_json(path)
    assert game.players == ("x", "{1,2}")
    assert game.table().tolist() == [0.0, 1.0, 2.0, 4.0]


def test_from_json_bad_files(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match="not valid JSON"):
        TabularGame.from_json(path)
    path.write_text(json.dumps({"values": [0, 1]}))
    with pytest.raises(ValueError, match="value_by_bitmask"):
        TabularGame.from_json(path)
    with pytest.raises(FileNotFoundError):
        TabularGame.from_json(tmp_path / "missing.json")


@pytest.mark.parametrize("name", COLLAB_ML_GAMES)
def test_shipped_games_match_shared_copies(name):
    game = load_collab_ml_game(name)
    assert game.n_players == 5
    assert game.value(0) == 0.0
    shared = f"/work/shared/data/collab_ml/{name}.json"
    try:
        reference = TabularGame.from_json(shared)
    except FileNotFoundError:
        pytest.skip("shared data directory not present")
    np.testing.assert_array_equal(game.table(), reference.table())


def test_unknown_shipped_game():
    with pytest.raises(ValueError, match="choose one of"):
        load_collab_ml_game("cifar")


def test_table_is_read_only():
    game = TabularGame(np.zeros(4))
    with pytest.raises(ValueError):
        game.table()[0] = 1.0


def test_negative_non_monotone_game_works():
    table = np.array([0.0, -3.0, 5.0, -1.0])
    phi = shapley_values(TabularGame(table)).values
    np.testing.assert_allclose(phi, [-4.5, 3.5])
