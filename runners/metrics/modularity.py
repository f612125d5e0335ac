"""Modularity and explicitness (Ridgeway & Mozer 2018), reference defaults: 10,000 train and
5,000 test points. Modularity from the MI of discretised codes and factors: per code
theta = max_j MI^2, delta = (sum_j MI^2 - theta) / (theta (K - 1)), score 1 - delta (0 when
theta = 0), mean over codes. Explicitness: per factor a logistic regression on z-scored codes,
macro one-vs-rest ROC-AUC, mean over factors."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import label_binarize

from .estimators import logistic_ovr
from .information import discretize, mutual_information

POINTS = {"paper": (10_000, 5_000), "fast": (2_000, 1_000), "smoke": (500, 250)}


def modularity_score(mi: np.ndarray) -> float:
    squared = mi ** 2
    theta = squared.max(axis=1)
    k = mi.shape[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (squared.sum(axis=1) - theta) / (theta * (k - 1))
    return float(np.mean(np.where(theta > 0, 1 - delta, 0.0)))


def _explicitness(x_train, y_train, x_test, y_test, seed):
    classes = np.unique(y_train)
    model = logistic_ovr(seed).fit(x_train, y_train)
    out = []
    for x, y in ((x_train, y_train), (x_test, y_test)):
        if len(classes) < 2:
            out.append(1.0)
            continue
        truth = label_binarize(y, classes=classes)
        scores = model.predict_proba(x)
        if len(classes) == 2:
            truth, scores = truth[:, 0], scores[:, 1]
        present = truth.reshape(len(y), -1).any(axis=0)
        out.append(float(roc_auc_score(truth, scores, average="macro")) if present.all() and (~truth.astype(bool)).any() else float("nan"))
    return out


def modularity(data, rng, profile):
    n_train, n_test = POINTS[profile]
    train, test, replaced = data.split(n_train, n_test, rng)
    codes_train, codes_test = data.codes(train, rng), data.codes(test, rng)
    mi = mutual_information(discretize(codes_train), data.factors[train])
    mean, std = codes_train.mean(axis=0), codes_train.std(axis=0)
    std = np.where(std > 0, std, 1.0)
    x_train, x_test = (codes_train - mean) / std, (codes_test - mean) / std
    seed = int(rng.integers(2**31))
    per_factor = [_explicitness(x_train, data.factors[train, j], x_test, data.factors[test, j], seed)
                  for j in range(data.num_factors)]
    return {"modularity_score": modularity_score(mi),
            "explicitness_score_train": float(np.nanmean([p[0] for p in per_factor])),
            "explicitness_score_test": float(np.nanmean([p[1] for p in per_factor])),
            "points_with_replacement": float(replaced)}
