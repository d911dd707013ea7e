"""Common behaviour of every fair predictor: predict, score, counterfactual predictions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator

from cocausal.data.fair import FairData
from cocausal.predictors import metrics

__all__ = ["FairPredictor", "check_fair_data", "resolve_values"]


def check_fair_data(data: Any, *, need_y: bool) -> FairData:
    """Type and label checks with messages that say how to fix the input."""
    if not isinstance(data, FairData):
        raise TypeError(
            f"expected FairData, got {type(data).__name__}; build one with FairData.from_frame(df, "
            "features=..., sensitive=..., target=...) or use cocausal.datasets.load_law_school().data."
        )
    if need_y and data.y is None:
        raise ValueError("fit needs the outcome; pass FairData with y (it is None).")
    return data


def resolve_values(data: FairData, sensitive_values: Sequence | None) -> list[int]:
    """Codes of the requested sensitive values (names or codes; default: every level)."""
    if sensitive_values is None:
        return list(range(data.n_levels))
    codes = []
    for v in sensitive_values:
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
            code = int(v)
        elif str(v) in data.levels:
            code = data.levels.index(str(v))
        else:
            raise ValueError(
                f"unknown sensitive value {v!r}; choose from {data.levels} or codes 0..{data.n_levels - 1}."
            )
        if not 0 <= code < data.n_levels:
            raise ValueError(f"sensitive code {code} out of range 0..{data.n_levels - 1}.")
        codes.append(code)
    if len(codes) < 1:
        raise ValueError("sensitive_values must name at least one value.")
    return codes


class FairPredictor(BaseEstimator):
    """Base class: subclasses implement ``fit`` and ``predict_score``.

    ``predict_score`` returns the continuous prediction (regression value or P(Y = 1)) and never
    reads ``data.y``; ``predict`` thresholds it at 0.5 for classification.
    """

    task_: str

    def predict_score(self, data: FairData) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def _check_fitted(self) -> None:
        if not hasattr(self, "task_"):
            raise ValueError(f"{type(self).__name__} is not fitted yet; call fit(train_data) first.")

    def predict(self, data: FairData) -> np.ndarray:
        """Predictions (labels for classification); the outcome ``data.y`` is never read."""
        score = self.predict_score(data)
        return (score >= 0.5).astype(float) if self.task_ == "classification" else score

    def score(self, data: FairData) -> float:
        """scikit-learn convention: R^2 for regression, accuracy for classification."""
        check_fair_data(data, need_y=True)
        pred = self.predict(data)
        if self.task_ == "classification":
            return metrics.accuracy(data.y, pred)
        resid = np.sum((data.y - pred) ** 2)
        return float(1.0 - resid / max(np.sum((data.y - data.y.mean()) ** 2), 1e-300))

    def evaluate(self, data: FairData) -> dict[str, float]:
        """RMSE and MAE (regression) or accuracy (classification) on labelled data."""
        check_fair_data(data, need_y=True)
        if self.task_ == "classification":
            return {"accuracy": metrics.accuracy(data.y, self.predict(data))}
        pred = self.predict(data)
        return {"rmse": metrics.rmse(data.y, pred), "mae": metrics.mae(data.y, pred)}

    def _own_counterfactuals(self):
        return None

    def counterfactual_predictions(self, data: FairData, sensitive_values: Sequence | None = None, *,
                                   counterfactuals=None) -> dict[str, np.ndarray]:
        """Predictions for each unit of ``data`` in every counterfactual world ``do(S = r')``.

        Parameters
        ----------
        data : FairData
            Evaluation units (their outcomes are not used).
        sensitive_values : sequence of names or codes, optional
            The values ``r'``; default every level.
        counterfactuals : generator, optional
            An object with ``generate(data, sensitive_values) -> {name: FairData}``, e.g.
            :class:`cocausal.predictors.counterfactuals.ModelCounterfactuals` (primary: abduction under a
            fitted causal model) or :class:`cocausal.predictors.counterfactuals.VAECounterfactuals`
            (secondary, synthetic). Fair-K and EXOC default to their own fitted model; the
            other predictors need one.

        Returns
        -------
        dict
            Sensitive value name -> continuous predictions (``predict_score``) of shape (n,).
        """
        self._check_fitted()
        check_fair_data(data, need_y=False)
        gen = counterfactuals if counterfactuals is not None else self._own_counterfactuals()
        if gen is None:
            raise ValueError(
                f"{type(self).__name__} has no causal model of its own; pass counterfactuals="
                "ModelCounterfactuals(fitted_fairk_predictor) or VAECounterfactuals().fit(train)."
            )
        worlds = gen.generate(data.without_target(), sensitive_values)
        return {name: self.predict_score(world) for name, world in worlds.items()}

    def latents(self, data: FairData) -> dict[str, np.ndarray]:
        """Posterior means of the latents the predictor uses (name -> (n,)); none by default."""
        return {}

    def latent_dependence(self, data: FairData) -> Mapping[str, dict[str, float]]:
        """Dependence of each latent in :meth:`latents` on the sensitive attribute of ``data``."""
        return {name: metrics.dependence_on_sensitive(v, data.s) for name, v in self.latents(data).items()}
