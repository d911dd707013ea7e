"""Distributions of exogenous variables.

Each distribution samples vectorised float64 arrays from a :class:`numpy.random.Generator`,
evaluates its density (pdf for continuous, pmf for discrete ones; used by likelihood
weighting) and round-trips through a plain mapping, e.g. ``{"dist": "beta", "alpha": 5,
"beta": 2}``, which is how spec files declare them.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import numpy as np

__all__ = [
    "Bernoulli",
    "Beta",
    "Categorical",
    "Constant",
    "Distribution",
    "Normal",
    "Poisson",
    "Uniform",
    "distribution_from_spec",
]


def _positive(name: str, value: float, dist: str) -> float:
    value = float(value)
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{dist}: {name} must be a finite positive number, got {value}.")
    return value


def _finite(name: str, value: float, dist: str) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{dist}: {name} must be finite, got {value}.")
    return value


def _probability(value: float, dist: str) -> float:
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{dist}: p must lie in [0, 1], got {value}.")
    return value


class Distribution:
    """Base class: ``sample``, ``density``, ``mean``, ``var``, ``support``, ``to_dict``."""

    kind: ClassVar[str] = ""
    discrete: ClassVar[bool] = False

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def density(self, x: np.ndarray) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def mean(self) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def var(self) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def support(self) -> np.ndarray | None:
        """The finite support (sorted values), or ``None`` when it is infinite or continuous."""
        return None

    def to_dict(self) -> dict[str, Any]:
        """The spec mapping, e.g. ``{"dist": "normal", "mean": 0.0, "sd": 1.0}``."""
        out: dict[str, Any] = {"dist": self.kind}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclasses.dataclass(frozen=True)
class Normal(Distribution):
    """Normal(mean, sd)."""

    mean_: float = 0.0
    sd: float = 1.0
    kind: ClassVar[str] = "normal"

    def __post_init__(self) -> None:
        object.__setattr__(self, "mean_", _finite("mean", self.mean_, self.kind))
        object.__setattr__(self, "sd", _positive("sd", self.sd, self.kind))

    def sample(self, rng, n):
        return rng.normal(self.mean_, self.sd, n)

    def density(self, x):
        from scipy import stats  # 1-2 s to import; only densities need it

        return stats.norm.pdf(x, self.mean_, self.sd)

    @property
    def mean(self):
        return self.mean_

    @property
    def var(self):
        return self.sd**2

    def to_dict(self):
        return {"dist": self.kind, "mean": self.mean_, "sd": self.sd}


@dataclasses.dataclass(frozen=True)
class Uniform(Distribution):
    """Uniform(low, high)."""

    low: float = 0.0
    high: float = 1.0
    kind: ClassVar[str] = "uniform"

    def __post_init__(self) -> None:
        low, high = _finite("low", self.low, self.kind), _finite("high", self.high, self.kind)
        if not low < high:
            raise ValueError(f"uniform: need low < high, got low={low}, high={high}.")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    def sample(self, rng, n):
        return rng.uniform(self.low, self.high, n)

    def density(self, x):
        x = np.asarray(x, dtype=float)
        return np.where((x >= self.low) & (x <= self.high), 1.0 / (self.high - self.low), 0.0)

    @property
    def mean(self):
        return 0.5 * (self.low + self.high)

    @property
    def var(self):
        return (self.high - self.low) ** 2 / 12.0


@dataclasses.dataclass(frozen=True)
class Bernoulli(Distribution):
    """Bernoulli(p) on {0, 1}."""

    p: float = 0.5
    kind: ClassVar[str] = "bernoulli"
    discrete: ClassVar[bool] = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "p", _probability(self.p, self.kind))

    def sample(self, rng, n):
        return (rng.random(n) < self.p).astype(float)

    def density(self, x):
        x = np.asarray(x, dtype=float)
        return np.where(x == 1.0, self.p, np.where(x == 0.0, 1.0 - self.p, 0.0))

    @property
    def mean(self):
        return self.p

    @property
    def var(self):
        return self.p * (1.0 - self.p)

    def support(self):
        return np.array([0.0, 1.0])


@dataclasses.dataclass(frozen=True)
class Categorical(Distribution):
    """Categorical(p) over ``values`` (default ``0, 1, ..., len(p) - 1``)."""

    p: tuple[float, ...] = (1.0,)
    values: tuple[float, ...] | None = None
    kind: ClassVar[str] = "categorical"
    discrete: ClassVar[bool] = True

    def __post_init__(self) -> None:
        p = np.asarray(self.p, dtype=float)
        if p.ndim != 1 or p.size == 0 or np.any(p < 0) or not np.all(np.isfinite(p)):
            raise ValueError(f"categorical: p must be a non-empty list of non-negative numbers, got {self.p}.")
        if abs(p.sum() - 1.0) > 1e-9:
            raise ValueError(f"categorical: p must sum to 1, got sum {p.sum():.12g}; normalise the list.")
        values = np.arange(p.size, dtype=float) if self.values is None else np.asarray(self.values, dtype=float)
        if values.shape != p.shape:
            raise ValueError(
                f"categorical: values has {values.size} entries but p has {p.size}; give one value per probability."
            )
        if np.unique(values).size != values.size:
            raise ValueError(f"categorical: values must be distinct, got {values.tolist()}.")
        object.__setattr__(self, "p", tuple(p.tolist()))
        object.__setattr__(self, "values", tuple(values.tolist()))
        object.__setattr__(self, "_cdf", np.cumsum(p))

    def sample(self, rng, n):
        idx = np.searchsorted(self._cdf, rng.random(n) * self._cdf[-1], side="right")
        return np.asarray(self.values)[np.minimum(idx, len(self.p) - 1)]

    def density(self, x):
        x = np.asarray(x, dtype=float)
        out = np.zeros(x.shape)
        for value, prob in zip(self.values, self.p):
            out = out + np.where(x == value, prob, 0.0)
        return out

    @property
    def mean(self):
        return float(np.dot(self.p, self.values))

    @property
    def var(self):
        v = np.asarray(self.values)
        return float(np.dot(self.p, (v - self.mean) ** 2))

    def support(self):
        return np.sort(np.asarray(self.values)[np.asarray(self.p) > 0])


@dataclasses.dataclass(frozen=True)
class Poisson(Distribution):
    """Poisson(lam)."""

    lam: float = 1.0
    kind: ClassVar[str] = "poisson"
    discrete: ClassVar[bool] = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "lam", _positive("lam", self.lam, self.kind))

    def sample(self, rng, n):
        return rng.poisson(self.lam, n).astype(float)

    def density(self, x):
        x = np.asarray(x, dtype=float)
        integer = (x == np.round(x)) & (x >= 0)
        from scipy import stats  # 1-2 s to import; only densities need it

        return np.where(integer, stats.poisson.pmf(np.where(integer, x, 0), self.lam), 0.0)

    @property
    def mean(self):
        return self.lam

    @property
    def var(self):
        return self.lam


@dataclasses.dataclass(frozen=True)
class Beta(Distribution):
    """Beta(alpha, beta) on [0, 1]."""

    alpha: float = 1.0
    beta: float = 1.0
    kind: ClassVar[str] = "beta"

    def __post_init__(self) -> None:
        object.__setattr__(self, "alpha", _positive("alpha", self.alpha, self.kind))
        object.__setattr__(self, "beta", _positive("beta", self.beta, self.kind))

    def sample(self, rng, n):
        return rng.beta(self.alpha, self.beta, n)

    def density(self, x):
        from scipy import stats  # 1-2 s to import; only densities need it

        return stats.beta.pdf(x, self.alpha, self.beta)

    @property
    def mean(self):
        return self.alpha / (self.alpha + self.beta)

    @property
    def var(self):
        a, b = self.alpha, self.beta
        return a * b / ((a + b) ** 2 * (a + b + 1.0))


@dataclasses.dataclass(frozen=True)
class Constant(Distribution):
    """A deterministic constant."""

    value: float = 0.0
    kind: ClassVar[str] = "constant"
    discrete: ClassVar[bool] = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _finite("value", self.value, self.kind))

    def sample(self, rng, n):
        return np.full(n, self.value)

    def density(self, x):
        return np.where(np.asarray(x, dtype=float) == self.value, 1.0, 0.0)

    @property
    def mean(self):
        return self.value

    @property
    def var(self):
        return 0.0

    def support(self):
        return np.array([self.value])


_REGISTRY: dict[str, tuple[type[Distribution], dict[str, str]]] = {
    # spec name -> (class, {spec parameter: constructor argument})
    "normal": (Normal, {"mean": "mean_", "sd": "sd"}),
    "uniform": (Uniform, {"low": "low", "high": "high"}),
    "bernoulli": (Bernoulli, {"p": "p"}),
    "categorical": (Categorical, {"p": "p", "values": "values"}),
    "poisson": (Poisson, {"lam": "lam"}),
    "beta": (Beta, {"alpha": "alpha", "beta": "beta"}),
    "constant": (Constant, {"value": "value"}),
}
_ALIASES = {"gaussian": "normal", "bern": "bernoulli", "cat": "categorical", "const": "constant"}
_PARAM_ALIASES = {"loc": "mean", "scale": "sd", "lambda": "lam", "a": "alpha", "b": "beta", "probs": "p"}


def distribution_from_spec(spec: Mapping[str, Any] | float | int | Distribution) -> Distribution:
    """Build a distribution from a spec mapping (``{"dist": name, **params}``) or a number.

    Known names: ``normal(mean, sd)``, ``uniform(low, high)``, ``bernoulli(p)``,
    ``categorical(p, values)``, ``poisson(lam)``, ``beta(alpha, beta)``, ``constant(value)``;
    a bare number is a constant.

    Raises
    ------
    ValueError
        For an unknown distribution name, unknown or missing parameters, or invalid values.
    """
    if isinstance(spec, Distribution):
        return spec
    if isinstance(spec, (int, float)) and not isinstance(spec, bool):
        try:
            return Constant(float(spec))
        except OverflowError:
            raise ValueError("a constant exogenous value is too large for a float; rescale it.") from None
    if not isinstance(spec, Mapping):
        raise TypeError(f"an exogenous distribution must be a mapping like {{'dist': 'normal'}}, got {spec!r}.")
    params = dict(spec)
    name = params.pop("dist", params.pop("distribution", None))
    if not isinstance(name, str):
        raise ValueError(f"distribution spec {dict(spec)} lacks a 'dist' name; one of {sorted(_REGISTRY)}.")
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in _REGISTRY:
        raise ValueError(f"unknown distribution {name!r}; use one of {sorted(_REGISTRY)}.")
    cls, mapping = _REGISTRY[key]
    kwargs = {}
    for pname, value in params.items():
        pname = _PARAM_ALIASES.get(pname, pname)
        if pname not in mapping:
            raise ValueError(f"{key}: unknown parameter {pname!r}; expected {sorted(mapping)}.")
        if isinstance(value, Sequence) and not isinstance(value, str):
            value = tuple(value)
        kwargs[mapping[pname]] = value
    required = {"bernoulli": ["p"], "categorical": ["p"], "poisson": ["lam"], "beta": ["alpha", "beta"],
                "constant": ["value"]}.get(key, [])
    missing = [p for p in required if mapping[p] not in kwargs]
    if missing:
        raise ValueError(f"{key}: missing parameter(s) {missing}; e.g. {{'dist': '{key}', '{missing[0]}': ...}}.")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ValueError(f"invalid {key} parameters {str(params)[:200]}: {exc}") from None
