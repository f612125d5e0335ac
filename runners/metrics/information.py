"""Discretisation and discrete mutual information, as the reference computes them."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import mutual_info_score


def discretize(codes: np.ndarray, bins: int = 20) -> np.ndarray:
    """Per dimension, `bins` equal-width bins over that dimension's range (codes, N x D ->
    int N x D in 1..bins). Like the reference, the bin edges come from np.histogram and
    values are placed with np.digitize on all edges but the last, so the maximum lands in
    the last bin."""
    out = np.zeros(codes.shape, dtype=np.int64)
    for d in range(codes.shape[1]):
        edges = np.histogram(codes[:, d], bins)[1]
        out[:, d] = np.digitize(codes[:, d], edges[:-1])
    return out


def mutual_information(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MI (natural log) between every column of a (N x A) and every column of b (N x B)."""
    return np.array([[mutual_info_score(b[:, j], a[:, i]) for j in range(b.shape[1])] for i in range(a.shape[1])])


def entropy(y: np.ndarray) -> np.ndarray:
    """H of each column of y, as MI(y, y)."""
    return np.array([mutual_info_score(y[:, j], y[:, j]) for j in range(y.shape[1])])
