"""Mutual Information Gap (Chen et al. 2018), reference defaults: 10,000 points, codes
discretised into 20 equal-width bins per dimension; per factor (top-1 - top-2 MI over codes)
/ H(factor); the mean over factors is discrete_mig."""

from __future__ import annotations

import numpy as np

from .information import discretize, entropy, mutual_information

POINTS = {"paper": 10_000, "fast": 10_000, "smoke": 2_000}  # MIG is cheap: paper and fast use the reference's count


def mig(data, rng, profile):
    index = rng.integers(0, len(data.factors), POINTS[profile]) if len(data.factors) < POINTS[profile] \
        else rng.permutation(len(data.factors))[:POINTS[profile]]
    codes = discretize(data.codes(index, rng))
    factors = data.factors[index]
    mi = mutual_information(codes, factors)
    h = entropy(factors)
    top = np.sort(mi, axis=0)[::-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        gaps = (top[0] - top[1]) / h
    gaps = np.where(h > 0, gaps, 0.0)
    return {"discrete_mig": float(np.mean(gaps))}
