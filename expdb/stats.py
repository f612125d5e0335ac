"""Small, dependency-free statistics for claims: ranks, Spearman, seeded bootstraps."""

from __future__ import annotations

import numpy as np


def rank(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n along the last axis, ties given their average rank (as scipy's rankdata)."""
    values = np.asarray(values, dtype=float)
    n = values.shape[-1]
    flat = values.reshape(-1, n)
    order = np.argsort(flat, axis=-1, kind="mergesort")
    sv = np.take_along_axis(flat, order, axis=-1)
    positions = np.broadcast_to(np.arange(n), sv.shape)
    new_run = np.ones(sv.shape, dtype=bool)
    new_run[:, 1:] = sv[:, 1:] != sv[:, :-1]
    run_end = np.ones(sv.shape, dtype=bool)
    run_end[:, :-1] = new_run[:, 1:]
    first = np.maximum.accumulate(np.where(new_run, positions, 0), axis=-1)
    last = np.minimum.accumulate(np.where(run_end, positions, n - 1)[:, ::-1], axis=-1)[:, ::-1]
    ranks = np.empty_like(sv)
    np.put_along_axis(ranks, order, (first + last) / 2.0 + 1.0, axis=-1)
    return ranks.reshape(values.shape)


def spearman(x, y) -> float:
    """Spearman's rank correlation of two equal-length vectors, NaN pairs dropped;
    NaN when fewer than 3 pairs remain or either side is constant."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    if len(x) < 3:
        return float("nan")
    rx, ry = rank(x), rank(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denominator = np.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / denominator) if denominator > 0 else float("nan")


def spearman_matrix(columns: np.ndarray) -> np.ndarray:
    """Spearman matrix of the columns of an (n, k) array over rows with no NaN."""
    columns = np.asarray(columns, dtype=float)
    rows = columns[np.isfinite(columns).all(axis=1)]
    k = columns.shape[1]
    if len(rows) < 3:
        return np.full((k, k), np.nan)
    r = rank(rows.T)
    r = r - r.mean(axis=1, keepdims=True)
    norms = np.sqrt((r * r).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return (r @ r.T) / np.outer(norms, norms)


BOOTSTRAP_REPLICATES = 200
BOOTSTRAP_SEED = 20190609  # fixed: claims are deterministic, so their intervals are too


def seed_bootstrap(seeds, statistic, replicates: int = BOOTSTRAP_REPLICATES, level: float = 0.95):
    """Percentile interval of statistic(chosen) where chosen resamples the distinct random
    seeds with replacement (a seed drawn twice counts twice). statistic gets an array of
    seed values and returns a float; replicates where it is NaN are dropped."""
    seeds = np.unique(np.asarray(seeds))
    if len(seeds) < 2:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    values = np.array([statistic(rng.choice(seeds, size=len(seeds), replace=True)) for _ in range(replicates)])
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return (float("nan"), float("nan"))
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return (float(low), float(high))
