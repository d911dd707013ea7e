"""Request and response bodies at the API boundary (pydantic v2)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["EnrolRequest", "InviteRequest", "StudySpec"]

_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"


class StudySpec(BaseModel):
    """A collaborative causal inference study, as the admin declares it.

    Only linear POR runs from sufficient statistics here; IPW, AIPW and PSM need more rounds
    or the rows and are refused with a message.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=_NAME)
    kind: Literal["cci"] = "cci"
    estimator: str = "por"
    treatment: str = Field(min_length=1, max_length=100)
    outcome: str = Field(min_length=1, max_length=100)
    covariates: list[str] = Field(min_length=1, max_length=500)
    rho0: float = Field(0.2, gt=0, le=1)
    kappa: float = Field(2.0, ge=0, le=1e6)
    seed: int = Field(0, ge=0, lt=2**63)
    min_parties: int = Field(2, ge=1, le=64)
    min_arm: int = Field(10, ge=2, le=10**9)

    @field_validator("estimator")
    @classmethod
    def _estimator(cls, value: str) -> str:
        if value != "por":
            raise ValueError(
                f"estimator {value!r} needs more than one round or the rows themselves; a coordinator study "
                "runs 'por' (linear regression adjustment) from sufficient statistics"
            )
        return value

    @field_validator("covariates")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("covariate names repeat")
        return value


class InviteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    party: str = Field(pattern=_NAME)


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(min_length=10, max_length=200)
