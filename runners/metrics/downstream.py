"""Downstream tasks: for each train size (10, 100, 1,000, 10,000) fresh train points and
5,000 test points; per factor a classifier on the raw codes; accuracy per factor, mean and min
over factors, keyed as the reference does ("100:mean_test_accuracy"). statistical_efficiency =
acc@100 / acc@10,000 (mean test accuracy). The fast profile stops at 1,000 train points and
reports statistical efficiency as acc@100 / acc@1,000 (named statistical_efficiency_1000),
uses 1,000 test points, and its logistic regression tries 5 Cs with 3 folds. The smoke profile (CI and
first contact only) stops at 500 train points with 250 test points."""

from __future__ import annotations

import warnings
from functools import partial

import numpy as np
from joblib import Parallel, delayed

from .estimators import boosted_trees, logistic_cv, paper_boosting, parallel_fits

SIZES = {"paper": (10, 100, 1_000, 10_000), "fast": (10, 100, 1_000), "smoke": (10, 100, 500)}
TEST = {"paper": 5_000, "fast": 1_000, "smoke": 250}


def _fit_predict(make, x_train, y, x_test, y_test):
    """Train and test accuracy. With a single class seen, or a fit that cannot be made on so
    few points, the classifier is the majority class of the train points."""
    values, counts = np.unique(y, return_counts=True)
    if len(values) > 1:
        try:
            model = make(int(counts.min())).fit(x_train, y)
            return float(np.mean(model.predict(x_train) == y)), float(np.mean(model.predict(x_test) == y_test))
        except ValueError:
            pass
    majority = values[np.argmax(counts)]
    return float(np.mean(y == majority)), float(np.mean(y_test == majority))


def _quiet_fit(make, seed, x_train, y, x_test, y_test):
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        for category in (ConvergenceWarning, UserWarning, RuntimeWarning, FutureWarning):
            warnings.simplefilter("ignore", category)
        return _fit_predict(lambda smallest: make(seed, smallest), x_train, y, x_test, y_test)


def _downstream(data, rng, profile, make, batched=False):
    scores: dict[str, float] = {}
    for size in SIZES[profile]:
        train, test, _ = data.split(size, TEST[profile], rng)
        x_train, x_test = data.codes(train, rng), data.codes(test, rng)
        seed = int(rng.integers(2**31))
        if batched:
            accuracies = _boosted_batched(seed, x_train, data.factors[train], x_test, data.factors[test])
        else:
            # factors are independent fits: the paper profile spreads them over the cores
            jobs = [delayed(_quiet_fit)(make, seed, x_train, data.factors[train, j], x_test, data.factors[test, j])
                    for j in range(data.num_factors)]
            accuracies = Parallel(n_jobs=parallel_fits(data.num_factors) if profile == "paper" else 1)(jobs)
        train_acc, test_acc = np.array(accuracies).T
        for j, (a, b) in enumerate(accuracies):
            scores[f"{size}:train_accuracy_factor_{j}"] = a
            scores[f"{size}:test_accuracy_factor_{j}"] = b
        scores[f"{size}:mean_train_accuracy"] = float(train_acc.mean())
        scores[f"{size}:mean_test_accuracy"] = float(test_acc.mean())
        scores[f"{size}:min_train_accuracy"] = float(train_acc.min())
        scores[f"{size}:min_test_accuracy"] = float(test_acc.min())
    top = SIZES[profile][-1]
    name = "statistical_efficiency" if top == 10_000 else f"statistical_efficiency_{top}"
    scores[name] = scores["100:mean_test_accuracy"] / scores[f"{top}:mean_test_accuracy"]
    return scores


def downstream_logistic(data, rng, profile):
    # 5-fold cross-validation, fewer folds when the smallest class has fewer than 5 points
    return _downstream(data, rng, profile, partial(_logistic, profile=profile))


def downstream_boosted(data, rng, profile):
    batched = profile == "paper" and paper_boosting() == "batched"
    return _downstream(data, rng, profile, partial(_boosted, profile=profile), batched=batched)


def _boosted_batched(seed, x_train, y_train, x_test, y_test):
    """The paper profile's boosted fits of one train size, every factor's trees grown together
    (the same models as one sklearn fit per factor); a factor with one class seen is predicted
    by it, as ``_fit_predict`` does."""
    from .boosting import fit_boosted

    accuracies: list = [None] * y_train.shape[1]
    fitted = [j for j in range(y_train.shape[1]) if len(np.unique(y_train[:, j])) > 1]
    for j in set(range(y_train.shape[1])) - set(fitted):
        accuracies[j] = _fit_predict(None, x_train, y_train[:, j], x_test, y_test[:, j])
    if fitted:
        fits = fit_boosted(x_train, y_train[:, fitted], x_test, [seed] * len(fitted))
        for j, f in zip(fitted, fits):
            accuracies[j] = (float(np.mean(f.train_prediction == y_train[:, j])),
                             float(np.mean(f.test_prediction == y_test[:, j])))
    return accuracies


def _logistic(seed, smallest, profile):
    return logistic_cv(seed, folds=max(2, min(5, smallest)), profile=profile)


def _boosted(seed, smallest, profile):
    return boosted_trees(seed, profile)
