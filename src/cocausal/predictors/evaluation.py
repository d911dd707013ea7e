"""Fit several fair predictors on one split and evaluate accuracy and counterfactual fairness.

Used by ``cocausal fair-predict`` and ``benchmarks/fair_predict.py``. The primary fairness
numbers come from counterfactual worlds built by abduction under a fitted causal model
(:class:`~cocausal.predictors.counterfactuals.ModelCounterfactuals`; Fair-K's model by default, EXOC's on
request - each method is scored in every requested world); the MMD-VAE copies are reported
separately under ``synthetic``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from cocausal.data.fair import FairData
from cocausal.predictors.metrics import counterfactual_fairness
from cocausal.results import ResultMixin, freeze_mapping

__all__ = ["METHODS", "MethodResult", "ComparisonResult", "make_predictor", "compare_predictors"]

METHODS = ("constant", "full", "unaware", "fairk", "exoc", "claire")
WORLDS = ("fairk", "exoc")


def make_predictor(name: str, *, iterations: int | None = None, device: str = "cpu", random_state=None,
                   gamma: float = 1.2):
    """A predictor by short name; ``iterations`` caps every optimisation loop (None: defaults)."""
    from cocausal import predictors as P

    it = {} if iterations is None else {"max_iter": int(iterations)}
    if name == "constant":
        return P.ConstantPredictor()
    if name == "full":
        return P.FullPredictor()
    if name == "unaware":
        return P.UnawarePredictor()
    if name in ("fairk", "exoc"):
        if iterations is not None:
            it["encoder_iter"] = max(1, int(iterations) // 2)
        if name == "fairk":
            return P.FairKPredictor(device=device, random_state=random_state, **it)
        return P.EXOCPredictor(gamma=gamma, device=device, random_state=random_state, **it)
    if name == "claire":
        if iterations is not None:
            it["vae_iter"] = int(iterations)
        return P.CLAIREPredictor(device=device, random_state=random_state, **it)
    raise ValueError(f"unknown method {name!r}; choose from {', '.join(METHODS)}.")


@dataclasses.dataclass(frozen=True)
class MethodResult(ResultMixin):
    """Accuracy, fairness (per counterfactual world), leakage and latent dependence of one method.

    ``accuracy`` holds ``rmse``/``mae`` or ``accuracy`` (leakage-free predictions);
    ``leaky`` the same computed from ``E[K | X, R, A, Y]`` with the test outcome observed
    (Fair-K and EXOC only); ``fairness`` maps a world name (``"model:fairk"``, ``"model:exoc"``,
    ``"vae (synthetic)"``) to the :class:`~cocausal.predictors.metrics.CounterfactualFairnessResult`
    as a dict; ``dependence`` maps each latent the method uses to its dependence on the
    sensitive attribute; ``seconds`` is the fit time.
    """

    name: str
    accuracy: Mapping[str, float]
    leaky: Mapping[str, float]
    fairness: Mapping[str, Any]
    dependence: Mapping[str, Any]
    seconds: float
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for f in ("accuracy", "leaky", "fairness", "dependence"):
            object.__setattr__(self, f, freeze_mapping(getattr(self, f)))
        object.__setattr__(self, "warnings", tuple(self.warnings))


@dataclasses.dataclass(frozen=True)
class ComparisonResult(ResultMixin):
    """All methods on one train/test split; ``primary_world`` names the world of the headline numbers."""

    methods: tuple[MethodResult, ...]
    primary_world: str
    worlds: tuple[str, ...]
    n_train: int
    n_test: int
    task: str
    seed: int | None
    preds: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "preds", freeze_mapping(self.preds))

    def rows(self) -> list[dict[str, Any]]:
        """One flat dict per method with the keys of ``cocausal fair-predict --json``."""
        out = []
        for m in self.methods:
            fair = m.fairness[self.primary_world]
            row = {"name": m.name, **m.accuracy}
            row.update({k: fair[k] for k in ("mmd_rbf", "mmd_linear", "wasserstein", "individual_change",
                                             "mmd_reference", "wass_reference")})
            row["seconds"] = m.seconds
            out.append(row)
        return out

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.pop("preds", None)
        return d


def compare_predictors(train: FairData, test: FairData, methods: Sequence[str] = METHODS, *,
                       worlds: Sequence[str] = ("fairk",), synthetic: bool = True,
                       iterations: int | None = None, device: str = "cpu", random_state: int | None = 0,
                       gamma: float = 1.2, progress: Callable[[str], None] | None = None,
                       keep_predictions: bool = False) -> ComparisonResult:
    """Fit ``methods`` on ``train``; evaluate accuracy and counterfactual fairness on ``test``.

    Parameters
    ----------
    train, test : FairData
        ``test.y`` is used only to score accuracy (and by the explicitly leaky variant).
    methods : sequence of str
        Any of :data:`METHODS`.
    worlds : sequence of {"fairk", "exoc"}
        Causal models whose abduction-based counterfactuals score fairness; the first is
        primary. A world's model is fitted even when its method is not requested.
    synthetic : bool
        Also score every method on eval-mode MMD-VAE copies (secondary, labelled synthetic).
    iterations, device, random_state, gamma
        Passed to :func:`make_predictor`; every method gets the same ``random_state``.
    progress : callable, optional
        Called with a short label after each fitted model (for progress bars).
    keep_predictions : bool
        Keep the primary-world counterfactual predictions on the result (for plots).

    Returns
    -------
    ComparisonResult
    """
    from cocausal.predictors.counterfactuals import ModelCounterfactuals, VAECounterfactuals

    methods = list(dict.fromkeys(methods))
    bad = [m for m in methods if m not in METHODS]
    if bad or not methods:
        raise ValueError(f"unknown or no methods {bad}; choose from {', '.join(METHODS)}.")
    worlds = list(dict.fromkeys(worlds))
    if not worlds or any(w not in WORLDS for w in worlds):
        raise ValueError(f"worlds must be a non-empty subset of {WORLDS}; got {worlds}.")
    fitted, seconds = {}, {}
    for name in dict.fromkeys([*methods, *worlds]):
        model = make_predictor(name, iterations=iterations, device=device, random_state=random_state,
                               gamma=gamma)
        start = time.perf_counter()
        fitted[name] = model.fit(train)
        seconds[name] = time.perf_counter() - start
        if progress is not None:
            progress(name)
    generators = {f"model:{w}": ModelCounterfactuals(fitted[w], random_state=random_state) for w in worlds}
    if synthetic:
        vae = VAECounterfactuals(device=device, random_state=random_state,
                                 **({} if iterations is None else {"max_iter": int(iterations)}))
        generators[vae.name] = vae.fit(train)
        if progress is not None:
            progress("vae")
    copies = {g: gen.generate(test) for g, gen in generators.items()}
    primary = f"model:{worlds[0]}"
    results, kept = [], {}
    for name in methods:
        model = fitted[name]
        fairness = {}
        for g, world in copies.items():
            preds = {level: model.predict_score(data) for level, data in world.items()}
            fairness[g] = counterfactual_fairness(preds).to_dict()
            if g == primary and keep_predictions:
                kept[name] = preds
        leaky = {}
        if hasattr(model, "predict_leaky"):
            pl = model.predict_leaky(test)
            leaky = _accuracy(test, pl)
        results.append(MethodResult(
            name=name, accuracy=_accuracy(test, model.predict_score(test)), leaky=leaky, fairness=fairness,
            dependence=model.latent_dependence(test), seconds=seconds[name],
            warnings=getattr(model, "warnings_", ()),
        ))
    return ComparisonResult(methods=tuple(results), primary_world=primary, worlds=tuple(copies),
                            n_train=train.n, n_test=test.n, task=train.task,
                            seed=random_state if isinstance(random_state, int) else None, preds=kept)


def _accuracy(data: FairData, pred: np.ndarray) -> dict[str, float]:
    from cocausal.predictors import metrics

    if data.task == "classification":  # mae: of the predicted probability
        return {"accuracy": metrics.accuracy(data.y, pred), "mae": metrics.mae(data.y, pred)}
    return {"rmse": metrics.rmse(data.y, pred), "mae": metrics.mae(data.y, pred)}
