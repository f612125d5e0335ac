"""Unsupervised scores on 10,000 points: from the codes' covariance, the Gaussian total
correlation 0.5 (sum log diag - log det) and the Gaussian Wasserstein correlation
2 tr cov - 2 tr sqrt(diag(cov) cov) (and divided by tr cov); the mean pairwise mutual
information of the discretised dimensions."""

from __future__ import annotations

import numpy as np
import scipy.linalg

from .information import discretize, mutual_information

POINTS = {"paper": 10_000, "fast": 10_000, "smoke": 2_000}


def gaussian_total_correlation(cov: np.ndarray) -> float:
    return float(0.5 * (np.sum(np.log(np.diag(cov))) - np.linalg.slogdet(cov)[1]))


def gaussian_wasserstein_correlation(cov: np.ndarray) -> float:
    root = scipy.linalg.sqrtm(cov * np.diag(cov)[:, None])
    return float(2 * np.trace(cov) - 2 * np.trace(np.real(root)))


def unsupervised(data, rng, profile):
    index = rng.integers(0, len(data.factors), POINTS[profile]) if len(data.factors) < POINTS[profile] \
        else rng.permutation(len(data.factors))[:POINTS[profile]]
    codes = data.codes(index, rng)
    cov = np.cov(codes, rowvar=False)
    wasserstein = gaussian_wasserstein_correlation(cov)
    discrete = discretize(codes)
    mi = mutual_information(discrete, discrete)
    np.fill_diagonal(mi, 0)
    d = codes.shape[1]
    return {"gaussian_total_correlation": gaussian_total_correlation(cov),
            "gaussian_wasserstein_correlation": wasserstein,
            "gaussian_wasserstein_correlation_norm": float(wasserstein / np.trace(cov)),
            "mutual_info_score": float(mi.sum() / (d * d - d)) if d > 1 else 0.0}
