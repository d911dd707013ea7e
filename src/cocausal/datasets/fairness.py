"""Fairness data sets shipped with cocausal: LSAC law school and UCI Adult.

Each loader returns a :class:`FairnessDataset` holding the cleaned pandas frame, the column
roles and a ready-to-use :class:`~cocausal.data.fair.FairData`.
:func:`train_val_test_split` gives the seeded 80/10/10 split of the EXOC study.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from cocausal.data.fair import FairData
from cocausal.datasets._files import read_shipped_csv
from cocausal.random import RandomState, check_random_state
from cocausal.results import freeze_mapping

__all__ = ["FairnessDataset", "load_law_school", "load_adult", "train_val_test_split"]

LAW_RACES = ("White", "Black", "Asian")
ADULT_RACES = ("White", "Black", "Asian-Pac-Islander")
_ADULT_COLUMNS = (
    "age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation",
    "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week",
    "native-country", "income",
)


@dataclasses.dataclass(frozen=True, eq=False)
class FairnessDataset:
    """A named fairness data set: the cleaned frame plus its column roles.

    Attributes
    ----------
    name : str
    frame : pandas.DataFrame
        The cleaned rows (one per person) with every original column kept.
    data : FairData
        Features (descendants of the sensitive attribute), sensitive codes, outcome and
        exogenous covariates, ready for the predictors in :mod:`cocausal.predictors`.
    sensitive, target : str
        Column names of the sensitive attribute and the outcome.
    features, covariates : tuple of str
        Feature columns (possibly caused by the sensitive attribute) and exogenous covariates.
    description : str
        Source, licence and shape.
    extras : Mapping
        Read-only loader details (levels, row counts before filtering ...).
    """

    name: str
    frame: pd.DataFrame
    data: FairData
    sensitive: str
    target: str
    features: tuple[str, ...]
    covariates: tuple[str, ...]
    description: str
    extras: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extras", freeze_mapping(self.extras))

    def __repr__(self) -> str:
        return f"FairnessDataset({self.name!r}, n={len(self.frame)}, {self.data!r})"


def load_law_school() -> FairnessDataset:
    """LSAC law school admissions data (White, Black and Asian students).

    Features: undergraduate GPA ``UGPA`` (normal) and ``LSAT`` (floored to an integer count,
    Poisson in the causal models); target ``ZFYA`` (standardised first-year average, a
    regression task); sensitive attribute ``race`` with levels White, Black, Asian (codes
    0, 1, 2). Shape: 20,412 rows (of 21,791 in the file) x 9 columns.

    Source: the LSAC National Longitudinal Bar Passage Study (Wightman 1998) as distributed with
    the counterfactual-fairness reference code of Kusner et al. (2017); shipped as
    ``law_data.csv.gz`` (see ``PROVENANCE.md``). Licence: distributed by the authors for research
    use; the LSAC data carry no explicit open licence, so redistribute only for research.

    Returns
    -------
    FairnessDataset

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    .. [2] Wightman (1998). LSAC National Longitudinal Bar Passage Study.

    Examples
    --------
    >>> ds = load_law_school()
    >>> ds.data.n, ds.data.levels
    (20412, ('White', 'Black', 'Asian'))
    """
    raw = read_shipped_csv("law_data.csv.gz", index_col=0)
    frame = raw[raw["race"].isin(LAW_RACES)].reset_index(drop=True)
    frame["LSAT"] = np.floor(frame["LSAT"]).astype(int)
    data = FairData.from_frame(
        frame, features=("UGPA", "LSAT"), feature_kinds=("normal", "poisson"),
        sensitive="race", target="ZFYA", task="regression", levels=LAW_RACES,
    )
    return FairnessDataset(
        name="law",
        frame=frame,
        data=data,
        sensitive="race",
        target="ZFYA",
        features=("UGPA", "LSAT"),
        covariates=(),
        description=(
            "LSAC law school data (Kusner et al. 2017 distribution), races White/Black/Asian: "
            f"{len(frame)} rows x {frame.shape[1]} columns; features UGPA, LSAT (floored); "
            "target ZFYA; sensitive race. Research use."
        ),
        extras={"levels": LAW_RACES, "n_raw": len(raw)},
    )


def load_adult(subset: str = "data") -> FairnessDataset:
    """UCI Adult census income (White, Black and Asian-Pac-Islander persons).

    Features (descendants of race in the causal models): ``education-num`` and
    ``hours-per-week`` (normal), ``married`` (bernoulli: marital status Married-civ-spouse or
    Married-AF-spouse) and ``occupation`` (categorical, 15 codes including the missing-value
    code ``?``); exogenous covariate ``male`` (sex, a non-descendant of race); target
    ``income_gt_50k`` (1 when income > 50K; the ``.`` at the end of the labels in ``adult.test``
    is stripped); sensitive attribute ``race`` with levels White, Black, Asian-Pac-Islander.
    Shapes: ``subset="data"`` 31,979 rows (the EXOC study's sample), ``"test"`` 15,969,
    ``"all"`` 47,948.

    Source: Becker and Kohavi (1996), UCI Machine Learning Repository, doi:10.24432/C5XW20;
    licence CC BY 4.0. Shipped as ``adult.data.gz`` / ``adult.test.gz``.

    Parameters
    ----------
    subset : {"data", "test", "all"}
        Which UCI file(s) to read.

    Returns
    -------
    FairnessDataset

    Raises
    ------
    ValueError
        For an unknown ``subset``.

    References
    ----------
    .. [1] Becker, Kohavi (1996). Adult. UCI Machine Learning Repository.
    """
    if subset not in ("data", "test", "all"):
        raise ValueError(f"subset must be 'data', 'test' or 'all'; got {subset!r}.")
    parts = []
    if subset in ("data", "all"):
        parts.append(read_shipped_csv("adult.data.gz", skipinitialspace=True))
    if subset in ("test", "all"):
        test = read_shipped_csv("adult.test.gz", skipinitialspace=True, header=None, skiprows=1,
                                names=list(_ADULT_COLUMNS))
        parts.append(test)
    raw = pd.concat(parts, ignore_index=True)
    raw["income"] = raw["income"].astype(str).str.strip().str.rstrip(".")
    frame = raw[raw["race"].isin(ADULT_RACES)].reset_index(drop=True)
    frame["income_gt_50k"] = (frame["income"] == ">50K").astype(int)
    frame["married"] = frame["marital-status"].isin(("Married-civ-spouse", "Married-AF-spouse")).astype(int)
    frame["male"] = (frame["sex"] == "Male").astype(int)
    frame["occupation"] = pd.Categorical(frame["occupation"].astype(str),
                                         categories=sorted(raw["occupation"].astype(str).unique()))
    features = ("education-num", "hours-per-week", "married", "occupation")
    data = FairData.from_frame(
        frame, features=features, feature_kinds=("normal", "normal", "bernoulli", "categorical"),
        sensitive="race", target="income_gt_50k", covariates=("male",), task="classification",
        levels=ADULT_RACES,
    )
    return FairnessDataset(
        name="adult",
        frame=frame,
        data=data,
        sensitive="race",
        target="income_gt_50k",
        features=features,
        covariates=("male",),
        description=(
            f"UCI Adult ({subset}), races White/Black/Asian-Pac-Islander: {len(frame)} rows x "
            f"{frame.shape[1]} columns; target income > 50K; sensitive race. CC BY 4.0."
        ),
        extras={"levels": ADULT_RACES, "n_raw": len(raw), "subset": subset},
    )


def train_val_test_split(
    data: FairData | pd.DataFrame,
    fractions: Sequence[float] = (0.8, 0.1, 0.1),
    random_state: RandomState = 0,
):
    """Seeded random split into train / validation / test parts (default 80/10/10).

    Parameters
    ----------
    data : FairData or pandas.DataFrame
    fractions : three floats summing to 1
        Train and validation sizes are ``floor(fraction * n)``; the test part takes the rest.
    random_state : int, Generator or None
        Seed of the permutation (same seed, same split).

    Returns
    -------
    tuple
        ``(train, val, test)`` of the same type as ``data``.
    """
    fractions = tuple(float(f) for f in fractions)
    if len(fractions) != 3 or min(fractions) < 0 or abs(sum(fractions) - 1.0) > 1e-9:
        raise ValueError(f"fractions must be three non-negative numbers summing to 1; got {fractions}.")
    n = data.n if isinstance(data, FairData) else len(data)
    perm = check_random_state(random_state).permutation(n)
    n_train, n_val = int(fractions[0] * n), int(fractions[1] * n)
    parts = (perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:])
    if isinstance(data, FairData):
        return tuple(data.take(p) for p in parts)
    return tuple(data.iloc[p].reset_index(drop=True) for p in parts)
