"""Request and response bodies at the API boundary (pydantic v2)."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["ConsentRequest", "EnrolRequest", "GameRequest", "InviteRequest", "PrivacySpec", "ReleaseRequest",
           "RowsUpload", "StudySpec"]

_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"
_ESTIMATORS = ("por", "ipw", "aipw")
_ROWS_ESTIMATORS = ("por", "dim", "ipw", "aipw", "psm")


class PrivacySpec(BaseModel):
    """A study's privacy budget and the public bounds its DP releases rely on.

    ``budget`` is the total epsilon of every release of the study (pure epsilon-DP, sequential
    composition); ``outcome_bounds`` are public bounds every party's outcomes lie in (parties
    check theirs before uploading).
    """

    model_config = ConfigDict(extra="forbid")

    budget: float = Field(gt=0, le=1000)
    outcome_bounds: tuple[float, float]
    covariate_bounds: tuple[float, float] | None = None

    @field_validator("outcome_bounds", "covariate_bounds")
    @classmethod
    def _ordered(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is None:
            return value
        lo, hi = value
        if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
            raise ValueError("bounds must be two finite numbers [lo, hi] with lo < hi")
        return value


class ReleaseRequest(BaseModel):
    """A differentially private release of the grand coalition's ATE.

    ``estimator="dim"``: the difference in means from Laplace-noised per-arm outcome sums
    (label level: outcomes private, covariates, treatments and counts public).
    ``estimator="privATE"`` (``mode: rows`` studies): PrivATE's DP matching estimate on the
    pooled rows at ``level`` ``"label"`` or ``"sample"`` (the latter needs the study's
    ``covariate_bounds``).
    """

    model_config = ConfigDict(extra="forbid")

    estimator: Literal["dim", "privATE"] = "dim"
    level: Literal["label", "sample"] = "label"
    epsilon: float = Field(gt=0, le=1000)


class StudySpec(BaseModel):
    """A study, as the admin declares it.

    ``kind="cci"``: collaborative causal inference (``treatment``, ``outcome`` and
    ``covariates`` required). ``mode="statistics"`` (default): linear POR runs from the
    uploaded sufficient statistics alone; IPW and AIPW run in rounds that each party's agent
    (``cocausal party serve``) answers from its rows, each round waiting at most
    ``round_timeout`` seconds; ``se`` is ``"analytic"``. ``mode="rows"``: every party consents
    to send its rows (``cocausal party consent``), which the coordinator keeps until the study
    is closed; any registered estimator runs, with ``se="analytic"`` or ``"bootstrap"``
    (``n_boot`` resamples).
    ``kind="payoff"``: payoff flows and model rewards (Nguyen, Low & Jaillet) from a coalition
    value table the admin posts (``POST /v1/studies/{name}/game``); parties upload nothing.
    ``title`` is optional free text (at most 200 characters) that the web pages show as text.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=_NAME)
    title: str | None = Field(None, min_length=1, max_length=200)
    kind: Literal["cci", "payoff"] = "cci"
    mode: Literal["statistics", "rows"] = "statistics"
    estimator: str = "por"
    se: Literal["analytic", "bootstrap"] = "analytic"
    n_boot: int = Field(100, ge=2, le=10_000)
    treatment: str | None = Field(None, min_length=1, max_length=100)
    outcome: str | None = Field(None, min_length=1, max_length=100)
    covariates: list[str] | None = Field(None, min_length=1, max_length=500)
    rho0: float = Field(0.2, gt=0, le=1)
    kappa: float = Field(2.0, ge=0, le=1e6)
    seed: int = Field(0, ge=0, lt=2**63)
    min_parties: int = Field(2, ge=1, le=64)
    min_arm: int = Field(10, ge=2, le=10**9)
    round_timeout: float = Field(300.0, gt=0, le=86_400)
    privacy: PrivacySpec | None = None

    @model_validator(mode="after")
    def _estimator(self) -> StudySpec:
        offered = _ESTIMATORS if self.mode == "statistics" else _ROWS_ESTIMATORS
        if self.estimator not in offered:
            raise ValueError(
                f"estimator {self.estimator!r} is not offered in mode {self.mode!r}; choose one of {list(offered)}"
                + (" ('por' from the uploaded statistics, 'ipw'/'aipw' in rounds answered by the parties' agents; "
                   "matching needs the rows: declare mode: rows)" if self.mode == "statistics" else "")
            )
        if self.mode == "statistics" and self.se != "analytic":
            raise ValueError("se='bootstrap' resamples rows; declare mode: rows, or se: analytic")
        if self.mode == "rows" and self.estimator == "psm" and self.se == "bootstrap":
            raise ValueError("the bootstrap is not valid for matching with replacement (Abadie and Imbens 2008); "
                             "use se: analytic")
        return self

    @field_validator("covariates")
    @classmethod
    def _distinct(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("covariate names repeat")
        return value

    @model_validator(mode="after")
    def _fields_of_kind(self) -> StudySpec:
        columns = {"treatment": self.treatment, "outcome": self.outcome, "covariates": self.covariates}
        if self.kind == "cci":
            missing = [k for k, v in columns.items() if v is None]
            if missing:
                raise ValueError(f"a cci study needs {missing}: the column names every party uses")
        elif any(v is not None for v in columns.values()):
            raise ValueError("a payoff study has no data columns; drop treatment, outcome and covariates")
        return self


class GameRequest(BaseModel):
    """The coalition values of a payoff study and the parties' budgets.

    ``values[mask]`` is ``v(C)`` for the coalition whose bit ``i`` is party ``i`` in invitation
    order (``values[0] = 0``); ``budgets`` and ``caps`` are one number per party or one for all,
    ``null`` meaning unlimited.
    """

    model_config = ConfigDict(extra="forbid")

    values: list[float] = Field(min_length=2, max_length=2**16)
    budgets: list[float | None] | float | None = None
    caps: list[float | None] | float | None = None

    @field_validator("values")
    @classmethod
    def _finite(cls, value: list[float]) -> list[float]:
        if not all(math.isfinite(v) for v in value):
            raise ValueError("coalition values must be finite numbers")
        return value


class InviteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    party: str = Field(pattern=_NAME)


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(min_length=10, max_length=200)


class ConsentRequest(BaseModel):
    """A party's consent to send its rows to a ``mode: rows`` study: how many rows it agreed to."""

    model_config = ConfigDict(extra="forbid")
    rows: int = Field(ge=1, le=10_000_000)


class RowsUpload(BaseModel):
    """A party's rows: covariates in the study's order, treatment (0/1) and outcome."""

    model_config = ConfigDict(extra="forbid")
    X: list[list[float]]
    t: list[int]
    y: list[float]
