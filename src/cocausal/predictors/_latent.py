"""Shared fitting code of the latent-variable predictors (Fair-K and EXOC)."""

from __future__ import annotations

import numpy as np
import torch
from sklearn.linear_model import LinearRegression, LogisticRegression

from cocausal.data.fair import FairData
from cocausal.predictors._base import FairPredictor, check_fair_data
from cocausal.predictors._scm import LatentSCM, SVIConfig, fit_scm
from cocausal.predictors._torch import resolve_device, seeded_torch
from cocausal.predictors.counterfactuals import ModelCounterfactuals
from cocausal.random import check_random_state
from cocausal.warnings import WarningLog

__all__ = ["LatentPredictor"]


INFERENCES = ("observational", "interventional")


class LatentPredictor(FairPredictor):
    """Fit a :class:`LatentSCM`, then a linear/logistic model of ``Y`` on the posterior mean of ``K``
    (plus the exogenous covariates ``A``). Subclasses set ``_exoc``, ``_gamma()`` and ``_inference()``."""

    _exoc = False

    def _gamma(self) -> float:
        return 0.0

    def _inference(self) -> str:
        return "observational"

    def _sampled_control(self) -> bool:
        return False

    def _config(self) -> SVIConfig:
        for name in ("max_iter", "encoder_iter", "batch_size", "num_particles", "hidden"):
            value = getattr(self, name)
            if not isinstance(value, (int, np.integer)) or value < 1:
                raise ValueError(f"{name} must be a positive integer; got {value!r}.")
        if not self.lr > 0 or not self.tol >= 0:
            raise ValueError(f"lr must be > 0 and tol >= 0; got lr={self.lr}, tol={self.tol}.")
        return SVIConfig(max_iter=int(self.max_iter), encoder_iter=int(self.encoder_iter),
                         batch_size=int(self.batch_size), lr=float(self.lr),
                         num_particles=int(self.num_particles), tol=float(self.tol),
                         hidden=int(self.hidden), gamma=self._gamma())

    def fit(self, data: FairData, *, progress=None):
        """Fit the causal model by minibatch SVI, the leakage-free encoder, then the predictor.

        ``progress``, if given, is called with the number of SVI steps just taken (for a bar).
        Numerical problems (max iterations reached) raise ``ConvergenceWarning`` and are
        recorded in ``warnings_``; every SVI stage (model, encoder and, for the interventional
        inference, the cut encoder) is described in ``fit_info_``.
        """
        check_fair_data(data, need_y=True)
        cfg = self._config()
        inference = self._inference()
        rng = check_random_state(self.random_state)
        seed = int(rng.integers(0, 2**31 - 1))
        device = resolve_device(self.device)
        log = WarningLog()
        with seeded_torch(seed, device):
            scm = LatentSCM(data, exoc=self._exoc, hidden=cfg.hidden, sampled_control=self._sampled_control())
            scm.standardise(data)
            scm.to(device)
            full = scm.encode(data, device, with_y=True)
            scm.init_biases(full)
            info_model = fit_scm(scm, full, cfg, rng, log, stage="model", progress=progress)
            unlabelled = scm.encode(data.without_target(), device, with_y=False)
            info = [info_model, fit_scm(scm, unlabelled, cfg, rng, log, stage="encoder", progress=progress)]
            if inference == "interventional":
                scm.add_cut_encoder(cfg.hidden)
                info.append(fit_scm(scm, unlabelled, cfg, rng, log, stage="encoder_cut", progress=progress))
        scm.eval()
        self.scm_ = scm
        self.device_ = device
        self.task_ = data.task
        self.inference_ = inference
        self.template_ = data.take(np.arange(0))
        self.fit_info_ = tuple(info)
        self.warnings_ = log.messages
        self._fit_regressors(data)
        return self

    def _fit_regressors(self, data: FairData) -> None:
        self.regressor_ = self._regression(self._design(data, leaky=False), data.y)
        self.regressor_leaky_ = self._regression(self._design(data, leaky=True), data.y)

    def _regression(self, Z: np.ndarray, y: np.ndarray):
        if self.task_ == "classification":
            return LogisticRegression(max_iter=1000).fit(Z, y.astype(int))
        return LinearRegression().fit(Z, y)

    def posterior_latents(self, data: FairData, *, leaky: bool = False,
                          inference: str | None = None) -> np.ndarray:
        """Posterior means of ``K`` (and ``S'`` for EXOC), shape (n, n_latent).

        ``leaky=False`` (default) uses ``q(. | X, R, A)`` and never reads ``data.y``;
        ``leaky=True`` uses ``q(. | X, R, A, Y)`` with the outcome observed, as the EXOC reference
        code does on its test rows; it exists only to measure that leakage.
        ``inference`` (default: the predictor's own, ``inference_``) chooses between the
        observational posterior (``R`` observed, evidence for the latents; what abduction of a
        factual unit needs) and the interventional one (``R`` set by ``do``, its likelihood
        blocked; EXOC fitted with ``inference="interventional"`` only).
        """
        self._check_fitted()
        check_fair_data(data, need_y=leaky)
        inference = self.inference_ if inference is None else inference
        if inference not in INFERENCES:
            raise ValueError(f"inference must be one of {INFERENCES}; got {inference!r}.")
        src = data if leaky else data.without_target()
        with torch.no_grad():
            batch = self.scm_.encode(src, self.device_, with_y=leaky)
            loc, _ = self.scm_.posterior(batch, with_y=leaky, cut=inference == "interventional")
        return loc.cpu().numpy().astype(float)

    def _design(self, data: FairData, *, leaky: bool) -> np.ndarray:
        return np.column_stack([self.posterior_latents(data, leaky=leaky)[:, :1], data.A])

    def predict_score(self, data: FairData) -> np.ndarray:
        """Leakage-free prediction from the posterior mean of ``K`` given (X, R, A) only
        (under the predictor's inference, ``inference_``)."""
        self._check_fitted()
        check_fair_data(data, need_y=False)
        return self._apply(self.regressor_, self._design(data, leaky=False))

    def predict_leaky(self, data: FairData) -> np.ndarray:
        """Prediction from ``E[K | X, R, A, Y]`` - reads the outcome it predicts (reference-code
        behaviour, for measuring label leakage only; never use it to make decisions)."""
        self._check_fitted()
        score = self._apply(self.regressor_leaky_, self._design(data, leaky=True))
        return (score >= 0.5).astype(float) if self.task_ == "classification" else score

    def _apply(self, reg, Z: np.ndarray) -> np.ndarray:
        if self.task_ == "classification":
            return reg.predict_proba(Z)[:, 1]
        return reg.predict(Z)

    def latents(self, data: FairData) -> dict[str, np.ndarray]:
        """Posterior mean of ``K``, the only latent the predictor uses (EXOC's ``S'`` is in
        :meth:`posterior_latents` column 1)."""
        return {"K": self.posterior_latents(data)[:, 0]}

    def _own_counterfactuals(self) -> ModelCounterfactuals:
        return ModelCounterfactuals(self, random_state=0)
