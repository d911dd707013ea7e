"""Accuracy and counterfactual-fairness metrics (numpy/scipy only).

Fairness is measured on *counterfactual predictions*: for each sensitive value ``r'`` one
array holding the predictions for every evaluation unit had its sensitive attribute been
``r'``. :func:`counterfactual_fairness` reports the mean absolute individual change (the
headline: counterfactual fairness is a property of each individual), the distribution distances
between the worlds' prediction marginals averaged over all pairs of sensitive values (MMD,
Wasserstein-1; kept for comparison with the EXOC study, but blind to individual changes - a
permuted copy scores 0) and the correlation ratio eta of the predictions on the counterfactual
value.

The two ``*_reference`` metrics reproduce the scaling of the EXOC study's reference code so
its tables can be compared; they are not distances in the units of the predictions (a
constant predictor scores about 0.63 on ``wass_reference``). Use ``mmd_rbf``,
``mmd_linear`` and ``wasserstein`` to judge fairness.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.stats import wasserstein_distance

from cocausal.results import ResultMixin, freeze_mapping

__all__ = [
    "CounterfactualFairnessResult",
    "accuracy",
    "correlation_ratio",
    "counterfactual_fairness",
    "dependence_on_sensitive",
    "individual_change",
    "mae",
    "median_bandwidth",
    "mmd_linear",
    "mmd_rbf",
    "mmd_reference",
    "rmse",
    "wasserstein1",
    "wass_reference",
]

REFERENCE_MMD_SCALE = 0.003
REFERENCE_WASS_SCALE = 0.005
_BLOCK = 2048


def _as_2d(a) -> np.ndarray:
    arr = np.asarray(a, dtype=float)
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2 or arr.shape[0] == 0:
        raise ValueError(f"samples must be a non-empty 1-D or 2-D array; got shape {arr.shape}.")
    return arr


def rmse(y_true, y_pred) -> float:
    """Root mean squared error."""
    y_true, y_pred = np.asarray(y_true, float), np.asarray(y_pred, float)
    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))


def mae(y_true, y_pred) -> float:
    """Mean absolute error."""
    y_true, y_pred = np.asarray(y_true, float), np.asarray(y_pred, float)
    return float(np.mean(np.abs(y_true - y_pred)))


def accuracy(y_true, y_pred) -> float:
    """Share of correct 0/1 predictions (``y_pred`` may be probabilities; thresholded at 0.5)."""
    y_true, y_pred = np.asarray(y_true, float), np.asarray(y_pred, float)
    return float(np.mean((y_pred >= 0.5) == (y_true >= 0.5)))


def _sq_dists(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2.0 * a @ b.T
    return np.maximum(d, 0.0)


def _kernel_mean(a: np.ndarray, b: np.ndarray, gamma: float) -> float:
    """Mean of exp(-gamma ||a_i - b_j||^2) over all pairs, in row blocks (O(block * m) memory)."""
    total = 0.0
    for start in range(0, a.shape[0], _BLOCK):
        d = _sq_dists(a[start:start + _BLOCK], b)
        with np.errstate(invalid="ignore", over="ignore"):  # a tiny bandwidth makes gamma inf: k = [d == 0]
            total += np.where(d == 0, 1.0, np.exp(-gamma * d)).sum()
    return total / (a.shape[0] * b.shape[0])


def median_bandwidth(*samples, max_points: int = 2000) -> float:
    """Median heuristic: the median pairwise Euclidean distance in the pooled sample.

    At most ``max_points`` evenly spaced points of the pooled sample (sorted by the first
    coordinate) are used, so the cost is bounded; a zero median (e.g. constant predictions)
    falls back to 1.0.
    """
    pooled = np.vstack([_as_2d(s) for s in samples])
    if pooled.shape[0] > max_points:
        order = np.argsort(pooled[:, 0], kind="stable")
        pooled = pooled[order[np.linspace(0, len(order) - 1, max_points).astype(int)]]
    d = np.sqrt(_sq_dists(pooled, pooled))
    med = float(np.median(d[np.triu_indices(pooled.shape[0], k=1)])) if pooled.shape[0] > 1 else 0.0
    return med if med > 0 else 1.0


def mmd_rbf(a, b, bandwidth: float | None = None) -> float:
    """Squared maximum mean discrepancy with the RBF kernel ``exp(-||x-y||^2 / (2 h^2))``.

    The biased (V-statistic) estimate, which is >= 0 and exactly 0 for identical samples;
    ``bandwidth=None`` uses :func:`median_bandwidth` of the pooled sample.

    References
    ----------
    .. [1] Gretton et al. (2012). A kernel two-sample test. JMLR 13.
    """
    a, b = _as_2d(a), _as_2d(b)
    h = median_bandwidth(a, b) if bandwidth is None else float(bandwidth)
    if h <= 0:
        raise ValueError(f"bandwidth must be positive; got {h}.")
    gamma = 1.0 / (2.0 * h * h)
    value = _kernel_mean(a, a, gamma) + _kernel_mean(b, b, gamma) - 2.0 * _kernel_mean(a, b, gamma)
    return float(max(value, 0.0))


def mmd_linear(a, b) -> float:
    """Squared MMD with the linear kernel: the squared distance between the sample means."""
    delta = _as_2d(a).mean(0) - _as_2d(b).mean(0)
    return float(delta @ delta)


def mmd_reference(a, b, scale: float = REFERENCE_MMD_SCALE) -> float:
    """Reference-scaled linear MMD of the EXOC study: ``((mean(a) - mean(b)) / 0.003)^2``.

    Only for comparison with the study's tables; it is :func:`mmd_linear` divided by 0.003^2.
    """
    return mmd_linear(a, b) / scale**2


def wasserstein1(a, b) -> float:
    """Exact Wasserstein-1 distance between two 1-D empirical distributions (scipy)."""
    return float(wasserstein_distance(np.ravel(a), np.ravel(b)))


def wass_reference(a, b, scale: float = REFERENCE_WASS_SCALE, lam: float = 10.0,
                   iterations: int = 10, p: float = 0.5) -> float:
    """Reference-scaled Sinkhorn "Wasserstein" of the EXOC study (for table comparison only).

    The study's definition: costs ``M_ij = sqrt(1e-5 + ||a_i - b_j||^2)``, augmented by one
    dummy row and column of cost ``max(M)`` that absorb mass ``1 - p``; entropic kernel
    ``exp(-lam / mean(M) * M)`` (+1e-6); ``iterations`` Sinkhorn updates; value
    ``2 * sum(T * M) / scale``. The ``1e-5`` inside the root makes identical samples score
    about 0.63 at ``scale=0.005``. The study also applies a dropout of rate ``0.5 / (n m)`` to
    ``M`` before taking its maximum; that random step is omitted here. Memory is O(n m).
    """
    a, b = _as_2d(a), _as_2d(b)
    n, m = a.shape[0], b.shape[0]
    M = np.sqrt(1e-5 + _sq_dists(a, b))
    delta = M.max()
    Mt = np.zeros((n + 1, m + 1))
    Mt[:n, :m] = M
    Mt[n, :m] = delta
    Mt[:n, m] = delta
    wa = np.concatenate([np.full(n, p / n), [1.0 - p]])
    wb = np.concatenate([np.full(m, (1.0 - p) / m), [p]])
    K = np.exp(-(lam / M.mean()) * Mt) + 1e-6
    u = wa.copy()
    for _ in range(iterations):
        u = wa / (K @ (wb / (K.T @ u)))
    v = wb / (K.T @ u)
    T = u[:, None] * K * v[None, :]
    return float(2.0 * np.sum(T * Mt) / scale)


def correlation_ratio(x, s) -> float:
    """Correlation ratio eta of a score ``x`` on a categorical variable ``s``.

    ``eta^2`` is the share of the variance of ``x`` explained by the group means of ``s``:
    0 when every group has the same mean, 1 when ``x`` is a function of ``s``. Unlike a
    Pearson correlation with an integer code it does not depend on how the categories are
    numbered. A constant ``x`` scores 0.

    References
    ----------
    .. [1] Pearson, K. (1905). On the general theory of skew correlation and non-linear regression.
    """
    x = np.ravel(np.asarray(x, float))
    s = np.ravel(np.asarray(s))
    if x.shape != s.shape or x.size == 0:
        raise ValueError("x and s must be non-empty and of the same length.")
    if np.ptp(x) == 0:  # exactly constant (x.std() may round to a tiny positive number)
        return 0.0
    sd = x.std()
    _, codes, counts = np.unique(s, return_inverse=True, return_counts=True)
    means = np.bincount(codes, weights=x) / counts
    return float(min(1.0, np.sqrt(np.sum(counts * (means - x.mean()) ** 2) / (x.size * sd**2))))


def individual_change(preds_by_value: Mapping[Any, np.ndarray]) -> float:
    """Mean over units and pairs of sensitive values of ``|f(x_{r}) - f(x_{r'})|``."""
    arrays = [np.ravel(np.asarray(v, float)) for v in preds_by_value.values()]
    pairs = list(itertools.combinations(range(len(arrays)), 2))
    return float(np.mean([np.mean(np.abs(arrays[i] - arrays[j])) for i, j in pairs]))


@dataclasses.dataclass(frozen=True)
class CounterfactualFairnessResult(ResultMixin):
    """Counterfactual-fairness metrics averaged over pairs of sensitive values.

    Attributes
    ----------
    individual_change : float
        Headline: mean absolute change of a unit's prediction between two counterfactual values.
    eta : float
        Correlation ratio of the pooled predictions on the counterfactual value they were made
        under (:func:`correlation_ratio`; 0 = the intervened value explains none of their variance).
    mmd_rbf : float
        Squared MMD, RBF kernel, median-heuristic bandwidth (pooled over all values).
    mmd_linear : float
        Squared distance between the mean predictions.
    wasserstein : float
        Exact 1-D Wasserstein-1 distance (between marginals; a lower bound on ``individual_change``).
    mmd_reference, wass_reference : float
        The EXOC reference code's scaled variants (comparison with its tables only).
    n_units : int
        Units per counterfactual world.
    values : tuple of str
        The sensitive values compared.
    pairwise : Mapping
        Per pair ``"r|r'"``: the four unscaled metrics.
    """

    individual_change: float
    eta: float
    mmd_rbf: float
    mmd_linear: float
    wasserstein: float
    mmd_reference: float
    wass_reference: float
    n_units: int
    values: tuple[str, ...]
    bandwidth: float
    pairwise: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pairwise", freeze_mapping(self.pairwise))


def counterfactual_fairness(preds_by_value: Mapping[Any, Sequence[float]], *,
                            bandwidth: float | None = None) -> CounterfactualFairnessResult:
    """Counterfactual-fairness metrics of predictions under each counterfactual sensitive value.

    Parameters
    ----------
    preds_by_value : mapping value -> array of shape (n,)
        Entry ``r'`` holds the predictions for the same ``n`` units in the counterfactual world
        ``do(S = r')`` (same unit order in every array).
    bandwidth : float, optional
        RBF bandwidth; default: median heuristic over all arrays pooled (one bandwidth for
        every pair, so pairs are comparable).

    Returns
    -------
    CounterfactualFairnessResult

    Examples
    --------
    >>> import numpy as np
    >>> r = counterfactual_fairness({"a": np.arange(5.0), "b": np.arange(5.0)})
    >>> r.individual_change, r.eta, r.mmd_rbf, r.wasserstein
    (0.0, 0.0, 0.0, 0.0)

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    .. [2] Ma, Guo, Zhang, Li (2023). Learning for counterfactual fairness from observational
       data. KDD.
    """
    if len(preds_by_value) < 2:
        raise ValueError("need predictions under at least two sensitive values.")
    arrays = {str(k): np.ravel(np.asarray(v, dtype=float)) for k, v in preds_by_value.items()}
    sizes = {a.shape[0] for a in arrays.values()}
    if len(sizes) != 1 or 0 in sizes:
        raise ValueError(
            "every counterfactual world must hold predictions for the same non-empty set of units; "
            f"got sizes {sorted(sizes)}."
        )
    if not all(np.isfinite(a).all() for a in arrays.values()):
        raise ValueError("predictions contain NaN or inf.")
    h = median_bandwidth(*arrays.values()) if bandwidth is None else float(bandwidth)
    keys = list(arrays)
    pairwise, rows = {}, []
    for i, j in itertools.combinations(keys, 2):
        a, b = arrays[i], arrays[j]
        row = (mmd_rbf(a, b, h), mmd_linear(a, b), wasserstein1(a, b), float(np.mean(np.abs(a - b))),
               mmd_reference(a, b), wass_reference(a, b))
        rows.append(row)
        pairwise[f"{i}|{j}"] = dict(zip(("mmd_rbf", "mmd_linear", "wasserstein", "individual_change"),
                                        row[:4]))
    means = np.mean(np.array(rows), axis=0)
    pooled = np.concatenate(list(arrays.values()))
    labels = np.repeat(np.arange(len(keys)), sizes.copy().pop())
    return CounterfactualFairnessResult(
        eta=correlation_ratio(pooled, labels), mmd_rbf=float(means[0]),
        mmd_linear=float(means[1]), wasserstein=float(means[2]),
        individual_change=float(means[3]), mmd_reference=float(means[4]),
        wass_reference=float(means[5]), n_units=sizes.pop(), values=tuple(keys), bandwidth=h,
        pairwise=pairwise,
    )


def _mutual_information_binned(x: np.ndarray, s: np.ndarray, bins: int) -> float:
    edges = np.quantile(x, np.linspace(0, 1, bins + 1)[1:-1])
    xb = np.searchsorted(edges, x, side="right")
    joint = np.zeros((bins, int(s.max()) + 1))
    np.add.at(joint, (xb, s), 1.0)
    joint /= joint.sum()
    px, ps = joint.sum(1, keepdims=True), joint.sum(0, keepdims=True)
    nz = joint > 0
    return float(np.sum(joint[nz] * np.log(joint[nz] / (px @ ps)[nz])))


def dependence_on_sensitive(latent, s, *, bins: int = 10) -> dict[str, float]:
    """Dependence of a latent (or any score) on the sensitive attribute.

    Returns
    -------
    dict
        ``eta``: the correlation ratio (:func:`correlation_ratio`; 0 = group means equal,
        1 = a function of ``s``; no integer coding of ``s`` is involved); ``mi``: a
        mutual-information proxy in nats from ``bins`` quantile bins of the latent (plug-in
        estimate, biased upward by about ``(bins - 1)(k - 1) / (2 n)``); ``max_group_gap``: the
        largest difference of group means in units of the latent's standard deviation.
    """
    x = np.ravel(np.asarray(latent, float))
    s = np.ravel(np.asarray(s)).astype(int)
    if x.shape != s.shape:
        raise ValueError("latent and s must have the same length.")
    sd = x.std()
    groups = np.unique(s)
    means = np.array([x[s == g].mean() for g in groups])
    if sd == 0:
        return {"eta": 0.0, "mi": 0.0, "max_group_gap": 0.0}
    return {
        "eta": correlation_ratio(x, s),
        "mi": _mutual_information_binned(x, s, bins),
        "max_group_gap": float((means.max() - means.min()) / sd),
    }
