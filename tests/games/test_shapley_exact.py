"""Exact Shapley, Banzhaf and conditional Shapley: reference values and equivalence with brute force."""

from __future__ import annotations

import numpy as np
import pytest

from cocausal.games import (
    COLLAB_ML_GAMES,
    AdditiveGame,
    AirportGame,
    FunctionGame,
    GloveGame,
    TabularGame,
    UnanimityGame,
    VotingGame,
    banzhaf_values,
    conditional_shapley,
    conditional_shapley_values,
    load_collab_ml_game,
    shapley_values,
)
from cocausal.games.exact import bit_sums

from ._brute import banzhaf_by_subsets, conditional_by_permutations, shapley_by_permutations

CLOSED_FORM_GAMES = [
    AdditiveGame([1.0, -2.0, 0.5, 3.0]),
    VotingGame(7),
    VotingGame(5, quota=0),
    UnanimityGame(6, [1, 4]),
    AirportGame([3.0, 1.0, 2.0, 5.0, 2.0]),
    GloveGame(1, 2),
    GloveGame(3, 5),
    GloveGame(4, 4),
    GloveGame(0, 3),
]


def test_hand_computed_two_player_game():
    result = shapley_values(TabularGame([0.0, 1.0, 2.0, 4.0]))
    assert result.values.tolist() == [1.5, 2.5]
    assert result.stderr.tolist() == [0.0, 0.0]
    assert result.counts.tolist() == [2, 2]
    assert result.method == "exact"


def test_glove_one_left_two_right_textbook_values():
    np.testing.assert_allclose(shapley_values(GloveGame(1, 2)).values, [2 / 3, 1 / 6, 1 / 6])


def test_airport_textbook_values():
    # segments 1, 1, 1 shared by 3, 2, 1 players: 1/3, 1/3 + 1/2, 1/3 + 1/2 + 1
    np.testing.assert_allclose(shapley_values(AirportGame([1, 2, 3])).values, [1 / 3, 5 / 6, 11 / 6])


def test_majority_conditional_values():
    matrix = conditional_shapley(VotingGame(3))
    np.testing.assert_allclose(matrix, 0.5 * (1 - np.eye(3)))


def test_majority_banzhaf():
    np.testing.assert_allclose(banzhaf_values(VotingGame(3)).values, [0.5, 0.5, 0.5])


@pytest.mark.parametrize("game", CLOSED_FORM_GAMES, ids=repr)
def test_exact_matches_closed_form(game):
    np.testing.assert_allclose(shapley_values(game, method="exact").values, game.shapley_closed_form(), atol=1e-12)


@pytest.mark.parametrize("name", COLLAB_ML_GAMES)
def test_collab_ml_games_match_permutation_definition(name):
    game = load_collab_ml_game(name)
    table = game.table()
    np.testing.assert_allclose(shapley_values(game).values, shapley_by_permutations(table), atol=1e-12)
    np.testing.assert_allclose(conditional_shapley(game), conditional_by_permutations(table), atol=1e-12)


@pytest.mark.parametrize("n", range(1, 8))
def test_exact_equals_permutation_definition_up_to_seven_players(n):
    table = np.random.default_rng(n).normal(size=1 << n) * 10
    np.testing.assert_allclose(shapley_values(TabularGame(table)).values, shapley_by_permutations(table), atol=1e-10)
    np.testing.assert_allclose(banzhaf_values(TabularGame(table)).values, banzhaf_by_subsets(table), atol=1e-10)


@pytest.mark.parametrize("n", range(1, 7))
def test_conditional_equals_permutations_starting_with_i(n):
    table = np.random.default_rng(100 + n).normal(size=1 << n)
    np.testing.assert_allclose(conditional_shapley(TabularGame(table)), conditional_by_permutations(table), atol=1e-10)


def test_bit_sums_equals_masked_sums():
    x = np.random.default_rng(0).normal(size=64)
    masks = np.arange(64)
    expected = [x[(masks >> j) & 1 == 1].sum() for j in range(6)]
    np.testing.assert_allclose(bit_sums(x), expected)
    assert bit_sums(np.ones(1)).shape == (0,)


def test_twenty_players_tabular():
    glove = GloveGame(9, 11)
    table = glove.table()
    result = shapley_values(TabularGame(table))  # auto = exact at n = 20
    assert result.method == "exact"
    np.testing.assert_allclose(result.values, glove.shapley_closed_form(), atol=1e-12)
    noisy = table + np.random.default_rng(20).normal(size=1 << 20)
    assert shapley_values(TabularGame(noisy)).values.sum() == pytest.approx(noisy[-1] - noisy[0], abs=1e-9)
    matrix = conditional_shapley(TabularGame(noisy))
    np.testing.assert_allclose(matrix.sum(axis=1), noisy[-1] - noisy[1 << np.arange(20)], atol=1e-9)


def test_exact_works_on_function_games():
    game = FunctionGame(lambda c: float(len(c) >= 2), n_players=4)
    np.testing.assert_allclose(shapley_values(game, method="exact").values, 0.25)
    assert game.n_evaluations == 16


def test_conditional_result_frame_and_counts():
    result = conditional_shapley_values(AdditiveGame([1.0, 2.0, 3.0]))
    frame = result.to_frame()
    assert len(frame) == 6
    assert frame.loc[(frame["from"] == "0") & (frame["to"] == "2"), "flow"].item() == pytest.approx(3.0)
    assert result.counts.tolist() == [[0, 2, 2], [2, 0, 2], [2, 2, 0]]
    with pytest.raises(ValueError):
        result.matrix[0, 1] = 1.0


def test_game_values_is_frozen_and_serialisable():
    result = shapley_values(AdditiveGame([1.0, 2.0]))
    with pytest.raises(AttributeError):
        result.method = "x"
    with pytest.raises(ValueError):
        result.values[0] = 0.0
    assert result.to_dict()["values"] == [1.0, 2.0]
    assert "exact" in result.summary()
