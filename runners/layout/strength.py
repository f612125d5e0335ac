"""Which hyperparameter is a method's regularisation strength.

The reference grid (docs/study.md, section 1) sweeps one hyperparameter per method; claims plot and rank models by it. DIP-VAE sweeps lambda_od with lambda_d tied to
it, so lambda_od is the strength. For AnnealedVAE the swept c_max is a capacity: a larger
capacity lets more KL through, so regularisation *weakens* as c_max grows. Our claims rank
by ``regularisation`` (= strength, sign-flipped for AnnealedVAE) so that "stronger" means
the same thing for every method; this reading is ours, the paper plots raw values.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

GROUP = "expdb.strengths"


@lru_cache(maxsize=1)
def strengths() -> dict[str, tuple[str, bool]]:
    """method -> (swept hyperparameter, weaker when larger), from every installed package that
    declares its methods (the entry point group expdb.strengths; expdb_runners declares its own
    from each method's class), so that this layout names no method itself."""
    found: dict[str, tuple[str, bool]] = {}
    for ep in entry_points(group=GROUP):
        try:
            found.update(ep.load()())
        except ImportError:  # a package whose methods cannot be imported here: its models fall back
            continue
    return found


def weaker_when_larger() -> set[str]:
    return {method for method, (_, weaker) in strengths().items() if weaker}


def strength_name(method: str, hyperparameters: list[str]) -> str | None:
    """The swept hyperparameter of method; for a method no package declares, its only (or
    else alphabetically first) hyperparameter."""
    if method in strengths():
        return strengths()[method][0]
    return sorted(hyperparameters)[0] if hyperparameters else None
