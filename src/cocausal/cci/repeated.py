"""Collaborative studies repeated over many random partitions of one data set.

One random partition says little about an incentive scheme; Qiao, Xu and Low report Gain,
Cost and the criteria over many random splits of the same data. :func:`repeated_study`
draws those splits reproducibly and runs :class:`~cocausal.cci.study.CollaborativeATE` on
each.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023, Section 6.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from cocausal.cci.criteria import CriteriaReport
from cocausal.cci.study import CCIResult, CollaborativeATE
from cocausal.data import CausalData, split_random
from cocausal.random import RandomState, spawn_seeds
from cocausal.results import ResultMixin, freeze_mapping, readonly_array
from cocausal.warnings import CocausalWarning

__all__ = ["RepeatedStudy", "repeated_study"]

_CRITERIA = tuple(f.name for f in dataclasses.fields(CriteriaReport) if f.name.startswith("R"))
_WARN = ("first", "all", "none")


@dataclasses.dataclass(frozen=True)
class RepeatedStudy(ResultMixin):
    """Outcomes of one collaborative study per random partition.

    Attributes
    ----------
    results : tuple of CCIResult
        One per partition, in the order the partitions were drawn.
    n_parties : int
        Parties per partition.
    gains, costs, rho, rho_uncapped : ndarray
        Per run: ``CCIResult.gain``, ``cost``, ``rho`` and ``rho_uncapped``.
    criteria : Mapping of str to ndarray of bool
        ``"R1"`` ... ``"R6"``: whether the criterion holds, per run.
    """

    results: tuple[CCIResult, ...]
    n_parties: int
    gains: np.ndarray
    costs: np.ndarray
    rho: np.ndarray
    rho_uncapped: np.ndarray
    criteria: Mapping[str, np.ndarray]

    @classmethod
    def from_results(cls, results, n_parties: int) -> RepeatedStudy:
        """Collect the per-run columns of ``results`` (a non-empty sequence of CCIResult)."""
        results = tuple(results)
        if not results:
            raise ValueError("results is empty; a repeated study needs at least one run.")
        return cls(
            results=results,
            n_parties=int(n_parties),
            gains=readonly_array([r.gain for r in results]),
            costs=readonly_array([r.cost for r in results]),
            rho=readonly_array([r.rho for r in results]),
            rho_uncapped=readonly_array([r.rho_uncapped for r in results]),
            criteria=freeze_mapping(
                {c: readonly_array([r.criteria.flags()[c] for r in results], bool) for c in _CRITERIA}
            ),
        )

    @property
    def runs(self) -> int:
        """Number of partitions."""
        return len(self.results)

    @property
    def first(self) -> CCIResult:
        """The study on the first partition (the one shown in detail)."""
        return self.results[0]

    def statistics(self) -> dict[str, Any]:
        """Gain, Cost, rho and criteria over the runs.

        Returns
        -------
        dict
            ``runs``; ``gain_mean``, ``gain_min``, ``cost_mean``, ``cost_min``, ``rho_mean``;
            ``rho_capped_share`` (share of runs with ``rho < rho_uncapped``); and
            ``criteria_share`` (criterion -> share of runs in which it holds).
        """
        return {
            "runs": self.runs,
            "gain_mean": float(self.gains.mean()),
            "gain_min": float(self.gains.min()),
            "cost_mean": float(self.costs.mean()),
            "cost_min": float(self.costs.min()),
            "rho_mean": float(self.rho.mean()),
            "rho_capped_share": float(np.mean(self.rho < self.rho_uncapped)),
            "criteria_share": {c: float(np.mean(held)) for c, held in self.criteria.items()},
        }

    def summary(self) -> str:
        """Gain, Cost and the share of runs in which each criterion holds."""
        s = self.statistics()
        shares = ", ".join(f"{c} {v:.3g}" for c, v in s["criteria_share"].items())
        return (
            f"{self.runs} random {self.n_parties}-party partitions: Gain mean {s['gain_mean']:.4g} "
            f"(min {s['gain_min']:.4g}), Cost mean {s['cost_mean']:.4g} (min {s['cost_min']:.4g}), "
            f"rho mean {s['rho_mean']:.3g} (capped in {s['rho_capped_share']:.3g} of runs); criteria hold in: {shares}"
        )


def repeated_study(
    data: CausalData,
    n_parties: int,
    runs: int,
    *,
    random_state: RandomState = 0,
    warn: str = "first",
    on_run: Callable[[int, CCIResult], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    **study_params: Any,
) -> RepeatedStudy:
    """Run a collaborative study on each of ``runs`` random partitions of ``data``.

    Run ``k`` uses the ``k``-th child of ``SeedSequence.spawn`` on ``random_state``: one
    generator draws the partition (:func:`cocausal.data.split_random`) and then seeds that
    run's :class:`~cocausal.cci.study.CollaborativeATE`, so each run is reproducible on its own.

    Parameters
    ----------
    data : CausalData
        The pooled data; each partition splits it into ``n_parties`` disjoint random parties.
    n_parties : int
        Parties per partition (each needs 2 treated and 2 control units).
    runs : int
        Number of partitions, at least 1.
    random_state : int, SeedSequence, Generator or None, default 0
        Root seed of the partitions and of every run.
    warn : {"first", "all", "none"}, default "first"
        Which runs may emit :class:`~cocausal.warnings.CocausalWarning`: the first only (later
        runs usually repeat its messages), every run, or none. Each run's messages stay in
        its ``CCIResult.warnings`` either way.
    on_run : callable, optional
        Called as ``on_run(k, result)`` after run ``k`` (for progress bars).
    progress : callable, optional
        Passed to each run's :meth:`~cocausal.cci.study.CollaborativeATE.fit`: called as
        ``progress(done, total)`` while that run estimates its coalitions, or draws its
        permutations with Monte Carlo Shapley (``done`` starts again with each run).
    **study_params
        Parameters of :class:`~cocausal.cci.study.CollaborativeATE` (``estimator``, ``rho0``,
        ``kappa``, ``se``, ``n_boot``, ...); their ``random_state`` is derived as above.

    Returns
    -------
    RepeatedStudy

    Raises
    ------
    ValueError
        When ``runs < 1``, ``warn`` is unknown, or a partition or study fails (the message
        names the cause).

    References
    ----------
    .. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair
       incentives", ICML 2023.

    Examples
    --------
    >>> from cocausal.datasets import load_ihdp
    >>> study = repeated_study(load_ihdp(1).data, 5, runs=3, random_state=0)
    >>> study.runs, study.gains.shape
    (3, (3,))
    >>> bool(study.first.criteria.R4.holds)
    True
    >>> sorted(study.statistics()["criteria_share"])
    ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']
    """
    if isinstance(runs, bool) or not isinstance(runs, (int, np.integer)) or runs < 1:
        raise ValueError(f"runs must be an integer >= 1 (the number of random partitions); got {runs!r}.")
    if warn not in _WARN:
        raise ValueError(f"warn must be one of {_WARN}; got {warn!r}.")
    results: list[CCIResult] = []
    for k, child in enumerate(spawn_seeds(random_state, runs)):
        rng = np.random.default_rng(child)
        with warnings.catch_warnings():
            if warn == "none" or (warn == "first" and k > 0):
                warnings.simplefilter("ignore", CocausalWarning)
            parties = split_random(data, n_parties, random_state=rng)
            results.append(CollaborativeATE(**study_params, random_state=rng).fit(parties, progress=progress).result_)
        if on_run is not None:
            on_run(k, results[-1])
    return RepeatedStudy.from_results(results, n_parties)
