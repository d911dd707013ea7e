"""A VAE whose latent is made independent of the sensitive attribute by an MMD penalty.

Used twice: by CLAIRE to augment its training data with counterfactual copies, and by
:class:`cocausal.predictors.counterfactuals.VAECounterfactuals` for the secondary (synthetic)
counterfactual evaluation. The encoder ``q(Z | X, S, A)`` sees the sensitive attribute (a
conditional VAE): without it the latent can only be made independent of ``S`` by discarding
the information in ``X`` that predicts ``S``, and the copies collapse to group means or to the
factual unit (measured). The decoder reconstructs ``X`` from ``(Z, S, A)``, so decoding one
``Z`` with every ``s'`` gives a unit's counterfactual copies. Simplification (documented in docs/fair_predictors.md):
every feature is reconstructed on one encoded scale with a Gaussian likelihood with a learned
per-coordinate scale (numeric features standardised, categorical features one-hot) instead of
per-family likelihoods.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import torch
from torch import nn

from cocausal.data.fair import FairData
from cocausal.predictors._torch import FitInfo, LossMonitor, finish_fit, optimiser_step
from cocausal.warnings import WarningLog

__all__ = ["VAEConfig", "MMDVAE", "group_mmd", "fit_vae"]


@dataclasses.dataclass(frozen=True)
class VAEConfig:
    """Settings of the MMD-VAE fit."""

    z_dim: int = 4
    hidden: int = 32
    alpha: float = 10.0
    beta: float = 0.1
    patience: int = 3
    max_iter: int = 4000
    batch_size: int = 512
    lr: float = 5e-3
    window: int = 100
    tol: float = 1e-3


def group_mmd(z: torch.Tensor, s: torch.Tensor, n_levels: int, max_median: int = 256) -> torch.Tensor:
    """Mean biased squared RBF-MMD between the latent distributions of every pair of groups present.

    One kernel matrix over the batch serves every pair: with ``W`` the group-averaging matrix,
    ``M = W^T K W`` holds the mean kernel value between groups and
    ``MMD^2(g, h) = M_gg + M_hh - 2 M_gh``. The bandwidth is the median pairwise distance of (at
    most ``max_median``) batch points, detached from the graph.
    """
    d2 = torch.cdist(z, z).pow(2)
    with torch.no_grad():
        sub = d2[:max_median, :max_median]
        pos = sub[sub > 0]
        h2 = pos.median() if pos.numel() else torch.ones((), device=z.device)
    k = torch.exp(-d2 / (2 * h2.clamp_min(1e-8)))
    onehot = torch.nn.functional.one_hot(s, n_levels).to(z.dtype)
    counts = onehot.sum(0)
    present = torch.nonzero(counts >= 2).flatten().tolist()
    if len(present) < 2:
        return z.new_zeros(())
    w = onehot[:, present] / counts[present]
    m = w.T @ k @ w
    diag = torch.diagonal(m)
    pairs = torch.triu_indices(len(present), len(present), offset=1, device=z.device)
    return (diag[pairs[0]] + diag[pairs[1]] - 2 * m[pairs[0], pairs[1]]).mean()


class MMDVAE(nn.Module):
    """Encoder ``q(Z | X, S, A)``, decoder ``X_hat(Z, S, A)``; see the module docstring."""

    def __init__(self, template: FairData, cfg: VAEConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.kinds = template.feature_kinds
        self.ncat = template.n_categories
        self.n_levels = template.n_levels
        self.n_cov = template.A.shape[1]
        self.x_dim = sum(k if kind == "categorical" else 1 for kind, k in zip(self.kinds, self.ncat))
        self.encoder = nn.Sequential(nn.Linear(self.x_dim + self.n_levels + self.n_cov, cfg.hidden), nn.Tanh(),
                                     nn.Linear(cfg.hidden, 2 * cfg.z_dim))
        self.decoder = nn.Sequential(nn.Linear(cfg.z_dim + self.n_levels + self.n_cov, cfg.hidden),
                                     nn.Tanh(), nn.Linear(cfg.hidden, self.x_dim))
        self.log_sigma = nn.Parameter(torch.zeros(self.x_dim))  # learned decoder noise scale
        self.mu = np.zeros(len(self.kinds))
        self.sd = np.ones(len(self.kinds))

    def standardise(self, train: FairData) -> None:
        for j, kind in enumerate(self.kinds):
            if kind in ("normal", "poisson"):
                self.mu[j] = train.X[:, j].mean()
                self.sd[j] = max(train.X[:, j].std(), 1e-8)

    def encode_features(self, data: FairData) -> np.ndarray:
        """Features on the encoded scale (standardised numeric, 0/1, one-hot categorical)."""
        blocks = []
        for j, kind in enumerate(self.kinds):
            col = data.X[:, j]
            if kind == "categorical":
                blocks.append(np.eye(self.ncat[j])[col.astype(int)])
            elif kind == "bernoulli":
                blocks.append(col[:, None])
            else:
                blocks.append(((col - self.mu[j]) / self.sd[j])[:, None])
        return np.hstack(blocks)

    def decode_features(self, enc: np.ndarray) -> np.ndarray:
        """Back to ``FairData.X`` values (counts rounded, 0/1 thresholded, categories by argmax)."""
        cols, pos = [], 0
        for j, kind in enumerate(self.kinds):
            if kind == "categorical":
                cols.append(np.argmax(enc[:, pos:pos + self.ncat[j]], axis=1).astype(float))
                pos += self.ncat[j]
                continue
            v = enc[:, pos]
            pos += 1
            if kind == "bernoulli":
                cols.append((v >= 0.5).astype(float))
            elif kind == "poisson":
                cols.append(np.maximum(np.round(v * self.sd[j] + self.mu[j]), 0.0))
            else:
                cols.append(v * self.sd[j] + self.mu[j])
        return np.column_stack(cols)

    def forward_parts(self, x: torch.Tensor, s_onehot: torch.Tensor, a: torch.Tensor):
        h = self.encoder(torch.cat([x, s_onehot, a], -1))
        return h[:, : self.cfg.z_dim], h[:, self.cfg.z_dim:]

    def decode(self, z: torch.Tensor, s_onehot: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
        return self.decoder(torch.cat([z, s_onehot, a], -1))


def fit_vae(vae: MMDVAE, train: FairData, device: torch.device, rng: np.random.Generator,
            log: WarningLog, progress=None) -> FitInfo:
    """Minibatch Adam on Gaussian reconstruction (learned scale) + beta * KL + alpha * group MMD,
    with convergence stopping."""
    cfg = vae.cfg
    vae.standardise(train)
    vae.to(device)
    x = torch.tensor(vae.encode_features(train), dtype=torch.float32, device=device)
    a = torch.tensor(np.array(train.A), dtype=torch.float32, device=device)
    s = torch.tensor(np.array(train.s), dtype=torch.long, device=device)
    onehot = torch.eye(vae.n_levels, device=device)[s]
    opt = torch.optim.Adam(vae.parameters(), lr=cfg.lr)
    monitor = LossMonitor(cfg.window, cfg.tol, cfg.patience)
    n, bs = train.n, min(cfg.batch_size, train.n)
    start, it, converged = time.perf_counter(), 0, False
    perm, pos = rng.permutation(n), 0
    vae.train()
    while it < cfg.max_iter:
        if pos + bs > n:
            perm, pos = rng.permutation(n), 0
        idx = torch.as_tensor(perm[pos:pos + bs], device=device)
        pos += bs
        mu, logvar = vae.forward_parts(x[idx], onehot[idx], a[idx])
        z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
        recon = vae.decode(z, onehot[idx], a[idx])
        rec = (0.5 * ((recon - x[idx]) / vae.log_sigma.exp()) ** 2 + vae.log_sigma).sum(-1).mean()
        kl = 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(-1).mean()
        loss = rec + cfg.beta * kl + cfg.alpha * group_mmd(z, s[idx], vae.n_levels)
        it += 1
        if optimiser_step(opt, loss, monitor, progress):
            converged = True
            break
    vae.eval()
    return finish_fit("vae", vae.parameters(), monitor, it, converged, start, log,
                      f"MMD-VAE stopped at max_iter={cfg.max_iter} before its loss settled; raise max_iter.")


@torch.no_grad()
def vae_latent_means(vae: MMDVAE, data: FairData, device: torch.device) -> np.ndarray:
    """Eval-mode latent: the encoder mean (no sampling), shape (n, z_dim)."""
    x = torch.tensor(vae.encode_features(data), dtype=torch.float32, device=device)
    a = torch.tensor(np.array(data.A), dtype=torch.float32, device=device)
    s = torch.eye(vae.n_levels, device=device)[torch.as_tensor(np.array(data.s), device=device)]
    return vae.forward_parts(x, s, a)[0].cpu().numpy().astype(float)


@torch.no_grad()
def vae_counterfactual_encoded(vae: MMDVAE, data: FairData, code: int, device: torch.device) -> np.ndarray:
    """Eval-mode counterfactual copy on the encoded scale: ``decoder(E[Z | x, s, a], s = code, a)``."""
    x = torch.tensor(vae.encode_features(data), dtype=torch.float32, device=device)
    a = torch.tensor(np.array(data.A), dtype=torch.float32, device=device)
    s = torch.eye(vae.n_levels, device=device)[torch.as_tensor(np.array(data.s), device=device)]
    mu, _ = vae.forward_parts(x, s, a)
    onehot = torch.zeros(data.n, vae.n_levels, device=device)
    onehot[:, code] = 1.0
    return vae.decode(mu, onehot, a).cpu().numpy().astype(float)
