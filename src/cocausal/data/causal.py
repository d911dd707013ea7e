"""The validated data model: covariates ``X``, binary treatment ``t``, outcome ``y``.

:class:`CausalData` copies and validates its inputs once, so every estimator can trust it.
The partition helpers build the parties of the collaborative methods.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from cocausal.random import RandomState, check_random_state
from cocausal.warnings import ConstantCovariateWarning

__all__ = ["CausalData", "split_random", "split_by_covariate", "subset"]


def _as_float_matrix(X, feature_names) -> tuple[np.ndarray, tuple[str, ...]]:
    if isinstance(X, pd.DataFrame):
        feature_names = tuple(map(str, X.columns)) if feature_names is None else feature_names
        X = X.to_numpy()
    try:
        arr = np.array(X, dtype=float, copy=True)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            "X must be numeric; encode categorical covariates (e.g. pandas.get_dummies) first."
        ) from exc
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2:
        raise ValueError(f"X must be 2-dimensional (n_units, n_features); got shape {arr.shape}.")
    if feature_names is None:
        feature_names = tuple(f"x{j}" for j in range(arr.shape[1]))
    feature_names = tuple(map(str, feature_names))
    if len(feature_names) != arr.shape[1]:
        raise ValueError(
            f"feature_names has {len(feature_names)} names but X has {arr.shape[1]} columns."
        )
    return arr, feature_names


def _check_finite(arr: np.ndarray, name: str, columns: Sequence[str] | None = None) -> None:
    bad = ~np.isfinite(arr)
    if bad.any():
        idx = np.argwhere(bad)[0]
        row = int(idx[0])
        where = f"row {row}"
        if arr.ndim == 2:
            col = columns[int(idx[1])] if columns is not None else str(int(idx[1]))
            where += f", column {col!r}"
        raise ValueError(
            f"{name} contains {int(bad.sum())} non-finite value(s) (NaN or inf); first at {where}. "
            "Drop or impute these rows before building CausalData."
        )


def _as_treatment(t) -> np.ndarray:
    arr = np.asarray(t)
    if arr.ndim != 1:
        arr = arr.reshape(-1) if arr.ndim == 2 and 1 in arr.shape else arr
    if arr.ndim != 1:
        raise ValueError(f"t must be 1-dimensional; got shape {np.shape(t)}.")
    if arr.dtype == bool:
        return arr.astype(np.int8)
    try:
        num = arr.astype(float)
    except (TypeError, ValueError) as exc:
        found = sorted(map(str, set(arr.tolist())))[:10]
        raise ValueError(
            f"Treatment must be binary (0/1 or bool); found values {found}. Recode it to 0/1."
        ) from exc
    _check_finite(num, "t")
    values = np.unique(num)
    if not np.all(np.isin(values, (0.0, 1.0))):
        found = [v.item() if hasattr(v, "item") else v for v in values[:10]]
        raise ValueError(
            f"Treatment must be binary (0/1 or bool); found values {found}. Recode it to 0/1."
        )
    return num.astype(np.int8)


@dataclasses.dataclass(frozen=True, eq=False)
class CausalData:
    """Validated observational or experimental data for ATE estimation.

    Parameters
    ----------
    X : array-like of shape (n, d)
        Covariates (numeric). A 1-D array is treated as one covariate; ``d = 0`` is allowed
        (use ``np.empty((n, 0))``) for estimators that need no covariates.
    t : array-like of shape (n,)
        Binary treatment, 0/1 or bool.
    y : array-like of shape (n,)
        Outcome.
    party : array-like of shape (n,), optional
        Party label of each unit (for collaborative methods).
    feature_names : sequence of str, optional
        Covariate names; taken from a DataFrame's columns when ``X`` is one.

    Raises
    ------
    ValueError
        Unequal lengths, NaN/inf (the row and column are named), a non-binary treatment,
        a missing arm, or fewer than 2 units in an arm.

    Warns
    -----
    ConstantCovariateWarning
        A covariate is constant.

    Notes
    -----
    Inputs are copied; the caller's arrays are never mutated. Arrays stored on the object
    are read-only.

    Examples
    --------
    >>> import numpy as np
    >>> d = CausalData(X=np.arange(8.0).reshape(4, 2), t=[0, 1, 0, 1], y=[1.0, 2.0, 1.5, 3.0])
    >>> d.n, d.n_treated, d.n_control
    (4, 2, 2)
    """

    X: np.ndarray
    t: np.ndarray
    y: np.ndarray
    party: np.ndarray | None = None
    feature_names: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        X, names = _as_float_matrix(self.X, self.feature_names)
        t = _as_treatment(self.t)
        try:
            y = np.array(self.y, dtype=float, copy=True).reshape(-1)
        except (TypeError, ValueError) as exc:
            raise TypeError("y must be numeric.") from exc
        n = X.shape[0]
        if not (len(t) == n == len(y)):
            raise ValueError(
                f"X, t and y must have the same number of rows; got {n}, {len(t)} and {len(y)}."
            )
        _check_finite(X, "X", names)
        _check_finite(y, "y")
        n1 = int(t.sum())
        n0 = n - n1
        if n1 == 0 or n0 == 0:
            arm = "treated" if n1 == 0 else "control"
            raise ValueError(
                f"Both treatment arms are needed; the data has no {arm} units "
                f"({n1} treated, {n0} control)."
            )
        if min(n1, n0) < 2:
            raise ValueError(
                f"Each treatment arm needs at least 2 units to estimate a variance; "
                f"got {n1} treated and {n0} control."
            )
        party = self.party
        if party is not None:
            party = np.array(party, copy=True).reshape(-1)
            if len(party) != n:
                raise ValueError(f"party has {len(party)} labels but the data has {n} rows.")
            party.flags.writeable = False
        if X.shape[1] and n > 1:
            constant = np.flatnonzero(np.ptp(X, axis=0) == 0)
            if constant.size:
                warnings.warn(
                    f"Constant covariate(s) {[names[j] for j in constant]} carry no information; "
                    "consider dropping them.",
                    ConstantCovariateWarning,
                    stacklevel=3,
                )
        for arr in (X, t, y):
            arr.flags.writeable = False
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "t", t)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "feature_names", names)

    # ------------------------------------------------------------------ properties
    @property
    def n(self) -> int:
        """Number of units."""
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        """Number of covariates."""
        return int(self.X.shape[1])

    @property
    def n_treated(self) -> int:
        """Number of treated units."""
        return int(self.t.sum())

    @property
    def n_control(self) -> int:
        """Number of control units."""
        return self.n - self.n_treated

    @property
    def parties(self) -> tuple:
        """Sorted distinct party labels (empty when no party column)."""
        if self.party is None:
            return ()
        return tuple(np.unique(self.party).tolist())

    def __len__(self) -> int:
        return self.n

    def __repr__(self) -> str:
        extra = f", parties={len(self.parties)}" if self.party is not None else ""
        return (
            f"CausalData(n={self.n}, d={self.n_features}, treated={self.n_treated}, "
            f"control={self.n_control}{extra})"
        )

    # ------------------------------------------------------------------ constructors
    @classmethod
    def from_frame(
        cls,
        df: pd.DataFrame,
        *,
        treatment: str,
        outcome: str,
        covariates: Sequence[str] | None = None,
        party: str | None = None,
    ) -> CausalData:
        """Build from a DataFrame by column names.

        Parameters
        ----------
        df : pandas.DataFrame
        treatment, outcome : str
            Column names of the binary treatment and the outcome.
        covariates : sequence of str, optional
            Covariate columns; default all columns other than treatment, outcome and party.
        party : str, optional
            Column holding each unit's party label.

        Raises
        ------
        ValueError
            A named column is missing (the available columns are listed).
        """
        if not isinstance(df, pd.DataFrame):
            raise TypeError(f"df must be a pandas DataFrame, got {type(df).__name__}.")
        special = [c for c in (treatment, outcome, party) if c is not None]
        if covariates is None:
            covariates = [c for c in df.columns if c not in special]
        missing = [c for c in [*special, *covariates] if c not in df.columns]
        if missing:
            raise ValueError(
                f"Column(s) {missing} not found; available columns: {list(map(str, df.columns))}."
            )
        non_numeric = [c for c in covariates if not pd.api.types.is_numeric_dtype(df[c])]
        if non_numeric:
            raise TypeError(
                f"Covariate column(s) {non_numeric} are not numeric; one-hot encode them "
                "(pandas.get_dummies) or leave them out with covariates=[...]."
            )
        return cls(
            X=df[list(covariates)].to_numpy(dtype=float),
            t=df[treatment].to_numpy(),
            y=df[outcome].to_numpy(),
            party=None if party is None else df[party].to_numpy(),
            feature_names=tuple(map(str, covariates)),
        )

    def to_frame(self) -> pd.DataFrame:
        """Covariates, ``t``, ``y`` (and ``party``) as a DataFrame."""
        df = pd.DataFrame(self.X, columns=list(self.feature_names))
        df["t"] = self.t
        df["y"] = self.y
        if self.party is not None:
            df["party"] = self.party
        return df

    def take(self, index) -> CausalData:
        """The units selected by ``index`` (integer indices or boolean mask), validated again."""
        idx = np.asarray(index)
        return CausalData(
            X=self.X[idx],
            t=self.t[idx],
            y=self.y[idx],
            party=None if self.party is None else self.party[idx],
            feature_names=self.feature_names,
        )

    def with_party(self, party) -> CausalData:
        """A copy with the given party labels."""
        return dataclasses.replace(self, party=party)


# ---------------------------------------------------------------------- partitions
def split_random(data: CausalData, n_parties: int, random_state: RandomState = None) -> list[CausalData]:
    """Split units into ``n_parties`` disjoint parties of (almost) equal size at random.

    Each party must contain at least 2 treated and 2 control units; the split is redrawn
    (up to 100 times, from the same generator) until that holds.

    Raises
    ------
    ValueError
        If ``n_parties < 1`` or no valid split is found (too many parties for the data).
    """
    n_parties = _check_n_parties(data, n_parties)
    rng = check_random_state(random_state)
    for _ in range(100):
        perm = rng.permutation(data.n)
        chunks = np.array_split(perm, n_parties)
        if all(_has_both_arms(data.t[c]) for c in chunks):
            return _take_parties(data, chunks)
    raise ValueError(
        f"Could not split {data.n} units ({data.n_treated} treated) into {n_parties} parties "
        "with at least 2 units per arm each; use fewer parties."
    )


def split_by_covariate(data: CausalData, column: str | int, n_parties: int) -> list[CausalData]:
    """Non-representative parties: split by quantiles of one covariate.

    Units are sorted by the covariate (ties by original order, stable sort) and cut into
    ``n_parties`` contiguous blocks of equal size, so party 0 holds the lowest values.

    Raises
    ------
    ValueError
        Unknown column, or a block without 2 units per arm.
    """
    n_parties = _check_n_parties(data, n_parties)
    if isinstance(column, str):
        if column not in data.feature_names:
            raise ValueError(f"Unknown covariate {column!r}; available: {list(data.feature_names)}.")
        j = data.feature_names.index(column)
    else:
        j = int(column)
        if not 0 <= j < data.n_features:
            raise ValueError(f"Covariate index {j} out of range for {data.n_features} covariates.")
    order = np.argsort(data.X[:, j], kind="stable")
    chunks = np.array_split(order, n_parties)
    for k, c in enumerate(chunks):
        if not _has_both_arms(data.t[c]):
            raise ValueError(
                f"Party {k} of the split by {data.feature_names[j]!r} has fewer than 2 units in an "
                "arm; use fewer parties or another covariate."
            )
    return _take_parties(data, chunks)


def _take_parties(data: CausalData, chunks: Sequence[np.ndarray]) -> list[CausalData]:
    """The parties of a split, with one warning naming every party that has constant covariates.

    A covariate that varies in ``data`` may be constant within a small party (a rare binary
    flag); each party's ``CausalData`` would warn on its own without saying which party it
    is, so their warnings are replaced by one that lists the parties.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConstantCovariateWarning)
        parts = [data.take(np.sort(c)) for c in chunks]
    constant = {}
    for k, part in enumerate(parts):
        columns = np.flatnonzero(np.ptp(part.X, axis=0) == 0) if part.n_features and part.n > 1 else []
        if len(columns):
            constant[k] = [data.feature_names[j] for j in columns]
    if constant:
        listed = "; ".join(f"party {k}: {names}" for k, names in constant.items())
        warnings.warn(
            f"Constant covariate(s) within {len(constant)} of {len(parts)} parties ({listed}); "
            "they carry no information in those parties' own estimates.",
            ConstantCovariateWarning,
            stacklevel=3,
        )
    return parts


def subset(data: CausalData | Sequence[CausalData], parties: Iterable) -> CausalData:
    """Pool the data of a coalition.

    Parameters
    ----------
    data : CausalData with a party column, or a list of per-party CausalData
    parties : iterable
        Party labels (with a party column) or list indices (with a list).

    Raises
    ------
    ValueError
        For an empty coalition or unknown parties.
    """
    parties = list(parties)
    if not parties:
        raise ValueError("The coalition is empty; an empty coalition has no data to pool.")
    if isinstance(data, CausalData):
        if data.party is None:
            raise ValueError("data has no party column; pass party= when building CausalData.")
        unknown = [p for p in parties if p not in set(data.parties)]
        if unknown:
            raise ValueError(f"Unknown parties {unknown}; known: {list(data.parties)}.")
        return data.take(np.isin(data.party, parties))
    datas = list(data)
    bad = [p for p in parties if not (isinstance(p, (int, np.integer)) and 0 <= p < len(datas))]
    if bad:
        raise ValueError(f"Party indices {bad} out of range for {len(datas)} parties.")
    chosen = [datas[int(p)] for p in parties]
    labels = np.concatenate([np.full(d.n, int(p)) for p, d in zip(parties, chosen)])
    return CausalData(
        X=np.vstack([d.X for d in chosen]),
        t=np.concatenate([d.t for d in chosen]),
        y=np.concatenate([d.y for d in chosen]),
        party=labels,
        feature_names=chosen[0].feature_names,
    )


def _check_n_parties(data: CausalData, n_parties: int) -> int:
    if not isinstance(data, CausalData):
        raise TypeError(f"data must be CausalData, got {type(data).__name__}.")
    if int(n_parties) != n_parties or n_parties < 1:
        raise ValueError(f"n_parties must be a positive integer, got {n_parties}.")
    return int(n_parties)


def _has_both_arms(t: np.ndarray) -> bool:
    n1 = int(t.sum())
    return n1 >= 2 and len(t) - n1 >= 2
