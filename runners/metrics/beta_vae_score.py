"""BetaVAE score (Higgins et al. 2017), reference defaults: 10,000 train and 5,000 eval points,
batch 64. A point: pick a factor k, draw 64 pairs of rows that share factor k, feature = mean
absolute difference of their codes, label k. Score: accuracy of a logistic regression
(liblinear, one vs rest, as in the reference's sklearn) on the eval points."""

from __future__ import annotations

import numpy as np

from .estimators import logistic_ovr

POINTS = {"paper": (10_000, 5_000, 64), "fast": (2_000, 1_000, 64), "smoke": (500, 250, 64)}


def _points(data, n, batch, rng):
    labels = rng.integers(0, data.num_factors, n)
    first = rng.integers(0, len(data.factors), (n, batch))
    second = data.partners(np.repeat(labels, batch), first.reshape(-1), rng).reshape(n, batch)
    diff = np.abs(data.codes(first.reshape(-1), rng) - data.codes(second.reshape(-1), rng))
    return diff.reshape(n, batch, -1).mean(axis=1), labels


def beta_vae_score(data, rng, profile):
    n_train, n_eval, batch = POINTS[profile]
    x_train, y_train = _points(data, n_train, batch, rng)
    x_eval, y_eval = _points(data, n_eval, batch, rng)
    model = logistic_ovr(int(rng.integers(2**31))).fit(x_train, y_train)
    return {"train_accuracy": float(np.mean(model.predict(x_train) == y_train)),
            "eval_accuracy": float(np.mean(model.predict(x_eval) == y_eval))}
