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

from .sampling import EvaluationSet

METRICS = ("beta_vae", "factor_vae", "mig", "dci", "modularity", "sap", "unsupervised",
           "downstream_logistic", "downstream_boosted")
PROFILES = ("paper", "fast", "smoke")


def compute(metric: str, data: EvaluationSet, rng, profile: str = "paper") -> dict[str, float]:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r} (known: {', '.join(PROFILES)})")
    if metric == "beta_vae":
        from .beta_vae_score import beta_vae_score as fn
    elif metric == "factor_vae":
        from .factor_vae_score import factor_vae_score as fn
    elif metric == "mig":
        from .mig import mig as fn
    elif metric == "dci":
        from .dci import dci as fn
    elif metric == "modularity":
        from .modularity import modularity as fn
    elif metric == "sap":
        from .sap import sap as fn
    elif metric == "unsupervised":
        from .unsupervised import unsupervised as fn
    elif metric == "downstream_logistic":
        from .downstream import downstream_logistic as fn
    elif metric == "downstream_boosted":
        from .downstream import downstream_boosted as fn
    else:
        raise ValueError(f"unknown metric {metric!r} (known: {', '.join(METRICS)})")
    return fn(data, rng, profile)


__all__ = ["METRICS", "PROFILES", "EvaluationSet", "compute"]
