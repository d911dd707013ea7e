"""EXOC: counterfactual fairness through an auxiliary and a control node."""

from __future__ import annotations

from cocausal.predictors._latent import LatentPredictor

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

    Parameters
    ----------
    gamma : float, default 1.2
        Weight of the control loss (the authors' ablation range is 1 to 2).
    max_iter, encoder_iter, batch_size, lr, num_particles, tol, hidden, device, random_state
        As in :class:`~cocausal.predictors.FairKPredictor`.

    References
    ----------
    .. [1] Towards counterfactual fairness through auxiliary variables (EXOC), ICLR 2025
       submission; code https://github.com/CASE-Lab-UMD/counterfactual_fairness_2025.
    .. [2] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.
    """

    _exoc = True

    def __init__(self, gamma: float = 1.2, *, max_iter: int = 3000, encoder_iter: int = 1500,
                 batch_size: int = 1024, lr: float = 0.02, num_particles: int = 4, tol: float = 1e-3,
                 hidden: int = 32, device: str = "cpu", random_state=None) -> None:
        self.gamma = gamma
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
