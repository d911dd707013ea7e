"""EXOC: counterfactual fairness through an auxiliary and a control node."""

from __future__ import annotations

import copy

from cocausal.data.fair import FairData
from cocausal.predictors._base import check_fair_data
from cocausal.predictors._latent import INFERENCES, LatentPredictor

__all__ = ["EXOCPredictor"]


class EXOCPredictor(LatentPredictor):
    """EXOC predictor: Fair-K's latent model plus an auxiliary node ``S'`` and a control node ``S''``.

    Causal model: ``K ~ N(0, 1)``; auxiliary ``S' ~ N(b_sp + w_sp K, sigma_sp)`` (the
    instantiated exogenous cause of the sensitive attribute); the one-hot sensitive attribute
    ``R_c ~ N(b_c + w_c S', sigma_c)`` (observed; one Gaussian per column); every feature depends
    on ``K, S', R`` (and covariates ``A``); the outcome on ``K, S'`` and ``A`` (no direct edge from
    ``R``); control node ``S'' = b_spp + w_spp Y`` (a deterministic, learnable affine function of
    the observed outcome). Training minimises

        loss = -ELBO / n + gamma * s * MSE(S', S'')

    per minibatch, where ``-ELBO / n`` is the minibatch estimate of the negative ELBO per unit,
    ``MSE`` averages ``(S'_i - S''_i)^2`` over the minibatch units and all guide particles of
    ``S'``, and ``s = |-ELBO / n| / MSE`` evaluated once on the first minibatch at
    initialisation and then frozen (recorded as ``fit_info_[0].extras["scale_s"]``), so that both
    terms start at the same magnitude. Prediction, leakage control and the second (outcome-free)
    encoder pass are as in :class:`~cocausal.predictors.FairKPredictor`; the predictor
    regresses ``Y`` on ``E[K | X, R, A]`` (and ``A``). Note that in this model ``K`` is an
    ancestor of ``R`` through ``S'``, so ``K`` may legitimately correlate with the sensitive
    attribute; :meth:`latent_dependence` reports how much.

    **Inference.** ``inference="observational"`` (default; the paper's and the reference code's
    deployment) infers the latents from ``q(K, S' | X, R, A)`` with the observed ``R`` as
    evidence: under this model ``R`` is a child of ``S'``, so the posterior of ``K`` moves with
    ``R``. ``inference="interventional"`` ("EXOC-cut") keeps the same fitted model and adds a
    third encoder pass, with the model frozen and the likelihood of ``R`` blocked, fitting
    ``q(K, S' | X, A; do(R = r))``; the predictor is fitted and deployed on that latent, for
    factual and counterfactual rows alike. The paper's argument is that ``K`` and ``S'`` are
    non-descendants of ``R`` and therefore unchanged by ``do(R = r')``. That holds for the true
    exogenous values, but a deployed predictor sees only ``(X, R)`` and must infer them; with
    ``R`` as evidence the inferred latent is a function of ``R`` and the invariance is lost
    (a counterfactual row carries ``r'`` and so a different posterior). Only when ``R``'s own
    likelihood is cut - the latent inferred as under ``do(R = r)``, so that ``R`` enters only
    as a known parent of the features - does the inferred latent of a counterfactual row equal
    that of the factual row whenever the model is right, which is what the non-descendant
    argument needs. Counterfactual worlds built from an EXOC fit
    (:class:`~cocausal.predictors.ModelCounterfactuals`) always abduct with the observational
    posterior, because there ``R`` is an observed fact about the unit.

    Parameters
    ----------
    gamma : float, default 1.2
        Weight of the control loss (the authors' ablation range is 1 to 2).
    control : {"deterministic", "sampled"}, default "deterministic"
        ``"deterministic"``: ``S'' = b_spp + w_spp Y``. ``"sampled"``: the paper's sampled node,
        ``S'' ~ N(b_spp + w_spp Y, sigma_spp)`` with a learned ``sigma_spp`` (one reparameterised
        draw per guide particle in the MSE). Since ``E(S' - S'')^2 = (S' - b_spp - w_spp Y)^2 +
        sigma_spp^2``, the control loss pushes ``sigma_spp`` towards 0,
        i.e. back to the deterministic node. Both collapse to a near-constant ``S''`` (``w_spp``
        near 0), so ``gamma`` acts by shrinking ``S'``, not as a fairness/accuracy dial
        (``fit_info_[0].extras`` records ``w_sp``, ``sigma_sp``, ``w_spp`` and ``sigma_spp``;
        measured in docs/fair_predictors.md).
    inference : {"observational", "interventional"}, default "observational"
        Which posterior the predictor is fitted and deployed on (see above). The interventional
        fit runs the same model and observational encoder stages first (same seed, same
        numbers), then the cut encoder (``encoder_iter`` steps at most, ``fit_info_[2]``).
    max_iter, encoder_iter, batch_size, lr, num_particles, tol, hidden, device, random_state
        As in :class:`~cocausal.predictors.FairKPredictor`.

    References
    ----------
    .. [1] Towards counterfactual fairness through auxiliary variables (EXOC), ICLR 2025
       submission; code https://github.com/CASE-Lab-UMD/counterfactual_fairness_2025.
    .. [2] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    _exoc = True

    def __init__(self, gamma: float = 1.2, *, control: str = "deterministic", inference: str = "observational",
                 max_iter: int = 3000,
                 encoder_iter: int = 1500, batch_size: int = 1024, lr: float = 0.02, num_particles: int = 4,
                 tol: float = 1e-3, hidden: int = 32, device: str = "cpu", random_state=None) -> None:
        self.gamma = gamma
        self.control = control
        self.inference = inference
        self.max_iter = max_iter
        self.encoder_iter = encoder_iter
        self.batch_size = batch_size
        self.lr = lr
        self.num_particles = num_particles
        self.tol = tol
        self.hidden = hidden
        self.device = device
        self.random_state = random_state

    def _gamma(self) -> float:
        if not (isinstance(self.gamma, (int, float)) and self.gamma >= 0):
            raise ValueError(f"gamma must be a non-negative number (default 1.2); got {self.gamma!r}.")
        return float(self.gamma)

    def _inference(self) -> str:
        if self.inference not in INFERENCES:
            raise ValueError(f"inference must be one of {INFERENCES} (default 'observational'); "
                             f"got {self.inference!r}.")
        return self.inference

    def _sampled_control(self) -> bool:
        if self.control not in ("deterministic", "sampled"):
            raise ValueError(f"control must be 'deterministic' or 'sampled' (default 'deterministic'); "
                             f"got {self.control!r}.")
        return self.control == "sampled"

    def as_observational(self, train: FairData) -> EXOCPredictor:
        """The observational EXOC predictor of this interventional fit, without refitting the model.

        The interventional fit runs the model and observational-encoder stages exactly as an
        observational fit with the same ``random_state`` does, so re-fitting only the final
        regression on ``train`` gives the same predictor as
        ``EXOCPredictor(inference="observational", ...).fit(train)`` (tested), at the cost of
        one regression.
        """
        self._check_fitted()
        check_fair_data(train, need_y=True)
        if self.inference_ != "interventional":
            raise ValueError("as_observational needs a predictor fitted with inference='interventional'.")
        twin = copy.copy(self)
        twin.inference = twin.inference_ = "observational"
        twin.fit_info_ = self.fit_info_[:2]
        twin.warnings_ = tuple(w for w in self.warnings_ if not w.startswith("encoder_cut"))
        twin._fit_regressors(train)
        return twin
