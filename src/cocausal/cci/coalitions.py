"""Estimates ``(tau_C, se_C)`` for batches of coalitions of parties.

Two evaluators share one interface, ``evaluator(members) -> (tau, se, messages)`` where
``members`` is a boolean ``(k, n_parties)`` membership matrix:

* :class:`LinearPOREvaluator` - linear potential-outcome regression from summed per-party
  sufficient statistics (:class:`~cocausal.estimators.LinearPORStats`). A coalition's
  statistics are one matrix product away (``members @ party_stats``) and every coalition in
  a batch is solved at once by :class:`~cocausal.estimators.LinearPORBatch` (batched
  eigendecompositions of the ``d x d`` centred Gram matrices): ``O(d^3)`` per coalition,
  independent of its number of rows.
* :class:`EstimatorEvaluator` - any cocausal ATE estimator refitted on the pooled rows of
  each coalition, with an analytic or bootstrap standard error, evaluated in chunks through a
  game executor. Each coalition's bootstrap is seeded by
  :func:`~cocausal.games.coalition_seed` from the root seed and its bitmask, and each
  coalition is estimated once (cached), so a coalition's value is a function of the coalition.
  The bootstrap is :func:`~cocausal.estimators.bootstrap_se`, which takes the vectorised
  path (weighted refits of all resamples at once) for the default linear-model estimators.

A coalition whose estimate is undefined (an arm missing or with < 2 units, an estimator
error or NaN) gets ``tau = se = nan``, and one whose standard error is zero up to rounding
(:func:`~cocausal.cci.valuation.roundoff_se` relative to the largest ``|y|`` of the parties:
a constant outcome) gets ``se = nan`` with a message; the valuation then gives it ``v_empty``.

References
----------
.. [1] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023.
"""

from __future__ import annotations

import warnings
from functools import partial

import numpy as np
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from cocausal.cci.valuation import SE_RTOL, roundoff_se
from cocausal.data import CausalData
from cocausal.estimators import LinearPORBatch, LinearPORStats, bootstrap_se
from cocausal.games import SerialExecutor, coalition_seed
from cocausal.warnings import CocausalWarning, ConstantCovariateWarning

__all__ = ["SE_CHOICES", "EstimatorEvaluator", "LinearPOREvaluator", "Parties", "members_keys"]

#: Standard-error modes of the collaborative study.
SE_CHOICES = ("analytic", "bootstrap", "fitted_variance")

_CHUNK = 1 << 13


def _undefine_roundoff(se: np.ndarray, scale: float) -> tuple[np.ndarray, tuple[str, ...]]:
    """``se`` with round-off standard errors set to ``nan``, and the message saying so."""
    zero = roundoff_se(se, scale)
    if not zero.any():
        return se, ()
    message = (
        f"{int(zero.sum())} coalition estimate(s) have a standard error that is zero up to rounding "
        f"(at most {SE_RTOL:g} x the outcome magnitude {scale:.4g}, e.g. {se[zero].max():.3g}; a constant "
        "outcome?); they are treated as undefined."
    )
    return np.where(zero, np.nan, se), (message,)


def members_keys(members: np.ndarray) -> list[int]:
    """Python-int bitmasks of the rows of a membership matrix (any number of parties)."""
    packed = np.packbits(members, axis=1, bitorder="little")
    return [int.from_bytes(row.tobytes(), "little") for row in packed]


class Parties:
    """Per-party arrays ``(X_i, t_i, y_i)``, not validated per party (a party may lack an arm).

    Attributes
    ----------
    arrays : list of (X, t, y)
    labels : tuple
    feature_names : tuple of str
    n_parties : int
    sizes : ndarray of int
    outcome_scale : float
        ``max |y|`` over all parties: the scale of round-off in a standard error.

    Parameters
    ----------
    parties : list of CausalData, or CausalData with a ``party`` column
        With a party column the parties are the sorted distinct labels.

    Raises
    ------
    TypeError, ValueError
        Wrong types, fewer than 1 party, or parties with different covariates.
    """

    def __init__(self, parties) -> None:
        if isinstance(parties, CausalData):
            if parties.party is None:
                raise ValueError(
                    "A single CausalData needs a party column (CausalData(..., party=labels)); or "
                    "pass a list of per-party CausalData, e.g. from cocausal.data.split_random."
                )
            labels = parties.parties
            rows = [np.flatnonzero(parties.party == lab) for lab in labels]
            self.arrays = [(parties.X[r], parties.t[r], parties.y[r]) for r in rows]
            self.labels = tuple(labels)
            self.feature_names = parties.feature_names
        else:
            if isinstance(parties, (str, bytes)) or not hasattr(parties, "__iter__"):
                raise TypeError(
                    "parties must be a list of CausalData or a CausalData with a party column; "
                    f"got {type(parties).__name__}."
                )
            parties = list(parties)
            bad = [k for k, p in enumerate(parties) if not isinstance(p, CausalData)]
            if bad:
                raise TypeError(f"parties[{bad[0]}] is {type(parties[bad[0]]).__name__}, not CausalData.")
            if not parties:
                raise ValueError("parties is empty; pass at least one party.")
            names = parties[0].feature_names
            for k, p in enumerate(parties):
                if p.feature_names != names:
                    raise ValueError(
                        f"Party {k} has covariates {list(p.feature_names)} but party 0 has {list(names)}; "
                        "all parties must share the same covariate columns in the same order."
                    )
            self.arrays = [(p.X, p.t, p.y) for p in parties]
            self.labels = tuple(range(len(parties)))
            self.feature_names = names
        self.n_parties = len(self.arrays)
        self.sizes = np.array([a[1].size for a in self.arrays], dtype=int)
        self.outcome_scale = max((float(np.abs(a[2]).max()) for a in self.arrays if a[2].size), default=0.0)

    def statistics(self) -> list[LinearPORStats]:
        """Each party's linear-POR sufficient statistics (an arm it lacks holds zeros)."""
        return [LinearPORStats.from_arrays(X, t, y, self.feature_names) for X, t, y in self.arrays]

    def pooled(self, members_row: np.ndarray) -> CausalData:
        """Validated pooled data of one coalition (raises ValueError if it lacks an arm)."""
        chosen = [self.arrays[i] for i in np.flatnonzero(members_row)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConstantCovariateWarning)
            return CausalData(
                X=np.vstack([c[0] for c in chosen]),
                t=np.concatenate([c[1] for c in chosen]),
                y=np.concatenate([c[2] for c in chosen]),
                feature_names=self.feature_names,
            )


class LinearPOREvaluator:
    """Linear POR estimates of coalitions from summed per-party sufficient statistics.

    Reproduces :meth:`LinearPORStats.estimate` (the analytic SE of
    :class:`~cocausal.estimators.RegressionAdjustment`) for a whole batch of coalitions: centred
    per-arm OLS (minimum-norm slopes when an arm's covariates are collinear), the same
    equilibrated pseudo-inverse rule, the same leverage terms.

    Attributes
    ----------
    n_evaluations : int
        Coalitions solved so far.
    rank_deficient : int
        Arm fits so far whose design was rank deficient (minimum-norm fit used).

    Parameters
    ----------
    parties : Parties or PartyStatistics
        Rows or uploaded statistics; anything with ``statistics()`` and ``outcome_scale``.
    se : {"analytic", "fitted_variance"}
        ``"fitted_variance"`` is the published reference code's quantity
        ``sqrt(Var_n(mu1_hat(X))/n + Var_n(mu0_hat(X))/n)`` over the coalition's fitted values,
        which is not a sampling standard error; offered only to reproduce published magnitudes.
    """

    def __init__(self, parties: Parties, se: str = "analytic") -> None:
        if se not in ("analytic", "fitted_variance"):
            raise ValueError(f"LinearPOREvaluator supports se='analytic' or 'fitted_variance', got {se!r}.")
        self.se = se
        with threadpool_limits(limits=1, user_api="blas"):  # same bits whatever the thread count
            self.stats = LinearPORBatch.stack(parties.statistics())
        self.scale = parties.outcome_scale
        self.n_evaluations = 0
        self.rank_deficient = 0

    def __call__(self, members: np.ndarray) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        members = np.asarray(members, dtype=bool)
        tau = np.empty(members.shape[0])
        se = np.empty(members.shape[0])
        rank_deficient = 0
        # Many tiny eigendecompositions: multi-threaded BLAS only adds contention here.
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, members.shape[0], _CHUNK):
                block = members[start : start + _CHUNK]
                est = self.stats.coalitions(block).estimate(self.se)
                tau[start : start + block.shape[0]], se[start : start + block.shape[0]] = est.tau, est.se
                rd = int(((est.rank < self.stats.means.shape[-1] - 1) & est.defined[:, None]).sum())
                rank_deficient += rd
        self.n_evaluations += members.shape[0]
        self.rank_deficient += rank_deficient
        se, messages = _undefine_roundoff(se, self.scale)
        return tau, se, messages


def _estimate_chunk(arrays, feature_names, estimator, se, n_boot, root, chunk):
    """Worker task: ``(tau, se, messages)`` for a chunk of ``(key, member indices)``."""
    # Small dense fits: one BLAS thread per worker avoids oversubscription.
    with threadpool_limits(limits=1, user_api="blas"):
        return _estimate_many(arrays, feature_names, estimator, se, n_boot, root, chunk)


def _estimate_many(arrays, feature_names, estimator, se, n_boot, root, chunk):
    parties = Parties.__new__(Parties)
    parties.arrays, parties.feature_names = arrays, feature_names
    n = len(arrays)
    out = []
    for key, idx in chunk:
        row = np.zeros(n, dtype=bool)
        row[list(idx)] = True
        try:
            data = parties.pooled(row)
        except ValueError as exc:
            out.append((np.nan, np.nan, (f"coalition {list(idx)}: {exc}",)))
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CocausalWarning)
            try:
                if se == "bootstrap":  # each coalition's seed feeds exactly one bootstrap
                    result = bootstrap_se(estimator, data, n_boot, coalition_seed(root, key), n_jobs=1)
                else:
                    result = clone(estimator).fit(data).result_
                se_c = float(result.se)
                tau_c = float(result.ate)
                messages = tuple(result.warnings)
            except (ValueError, np.linalg.LinAlgError, FloatingPointError) as exc:
                tau_c, se_c, messages = np.nan, np.nan, (f"coalition {list(idx)}: estimator failed: {exc}",)
        seen = set(messages)
        extra = tuple(str(w.message) for w in caught if str(w.message) not in seen)
        out.append((tau_c, se_c, messages + extra))
    return out


class EstimatorEvaluator:
    """Coalition estimates by refitting an ATE estimator on each coalition's pooled rows.

    Parameters
    ----------
    parties : Parties
    estimator : cocausal ATE estimator
        Unfitted; cloned for each coalition.
    se : {"analytic", "bootstrap"}
        ``"analytic"`` uses the estimator's own standard error; ``"bootstrap"`` wraps it in
        :func:`~cocausal.estimators.bootstrap_se` with ``n_boot`` resamples.
    n_boot : int
    root : numpy.random.SeedSequence
        Root of the per-coalition bootstrap seeds.
    executor : SerialExecutor, JoblibExecutor or DaskExecutor, optional

    Attributes
    ----------
    n_evaluations : int
        Number of coalitions estimated (each at most once).
    """

    def __init__(self, parties: Parties, estimator, se: str, n_boot: int, root, executor=None) -> None:
        self.parties = parties
        self.estimator = estimator
        self.se = se
        self.n_boot = n_boot
        self.root = root
        self.executor = SerialExecutor() if executor is None else executor
        self._cache: dict[int, tuple[float, float, tuple[str, ...]]] = {}

    @property
    def n_evaluations(self) -> int:
        return len(self._cache)

    def __call__(self, members: np.ndarray) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        members = np.asarray(members, dtype=bool)
        keys = members_keys(members)
        todo = {}
        for row, key in enumerate(keys):
            if key not in self._cache and key not in todo:
                todo[key] = tuple(np.flatnonzero(members[row]).tolist())
        if todo:
            tasks = list(todo.items())
            n_chunks = max(1, min(len(tasks), 4 * int(getattr(self.executor, "n_workers", 1))))
            chunks = [tasks[i::n_chunks] for i in range(n_chunks)]
            task = partial(
                _estimate_chunk, self.parties.arrays, self.parties.feature_names, self.estimator,
                self.se, self.n_boot, self.root,
            )
            for chunk, results in zip(chunks, self.executor.map(task, chunks)):
                for (key, _), res in zip(chunk, results):
                    self._cache[key] = res
        tau = np.array([self._cache[k][0] for k in keys])
        se, zero = _undefine_roundoff(np.array([self._cache[k][1] for k in keys]), self.parties.outcome_scale)
        messages = tuple(m for k in dict.fromkeys(keys) for m in self._cache[k][2])
        return tau, se, messages + zero
