"""The shared Gaussian encoder and Bernoulli decoder of the reference study.

64x64 (the paper): conv 32 k4 s2 -> conv 32 k4 s2 -> conv 64 k2 s2 -> conv 64 k2 s2 ->
dense 256 -> mean and log-variance heads; decoder dense 256 -> dense 1024 -> 4x4x64 ->
deconv 64 k4 s2 -> deconv 32 k4 s2 -> deconv 32 k4 s2 -> deconv C k4 s2 (logits).
TensorFlow's "same" padding for these strides is padding=1 for k4 (k2 needs none).
ReLU throughout, no batch-norm or dropout, Glorot-uniform weights and zero biases (TF1's
defaults).

32x32 (our CPU-sized variant, a declared deviation): one stride-2 layer fewer on each
side, the second conv 32 of the encoder and the last deconv 32 of the decoder, so the
bottleneck is still 4x4x64.
"""

from __future__ import annotations

import torch
from torch import nn


def glorot(module: nn.Module) -> None:
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)


class Encoder(nn.Module):
    def __init__(self, channels: int, resolution: int, latent_dim: int):
        super().__init__()
        convs = [nn.Conv2d(channels, 32, 4, 2, 1), nn.ReLU()]
        if resolution == 64:
            convs += [nn.Conv2d(32, 32, 4, 2, 1), nn.ReLU()]
        convs += [nn.Conv2d(32, 64, 2, 2), nn.ReLU(), nn.Conv2d(64, 64, 2, 2), nn.ReLU()]
        self.convs = nn.Sequential(*convs, nn.Flatten(), nn.Linear(4 * 4 * 64, 256), nn.ReLU())
        self.mean = nn.Linear(256, latent_dim)
        self.logvar = nn.Linear(256, latent_dim)

    def forward(self, x):
        h = self.convs(x)
        return self.mean(h), self.logvar(h)


class Decoder(nn.Module):
    def __init__(self, channels: int, resolution: int, latent_dim: int):
        super().__init__()
        self.dense = nn.Sequential(nn.Linear(latent_dim, 256), nn.ReLU(), nn.Linear(256, 1024), nn.ReLU())
        deconvs = [nn.ConvTranspose2d(64, 64, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(64, 32, 4, 2, 1), nn.ReLU()]
        if resolution == 64:
            deconvs += [nn.ConvTranspose2d(32, 32, 4, 2, 1), nn.ReLU()]
        deconvs += [nn.ConvTranspose2d(32, channels, 4, 2, 1)]
        self.deconvs = nn.Sequential(*deconvs)

    def forward(self, z):
        return self.deconvs(self.dense(z).view(-1, 64, 4, 4))


class VAE(nn.Module):
    def __init__(self, channels: int, resolution: int = 64, latent_dim: int = 10):
        super().__init__()
        if resolution not in (64, 32):
            raise ValueError(f"resolution must be 64 or 32, not {resolution}")
        self.encoder = Encoder(channels, resolution, latent_dim)
        self.decoder = Decoder(channels, resolution, latent_dim)
        glorot(self)


def reconstruction_loss(logits: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Sigmoid cross-entropy summed over pixels and channels, averaged over the batch."""
    return nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]


def kl_divergence(mean: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """Batch mean of KL(N(mean, exp(logvar)) || N(0, I))."""
    return 0.5 * (mean.pow(2) + logvar.exp() - logvar - 1).sum(dim=1).mean()
