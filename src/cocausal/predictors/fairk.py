"""Fair-K: Kusner et al.'s level-2 counterfactually fair predictor."""

from __future__ import annotations

from cocausal.predictors._latent import LatentPredictor

__all__ = ["FairKPredictor"]


class FairKPredictor(LatentPredictor):
    """Counterfactually fair predictor on a latent "knowledge" variable (Kusner level 2).

    Causal model (law school): ``K ~ N(0, 1)``; ``GPA ~ N(b_g + w_gk K + w_gr R, sigma_g)``;
    ``LSAT ~ Poisson(exp(b_l + w_lk K + w_lr R))``; ``FYA ~ N(b_f + w_fk K + w_fr R, 1)``, with
    ``R`` the one-hot sensitive attribute; other data sets use the same structure with each
    feature's family from ``FairData.feature_kinds`` and the outcome Bernoulli for
    classification (exogenous covariates ``A`` enter every node). The model is fitted by
    minibatch SVI with an amortised guide ``q(K | X, R, A, Y)``; a second SVI pass with the
    model frozen and the outcome left out fits ``q(K | X, R, A)``, which :meth:`predict` uses,
    so test outcomes are never read. The predictor is a linear (logistic) regression of ``Y``
    on ``E[K | X, R, A]`` and ``A`` - the posterior mean, not a single draw.

    Parameters
    ----------
    max_iter : int, default 3000
        Maximum SVI steps of the model fit (stops earlier once the loss settles).
    encoder_iter : int, default 1500
        Maximum SVI steps of the leakage-free encoder.
    batch_size : int, default 1024
        Minibatch size (``pyro.plate`` subsampling; the ELBO is rescaled to the full data).
    lr : float, default 0.02
        Adam learning rate.
    num_particles : int, default 4
        Guide samples per step, vectorised over a particle plate.
    tol : float, default 1e-3
        Relative improvement between 100-step loss windows below which (twice in a row) SVI stops.
    hidden : int, default 32
        Width of the encoders' hidden layer.
    device : {"cpu", "cuda"}, default "cpu"
    random_state : int, Generator or None
        Seeds the minibatch order (numpy) and torch's generator inside ``torch.random.fork_rng``
        (the caller's global torch RNG is left untouched); same seed, same numbers on one device.

    Attributes
    ----------
    scm_ : LatentSCM
    fit_info_ : tuple of FitInfo
        The model and encoder SVI stages (iterations, convergence, loss windows, time).
    warnings_ : tuple of str
    regressor_, regressor_leaky_ : fitted scikit-learn models

    References
    ----------
    .. [1] Kusner, Loftus, Russell, Silva (2017). Counterfactual fairness. NeurIPS.

    Examples
    --------
    >>> from cocausal.datasets.fairness import load_law_school, train_val_test_split
    >>> train, val, test = train_val_test_split(load_law_school().data, random_state=0)
    >>> model = FairKPredictor(random_state=0).fit(train)          # doctest: +SKIP
    >>> cf = model.counterfactual_predictions(test)                  # doctest: +SKIP
    """

    _exoc = False

    def __init__(self, *, max_iter: int = 3000, encoder_iter: int = 1500, batch_size: int = 1024,
                 lr: float = 0.02, num_particles: int = 4, tol: float = 1e-3, hidden: int = 32,
                 device: str = "cpu", random_state=None) -> None:
        self.max_iter = max_iter
        self.encoder_iter = encoder_iter
        self.batch_size = batch_size
        self.lr = lr
        self.num_particles = num_particles
        self.tol = tol
        self.hidden = hidden
        self.device = device
        self.random_state = random_state
