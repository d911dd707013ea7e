"""The one table of ATE estimators by name, with the standard errors valid for each.

Every place that offers an estimator by name reads this table: ``cocausal estimate --method``,
``cocausal cci --estimator``, :class:`~cocausal.cci.CollaborativeATE` (``estimator="ipw"``),
the demo, and :func:`~cocausal.estimators.bootstrap_se`, which refuses a standard error the
table marks invalid and takes the vectorised bootstrap where the table names one.

Adding an estimator is one module with the estimator class and one :func:`register` call
here (see ``docs/adding_an_estimator.md``).

References
----------
.. [1] A. Abadie and G. W. Imbens, "On the failure of the bootstrap for matching
   estimators", Econometrica 76(6), 2008.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import MappingProxyType

from cocausal.estimators.aipw import AIPW
from cocausal.estimators.dim import DifferenceInMeans
from cocausal.estimators.ipw import IPW
from cocausal.estimators.matching import PropensityMatching
from cocausal.estimators.regression import RegressionAdjustment

__all__ = [
    "SE_KINDS",
    "EstimatorSpec",
    "estimator_names",
    "get_spec",
    "invalid_se_reason",
    "make_estimator",
    "register",
    "spec_for",
    "unregister",
    "vectorised_path",
]

#: Standard-error kinds an estimator can declare valid.
SE_KINDS = ("analytic", "bootstrap")
#: Vectorised bootstrap paths implemented in :mod:`cocausal.estimators.fastboot`.
VECTORISED_PATHS = ("dim", "por", "ipw", "aipw")


@dataclasses.dataclass(frozen=True)
class EstimatorSpec:
    """One row of the table.

    Attributes
    ----------
    name : str
        Short name used by the CLI and by ``estimator=`` arguments.
    cls : type
        The estimator class (scikit-learn style, ``fit(data).result_``).
    summary : str
        One line for help texts.
    factory : callable, optional
        Builds the default estimator; ``cls()`` when omitted.
    se_kinds : tuple of str
        Valid standard-error kinds (a subset of :data:`SE_KINDS`).
    se_invalid_reason : str
        Why the kinds missing from ``se_kinds`` are invalid (shown in errors).
    vectorised : str or None
        The vectorised bootstrap path (one of :data:`VECTORISED_PATHS`), or ``None``.
    vectorised_requires_none : tuple of str
        Parameters that must be ``None`` (the default nuisance models) for the vectorised
        path; otherwise :func:`~cocausal.estimators.bootstrap_se` refits per resample.
    """

    name: str
    cls: type
    summary: str
    factory: Callable[[], object] | None = None
    se_kinds: tuple[str, ...] = SE_KINDS
    se_invalid_reason: str = ""
    vectorised: str | None = None
    vectorised_requires_none: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        bad = [k for k in self.se_kinds if k not in SE_KINDS]
        if bad or not self.se_kinds:
            raise ValueError(f"se_kinds must be a non-empty subset of {SE_KINDS}, got {self.se_kinds!r}.")
        if self.vectorised is not None and self.vectorised not in VECTORISED_PATHS:
            raise ValueError(f"vectorised must be None or one of {VECTORISED_PATHS}, got {self.vectorised!r}.")
        if len(self.se_kinds) < len(SE_KINDS) and not self.se_invalid_reason:
            raise ValueError(f"Estimator {self.name!r} excludes some SE kinds; say why in se_invalid_reason.")

    def make(self):
        """A new default estimator."""
        return self.cls() if self.factory is None else self.factory()


_TABLE: dict[str, EstimatorSpec] = {}
#: Read-only view of the table, in registration order.
ESTIMATORS = MappingProxyType(_TABLE)


def register(spec: EstimatorSpec, *, replace: bool = False) -> EstimatorSpec:
    """Add ``spec`` to the table (``replace=True`` to overwrite a name)."""
    if not isinstance(spec, EstimatorSpec):
        raise TypeError(f"register expects an EstimatorSpec, got {type(spec).__name__}.")
    if spec.name in _TABLE and not replace:
        raise ValueError(f"An estimator named {spec.name!r} is registered already; pass replace=True to overwrite it.")
    _TABLE[spec.name] = spec
    return spec


def unregister(name: str) -> None:
    """Remove ``name`` from the table."""
    get_spec(name)
    del _TABLE[name]


def estimator_names() -> tuple[str, ...]:
    """Registered names, in registration order."""
    return tuple(_TABLE)


def get_spec(name: str) -> EstimatorSpec:
    """The row of ``name``; ValueError listing the registered names otherwise."""
    try:
        return _TABLE[name]
    except (KeyError, TypeError):
        raise ValueError(f"Unknown estimator {name!r}; choose one of {estimator_names()}.") from None


def make_estimator(name: str):
    """The default estimator registered as ``name``."""
    return get_spec(name).make()


def spec_for(estimator) -> EstimatorSpec | None:
    """The row whose class is the nearest base of ``estimator``'s class, or ``None``."""
    for cls in type(estimator).__mro__:
        for spec in _TABLE.values():
            if spec.cls is cls:
                return spec
    return None


def invalid_se_reason(estimator, se: str) -> str | None:
    """Why ``se`` is not valid for ``estimator`` (a name or an instance); ``None`` if it is.

    Unregistered estimator objects are assumed to support every kind.
    """
    spec = get_spec(estimator) if isinstance(estimator, str) else spec_for(estimator)
    if spec is None or se in spec.se_kinds:
        return None
    return spec.se_invalid_reason


def vectorised_path(estimator) -> str | None:
    """The vectorised bootstrap path of ``estimator`` (an instance), or ``None``.

    Only an instance of exactly the registered class (a subclass may change the estimate)
    whose ``vectorised_requires_none`` parameters are all ``None`` qualifies.
    """
    spec = spec_for(estimator)
    if spec is None or spec.vectorised is None or type(estimator) is not spec.cls:
        return None
    params = estimator.get_params(deep=False)
    if any(params.get(name) is not None for name in spec.vectorised_requires_none):
        return None
    return spec.vectorised


register(EstimatorSpec("dim", DifferenceInMeans, "difference in means (Neyman SE)", vectorised="dim"))
register(EstimatorSpec(
    "por", RegressionAdjustment, "regression adjustment, per-arm OLS (T-learner)",
    vectorised="por", vectorised_requires_none=("regressor",),
))
register(EstimatorSpec(
    "ipw", IPW, "Hajek inverse probability weighting (influence-function SE)",
    vectorised="ipw", vectorised_requires_none=("propensity_model",),
))
register(EstimatorSpec(
    "aipw", AIPW, "augmented IPW, doubly robust (influence-function SE)",
    vectorised="aipw", vectorised_requires_none=("outcome_model", "propensity_model", "n_folds"),
))
register(EstimatorSpec(
    "psm", PropensityMatching, "propensity-score matching with replacement (Abadie-Imbens SE)",
    se_kinds=("analytic",),
    se_invalid_reason="the bootstrap is not valid for matching with replacement (Abadie and Imbens 2008)",
))
