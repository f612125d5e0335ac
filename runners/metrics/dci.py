"""DCI (Eastwood & Williams 2018), reference defaults: 10,000 train and 5,000 test points;
per factor a GradientBoostingClassifier on the raw codes; R[i, j] its importance of code i for
factor j. disentanglement = sum_i rho_i (1 - H_K(R_i / sum R_i)), rho_i = sum R_i / sum R,
entropy base K = number of factors; completeness the same per factor over codes (base = number
of codes); informativeness = mean train and test accuracy."""

from __future__ import annotations

import numpy as np
from joblib import Parallel, delayed

from .estimators import boosted_trees, paper_boosting, parallel_fits

POINTS = {"paper": (10_000, 5_000), "fast": (2_000, 1_000), "smoke": (500, 250)}


def _fit(x_train, y_train, x_test, y_test, seed, profile):
    model = boosted_trees(seed, profile).fit(x_train, y_train)
    return (np.abs(model.feature_importances_), float(np.mean(model.predict(x_train) == y_train)),
            float(np.mean(model.predict(x_test) == y_test)))


def _fit_batched(x_train, y_train, x_test, y_test, seeds):
    """The paper profile's fits, every factor's boosted trees grown together (the same models)."""
    from .boosting import fit_boosted

    fits = fit_boosted(x_train, y_train, x_test, [int(s) for s in seeds])
    return [(np.abs(f.importances), float(np.mean(f.train_prediction == y_train[:, j])),
             float(np.mean(f.test_prediction == y_test[:, j]))) for j, f in enumerate(fits)]


def _entropy_rows(p: np.ndarray, base: int) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(p > 0, np.log(p), 0.0)
    return -(p * logs).sum(axis=1) / np.log(base)


def scores_from_importance(importance: np.ndarray) -> tuple[float, float]:
    """(disentanglement, completeness) of an importance matrix (codes x factors)."""
    codes, factors = importance.shape
    total = importance.sum()
    if total == 0:
        return 0.0, 0.0
    row = importance.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p_rows = np.where(row[:, None] > 0, importance / row[:, None], 0.0)
    disentanglement = float(np.sum((row / total) * (1 - _entropy_rows(p_rows, factors)))) if factors > 1 else 1.0
    col = importance.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        p_cols = np.where(col[None, :] > 0, importance / col[None, :], 0.0)
    completeness = float(np.sum((col / total) * (1 - _entropy_rows(p_cols.T, codes)))) if codes > 1 else 1.0
    return disentanglement, completeness


def dci(data, rng, profile):
    n_train, n_test = POINTS[profile]
    train, test, replaced = data.split(n_train, n_test, rng)
    x_train, x_test = data.codes(train, rng), data.codes(test, rng)
    seeds = rng.integers(2**31, size=data.num_factors)
    if profile == "paper" and paper_boosting() == "batched":
        fits = _fit_batched(x_train, data.factors[train], x_test, data.factors[test], seeds)
    else:
        # factors are independent fits: the paper profile spreads them over the cores
        jobs = parallel_fits(data.num_factors) if profile == "paper" else 1
        fits = Parallel(n_jobs=jobs)(delayed(_fit)(x_train, data.factors[train, j], x_test, data.factors[test, j],
                                                   int(seeds[j]), profile) for j in range(data.num_factors))
    importance = np.stack([f[0] for f in fits], axis=1)
    disentanglement, completeness = scores_from_importance(importance)
    return {"disentanglement": disentanglement, "completeness": completeness,
            "informativeness_train": float(np.mean([f[1] for f in fits])),
            "informativeness_test": float(np.mean([f[2] for f in fits])),
            "points_with_replacement": float(replaced)}
