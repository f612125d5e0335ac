"""Each method's regulariser against an independent numpy computation on a fixed batch."""

import math

import numpy as np
import pytest
import torch
from scipy.special import logsumexp

from expdb_runners.methods import methods
from expdb_runners.methods.factor_vae import discriminator_loss, permute_dims
from expdb_runners.model import kl_divergence, reconstruction_loss

rng = np.random.default_rng(7)
MEAN = rng.normal(size=(16, 4))
LOGVAR = rng.normal(scale=0.5, size=(16, 4))
Z = MEAN + np.exp(LOGVAR / 2) * rng.normal(size=(16, 4))


def t(a):
    return torch.tensor(a, dtype=torch.float64)


def np_kl(mean, logvar):
    return np.mean(0.5 * np.sum(mean ** 2 + np.exp(logvar) - logvar - 1, axis=1))


def np_cov(mean):
    centred = mean - mean.mean(axis=0)
    return centred.T @ centred / len(mean)


def np_dip(c, od, d):
    off = c - np.diag(np.diag(c))
    return od * np.sum(off ** 2) + d * np.sum((np.diag(c) - 1) ** 2)


def np_tc(z, mean, logvar):
    var = np.exp(logvar)
    log_q = -0.5 * ((z[:, None, :] - mean[None]) ** 2 / var[None] + logvar[None] + math.log(2 * math.pi))
    return np.mean(logsumexp(log_q.sum(axis=2), axis=1) - logsumexp(log_q, axis=1).sum(axis=1))


def regularizer(method, hp, step=0, extra=None):
    kl = kl_divergence(t(MEAN), t(LOGVAR))
    return float(methods()[method].regularizer(hp, kl, t(MEAN), t(LOGVAR), t(Z), step, extra or {}).detach())


def test_kl_and_reconstruction():
    assert float(kl_divergence(t(MEAN), t(LOGVAR))) == pytest.approx(np_kl(MEAN, LOGVAR), rel=1e-12)
    logits = rng.normal(size=(3, 2, 4, 4))
    x = rng.uniform(size=(3, 2, 4, 4))
    p = 1 / (1 + np.exp(-logits))
    expected = -np.sum(x * np.log(p) + (1 - x) * np.log(1 - p)) / 3
    assert float(reconstruction_loss(t(logits), t(x))) == pytest.approx(expected, rel=1e-10)


def test_beta_vae_and_annealed_vae():
    kl = np_kl(MEAN, LOGVAR)
    assert regularizer("beta_vae", {"beta": 4.0}) == pytest.approx(4 * kl)
    hp = {"c_max": 25.0, "gamma": 1000.0, "iteration_threshold": 100.0}
    for step in (0, 40, 100, 500):
        capacity = min(25.0, 25.0 * step / 100.0)
        assert regularizer("annealed_vae", hp, step) == pytest.approx(1000 * abs(kl - capacity))


@pytest.mark.parametrize("method", ["dip_vae_i", "dip_vae_ii"])
def test_dip_vae(method):
    c = np_cov(MEAN)
    if method == "dip_vae_ii":
        c = c + np.diag(np.exp(LOGVAR).mean(axis=0))
    expected = np_kl(MEAN, LOGVAR) + np_dip(c, 2.0, 20.0)
    assert regularizer(method, {"lambda_od": 2.0, "lambda_d": 20.0}) == pytest.approx(expected, rel=1e-10)


def test_beta_tc_vae():
    expected = np_kl(MEAN, LOGVAR) + 5.0 * np_tc(Z, MEAN, LOGVAR)
    assert regularizer("beta_tc_vae", {"beta": 6.0}) == pytest.approx(expected, rel=1e-10)


def test_factor_vae_terms():
    torch.manual_seed(0)
    disc = torch.nn.Sequential(torch.nn.Linear(4, 5), torch.nn.LeakyReLU(0.2), torch.nn.Linear(5, 2)).double()
    w1, b1 = disc[0].weight.detach().numpy(), disc[0].bias.detach().numpy()
    w2, b2 = disc[2].weight.detach().numpy(), disc[2].bias.detach().numpy()

    def np_disc(z):
        h = z @ w1.T + b1
        h = np.where(h > 0, h, 0.2 * h)
        return h @ w2.T + b2

    logits = np_disc(Z)
    expected = np_kl(MEAN, LOGVAR) + 10.0 * np.mean(logits[:, 0] - logits[:, 1])
    assert regularizer("factor_vae", {"gamma": 10.0}, extra={"discriminator": disc}) == pytest.approx(expected, rel=1e-10)
    perm = Z[::-1].copy()

    def probs(l):
        e = np.exp(l - l.max(axis=1, keepdims=True))
        return np.clip(e / e.sum(axis=1, keepdims=True), 1e-6, 1 - 1e-6)

    expected_d = -(0.5 * np.mean(np.log(probs(np_disc(Z))[:, 0])) + 0.5 * np.mean(np.log(probs(np_disc(perm))[:, 1])))
    got = float(discriminator_loss(disc(t(Z)), disc(t(perm))).detach())
    assert got == pytest.approx(expected_d, rel=1e-10)


def test_permute_dims_permutes_each_column_independently():
    z = torch.arange(64 * 3, dtype=torch.float32).reshape(64, 3)
    g = torch.Generator().manual_seed(1)
    permuted = permute_dims(z, g)
    for d in range(3):
        assert sorted(permuted[:, d].tolist()) == z[:, d].tolist()
    orders = [tuple((permuted[:, d] - d).div(3).long().tolist()) for d in range(3)]
    assert len(set(orders)) == 3  # columns are shuffled differently
