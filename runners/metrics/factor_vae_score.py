"""FactorVAE score (Kim & Mnih 2018), reference defaults: global variances from 10,000
points; dimensions whose standard deviation is below 0.05 are dropped; 10,000 train and
5,000 eval votes, batch 64. A vote: pick factor k, 64 rows with factor k fixed, the vote is
(k, argmin over active dims of variance / global variance). Classifier: per dimension, the
majority factor among its train votes. Score: eval accuracy."""

from __future__ import annotations

import numpy as np

POINTS = {"paper": (10_000, 10_000, 5_000, 64), "fast": (2_000, 2_000, 1_000, 64), "smoke": (500, 500, 250, 64)}


def _votes(data, n, batch, variances, active, rng):
    votes = np.zeros((data.mean.shape[1], data.num_factors), dtype=np.int64)
    for _ in range(n):
        k = int(rng.integers(0, data.num_factors))
        codes = data.codes(data.sample_sharing(k, batch, rng), rng)
        local = np.var(codes, axis=0, ddof=1)[active] / variances[active]
        votes[np.flatnonzero(active)[np.argmin(local)], k] += 1
    return votes


def factor_vae_score(data, rng, profile):
    n_var, n_train, n_eval, batch = POINTS[profile]
    global_codes = data.codes(rng.integers(0, len(data.factors), n_var), rng)
    variances = np.var(global_codes, axis=0, ddof=1)
    active = np.sqrt(variances) >= 0.05
    if not active.any():
        return {"train_accuracy": 0.0, "eval_accuracy": 0.0, "num_active_dims": 0.0}
    train = _votes(data, n_train, batch, variances, active, rng)
    evals = _votes(data, n_eval, batch, variances, active, rng)
    classifier = np.argmax(train, axis=1)
    rows = np.arange(train.shape[0])
    return {"train_accuracy": float(train[rows, classifier].sum() / train.sum()),
            "eval_accuracy": float(evals[rows, classifier].sum() / evals.sum()),
            "num_active_dims": float(active.sum())}
