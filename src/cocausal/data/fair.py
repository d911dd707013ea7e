"""The validated data model of the fair predictors: features, sensitive attribute, outcome.

:class:`FairData` keeps the *descendants* of the sensitive attribute (``X``, one column per
feature, categorical features as integer codes), the sensitive attribute itself as integer
codes ``s`` into ``levels``, optional exogenous covariates ``A`` (observed non-descendants of
the sensitive attribute, e.g. sex when race is sensitive) and the outcome ``y`` (``None`` for
unlabelled or counterfactual copies). It imports numpy and pandas only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pandas as pd

from cocausal.results import readonly_array

__all__ = ["FairData", "FEATURE_KINDS"]

#: Likelihood families a feature may follow in the latent causal models.
FEATURE_KINDS = ("normal", "poisson", "bernoulli", "categorical")


@dataclasses.dataclass(frozen=True, eq=False)
class FairData:
    """Features, sensitive attribute and outcome for counterfactually fair prediction.

    Attributes
    ----------
    X : ndarray of shape (n, d)
        Features that may be caused by the sensitive attribute; categorical features hold
        integer codes ``0 .. n_categories[j] - 1``.
    s : ndarray of shape (n,)
        Sensitive attribute as integer codes into ``levels``.
    y : ndarray of shape (n,) or None
        Outcome (float for regression, 0/1 for classification); ``None`` when unlabelled.
    A : ndarray of shape (n, a)
        Exogenous covariates (observed non-descendants of the sensitive attribute); may have
        zero columns.
    levels : tuple of str
        Names of the sensitive values, indexed by the codes in ``s``.
    feature_names, feature_kinds : tuple of str
        One name and one likelihood family (see :data:`FEATURE_KINDS`) per column of ``X``.
    n_categories : tuple of int
        Number of categories of each categorical feature, 0 for the others.
    covariate_names : tuple of str
        Names of the columns of ``A``.
    task : {"regression", "classification"}
    sensitive_name, target_name : str
    """

    X: np.ndarray
    s: np.ndarray
    y: np.ndarray | None
    A: np.ndarray
    levels: tuple[str, ...]
    feature_names: tuple[str, ...]
    feature_kinds: tuple[str, ...]
    n_categories: tuple[int, ...]
    covariate_names: tuple[str, ...] = ()
    task: str = "regression"
    sensitive_name: str = "sensitive"
    target_name: str = "target"

    def __post_init__(self) -> None:
        X = np.array(self.X, dtype=float, copy=True)
        if X.ndim != 2:
            raise ValueError(f"X must be 2-dimensional (n, d); got shape {X.shape}.")
        n, d = X.shape
        if not np.isfinite(X).all():
            raise ValueError("X contains NaN or inf; drop or impute those rows first.")
        s = np.asarray(self.s)
        if s.shape != (n,):
            raise ValueError(f"s must have shape ({n},) to match X; got {s.shape}.")
        if not np.issubdtype(s.dtype, np.integer):
            raise TypeError("s must hold integer codes into `levels`; encode the sensitive column first.")
        levels = tuple(map(str, self.levels))
        if len(levels) < 2:
            raise ValueError(f"need at least two sensitive values; got levels={levels}.")
        if n and (s.min() < 0 or s.max() >= len(levels)):
            raise ValueError(f"s codes must lie in 0..{len(levels) - 1} (one per level in {levels}).")
        y = None
        if self.y is not None:
            y = np.array(self.y, dtype=float, copy=True).reshape(-1)
            if y.shape != (n,):
                raise ValueError(f"y must have shape ({n},) to match X; got {y.shape}.")
            if not np.isfinite(y).all():
                raise ValueError("y contains NaN or inf; drop those rows or pass y=None.")
            if self.task == "classification" and not np.isin(y, (0.0, 1.0)).all():
                raise ValueError("classification needs a 0/1 outcome; recode y (e.g. y > threshold).")
        if self.task not in ("regression", "classification"):
            raise ValueError(f"task must be 'regression' or 'classification'; got {self.task!r}.")
        A = np.zeros((n, 0)) if self.A is None else np.array(self.A, dtype=float, copy=True)
        if A.ndim == 1:
            A = A[:, None]
        if A.shape[0] != n or not np.isfinite(A).all():
            raise ValueError(f"A must be a finite (n={n}, a) array of exogenous covariates.")
        names = tuple(map(str, self.feature_names))
        kinds = tuple(map(str, self.feature_kinds))
        ncat = tuple(int(c) for c in self.n_categories)
        if not (len(names) == len(kinds) == len(ncat) == d):
            raise ValueError(
                f"feature_names, feature_kinds and n_categories need one entry per column of X ({d})."
            )
        for j, (kind, k) in enumerate(zip(kinds, ncat)):
            col = X[:, j]
            if kind not in FEATURE_KINDS:
                raise ValueError(f"feature {names[j]!r}: kind {kind!r} is not one of {FEATURE_KINDS}.")
            if kind == "categorical" and (k < 2 or not np.isin(col, np.arange(k)).all()):
                raise ValueError(f"categorical feature {names[j]!r} needs integer codes in 0..{k - 1}.")
            if kind == "poisson" and ((col < 0).any() or (col != np.round(col)).any()):
                raise ValueError(f"poisson feature {names[j]!r} needs non-negative integer counts.")
            if kind == "bernoulli" and not np.isin(col, (0.0, 1.0)).all():
                raise ValueError(f"bernoulli feature {names[j]!r} needs 0/1 values.")
        cov_names = tuple(map(str, self.covariate_names)) or tuple(f"a{j}" for j in range(A.shape[1]))
        if len(cov_names) != A.shape[1]:
            raise ValueError("covariate_names needs one name per column of A.")
        for name, value in (
            ("X", readonly_array(X, copy=False)),
            ("s", readonly_array(s, np.int64)),
            ("y", None if y is None else readonly_array(y, copy=False)),
            ("A", readonly_array(A, copy=False)),
            ("levels", levels),
            ("feature_names", names),
            ("feature_kinds", kinds),
            ("n_categories", ncat),
            ("covariate_names", cov_names),
        ):
            object.__setattr__(self, name, value)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        features: Sequence[str],
        sensitive: str,
        target: str | None,
        feature_kinds: Sequence[str] | None = None,
        covariates: Sequence[str] = (),
        task: str | None = None,
        levels: Sequence[str] | None = None,
    ) -> FairData:
        """Build from a DataFrame; non-numeric feature columns become categorical codes.

        ``feature_kinds`` defaults to ``"categorical"`` for non-numeric columns, ``"bernoulli"``
        for 0/1 columns and ``"normal"`` otherwise. ``task`` defaults to ``"classification"``
        for a 0/1 target. ``levels`` fixes the order of the sensitive values (default: sorted).
        """
        missing = [c for c in [*features, sensitive, *covariates, *([target] if target else [])]
                   if c not in frame.columns]
        if missing:
            raise KeyError(f"columns {missing} not in the frame; available: {list(frame.columns)}.")
        cols, kinds, ncat = [], [], []
        for j, name in enumerate(features):
            col = frame[name]
            kind = None if feature_kinds is None else feature_kinds[j]
            numeric = pd.api.types.is_numeric_dtype(col)
            if kind == "categorical" or (kind is None and not numeric):
                cat = pd.Categorical(col)
                cols.append(cat.codes.astype(float))
                kinds.append("categorical")
                ncat.append(len(cat.categories))
                continue
            values = col.to_numpy(dtype=float)
            if kind is None:
                kind = "bernoulli" if np.isin(values, (0.0, 1.0)).all() else "normal"
            cols.append(values)
            kinds.append(kind)
            ncat.append(0)
        sens = frame[sensitive].astype(str)
        levels = tuple(levels) if levels is not None else tuple(sorted(sens.unique()))
        unknown = set(sens.unique()) - set(levels)
        if unknown:
            raise ValueError(f"sensitive values {sorted(unknown)} are not in levels={levels}.")
        s = sens.map({v: i for i, v in enumerate(levels)}).to_numpy(dtype=np.int64)
        y = None
        if target is not None:
            y = frame[target].to_numpy(dtype=float)
            if task is None:
                task = "classification" if np.isin(y, (0.0, 1.0)).all() else "regression"
        A = frame[list(covariates)].to_numpy(dtype=float) if covariates else np.zeros((len(frame), 0))
        return cls(
            X=np.column_stack(cols) if cols else np.zeros((len(frame), 0)),
            s=s,
            y=y,
            A=A,
            levels=levels,
            feature_names=tuple(features),
            feature_kinds=tuple(kinds),
            n_categories=tuple(ncat),
            covariate_names=tuple(covariates),
            task=task or "regression",
            sensitive_name=sensitive,
            target_name=target or "target",
        )

    # ------------------------------------------------------------------ views
    @property
    def n(self) -> int:
        """Number of units."""
        return int(self.X.shape[0])

    @property
    def n_levels(self) -> int:
        """Number of sensitive values."""
        return len(self.levels)

    def take(self, idx) -> FairData:
        """The units at positions ``idx`` (a new, validated object)."""
        idx = np.asarray(idx)
        return dataclasses.replace(
            self, X=self.X[idx], s=self.s[idx], y=None if self.y is None else self.y[idx], A=self.A[idx]
        )

    def without_target(self) -> FairData:
        """A copy with ``y=None`` (what a leakage-free inference path is allowed to see)."""
        return dataclasses.replace(self, y=None)

    def replace(self, **changes) -> FairData:
        """A validated copy with some fields changed (e.g. counterfactual ``X`` and ``s``)."""
        return dataclasses.replace(self, **changes)

    def design(self, *, include_sensitive: bool) -> np.ndarray:
        """Design matrix for linear baselines: numeric features, one-hot categoricals
        (first category dropped), covariates ``A`` and, if asked, one-hot ``s`` (first level dropped)."""
        blocks = []
        for j, kind in enumerate(self.feature_kinds):
            col = self.X[:, j]
            if kind == "categorical":
                k = self.n_categories[j]
                blocks.append(np.eye(k)[col.astype(int)][:, 1:])
            else:
                blocks.append(col[:, None])
        blocks.append(self.A)
        if include_sensitive:
            blocks.append(np.eye(self.n_levels)[self.s][:, 1:])
        return np.hstack(blocks) if blocks else np.zeros((self.n, 0))

    def __repr__(self) -> str:
        return (
            f"FairData(n={self.n}, features={list(self.feature_names)}, sensitive={self.sensitive_name!r} "
            f"{list(self.levels)}, target={self.target_name!r}, task={self.task!r})"
        )
