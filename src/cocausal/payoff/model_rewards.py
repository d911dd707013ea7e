"""Realise a model reward: a model whose validation score matches a target value.

A party with ``lambda_i < 1`` is owed a model of value ``v(i) + lambda_i * (v(N) - v(i))``,
worse than the grand-coalition model. Following Sec. 4 of [1]_, the model is produced by
training on the party's own data first (score ``s(i)``) and then continuing to train on the
aggregated data, stopping as soon as the validation score reaches the target. The stopping
point is located by halving: a batch that would carry the score past the target is undone and
retried with half as many samples, so few validation checks are needed even for a stop that is
accurate to one sample. Any scikit-learn learner with ``partial_fit`` works (``SGDClassifier``,
``MLPClassifier``, ``Perceptron`` ...).

References
----------
.. [1] Nguyen, Q. P., Low, B. K. H., & Jaillet, P. (2022). Trade-off between payoff and model
   rewards in Shapley-fair collaborative machine learning. NeurIPS 35, Sec. 4.
"""

from __future__ import annotations

import copy
import dataclasses

import numpy as np
from sklearn.base import clone
from sklearn.linear_model import SGDClassifier

from cocausal.random import RandomState, check_random_state
from cocausal.results import ResultMixin
from cocausal.warnings import ConvergenceWarning, WarningLog

__all__ = ["ModelReward", "default_learner", "fit_incremental", "realise_model_reward"]


@dataclasses.dataclass(frozen=True)
class ModelReward(ResultMixin):
    """Outcome of realising one model reward.

    Attributes
    ----------
    target : float
        Target validation score (model value divided by the exchange rate).
    achieved : float
        Validation score of the returned model.
    own_score : float
        Validation score after training on the party's own data only.
    reached : bool
        Whether ``achieved >= target``.
    steps : int
        Accepted ``partial_fit`` calls on aggregated-data batches (undone ones excluded).
    epochs : float
        Passes over the aggregated data (samples used / ``n_pooled``).
    warnings : tuple of str
        Recorded warnings (target not reached).
    """

    target: float
    achieved: float
    own_score: float
    reached: bool
    steps: int
    epochs: float
    warnings: tuple[str, ...] = ()

    @property
    def gap(self) -> float:
        """``achieved - target`` (overshoot of the last mini-batch when positive)."""
        return self.achieved - self.target


def default_learner(random_state: int = 0) -> SGDClassifier:
    """Logistic regression trained by SGD (``partial_fit``), the default incremental learner."""
    return SGDClassifier(loss="log_loss", alpha=1e-4, random_state=random_state)


def _check_xy(pair, name: str):
    try:
        X, y = pair
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a pair (X, y) of arrays.") from exc
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] == 0:
        raise ValueError(
            f"{name} must be (X, y) with X of shape (m, d), y of shape (m,) and m >= 1; got "
            f"{X.shape} and {y.shape}."
        )
    if not np.all(np.isfinite(X)):
        raise ValueError(f"{name} X contains NaN or infinite values; impute or drop them first.")
    return X, y


def fit_incremental(estimator, X, y, *, classes, epochs: int, rng: np.random.Generator):
    """Train ``estimator`` for ``epochs`` passes, one ``partial_fit`` call per shuffled pass.

    Parameters
    ----------
    estimator : scikit-learn classifier with ``partial_fit``
        Trained in place and returned.
    X, y : ndarray
        Training data.
    classes : array-like
        All class labels (required by the first ``partial_fit`` call).
    epochs : int
        Number of passes.
    rng : numpy.random.Generator
        Shuffles each pass.
    """
    for _ in range(int(epochs)):
        order = rng.permutation(y.shape[0])
        estimator.partial_fit(X[order], y[order], classes=classes)
    return estimator


def realise_model_reward(
    own,
    pooled,
    validation,
    target: float,
    *,
    estimator=None,
    classes=None,
    own_epochs: int = 30,
    max_epochs: int = 30,
    batch_size: int = 1,
    continue_params=None,
    random_state: RandomState = None,
):
    """Train a model whose validation score reaches ``target``, then stop.

    Parameters
    ----------
    own : (X, y)
        The party's own training data.
    pooled : (X, y)
        The aggregated data of all parties.
    validation : (X, y)
        Validation data that defines the score (``estimator.score``, accuracy for classifiers).
    target : float
        Target validation score, e.g. ``model_value / exchange_rate`` from
        :func:`cocausal.payoff.payoffs.allocate`.
    estimator : classifier with ``partial_fit``, optional
        Cloned before training; default :func:`default_learner`.
    classes : array-like, optional
        All labels; default the union of the labels in ``pooled`` and ``validation``.
    own_epochs : int
        Passes over the own data (the party's own model, score ``s(i)``).
    max_epochs : int
        Most passes over the aggregated data before giving up.
    batch_size : int
        Smallest mini-batch on the aggregated data. Training proceeds in batches of one pass;
        a batch after which the score would reach the target is undone and retried with half
        as many samples, down to ``batch_size``, so the stop lands within one smallest batch
        of the first point where the target is reached (1: within one sample).
    continue_params : mapping, optional
        Parameters set on the model before continuing on the aggregated data, e.g.
        ``{"learning_rate": "constant", "eta0": 1e-3}`` for ``SGDClassifier``: smaller steps
        overshoot less but need more passes to reach high targets.
    random_state : int, Generator or None
        Seeds the shuffles.

    Returns
    -------
    model : estimator
        The first model whose score reaches ``target`` (or the best one seen if none does).
    reward : ModelReward
        Target, achieved and own scores, steps taken.

    Warns
    -----
    ConvergenceWarning
        When the target is not reached within ``max_epochs`` (also recorded on the result).

    References
    ----------
    .. [1] Nguyen, Low & Jaillet (2022), NeurIPS, Sec. 4 (early stopping).
    """
    X_own, y_own = _check_xy(own, "own")
    X_pool, y_pool = _check_xy(pooled, "pooled")
    X_val, y_val = _check_xy(validation, "validation")
    if not np.isfinite(target):
        raise ValueError(f"target must be a finite score, got {target}.")
    if int(batch_size) < 1 or int(max_epochs) < 0 or int(own_epochs) < 1:
        raise ValueError("batch_size and own_epochs must be >= 1 and max_epochs >= 0.")
    rng = check_random_state(random_state)
    classes = np.unique(np.concatenate([y_pool, y_val])) if classes is None else np.asarray(classes)
    model = clone(default_learner() if estimator is None else estimator)
    fit_incremental(model, X_own, y_own, classes=classes, epochs=own_epochs, rng=rng)
    own_score = float(model.score(X_val, y_val))
    if continue_params:
        model.set_params(**continue_params)
    score, best, best_score, steps, seen = own_score, model, own_score, 0, 0
    n_pool, min_size = y_pool.shape[0], int(batch_size)
    limit = int(max_epochs) * n_pool
    stream = np.empty(0, dtype=np.intp)  # shuffled passes over the pooled data, consumed in order
    size = max(n_pool, min_size)
    while score < target and seen < limit:
        if stream.size < size:
            stream = np.concatenate([stream, rng.permutation(n_pool)])
        idx = stream[: min(size, limit - seen)]
        trial = copy.deepcopy(model) if idx.size > min_size else model
        trial.partial_fit(X_pool[idx], y_pool[idx], classes=classes)
        trial_score = float(trial.score(X_val, y_val))
        if trial_score >= target and idx.size > min_size:
            size = max(min_size, idx.size // 2)  # this batch would overshoot: retry half of it
            continue
        model, score = trial, trial_score
        stream = stream[idx.size :]
        steps += 1
        seen += idx.size
        if score > best_score:
            best, best_score = copy.deepcopy(model), score
    log = WarningLog()
    if score >= target:
        best, best_score = model, score
    else:
        log.warn(
            f"target validation score {target:.4g} not reached after {max_epochs} epochs on the "
            f"aggregated data (best {best_score:.4g}); returning the best model seen. Raise "
            "max_epochs or lower the learning rate.",
            ConvergenceWarning,
        )
    reward = ModelReward(
        target=float(target),
        achieved=best_score,
        own_score=own_score,
        reached=best_score >= target,
        steps=steps,
        epochs=seen / y_pool.shape[0],
        warnings=log.messages,
    )
    return best, reward
