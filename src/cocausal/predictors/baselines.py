"""Baseline predictors: Constant, Full (uses the sensitive attribute) and Unaware (drops it)."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LinearRegression, LogisticRegression

from cocausal.data.fair import FairData
from cocausal.predictors._base import FairPredictor, check_fair_data

__all__ = ["ConstantPredictor", "FullPredictor", "UnawarePredictor"]


class ConstantPredictor(FairPredictor):
    """Predicts the training mean (regression) or the training share of ``Y = 1`` (classification,
    so ``predict`` gives the majority class). Counterfactually fair by construction.

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    def fit(self, data: FairData):
        check_fair_data(data, need_y=True)
        self.task_ = data.task
        self.constant_ = float(np.mean(data.y))
        return self

    def predict_score(self, data: FairData) -> np.ndarray:
        self._check_fitted()
        check_fair_data(data, need_y=False)
        return np.full(data.n, self.constant_)


class _LinearBaseline(FairPredictor):
    _include_sensitive = True

    def __init__(self, *, C: float = 1.0) -> None:
        self.C = C

    def fit(self, data: FairData):
        """Least squares (regression) or L2-logistic regression with inverse strength ``C``."""
        check_fair_data(data, need_y=True)
        if not self.C > 0:
            raise ValueError(f"C must be positive; got {self.C!r}.")
        self.task_ = data.task
        Z = data.design(include_sensitive=self._include_sensitive)
        if data.task == "classification":
            self.model_ = LogisticRegression(C=self.C, max_iter=2000).fit(Z, data.y.astype(int))
        else:
            self.model_ = LinearRegression().fit(Z, data.y)
        return self

    def predict_score(self, data: FairData) -> np.ndarray:
        self._check_fitted()
        check_fair_data(data, need_y=False)
        Z = data.design(include_sensitive=self._include_sensitive)
        if self.task_ == "classification":
            return self.model_.predict_proba(Z)[:, 1]
        return self.model_.predict(Z)


class FullPredictor(_LinearBaseline):
    """Linear/logistic regression on every feature, the covariates and the one-hot sensitive
    attribute (not counterfactually fair).

    Parameters
    ----------
    C : float, default 1.0
        Inverse L2 strength of the logistic model (classification only).

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    _include_sensitive = True


class UnawarePredictor(_LinearBaseline):
    """Linear/logistic regression on every feature and covariate but not the sensitive attribute
    ("fairness through unawareness"; still unfair when features descend from it).

    Parameters
    ----------
    C : float, default 1.0
        Inverse L2 strength of the logistic model (classification only).

    References
    ----------
    .. [1] Dwork, Hardt, Pitassi, Reingold, Zemel (2012). Fairness through awareness. ITCS.
    """

    _include_sensitive = False
