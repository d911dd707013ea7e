"""Fit several fair predictors on one split and evaluate accuracy and counterfactual fairness.

Used by ``cocausal fair-predict`` and ``benchmarks/fair_predict.py``. The primary fairness
numbers come from counterfactual worlds built by abduction under a fitted causal model
(:class:`~cocausal.predictors.counterfactuals.ModelCounterfactuals`; Fair-K's model by default, EXOC's on
request - each method is scored in every requested world, and a simulation's ground truth can be
added as a further world); the MMD-VAE copies are reported separately under ``synthetic``. A
fairness number always belongs to a world: no method is "fairer" without saying in which.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from cocausal.data.fair import FairData
from cocausal.predictors.metrics import correlation_ratio, counterfactual_fairness
from cocausal.results import ResultMixin, freeze_mapping

__all__ = ["LABELS", "METHODS", "MethodResult", "ComparisonResult", "make_predictor", "compare_predictors"]

METHODS = ("constant", "full", "unaware", "fairk", "exoc", "exoc_cut", "claire")
WORLDS = ("fairk", "exoc")
#: Display names of the methods (``exoc_cut`` is EXOC with the interventional inference).
LABELS = {"constant": "Constant", "full": "Full", "unaware": "Unaware", "fairk": "Fair-K", "exoc": "EXOC",
          "exoc_cut": "EXOC-cut", "claire": "CLAIRE"}


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
    if name in ("fairk", "exoc", "exoc_cut"):
        if iterations is not None:
            it["encoder_iter"] = max(1, int(iterations) // 2)
        if name == "fairk":
            return P.FairKPredictor(device=device, random_state=random_state, **it)
        inference = "interventional" if name == "exoc_cut" else "observational"
        return P.EXOCPredictor(gamma=gamma, inference=inference, device=device, random_state=random_state, **it)
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
    prediction_eta: float = float("nan")
    converged: bool = True
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
    sensitive: str = "sensitive"
    preds: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "preds", freeze_mapping(self.preds))

    def rows(self) -> list[dict[str, Any]]:
        """One flat dict per method with the keys of ``cocausal fair-predict --json``."""
        out = []
        for m in self.methods:
            fair = m.fairness[self.primary_world]
            row = {"name": m.name, **m.accuracy}
            row.update({k: fair[k] for k in ("individual_change", "eta", "mmd_rbf", "mmd_linear", "wasserstein",
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
                       keep_predictions: bool = False,
                       extra_worlds: Mapping[str, Any] | None = None) -> ComparisonResult:
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
        Passed to :func:`make_predictor`; every method gets the same ``random_state``. When
        both ``exoc`` and ``exoc_cut`` are needed, one interventional fit serves both
        (:meth:`~cocausal.predictors.EXOCPredictor.as_observational`; same numbers as two fits).
    progress : callable, optional
        Called with a short label (``"fitting exoc_cut"``, ``"fitting vae"``, ``"evaluating"``)
        *before* each step starts, so a progress bar can name what is running.
    keep_predictions : bool
        Keep the primary-world counterfactual predictions on the result (for plots).
    extra_worlds : mapping name -> generator, optional
        Further counterfactual generators scored for every method, e.g.
        ``{"truth": scm.counterfactuals(sample.exogenous)}`` on a simulation.

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
    say = progress if progress is not None else (lambda label: None)
    needed = list(dict.fromkeys([*methods, *worlds]))
    if "exoc_cut" in needed and "exoc" in needed:  # one interventional fit serves both
        needed.remove("exoc_cut")
        needed.insert(needed.index("exoc"), "exoc_cut")
    fitted, seconds = {}, {}
    for name in needed:
        if name == "exoc" and "exoc_cut" in fitted:
            fitted[name] = fitted["exoc_cut"].as_observational(train)
            seconds[name] = sum(info.seconds for info in fitted[name].fit_info_)
            continue
        say(f"fitting {name}")
        model = make_predictor(name, iterations=iterations, device=device, random_state=random_state,
                               gamma=gamma)
        start = time.perf_counter()
        fitted[name] = model.fit(train)
        seconds[name] = time.perf_counter() - start
    generators = dict(extra_worlds or {})
    generators.update({f"model:{w}": ModelCounterfactuals(fitted[w], random_state=random_state) for w in worlds})
    if synthetic:
        say("fitting vae")
        vae = VAECounterfactuals(device=device, random_state=random_state,
                                 **({} if iterations is None else {"max_iter": int(iterations)}))
        generators[vae.name] = vae.fit(train)
    say("evaluating")
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
        score = model.predict_score(test)
        results.append(MethodResult(
            name=name, accuracy=_accuracy(test, score), leaky=leaky, fairness=fairness,
            dependence=model.latent_dependence(test), seconds=seconds[name],
            prediction_eta=correlation_ratio(score, test.s),
            converged=all(info.converged for info in getattr(model, "fit_info_", ())),
            warnings=getattr(model, "warnings_", ()),
        ))
    return ComparisonResult(methods=tuple(results), primary_world=primary, worlds=tuple(copies),
                            n_train=train.n, n_test=test.n, task=train.task,
                            seed=random_state if isinstance(random_state, int) else None,
                            sensitive=train.sensitive_name, preds=kept)


def _accuracy(data: FairData, pred: np.ndarray) -> dict[str, float]:
    from cocausal.predictors import metrics

    if data.task == "classification":  # mae: of the predicted probability
        return {"accuracy": metrics.accuracy(data.y, pred), "mae": metrics.mae(data.y, pred)}
    return {"rmse": metrics.rmse(data.y, pred), "mae": metrics.mae(data.y, pred)}
