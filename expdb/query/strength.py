"""Which hyperparameter is a method's regularisation strength.

The reference grid (../shared/spec/study.md, section 1) sweeps one hyperparameter per
method; claims plot and rank models by it. DIP-VAE sweeps lambda_od with lambda_d tied to
it, so lambda_od is the strength. For AnnealedVAE the swept c_max is a capacity: a larger
capacity lets more KL through, so regularisation *weakens* as c_max grows. Our claims rank
by ``regularisation`` (= strength, sign-flipped for AnnealedVAE) so that "stronger" means
the same thing for every method; this reading is ours, the paper plots raw values.
"""

from __future__ import annotations

STRENGTH = {
    "beta_vae": "beta",
    "factor_vae": "gamma",
    "dip_vae_i": "lambda_od",
    "dip_vae_ii": "lambda_od",
    "beta_tc_vae": "beta",
    "annealed_vae": "c_max",
}
WEAKER_WHEN_LARGER = {"annealed_vae"}


def strength_name(method: str, hyperparameters: list[str]) -> str | None:
    """The swept hyperparameter of method; for a method we do not know, its only (or else
    alphabetically first) hyperparameter."""
    if method in STRENGTH:
        return STRENGTH[method]
    return sorted(hyperparameters)[0] if hyperparameters else None


def regularisation(method: str, value: float | None) -> float | None:
    if value is None:
        return None
    return -value if method in WEAKER_WHEN_LARGER else value
