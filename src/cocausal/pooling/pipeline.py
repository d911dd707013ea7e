"""Counterfactually fair pooling of several experts' SCMs, end to end.

:class:`FairPooling` runs the qualitative stage (:mod:`cocausal.pooling.graphs`) in
``fit`` and the quantitative stage (:mod:`cocausal.pooling.opinions`) plus the
counterfactual-fairness check (:mod:`cocausal.pooling.gaps`) in ``score``.

References
----------
Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
Models (Sections 3.2-3.4).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cocausal.pooling.gaps import CFGap, GapEstimate, paired_gap, sensitive_domain, sensitive_worlds, unfair_scores
from cocausal.pooling.graphs import ORDERS, QualitativeResult, fair_pool_graphs
from cocausal.pooling.opinions import POOLS, SEMANTICS, FairDistribution, PooledScore, fair_distribution, pool_opinions
from cocausal.pooling.rules import get_rule
from cocausal.random import RandomState, spawn_seeds
from cocausal.results import ResultMixin, to_jsonable
from cocausal.scm.io import parse_contexts
from cocausal.scm.model import SCM

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["ApplicantResult", "ExpertScore", "FairPoolResult", "FairPooling", "plot_fair_densities"]


@dataclasses.dataclass(frozen=True)
class ExpertScore(ResultMixin):
    """One expert's scores for one applicant: its own (unfair) score and its fair distribution."""

    name: str
    unfair_score: float
    unfair_se: float
    fair_mean: float
    fair_se: float
    fair_ess: float


@dataclasses.dataclass(frozen=True)
class ApplicantResult(ResultMixin):
    """Scores of one applicant."""

    name: str
    experts: tuple[ExpertScore, ...]
    pooled: PooledScore
    cf_gap: CFGap | None
    warnings: tuple[str, ...] = ()
    distributions: tuple[FairDistribution, ...] = dataclasses.field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: to_jsonable(getattr(self, f.name))
            for f in dataclasses.fields(self)
            if f.name != "distributions"
        }


@dataclasses.dataclass(frozen=True)
class FairPoolResult(ResultMixin):
    """Outcome of :meth:`FairPooling.score`."""

    qualitative: QualitativeResult
    semantics: str
    pool: str
    n_samples: int
    applicants: tuple[ApplicantResult, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON payload (keys of issue 7)."""
        q = self.qualitative
        return {
            "order": q.order,
            "rule": q.rule,
            "semantics": self.semantics,
            "fair_graph": [list(e) for e in q.edges],
            "exogenous_edges": [list(e) for e in q.exogenous_edges],
            "fair_features": list(q.fair_features),
            "removed": dict(q.removed),
            "applicants": [
                {
                    "name": a.name,
                    "experts": [
                        {"name": e.name, "unfair_score": e.unfair_score, "fair_mean": e.fair_mean, "fair_se": e.fair_se}
                        for e in a.experts
                    ],
                    "pooled": {"method": a.pooled.method, "score": a.pooled.score, "se": a.pooled.se},
                    "cf_gap": a.cf_gap.to_dict() if a.cf_gap is not None else {},
                }
                for a in self.applicants
            ],
        }

    def plot(self, path: str | Path | None = None) -> Figure:
        """Density plot of every expert's fair distribution, one panel per applicant.

        See :func:`plot_fair_densities`.
        """
        return plot_fair_densities(self.applicants, path)


class FairPooling:
    """Counterfactually fair scores from several experts' structural causal models.

    Parameters
    ----------
    sensitive : str or sequence of str
        Sensitive attributes the scores must be fair about (e.g. ``"Gnd"``); the paper calls
        them protected attributes. Required.
    rule : str or callable
        Judgment aggregation rule: ``"strict-majority"``, ``"majority"``, ``"unanimity"``,
        ``"dictatorship:K"``, ``"quota:Q"`` or any ``votes -> bool`` callable.
    order : {"pooling-removal", "removal-pooling"}
    semantics : {"exogenous", "do", "conditional"}
        Meaning of "given Z = z" (see :mod:`cocausal.pooling.opinions`).
    pool : {"mean", "linear", "logarithmic"}
        Opinion pool.
    weights : sequence of float, optional
        Expert weights for the pool (default equal).
    n_samples : int
        Monte Carlo samples per expert, applicant and counterfactual world.
    sensitive_values : mapping, optional
        Values of each sensitive attribute for the fairness check (default: inferred from
        the models' priors when there are at most 20).
    variables : {"strict", "common"}
        Fail on experts with different variable sets, or pool over the shared ones.
    tol : float, optional
        Standard-error tolerance; larger SEs emit MonteCarloWarning.
    random_state : int, Generator, SeedSequence or None
    protected, protected_values : optional
        Deprecated names of ``sensitive`` and ``sensitive_values``; they warn with a
        DeprecationWarning in ``fit`` and go in the next release.

    Attributes
    ----------
    models_ : list of SCM
    qualitative_ : QualitativeResult
    sensitive_values_ : dict of str to tuple of float
    seed_ : numpy.random.SeedSequence

    Examples
    --------
    >>> from cocausal.scm import load_phd_example
    >>> models, applicants = load_phd_example()
    >>> fp = FairPooling(sensitive="Gnd", n_samples=20_000, random_state=0).fit(models)
    >>> res = fp.score(applicants)
    >>> [round(e.unfair_score, 2) for e in res.applicants[0].experts]
    [4.72, 3.34]

    References
    ----------
    Zennaro, F. M. and Ivanovska, M. Counterfactually Fair Prediction Using Multiple Causal
    Models.
    """

    def __init__(
        self,
        *,
        sensitive: str | Sequence[str] | None = None,
        rule: Any = "strict-majority",
        order: str = "pooling-removal",
        semantics: str = "exogenous",
        pool: str = "mean",
        weights: Sequence[float] | None = None,
        n_samples: int = 100_000,
        sensitive_values: Mapping[str, Sequence[float]] | None = None,
        variables: str = "strict",
        tol: float | None = None,
        random_state: RandomState = None,
        protected: str | Sequence[str] | None = None,
        protected_values: Mapping[str, Sequence[float]] | None = None,
    ) -> None:
        self.sensitive = sensitive
        self.rule = rule
        self.order = order
        self.semantics = semantics
        self.pool = pool
        self.weights = weights
        self.n_samples = n_samples
        self.sensitive_values = sensitive_values
        self.variables = variables
        self.tol = tol
        self.random_state = random_state
        self.protected = protected
        self.protected_values = protected_values

    def _validate(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}; use one of {list(ORDERS)}.")
        if self.semantics not in SEMANTICS:
            raise ValueError(f"unknown semantics {self.semantics!r}; use one of {list(SEMANTICS)}.")
        if self.pool not in POOLS:
            raise ValueError(f"unknown pool {self.pool!r}; use one of {list(POOLS)}.")
        n = self.n_samples
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
            raise ValueError(f"n_samples must be an integer >= 2, got {n!r}; standard errors need two samples.")
        get_rule(self.rule)

    def _sensitive_params(self) -> tuple[list[str], Mapping[str, Sequence[float]] | None]:
        """``sensitive`` as a list and ``sensitive_values``, honouring their deprecated names."""
        params = {"sensitive": self.sensitive, "sensitive_values": self.sensitive_values}
        for old, new in (("protected", "sensitive"), ("protected_values", "sensitive_values")):
            value = getattr(self, old)
            if value is None:
                continue
            if params[new] is not None:
                raise ValueError(f"give {new}= only; {old}= is its deprecated name.")
            warnings.warn(
                f"FairPooling({old}=...) is deprecated; use {new}=... ({old} goes in the next release).",
                DeprecationWarning,
                stacklevel=3,
            )
            params[new] = value
        sensitive = params["sensitive"]
        if sensitive is None:
            raise ValueError("FairPooling needs sensitive=: the attribute(s) the scores must be fair about "
                             "(e.g. FairPooling(sensitive='Gnd')).")
        return ([sensitive] if isinstance(sensitive, str) else list(sensitive)), params["sensitive_values"]

    def fit(self, models: Sequence[SCM]) -> FairPooling:
        """Run the qualitative stage on the experts' models."""
        self._validate()
        models = list(models)
        if not models or not all(isinstance(m, SCM) for m in models):
            raise TypeError("fit expects a non-empty sequence of cocausal.scm.SCM models.")
        sensitive, sensitive_values = self._sensitive_params()
        self.qualitative_ = fair_pool_graphs(
            models, sensitive, rule=self.rule, order=self.order, variables=self.variables
        )
        names = list(self.qualitative_.experts)
        self.models_ = models
        self.names_ = names
        if sensitive_values is not None:
            missing = [a for a in sensitive if a not in sensitive_values]
            if missing:
                raise ValueError(f"sensitive_values lacks {missing}; give the values of every sensitive attribute.")
            domain = {a: tuple(float(v) for v in sensitive_values[a]) for a in sensitive}
        else:
            domain = sensitive_domain(models, sensitive)
        self.sensitive_values_ = domain
        self.seed_ = spawn_seeds(self.random_state, 1)[0]
        return self

    def _seed(self, expert: int) -> np.random.SeedSequence:
        # One stream per expert, shared by every applicant and counterfactual world: common
        # random numbers make score differences between applicants and worlds sharper.
        root = self.seed_
        return np.random.SeedSequence(root.entropy, spawn_key=(*root.spawn_key, expert))

    def _fair(self, model: SCM, context: Mapping[str, float], seed, world=None) -> FairDistribution:
        q = self.qualitative_
        return fair_distribution(
            model, q.fair_features, q.fair_exogenous, context, semantics=self.semantics,
            n_samples=self.n_samples, random_state=seed, intervention=world, tol=self.tol,
        )

    def score(
        self,
        applicants: Iterable[Any] | Mapping[str, Mapping[str, float]],
        *,
        check: bool = True,
        on_progress: Callable[[], None] | None = None,
    ) -> FairPoolResult:
        """Fair scores (and, with ``check``, counterfactual-fairness gaps) for applicants.

        Parameters
        ----------
        applicants : list of (name, context), list of {"name", "context"}, or mapping name -> context
        check : bool
            Compute the counterfactual-fairness gaps.
        on_progress : callable, optional
            Called once after each applicant (e.g. to advance a progress bar).
        """
        if not hasattr(self, "qualitative_"):
            raise ValueError("call fit(models) before score(applicants).")
        if isinstance(applicants, Mapping):
            items = [(str(k), dict(v)) for k, v in applicants.items()]
        else:
            items = [
                (str(a[0]), dict(a[1])) if isinstance(a, tuple) else parse_contexts(a)[0] for a in applicants
            ]
        if not items:
            raise ValueError("no applicants given.")
        worlds = sensitive_worlds(self.sensitive_values_) if check else []
        results = []
        for name, ctx in items:
            results.append(self._score_one(name, ctx, worlds))
            if on_progress is not None:
                on_progress()
        warnings = tuple(w for a in results for w in a.warnings)
        return FairPoolResult(
            self.qualitative_, self.semantics, self.pool, int(self.n_samples), tuple(results), warnings
        )

    def _score_one(self, name: str, context: Mapping[str, float], worlds) -> ApplicantResult:
        dists, experts = [], []
        for j, model in enumerate(self.models_):
            seed = self._seed(j)
            ctx = self._context_for(model, context)
            (own,) = unfair_scores(model, ctx, n_samples=self.n_samples, random_state=seed)
            dist = self._fair(model, ctx, seed)
            dists.append(dist)
            own_se = 0.0 if own.size == 1 else float(own.std(ddof=1) / np.sqrt(own.size))
            experts.append(ExpertScore(self.names_[j], float(own.mean()), own_se, dist.mean, dist.se, dist.ess))
        pooled = pool_opinions(dists, self.pool, self.weights)
        cf = self._cf_gap(context, worlds) if worlds else None
        warnings = tuple(w for d in dists for w in d.warnings)
        return ApplicantResult(name, tuple(experts), pooled, cf, warnings, tuple(dists))

    def _context_for(self, model: SCM, context: Mapping[str, float]) -> dict[str, float]:
        """The applicant's context restricted to the model's variables in ``variables="common"``
        mode (a context may then name variables that only some experts use)."""
        if self.variables == "common":
            return {k: v for k, v in context.items() if k in model.variables}
        return dict(context)

    def _cf_gap(self, context: Mapping[str, float], worlds) -> CFGap:
        attributes = tuple(self.sensitive_values_)
        per_world: list[list[FairDistribution]] = [[] for _ in worlds]
        experts_fair, experts_unfair = {}, {}
        for j, model in enumerate(self.models_):
            seed = self._seed(j)
            ctx = self._context_for(model, context)
            unfair = unfair_scores(model, ctx, worlds, n_samples=self.n_samples, random_state=seed)
            experts_unfair[self.names_[j]] = paired_gap(unfair)
            fair = [self._fair(model, ctx, seed, world) for world in worlds]
            for k, d in enumerate(fair):
                per_world[k].append(d)
            experts_fair[self.names_[j]] = paired_gap([d.samples for d in fair], [d.weights for d in fair])
        pooled_scores = [pool_opinions(ds, self.pool, self.weights).score for ds in per_world]
        hi, lo = int(np.argmax(pooled_scores)), int(np.argmin(pooled_scores))
        if self.pool == "logarithmic" or hi == lo:
            se = 0.0 if hi == lo else float(np.hypot(
                pool_opinions(per_world[hi], self.pool, self.weights).se,
                pool_opinions(per_world[lo], self.pool, self.weights).se))
        else:
            w = pool_opinions(per_world[hi], "mean", self.weights).weights
            diffs = [paired_gap([per_world[hi][j].samples, per_world[lo][j].samples],
                                [per_world[hi][j].weights, per_world[lo][j].weights]).se
                     for j in range(len(self.models_))]
            se = float(np.sqrt(np.sum((np.asarray(w) * np.asarray(diffs)) ** 2)))
        pooled = GapEstimate(float(pooled_scores[hi] - pooled_scores[lo]), se, tuple(float(s) for s in pooled_scores))
        world_values = tuple(tuple(w[a] for a in attributes) for w in worlds)
        return CFGap(attributes, world_values, pooled, experts_fair, experts_unfair)


def plot_fair_densities(applicants: Sequence[ApplicantResult], path: str | Path | None = None) -> Figure:
    """Histogram of every expert's fair distribution on shared bins, one panel per applicant.

    Parameters
    ----------
    applicants : sequence of ApplicantResult
        The scored applicants of a :class:`FairPoolResult`.
    path : str or path, optional
        PNG file to write (120 dpi); nothing is written when omitted.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, built without pyplot state.
    """
    import matplotlib
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.5 * len(applicants), 3.8))
    axes = fig.subplots(1, len(applicants), squeeze=False)
    colors = matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]
    for ax, app in zip(axes[0], applicants):
        lo = min(float(d.samples.min()) for d in app.distributions)
        hi = max(float(d.samples.max()) for d in app.distributions)
        pad = 0.1 * (hi - lo) + 0.05
        edges = np.linspace(lo - pad, hi + pad, 61)  # one set of bins for every expert: comparable bars
        for k, d in enumerate(app.distributions):
            color = colors[k % len(colors)]
            # Bars and outline of one histogram: one density scale (a kernel density drawn over the bars
            # spread the spikes of a near-discrete distribution into low bumps on another scale).
            ax.hist(d.samples, bins=edges, weights=d.weights, density=True, alpha=0.3, color=color)
            ax.hist(d.samples, bins=edges, weights=d.weights, density=True, histtype="step", color=color,
                    label=f"{d.expert}: mean {d.mean:.3f} (se {d.se:.3f})")
            ax.axvline(d.mean, color=color, linestyle="--", linewidth=1)
        ax.axvline(
            app.pooled.score, color="black", linewidth=1.5, label=f"pooled ({app.pooled.method}) {app.pooled.score:.3f}"
        )
        ax.set_title(f"{app.name}: P(Y | Z = z), {app.distributions[0].semantics} semantics", fontsize=9)
        ax.set_xlabel("Y")
        ax.set_ylabel("density")
        ax.legend(fontsize=7)
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=120)
    return fig
