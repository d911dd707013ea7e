"""Offline collaborative-ML experiment on scikit-learn's bundled digits (8x8 images).

Five parties hold the digits of the ranges ``[0], [1-2], [0-3], [3-5], [6-9]`` (the MNIST split
of [1]_). The value of a coalition is ``exchange_rate`` times the validation accuracy of an
SGD logistic regression trained on the union of its members' data (``v(empty) = 0``); every
coalition's model is seeded by the coalition alone, so values do not depend on the executor.

Overlapping ranges. Digit 0 lies in ``[0]`` and ``[0-3]``, digits 1-2 in ``[1-2]`` and ``[0-3]``,
digit 3 in ``[0-3]`` and ``[3-5]``. With ``overlap="shared"`` (default, as in the study, where
party ``[0-3]``'s data contain those of ``[0]`` and ``[1-2]``) a training image belongs to
*every* party whose range covers its label and a coalition trains on the union without
duplicates. With ``overlap="split"`` each image goes to one covering party drawn uniformly at
random (disjoint datasets).

References
----------
.. [1] Nguyen, Q. P., Low, B. K. H., & Jaillet, P. (2022). Trade-off between payoff and model
   rewards in Shapley-fair collaborative machine learning. NeurIPS 35, Sec. 5.
"""

from __future__ import annotations

import dataclasses
import math
from types import MappingProxyType

import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from cocausal.games import FunctionGame, coalition_seed
from cocausal.payoff.model_rewards import (
    ModelReward,
    default_learner,
    fit_incremental,
    realise_model_reward,
)
from cocausal.payoff.payoffs import Allocation, allocate
from cocausal.results import ResultMixin

__all__ = [
    "CONTINUE_PARAMS",
    "DIGIT_RANGES",
    "DigitsCollaboration",
    "DigitsExperiment",
    "digits_collaboration",
    "run_digits_experiment",
]

#: Digit range (first, last) of each party.
DIGIT_RANGES = ((0, 0), (1, 2), (0, 3), (3, 5), (6, 9))
#: SGD settings for continuing a party's own model on the pooled data (model realisation).
CONTINUE_PARAMS = MappingProxyType({"learning_rate": "constant", "eta0": 0.1})
_OVERLAPS = ("shared", "split")


@dataclasses.dataclass(frozen=True, eq=False)
class DigitsCollaboration:
    """Data of the five digit parties and the coalition value function.

    Attributes
    ----------
    X_train, y_train : ndarray
        Training images (pixels scaled to [0, 1]) and labels.
    X_val, y_val : ndarray
        Validation images and labels shared by every party.
    membership : ndarray of bool, shape (n_train, 5)
        ``membership[k, i]``: training image ``k`` belongs to party ``i``.
    players : tuple of str
        ``("[0]", "[1-2]", "[0-3]", "[3-5]", "[6-9]")``.
    epochs : int
        Training passes of every coalition model.
    exchange_rate : float
        ``nu`` in ``v(C) = nu * accuracy(C)``.
    seed : int
        Root seed of the per-coalition seeds.
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    membership: np.ndarray
    players: tuple[str, ...]
    epochs: int
    exchange_rate: float
    seed: int

    @property
    def classes(self) -> np.ndarray:
        return np.arange(10)

    def indices(self, coalition) -> np.ndarray:
        """Training rows of the union of the coalition's datasets."""
        members = list(coalition)
        return np.flatnonzero(self.membership[:, members].any(axis=1)) if members else np.array([], int)

    def _learner_and_rng(self, coalition):
        mask = sum(1 << int(i) for i in coalition)
        rng = np.random.default_rng(coalition_seed(np.random.SeedSequence(self.seed), mask))
        return default_learner(int(rng.integers(2**31 - 1))), rng

    def value(self, coalition) -> float:
        """``exchange_rate * validation accuracy`` of the coalition's model (0 if empty)."""
        idx = self.indices(coalition)
        if idx.size == 0:
            return 0.0
        model, rng = self._learner_and_rng(coalition)
        fit_incremental(
            model, self.X_train[idx], self.y_train[idx], classes=self.classes, epochs=self.epochs, rng=rng
        )
        return self.exchange_rate * float(model.score(self.X_val, self.y_val))

    def game(self, executor=None) -> FunctionGame:
        """The value game (cached; coalitions evaluated by ``executor``, default serial)."""
        return FunctionGame(self.value, len(self.players), executor=executor, players=self.players)

    def realise(self, party: int, model_value: float, *, batch_size: int = 1, max_epochs: int = 60):
        """Realise party ``party``'s model reward of value ``model_value`` by early stopping.

        The own-data model is the same seeded model that defines ``v({party})``, so the
        starting score equals ``v({party}) / exchange_rate``. Training then continues on the
        pooled data with a constant SGD step of 0.1 (:data:`CONTINUE_PARAMS`): the default
        step size after the own-data passes is so large that one sample can move the
        accuracy by 0.1, whereas the constant step stops within about 0.025 of the target
        (measured on the default split) and still reaches ``v(N)`` within 25 passes.

        Returns
        -------
        model, ModelReward
        """
        learner, rng = self._learner_and_rng((party,))
        own = self.indices((party,))
        return realise_model_reward(
            (self.X_train[own], self.y_train[own]),
            (self.X_train, self.y_train),
            (self.X_val, self.y_val),
            model_value / self.exchange_rate,
            estimator=learner,
            classes=self.classes,
            own_epochs=self.epochs,
            max_epochs=max_epochs,
            batch_size=batch_size,
            continue_params=CONTINUE_PARAMS,
            random_state=rng,
        )


def digits_collaboration(
    *,
    overlap: str = "shared",
    validation_size: float = 0.4,
    epochs: int = 30,
    exchange_rate: float = 1.0,
    random_state: int = 0,
) -> DigitsCollaboration:
    """Split the digits data into the five parties of the MNIST study.

    Parameters
    ----------
    overlap : {"shared", "split"}
        How images whose digit lies in two parties' ranges are assigned (module docstring).
    validation_size : float
        Fraction of the 1797 images held out (stratified) as the common validation set.
    epochs : int
        Training passes of each coalition model.
    exchange_rate : float
        ``nu > 0``: value per unit of accuracy.
    random_state : int
        Seeds the split, the ``"split"`` assignment and every coalition's training.

    Raises
    ------
    ValueError
        Unknown ``overlap``, ``validation_size`` outside (0, 1), ``epochs < 1`` or
        ``exchange_rate <= 0``.
    """
    if overlap not in _OVERLAPS:
        raise ValueError(f"overlap must be one of {_OVERLAPS}, got {overlap!r}.")
    if not 0.0 < validation_size < 1.0:
        raise ValueError(f"validation_size must lie in (0, 1), got {validation_size}.")
    if int(epochs) < 1 or not (math.isfinite(exchange_rate) and exchange_rate > 0):
        raise ValueError("epochs must be >= 1 and exchange_rate a finite number > 0.")
    if isinstance(random_state, bool) or not isinstance(random_state, (int, np.integer)) or random_state < 0:
        raise TypeError(f"random_state must be a non-negative int, got {random_state!r}.")
    X, y = load_digits(return_X_y=True)
    X_train, X_val, y_train, y_val = train_test_split(
        X / 16.0, y, test_size=validation_size, random_state=int(random_state), stratify=y
    )
    covers = np.array([[lo <= d <= hi for lo, hi in DIGIT_RANGES] for d in range(10)])
    membership = covers[y_train]
    if overlap == "split":
        rng = np.random.default_rng(np.random.SeedSequence(int(random_state)).spawn(1)[0])
        choice = np.zeros_like(membership)
        for k, row in enumerate(membership):
            choice[k, rng.choice(np.flatnonzero(row))] = True
        membership = choice
    membership.setflags(write=False)
    return DigitsCollaboration(
        X_train=X_train,
        y_train=y_train,
        X_val=X_val,
        y_val=y_val,
        membership=membership,
        players=tuple(f"[{lo}]" if lo == hi else f"[{lo}-{hi}]" for lo, hi in DIGIT_RANGES),
        epochs=int(epochs),
        exchange_rate=float(exchange_rate),
        seed=int(random_state),
    )


@dataclasses.dataclass(frozen=True)
class DigitsExperiment(ResultMixin):
    """Results of :func:`run_digits_experiment`.

    Attributes
    ----------
    values : ndarray of shape (32,)
        Coalition values indexed by bitmask.
    players : tuple of str
        Party names.
    allocations : tuple of Allocation
        One per budget scenario.
    rewards : tuple of tuple of ModelReward
        Realised model rewards per scenario and party (empty when ``realise=False``).
    scenarios : tuple of str
        Labels of the budget scenarios.
    """

    values: np.ndarray
    players: tuple[str, ...]
    allocations: tuple[Allocation, ...]
    rewards: tuple[tuple[ModelReward, ...], ...]
    scenarios: tuple[str, ...]


def _label(budgets) -> str:
    arr = np.atleast_1d(np.asarray(budgets, dtype=float))
    if np.all(arr == arr[0]):
        return f"b = {arr[0]:g}"
    return "b = (" + ", ".join(f"{b:g}" for b in arr) + ")"


def run_digits_experiment(
    budget_scenarios=(np.inf, 0.0, (0.3, 0.0, 0.0, 0.0, 0.0)),
    *,
    collaboration: DigitsCollaboration | None = None,
    executor=None,
    realise: bool = True,
    batch_size: int = 1,
) -> DigitsExperiment:
    """Values of all 32 coalitions, then allocations (and realised rewards) per budget scenario.

    Parameters
    ----------
    budget_scenarios : sequence
        Budgets per scenario (scalar or 5 numbers; ``inf`` allowed).
    collaboration : DigitsCollaboration, optional
        Default :func:`digits_collaboration` with its defaults.
    executor : SerialExecutor, JoblibExecutor or DaskExecutor, optional
        Where the 32 coalition models are trained (default serial).
    realise : bool
        Also train each party's model reward by early stopping.
    batch_size : int
        Mini-batch size of the realisation.

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Sec. 5 (MNIST experiment).
    """
    collab = digits_collaboration() if collaboration is None else collaboration
    game = collab.game(executor)
    table = game.table()
    allocations = tuple(allocate(game, b) for b in budget_scenarios)
    rewards = tuple(
        tuple(collab.realise(i, float(v), batch_size=batch_size)[1] for i, v in enumerate(a.model_values))
        if realise
        else ()
        for a in allocations
    )
    return DigitsExperiment(
        values=table.copy(),
        players=collab.players,
        allocations=allocations,
        rewards=rewards,
        scenarios=tuple(_label(b) for b in budget_scenarios),
    )
