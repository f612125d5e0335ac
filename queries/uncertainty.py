"""Intervals that exist at any number of seeds, and the family-wise level a claim's rule uses.

With five seeds or more a check's interval resamples seeds (stats.seed_bootstrap,
stats.seed_jackknife). Below that a bootstrap over seeds has too few distinct resamples to
mean anything, so each kind of figure gets an interval over a unit there are enough of:

- a Spearman correlation over n models: a Fisher z interval with Bonett and Wright's variance
  for rank correlations, (1 + rho^2 / 2) / (n - 3), treating the models as independent draws;
- a share of k out of n (checks, pairs): the exact binomial (Clopper-Pearson) interval;
- an agreement across data sets (the smallest |rho| when the signs agree, else 0): the range of
  the agreement over the box of the data sets' correlation intervals, each at a Bonferroni
  level so that the box holds every data set's correlation at the stated level together;
- a figure computed from units that a resample can weight (selections, runs): a bootstrap
  over those units (stats.unit_bootstrap).

Every function takes the interval's level, so a claim can ask for its checks' family-wise
intervals as well (expdb.claims.family_level: Bonferroni over the deciding checks).
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

from .stats import _incomplete_beta

LEVEL = 0.95
# A correlation of exactly +-1 has an infinite Fisher z; it is moved this far inside, so that
# the interval (not the figure) is finite and still reaches the bound.
_EDGE = 1e-12


def fisher_z_interval(rho: float, n: int, level: float = LEVEL) -> tuple[float, float] | None:
    """A model-level interval for Spearman's rho over n models (None when n < 4 or rho is
    undefined): tanh(atanh(rho) -+ z * sqrt((1 + rho^2 / 2) / (n - 3)))."""
    if n < 4 or rho is None or not math.isfinite(rho):
        return None
    r = min(max(rho, -1 + _EDGE), 1 - _EDGE)
    half = NormalDist().inv_cdf((1 + level) / 2) * math.sqrt((1 + r * r / 2) / (n - 3))
    centre = math.atanh(r)
    return (math.tanh(centre - half), math.tanh(centre + half))


def _beta_quantile(p: float, a: float, b: float) -> float:
    """The p-quantile of Beta(a, b), by bisection on the regularised incomplete beta."""
    low, high = 0.0, 1.0
    for _ in range(100):
        middle = (low + high) / 2
        if _incomplete_beta(middle, a, b) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def clopper_pearson(k: int, n: int, level: float = LEVEL) -> tuple[float, float] | None:
    """The exact binomial interval of a share k / n (None when n is 0)."""
    if n <= 0:
        return None
    tail = (1 - level) / 2
    low = 0.0 if k <= 0 else _beta_quantile(tail, k, n - k + 1)
    high = 1.0 if k >= n else _beta_quantile(1 - tail, k + 1, n - k)
    return (low, high)


def agreement_box(bounds) -> tuple[float, float] | None:
    """The range of common.agreement (smallest |rho| when every rho has the same sign, else 0)
    over a box of per-data-set rho intervals; None when a data set has no interval or there are
    fewer than two."""
    if len(bounds) < 2 or any(b is None for b in bounds):
        return None
    low = np.array([b[0] for b in bounds])
    high = np.array([b[1] for b in bounds])
    if (low > 0).all():
        lowest = float(low.min())
    elif (high < 0).all():
        lowest = float((-high).min())
    else:
        lowest = 0.0  # a sign can change, or a rho be 0, inside the box
    options = [float(high.min())] if (high > 0).all() else []
    options += [float((-low).min())] if (low < 0).all() else []
    return (lowest, max(options) if options else 0.0)


def agreement_interval(rhos, counts, level: float = LEVEL) -> tuple[float, float] | None:
    """A model-level interval of the agreement of per-data-set correlations (rhos over counts
    models): each data set's Fisher z interval at level 1 - (1 - level) / D, so that the box
    they form holds every correlation at once with probability at least level."""
    rhos, counts = list(rhos), list(counts)
    if len(rhos) < 2:
        return None
    each = 1 - (1 - level) / len(rhos)
    return agreement_box([fisher_z_interval(r, int(n), each) for r, n in zip(rhos, counts)])


def share_interval(values, test, level: float = LEVEL) -> tuple[float, float] | None:
    """Clopper-Pearson interval of the share of defined values that pass test."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return clopper_pearson(int(np.sum(test(values))), len(values), level)
