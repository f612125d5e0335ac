"""SAP score (Kumar et al. 2018), reference defaults: 10,000 train and 5,000 test points.
S[i, j] = test accuracy of LinearSVC(C = 0.01, balanced classes) trained on code i alone to
predict factor j; per factor the gap between its two best codes; the mean is SAP_score."""

from __future__ import annotations

import numpy as np

from .estimators import linear_svc

POINTS = {"paper": (10_000, 5_000), "fast": (2_000, 1_000), "smoke": (500, 250)}


def score_matrix(x_train, y_train, x_test, y_test, seed) -> np.ndarray:
    s = np.zeros((x_train.shape[1], y_train.shape[1]))
    for i in range(x_train.shape[1]):
        for j in range(y_train.shape[1]):
            if len(np.unique(y_train[:, j])) < 2:
                s[i, j] = 1.0
                continue
            model = linear_svc(seed).fit(x_train[:, i:i + 1], y_train[:, j])
            s[i, j] = np.mean(model.predict(x_test[:, i:i + 1]) == y_test[:, j])
    return s


def sap(data, rng, profile):
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    n_train, n_test = POINTS[profile]
    train, test, replaced = data.split(n_train, n_test, rng)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        s = score_matrix(data.codes(train, rng), data.factors[train], data.codes(test, rng), data.factors[test],
                         int(rng.integers(2**31)))
    top = np.sort(s, axis=0)[::-1]
    return {"SAP_score": float(np.mean(top[0] - top[1])), "points_with_replacement": float(replaced)}
