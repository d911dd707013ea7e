"""Estimates ``(tau_C, se_C)`` for batches of coalitions of parties.

Two evaluators share one interface, ``evaluator(members) -> (tau, se, messages)`` where
``members`` is a boolean ``(k, n_parties)`` membership matrix:

* :class:`LinearPOREvaluator` - linear potential-outcome regression from summed per-party
  sufficient statistics (:class:`~cocausal.estimators.LinearPORStats`). A coalition's
  statistics are one matrix product away (``members @ party_stats``) and every coalition in
  a batch is solved at once (batched eigendecompositions of the ``(d+1) x (d+1)`` Gram
  matrices): ``O(d^3)`` per coalition, independent of its number of rows.
* :class:`EstimatorEvaluator` - any cocausal ATE estimator refitted on the pooled rows of
  each coalition, with an analytic or bootstrap standard error, evaluated in chunks through a
  game executor. Each coalition's bootstrap is seeded by
  :func:`~cocausal.games.coalition_seed` from the root seed and its bitmask, and each
  coalition is estimated once (cached), so a coalition's value is a function of the coalition.
  The default linear-model estimators (DiM, POR, IPW, AIPW) are bootstrapped by weighted
  refits of all resamples at once (:mod:`cocausal.estimators.fastboot`), giving the same
  draws as :func:`~cocausal.estimators.bootstrap_se`.

A coalition whose estimate is undefined (an arm missing or with < 2 units, an estimator
error or NaN) gets ``tau = se = nan``; the valuation then gives it ``v_empty``.

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

from cocausal.data import CausalData
from cocausal.estimators.bootstrap import bootstrap_se
from cocausal.games import SerialExecutor, coalition_seed
from cocausal.estimators._batched import pinv_solve
from cocausal.estimators.fastboot import bootstrap_draws, fast_kind
from cocausal.warnings import CocausalWarning, ConstantCovariateWarning

__all__ = ["Parties", "LinearPOREvaluator", "EstimatorEvaluator", "members_keys", "SE_CHOICES"]

#: Standard-error modes of the collaborative study.
SE_CHOICES = ("analytic", "bootstrap", "fitted_variance")

_CHUNK = 1 << 13


def members_keys(members: np.ndarray) -> list[int]:
    """Python-int bitmasks of the rows of a membership matrix (any number of parties)."""
    packed = np.packbits(members, axis=1, bitorder="little")
    return [int.from_bytes(row.tobytes(), "little") for row in packed]


class Parties:
    """Per-party arrays ``(X_i, t_i, y_i)``, not validated per party (a party may lack an arm).

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
                    f"parties must be a list of CausalData or a CausalData with a party column; got {type(parties).__name__}."
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


def _party_stats(X: np.ndarray, t: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Flattened ``LinearPORStats`` of one party (an empty arm gives zeros)."""
    d = X.shape[1]
    p = d + 1
    out = np.zeros(2 * p * p + 2 * p + 2)
    gram = out[: 2 * p * p].reshape(2, p, p)
    zty = out[2 * p * p : 2 * p * p + 2 * p].reshape(2, p)
    yty = out[2 * p * p + 2 * p :]
    for a in (0, 1):
        mask = t == a
        Z = np.hstack([np.ones((int(mask.sum()), 1)), X[mask]])
        gram[a] = Z.T @ Z
        zty[a] = Z.T @ y[mask]
        yty[a] = y[mask] @ y[mask]
    return out


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
    parties : Parties
    se : {"analytic", "fitted_variance"}
        ``"fitted_variance"`` is the published reference code's quantity
        ``sqrt(Var_n(mu1_hat(X))/n + Var_n(mu0_hat(X))/n)`` over the coalition's fitted values,
        which is not a sampling standard error; offered only to reproduce published magnitudes.
    """

    def __init__(self, parties: Parties, se: str = "analytic") -> None:
        if se not in ("analytic", "fitted_variance"):
            raise ValueError(f"LinearPOREvaluator supports se='analytic' or 'fitted_variance', got {se!r}.")
        self.se = se
        self.p = len(parties.feature_names) + 1
        with threadpool_limits(limits=1, user_api="blas"):  # same bits whatever the thread count
            self.stats = np.stack([_party_stats(*arr) for arr in parties.arrays])
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
                tau[start : start + block.shape[0]], se[start : start + block.shape[0]], rd = self._solve(
                    block.astype(float) @ self.stats
                )
                rank_deficient += rd
        self.n_evaluations += members.shape[0]
        self.rank_deficient += rank_deficient
        return tau, se, ()

    def _solve(self, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
        p, k = self.p, flat.shape[0]
        gram = flat[:, : 2 * p * p].reshape(k, 2, p, p)
        zty = flat[:, 2 * p * p : 2 * p * p + 2 * p].reshape(k, 2, p)
        yty = flat[:, 2 * p * p + 2 * p :]
        counts = gram[:, :, 0, 0]
        ok = counts.min(axis=1) >= 2
        n_a = np.where(counts > 0, counts, 1.0)
        # Centred per-arm OLS, as LinearPORStats.arm_fit: slopes from S_xx (minimum norm).
        xbar_a = gram[:, :, 0, 1:] / n_a[..., None]
        ybar_a = zty[:, :, 0] / n_a
        sxx = gram[:, :, 1:, 1:] - n_a[..., None, None] * xbar_a[..., :, None] * xbar_a[..., None, :]
        sxy = zty[:, :, 1:] - (n_a * ybar_a)[..., None] * xbar_a
        syy = yty - n_a * ybar_a * ybar_a
        sxx[~ok] = np.eye(p - 1)  # placeholders for undefined coalitions
        slopes, rank, pinv_quad = pinv_solve(sxx, sxy)
        rss = syy - 2.0 * np.einsum("kap,kap->ka", slopes, sxy) + np.einsum("kap,kapq,kaq->ka", slopes, sxx, slopes)
        dof = counts - 1 - rank
        with np.errstate(divide="ignore", invalid="ignore"):
            sigma2 = np.where(dof > 0, np.maximum(rss, 0.0) / np.where(dof > 0, dof, 1), np.nan)
            n = counts.sum(axis=1)
            total = gram[:, 0] + gram[:, 1]
            xbar = total[:, 0, 1:] / n[:, None]
            shift = xbar[:, None, :] - xbar_a
            tau = (ybar_a[:, 1] + np.einsum("kp,kp->k", shift[:, 1], slopes[:, 1])) - (
                ybar_a[:, 0] + np.einsum("kp,kp->k", shift[:, 0], slopes[:, 0])
            )
            cov_x = total[:, 1:, 1:] / n[:, None, None] - xbar[:, :, None] * xbar[:, None, :]
            if self.se == "analytic":
                leverage = 1.0 / n_a + pinv_quad(shift)
                dx = slopes[:, 1] - slopes[:, 0]
                spread = np.maximum(np.einsum("kp,kpq,kq->k", dx, cov_x, dx), 0.0) / n
                var = sigma2[:, 1] * leverage[:, 1] + sigma2[:, 0] * leverage[:, 0] + spread
            else:
                var = (
                    np.einsum("kp,kpq,kq->k", slopes[:, 1], cov_x, slopes[:, 1])
                    + np.einsum("kp,kpq,kq->k", slopes[:, 0], cov_x, slopes[:, 0])
                ) / n
            se = np.sqrt(np.maximum(var, 0.0))
        tau = np.where(ok, tau, np.nan)
        se = np.where(ok, se, np.nan)
        rank_deficient = int(((rank < p - 1) & ok[:, None]).sum())
        return tau, se, rank_deficient


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
                # Each coalition's seed feeds exactly one bootstrap (vectorised or refitting).
                seed = coalition_seed(root, key)
                if se == "bootstrap" and fast_kind(estimator) is not None:
                    result = clone(estimator).fit(data).result_
                    se_c = float(np.std(bootstrap_draws(estimator, data, n_boot, seed), ddof=1))
                elif se == "bootstrap":
                    result = bootstrap_se(estimator, data, n_boot, seed, n_jobs=1)
                    se_c = float(result.se)
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
        se = np.array([self._cache[k][1] for k in keys])
        messages = tuple(m for k in dict.fromkeys(keys) for m in self._cache[k][2])
        return tau, se, messages
