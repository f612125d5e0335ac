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
    if len(rows) < 3:
        return np.full((columns.shape[1],) * 2, np.nan)
    return RankedColumns(rows).spearman()


BOOTSTRAP_REPLICATES = 200
BOOTSTRAP_SEED = 20190609  # fixed: claims are deterministic, so their intervals are too


def seed_bootstrap(seeds, statistic, replicates: int = BOOTSTRAP_REPLICATES, level: float = 0.95):
    """Percentile interval of statistic(counts) over replicates that resample the distinct
    random seeds with replacement; counts[i] is how often the i-th of np.unique(seeds) was
    drawn (a seed drawn twice counts twice; see seed_weights). Replicates where the statistic
    is NaN are dropped."""
    universe = np.unique(np.asarray(seeds))
    if len(universe) < 2:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    values = np.array([statistic(np.bincount(rng.integers(0, len(universe), len(universe)), minlength=len(universe)))
                       for _ in range(replicates)])
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return (float("nan"), float("nan"))
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return (float(low), float(high))


class RankedColumns:
    """The columns of an (n, k) array, sorted once, for Spearman correlations under row
    weights. A bootstrap replicate that draws a row's seed c times gives the row weight c;
    its ranks among the replicate's expanded rows (ties averaged) and a weighted Pearson
    correlation of those ranks equal Spearman's rho on the expanded rows, without sorting
    anything per replicate."""

    def __init__(self, values):
        values = np.asarray(values, dtype=float)
        self.n, self.k = values.shape
        self.order = np.argsort(values, axis=0, kind="mergesort")
        ordered = np.take_along_axis(values, self.order, axis=0)
        new_group = np.ones(ordered.shape, dtype=bool)
        new_group[1:] = ordered[1:] != ordered[:-1]
        group = np.cumsum(new_group, axis=0) - 1
        sizes = group[-1] + 1 if self.n else np.zeros(self.k, dtype=int)
        offsets = np.r_[0, np.cumsum(sizes)[:-1]]
        self.group = group + offsets  # one id space across columns
        self.total = int(sizes.sum())
        self.column_of_group = np.repeat(np.arange(self.k), sizes)
        self.first_group = offsets

    def ranks(self, weights) -> np.ndarray:
        w = np.asarray(weights, dtype=float)
        ordered_w = w[self.order]
        sums = np.bincount(self.group.ravel(), weights=ordered_w.ravel(), minlength=self.total)
        running = np.cumsum(sums)
        base = (running - sums)[self.first_group]  # weight in earlier columns' groups
        before = running - sums - base[self.column_of_group]
        group_rank = before + (sums + 1) / 2
        out = np.empty((self.n, self.k))
        np.put_along_axis(out, self.order, group_rank[self.group], axis=0)
        return out

    def spearman(self, weights=None) -> np.ndarray:
        """The (k, k) Spearman matrix of the weighted rows (unit weights when None)."""
        w = np.ones(self.n) if weights is None else np.asarray(weights, dtype=float)
        if (w > 0).sum() < 3:
            return np.full((self.k, self.k), np.nan)
        r = self.ranks(w)
        mean = (w @ r) / w.sum()
        d = r - mean
        cov = (d * w[:, None]).T @ d
        norms = np.sqrt(np.diag(cov))
        with np.errstate(invalid="ignore", divide="ignore"):
            return cov / np.outer(norms, norms)


def seed_weights(row_seeds, seeds):
    """A function from a replicate's seed counts (aligned to np.unique(seeds), as
    seed_bootstrap passes them) to row weights: how often each row's seed was drawn."""
    index = np.searchsorted(np.unique(np.asarray(seeds)), np.asarray(row_seeds))

    def weights(counts) -> np.ndarray:
        return np.asarray(counts, dtype=float)[index]

    return weights
