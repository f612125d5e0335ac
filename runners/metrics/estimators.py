"""Every sklearn estimator the metrics use, with its arguments pinned, so no score moves
when a default changes between sklearn versions (LogisticRegression's did in 0.22)."""

from __future__ import annotations

import os


def parallel_fits(count: int) -> int:
    """Processes (threads, for the fast forest) for independent fits: one per core (EXPDB_METRIC_JOBS overrides;
    fill sets it to each local worker's share). Each fit has its own seed, so the scores do not depend on this."""
    wanted = int(os.environ.get("EXPDB_METRIC_JOBS", 0)) or os.cpu_count() or 1
    return max(1, min(wanted, count))


def logistic_ovr(seed: int):
    """The reference's LogisticRegression under the sklearn of its time: liblinear, one vs rest, C = 1."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(LogisticRegression(C=1.0, solver="liblinear", max_iter=100, tol=1e-4,
                                                  random_state=seed))


def logistic_cv(seed: int, folds: int = 5, profile: str = "paper"):
    """Downstream: LogisticRegressionCV over 10 Cs with 5-fold cross-validation, lbfgs
    (fast profile: 5 Cs, 3 folds)."""
    from sklearn.linear_model import LogisticRegressionCV

    cs, folds = {"paper": (10, folds), "fast": (5, min(folds, 3)), "smoke": (3, 2)}[profile]
    return LogisticRegressionCV(Cs=cs, cv=folds, solver="lbfgs", max_iter=100, tol=1e-4, scoring="accuracy",
                                random_state=seed)


def paper_boosting() -> str:
    """How the paper profile fits its gradient boosting: ``batched`` (default: every factor's
    trees grown together, ``boosting.fit_boosted``, the same models as sklearn's estimator) or
    ``sklearn`` (the reference's estimator itself, one fit per factor), set by
    EXPDB_PAPER_BOOSTING; the scores are the same either way."""
    choice = os.environ.get("EXPDB_PAPER_BOOSTING", "batched")
    if choice not in ("batched", "sklearn"):
        raise ValueError(f"EXPDB_PAPER_BOOSTING must be batched or sklearn, not {choice!r}")
    return choice


def boosted_trees(seed: int, profile: str):
    """paper: GradientBoostingClassifier with the reference's (sklearn's) defaults, stated.
    fast: a random forest of 50 trees of depth 10 over the cores (impurity importances
    like the boosted trees'; a declared deviation measured in BENCHMARKS.md)."""
    if profile == "paper":
        from sklearn.ensemble import GradientBoostingClassifier

        # criterion is left out: friedman_mse is the only behaviour, and sklearn 1.9 deprecates the argument
        return GradientBoostingClassifier(loss="log_loss", learning_rate=0.1, n_estimators=100, subsample=1.0,
                                          max_depth=3, random_state=seed)
    from sklearn.ensemble import RandomForestClassifier

    if profile == "smoke":  # CI and first contact only: a sketch of the fast profile
        return RandomForestClassifier(n_estimators=20, max_depth=6, n_jobs=1, random_state=seed)
    # threads: this process's share of the cores (a forest's trees do not depend on n_jobs)
    return RandomForestClassifier(n_estimators=50, max_depth=10, n_jobs=parallel_fits(50), random_state=seed)


def linear_svc(seed: int):
    from sklearn.svm import LinearSVC

    return LinearSVC(C=0.01, class_weight="balanced", max_iter=1000, tol=1e-4, dual=True, random_state=seed)
