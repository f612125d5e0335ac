"""Disentanglement metrics, unsupervised scores and downstream tasks, on plain arrays.

Each metric takes an ``EvaluationSet`` (factor sizes, the evaluation set's factor indices,
latent means and log-variances, the representation kind) plus a numpy Generator and a
profile, and returns a dict of named scores. The ``metrics`` runner wraps them for expdb.

Profiles: ``paper`` uses the reference library's point counts and estimators; ``fast`` keeps
every definition and uses fewer points and cheaper tree ensembles where the reference's
gradient boosting dominates the cost; ``smoke`` is smaller still, for CI and a first run
only (its scores are a sketch, not a measurement). Each module says which quirks of the
reference it keeps.
"""

from __future__ import annotations

import importlib

from .sampling import EvaluationSet

# name -> (module, function) of every metric. The order is part of every evaluation's random
# stream (the evaluate runner seeds each metric with its position): add at the end, never reorder.
REGISTRY = {
    "beta_vae": ("beta_vae_score", "beta_vae_score"),
    "factor_vae": ("factor_vae_score", "factor_vae_score"),
    "mig": ("mig", "mig"),
    "dci": ("dci", "dci"),
    "modularity": ("modularity", "modularity"),
    "sap": ("sap", "sap"),
    "unsupervised": ("unsupervised", "unsupervised"),
    "downstream_logistic": ("downstream", "downstream_logistic"),
    "downstream_boosted": ("downstream", "downstream_boosted"),
}
METRICS = tuple(REGISTRY)
PROFILES = ("paper", "fast", "smoke")


def compute(metric: str, data: EvaluationSet, rng, profile: str = "paper") -> dict[str, float]:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r} (known: {', '.join(PROFILES)})")
    if metric not in REGISTRY:
        raise ValueError(f"unknown metric {metric!r} (known: {', '.join(METRICS)})")
    module, function = REGISTRY[metric]
    fn = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return fn(data, rng, profile)


__all__ = ["METRICS", "PROFILES", "REGISTRY", "EvaluationSet", "compute"]
