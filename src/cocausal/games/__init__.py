"""Cooperative games and their values (exact and Monte Carlo Shapley, conditional Shapley).

Layers, imported one way only (top imports bottom):
``api`` -> ``exact`` / ``montecarlo`` -> ``stopping`` -> ``result``;
games (``tabular``, ``function``, ``closed_form``) -> ``base`` -> ``executors``, ``_coalitions``.
"""

from cocausal.games.api import (
    AUTO_EXACT_MAX_PLAYERS,
    banzhaf_values,
    conditional_shapley,
    conditional_shapley_values,
    shapley_values,
)
from cocausal.games.base import MAX_EXACT_PLAYERS, BaseGame, Game
from cocausal.games.closed_form import (
    AdditiveGame,
    AirportGame,
    GloveGame,
    UnanimityGame,
    VotingGame,
)
from cocausal.games.executors import DaskExecutor, JoblibExecutor, SerialExecutor
from cocausal.games.function import BatchGame, FunctionGame, coalition_seed
from cocausal.games.result import ConditionalValues, GameValues
from cocausal.games.stopping import (
    MaxPermutations,
    MonteCarloStatus,
    StandardErrorTarget,
    StoppingRule,
    TimeBudget,
    hoeffding_permutations,
)
from cocausal.games.tabular import COLLAB_ML_GAMES, TabularGame, load_collab_ml_game

__all__ = [
    "AUTO_EXACT_MAX_PLAYERS",
    "AdditiveGame",
    "AirportGame",
    "BaseGame",
    "BatchGame",
    "COLLAB_ML_GAMES",
    "ConditionalValues",
    "DaskExecutor",
    "FunctionGame",
    "Game",
    "GameValues",
    "GloveGame",
    "JoblibExecutor",
    "MAX_EXACT_PLAYERS",
    "MaxPermutations",
    "MonteCarloStatus",
    "SerialExecutor",
    "StandardErrorTarget",
    "StoppingRule",
    "TabularGame",
    "TimeBudget",
    "UnanimityGame",
    "VotingGame",
    "banzhaf_values",
    "coalition_seed",
    "conditional_shapley",
    "conditional_shapley_values",
    "hoeffding_permutations",
    "load_collab_ml_game",
    "shapley_values",
]
