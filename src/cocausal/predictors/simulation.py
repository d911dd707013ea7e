"""Two simulated structural causal models with known counterfactuals and exact posteriors.

* :class:`RaceExogenousSCM` - Fair-K's graph class: race ``R`` is a root and acts on the features
  *and directly on the outcome*; ``K ~ N(0, 1)`` is the only latent. EXOC's structural
  assumptions (``R`` caused by ``S'``, no ``R -> Y`` edge) exclude it.
* :class:`EXOCGraphSCM` - EXOC's graph class: ``K ~ N(0, 1)``; ``S' = 0.5 K + 0.87 U_s`` (caused
  by ``K``); ``R`` caused by ``S'`` (multinomial logit); features caused by ``K``, ``S'`` and
  ``R``; outcome caused by ``K`` and ``S'`` only.

Both use the law-school feature shapes: ``gpa`` (Normal) and ``lsat`` (a floored, clipped
Normal approximation of a Poisson count). True counterfactuals hold every exogenous variable
(``K``, ``U_s``, the feature noises) and recompute the features under ``do(R = r')``
(:meth:`~RaceExogenousSCM.counterfactuals`). :meth:`~RaceExogenousSCM.posterior_means` is the
exact posterior mean of the latents by quadrature under the true equations - observational
(``R`` observed, evidence for ``S'``) or interventional (``R``'s likelihood cut) - and
:class:`OraclePredictor` regresses the outcome on it: the best a latent-variable predictor with
perfect model knowledge can do under each inference.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy.special import log_softmax
from scipy.stats import norm
from sklearn.linear_model import LinearRegression

from cocausal.data.fair import FairData
from cocausal.predictors._base import FairPredictor, check_fair_data, resolve_values
from cocausal.predictors.quadrature import grid_posterior_means
from cocausal.random import RandomState, check_random_state

__all__ = ["EXOCGraphSCM", "OraclePredictor", "RaceExogenousSCM", "Simulation", "TrueCounterfactuals"]

_LEVELS = ("a", "b", "c")
_INFERENCES = ("observational", "interventional")


@dataclasses.dataclass(frozen=True, eq=False)
class Simulation:
    """A sample from a known SCM: the observed data and every exogenous variable."""

    data: FairData
    exogenous: dict


class TrueCounterfactuals:
    """Counterfactual copies from a simulation's own exogenous variables (the ground truth).

    ``generate(data, sensitive_values)`` needs ``data`` to be the simulated units themselves
    (same order), as returned in :attr:`Simulation.data`.
    """

    name = "truth"

    def __init__(self, scm, exogenous: dict) -> None:
        self.scm = scm
        self.exogenous = exogenous

    def generate(self, data: FairData, sensitive_values=None) -> dict[str, FairData]:
        check_fair_data(data, need_y=False)
        if data.n != len(self.exogenous["k"]):
            raise ValueError("TrueCounterfactuals.generate needs the simulated units themselves (same rows).")
        out = {}
        for code in resolve_values(data, sensitive_values):
            s = np.full(data.n, code, dtype=np.int64)
            out[data.levels[code]] = data.replace(X=self.scm.features(self.exogenous, s), s=s, y=None)
        return out


def _lsat(rate: np.ndarray, u: np.ndarray) -> np.ndarray:
    return np.floor(rate + np.sqrt(rate) * u).clip(0)


def _lsat_logpmf(lsat: np.ndarray, rate: np.ndarray) -> np.ndarray:
    """log P(floor(rate + sqrt(rate) U) clipped at 0 = lsat), U ~ N(0, 1)."""
    sd = np.sqrt(rate)
    hi = norm.cdf((lsat + 1.0 - rate) / sd)
    lo = np.where(lsat > 0, norm.cdf((lsat - rate) / sd), 0.0)
    return np.log(np.maximum(hi - lo, 1e-300))


class _KnownSCM:
    """Shared sampling, counterfactual and quadrature code (subclasses give the equations)."""

    levels = _LEVELS
    latent_names: tuple[str, ...] = ("K",)

    def _fair_data(self, X, s, y) -> FairData:
        return FairData(X=X, s=s, y=y, A=None, levels=self.levels, feature_names=("gpa", "lsat"),
                        feature_kinds=("normal", "poisson"), n_categories=(0, 0),
                        sensitive_name="race", target_name="fya")

    def counterfactuals(self, exogenous: dict) -> TrueCounterfactuals:
        """The ground-truth counterfactual generator of a sample's units."""
        return TrueCounterfactuals(self, exogenous)

    def _log_features(self, lat: dict, data: FairData, rows: slice) -> np.ndarray:
        s = data.s[rows][None, :]
        gpa, lsat = data.X[rows, 0][None, :], data.X[rows, 1][None, :]
        mean_gpa, rate = self._feature_means(lat, s)
        return norm.logpdf(gpa, mean_gpa, self.gpa_noise) + _lsat_logpmf(lsat, rate)


class RaceExogenousSCM(_KnownSCM):
    """Fair-K's graph class: race is a root with a direct effect on the outcome.

    ``R ~ Categorical(0.7, 0.2, 0.1)``; ``K ~ N(0, 1)``;
    ``gpa = 3 + 0.5 K + 0.5 e_R + 0.3 eps`` with ``e = (0, -1, -0.4)``;
    ``lsat = floor(rate + sqrt(rate) u)`` (clipped at 0), ``rate = exp(3.3 + 0.15 K + l_R)``
    with ``l = (0, -0.3, -0.1)``; ``fya = K + e_R + 0.5 n``; ``eps, u, n ~ N(0, 1)``.

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    effect_gpa = np.array([0.0, -1.0, -0.4])
    effect_lsat = np.array([0.0, -0.3, -0.1])
    gpa_noise = 0.3

    def _feature_means(self, lat: dict, s):
        k = lat["k"]
        return 3.0 + 0.5 * k + 0.5 * self.effect_gpa[s], np.exp(3.3 + 0.15 * k + self.effect_lsat[s])

    def features(self, exo: dict, s: np.ndarray) -> np.ndarray:
        """The features of units with exogenous variables ``exo`` and race codes ``s``."""
        mean_gpa, rate = self._feature_means(exo, s)
        return np.column_stack([mean_gpa + self.gpa_noise * exo["eps"], _lsat(rate, exo["u"])])

    def sample(self, n: int, random_state: RandomState = None) -> Simulation:
        """``n`` units and their exogenous variables."""
        rng = check_random_state(random_state)
        k = rng.normal(size=n)
        s = rng.choice(3, size=n, p=[0.7, 0.2, 0.1])
        exo = {"k": k, "eps": rng.normal(size=n), "u": rng.normal(size=n)}
        y = k + self.effect_gpa[s] + 0.5 * rng.normal(size=n)
        return Simulation(self._fair_data(self.features(exo, s), s, y), exo)

    def posterior_means(self, data: FairData, *, inference: str = "observational", points: int = 241) -> np.ndarray:
        """Exact ``E[K | gpa, lsat, R]`` by quadrature, shape (n, 1); ``R`` is a root here, so both
        inferences give the same posterior."""
        if inference not in _INFERENCES:
            raise ValueError(f"inference must be one of {_INFERENCES}; got {inference!r}.")
        grid = np.linspace(-6.0, 6.0, points)[:, None]

        def log_joint(g, rows):
            lat = {"k": g[:, :1]}
            return norm.logpdf(lat["k"]) + self._log_features(lat, data, rows)

        return grid_posterior_means(log_joint, grid, data.n, width=4)


class EXOCGraphSCM(_KnownSCM):
    """EXOC's graph class: ``K -> S' -> R``, features from ``K, S', R``, outcome from ``K, S'`` only.

    ``K ~ N(0, 1)``; ``S' = 0.5 K + 0.87 U_s``; ``P(R = c | S') = softmax(alpha_c + beta_c S')``
    with ``alpha = (0, -1.5, -2)``, ``beta = (0, 1.5, 2.5)``;
    ``gpa = 3 + 0.5 K + 0.4 S' + 0.5 e_R + 0.3 eps`` with ``e = (0, -1, -0.4)``;
    ``lsat = floor(rate + sqrt(rate) u)``, ``rate = exp(3.3 + 0.15 K + 0.1 S' + l_R)`` with
    ``l = (0, -0.3, -0.1)``; ``fya = K + S' + 0.5 n`` (no ``R -> fya`` edge).

    References
    ----------
    .. [1] Towards counterfactual fairness through auxiliary variables (EXOC), ICLR 2025 submission.
    """

    latent_names = ("K", "S'")
    effect_gpa = np.array([0.0, -1.0, -0.4])
    effect_lsat = np.array([0.0, -0.3, -0.1])
    alpha = np.array([0.0, -1.5, -2.0])
    beta = np.array([0.0, 1.5, 2.5])
    sp_weight, sp_noise = 0.5, 0.87
    gpa_noise = 0.3

    def _feature_means(self, lat: dict, s):
        k, sp = lat["k"], lat["sp"]
        mean_gpa = 3.0 + 0.5 * k + 0.4 * sp + 0.5 * self.effect_gpa[s]
        return mean_gpa, np.exp(3.3 + 0.15 * k + 0.1 * sp + self.effect_lsat[s])

    def features(self, exo: dict, s: np.ndarray) -> np.ndarray:
        """The features of units with exogenous variables ``exo`` and race codes ``s``."""
        sp = self.sp_weight * exo["k"] + self.sp_noise * exo["u_s"]
        mean_gpa, rate = self._feature_means({"k": exo["k"], "sp": sp}, s)
        return np.column_stack([mean_gpa + self.gpa_noise * exo["eps"], _lsat(rate, exo["u"])])

    def _race_logits(self, sp: np.ndarray) -> np.ndarray:
        return log_softmax(self.alpha + self.beta * sp[..., None], axis=-1)

    def sample(self, n: int, random_state: RandomState = None) -> Simulation:
        """``n`` units and their exogenous variables."""
        rng = check_random_state(random_state)
        k, u_s = rng.normal(size=n), rng.normal(size=n)
        sp = self.sp_weight * k + self.sp_noise * u_s
        p = np.exp(self._race_logits(sp))
        s = (rng.uniform(size=(n, 1)) > np.cumsum(p, axis=1)).sum(1).astype(np.int64).clip(0, 2)
        exo = {"k": k, "u_s": u_s, "eps": rng.normal(size=n), "u": rng.normal(size=n)}
        y = k + sp + 0.5 * rng.normal(size=n)
        return Simulation(self._fair_data(self.features(exo, s), s, y), exo)

    def posterior_means(self, data: FairData, *, inference: str = "observational", points: int = 121) -> np.ndarray:
        """Exact ``E[(K, S') | gpa, lsat, R]`` by quadrature on a product grid, shape (n, 2).

        ``"observational"`` includes ``P(R | S')``; ``"interventional"`` cuts it (``R`` set by ``do``).
        """
        if inference not in _INFERENCES:
            raise ValueError(f"inference must be one of {_INFERENCES}; got {inference!r}.")
        axis = np.linspace(-6.0, 6.0, points)
        mesh = np.meshgrid(axis, axis, indexing="ij")
        grid = np.column_stack([m.ravel() for m in mesh])

        def log_joint(g, rows):
            lat = {"k": g[:, :1], "sp": g[:, 1:]}
            lp = norm.logpdf(lat["k"]) + norm.logpdf(lat["sp"], self.sp_weight * lat["k"], self.sp_noise)
            if inference == "observational":
                lp = lp + self._race_logits(g[:, 1])[:, data.s[rows]]
            return lp + self._log_features(lat, data, rows)

        return grid_posterior_means(log_joint, grid, data.n, width=4)


class OraclePredictor(FairPredictor):
    """Linear regression of the outcome on the exact posterior means of a known SCM's latents.

    Parameters
    ----------
    scm : RaceExogenousSCM or EXOCGraphSCM
        The true model (its equations and parameters are used, nothing is fitted but the regression).
    inference : {"observational", "interventional"}, default "interventional"
        Which posterior the predictor is fitted and deployed on.

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    def __init__(self, scm, *, inference: str = "interventional") -> None:
        self.scm = scm
        self.inference = inference

    def fit(self, data: FairData):
        check_fair_data(data, need_y=True)
        if data.task != "regression":
            raise ValueError("OraclePredictor supports the simulated regression outcomes only.")
        self.task_ = data.task
        self.regressor_ = LinearRegression().fit(self.scm.posterior_means(data, inference=self.inference), data.y)
        return self

    def predict_score(self, data: FairData) -> np.ndarray:
        self._check_fitted()
        check_fair_data(data, need_y=False)
        return self.regressor_.predict(self.scm.posterior_means(data, inference=self.inference))

    def latents(self, data: FairData) -> dict[str, np.ndarray]:
        """Exact posterior means of the SCM's latents under the predictor's inference."""
        z = self.scm.posterior_means(data, inference=self.inference)
        return {name: z[:, j] for j, name in enumerate(self.scm.latent_names)}
