"""Small, dependency-free statistics for claims: ranks, Spearman, seeded bootstraps."""

from __future__ import annotations

import math
from statistics import NormalDist

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
# Fewer seeds than this get no interval: n seeds have C(2n - 1, n) distinct resamples, 10 for
# 3 seeds, 35 for 4, 126 for 5; a "95% interval" over ten possible resamples is not one.
MIN_SEEDS_FOR_INTERVAL = 5


def too_few_seeds(seeds) -> str | None:
    """Why seeds are too few for an interval, or None."""
    n = len(np.unique(np.asarray(seeds)))
    if n < MIN_SEEDS_FOR_INTERVAL:
        return f"too few seeds for an interval ({n}; at least {MIN_SEEDS_FOR_INTERVAL})"
    return None


def _figures(statistic, counts) -> np.ndarray:
    return np.atleast_1d(np.asarray(statistic(counts), dtype=float))


def _estimate(seeds, statistic):
    """(number of distinct seeds, the statistic with every seed once as a vector, whether it
    is one number, an (k, 2) array of NaN intervals to fill)."""
    n = len(np.unique(np.asarray(seeds)))
    point = statistic(np.ones(n))
    estimate = np.atleast_1d(np.asarray(point, dtype=float))
    return n, estimate, np.ndim(point) == 0, np.full((len(estimate), 2), np.nan)


def _leave_one_out(statistic, n: int) -> np.ndarray:
    """The statistic with each seed left out in turn (its count 0), one row per seed."""
    return np.array([_figures(statistic, np.where(np.arange(n) == i, 0.0, 1.0)) for i in range(n)])


def seed_bootstrap(seeds, statistic, replicates: int = BOOTSTRAP_REPLICATES, level: float = 0.95):
    """Bias-corrected and accelerated (BCa) interval of statistic(counts) over replicates that
    resample the distinct random seeds with replacement; counts[i] is how often the i-th of
    np.unique(seeds) was drawn (a seed drawn twice counts twice; see seed_weights). The bias
    correction is the share of replicates below the estimate (all counts 1), the acceleration
    comes from a jackknife that leaves out one seed at a time, so a statistic biased upward
    with few seeds (an R^2) gets an interval around what it estimates, not above it.

    statistic may return one number or a vector (an interval per component). Returns (low,
    high), or for a vector an (k, 2) array; NaN where the statistic is undefined in the
    estimate or in every replicate, or when the seeds are too few (too_few_seeds)."""
    scalar, out, _ = _bootstrap(seeds, statistic, replicates, level, None)
    return (float(out[0, 0]), float(out[0, 1])) if scalar else out


def seed_bootstrap_bands(seeds, statistic, replicates: int = BOOTSTRAP_REPLICATES, level: float = 0.95,
                         family_level: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """seed_bootstrap's (k, 2) BCa intervals of a vector statistic, and from the same
    replicates its intervals at family_level (a Bonferroni level, 1 - 0.05 / m): the estimate
    -+ the normal quantile times the replicates' standard deviation. A percentile of 200
    replicates cannot reach a tail of 0.05 / m, a normal band can (NaN where undefined; no
    family band without family_level)."""
    _, out, family = _bootstrap(seeds, statistic, replicates, level, family_level)
    return out, family


def _bootstrap(seeds, statistic, replicates: int, level: float, family_level: float | None):
    """(whether the statistic is one number, (k, 2) BCa intervals, (k, 2) family band): the
    estimate, the replicates and the jackknife computed once for both."""
    n, estimate, scalar, out = _estimate(seeds, statistic)
    family = np.full_like(out, np.nan)
    if n < MIN_SEEDS_FOR_INTERVAL:
        return scalar, out, family
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = np.array([_figures(statistic, np.bincount(rng.integers(0, n, n), minlength=n))
                      for _ in range(replicates)])
    jack = _leave_one_out(statistic, n)
    for k in range(len(estimate)):
        out[k] = _bca(estimate[k], draws[:, k], jack[:, k], level)
    if family_level is not None:
        family = normal_bands(estimate, draws, family_level)
    return scalar, out, family


def normal_bands(estimate: np.ndarray, draws: np.ndarray, level: float) -> np.ndarray:
    """(k, 2): estimate -+ z_level * the standard deviation of each component's finite draws."""
    z = NormalDist().inv_cdf((1 + level) / 2)
    out = np.full((len(estimate), 2), np.nan)
    for k, centre in enumerate(estimate):
        finite = draws[:, k][np.isfinite(draws[:, k])]
        if np.isfinite(centre) and len(finite) >= 2:
            spread = z * finite.std(ddof=1)
            out[k] = (centre - spread, centre + spread)
    return out


def unit_bootstrap(strata, statistic, replicates: int = BOOTSTRAP_REPLICATES, level: float = 0.95,
                   family_level: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Intervals of a vector statistic(counts) over replicates that resample units (selections,
    runs) with replacement within each stratum (strata: one code per unit; counts: how often
    each unit was drawn). For figures whose seeds are too few for seed_bootstrap. The interval
    is the bias-corrected percentile one (BCa without the acceleration, whose jackknife would
    cost a statistic per unit); the family band is normal_bands at family_level. Returns the
    (k, 2) intervals and the (k, 2) family band (NaN where undefined)."""
    strata = np.asarray(strata)
    estimate = np.atleast_1d(np.asarray(statistic(np.ones(len(strata))), dtype=float))
    groups = [np.flatnonzero(strata == code) for code in np.unique(strata)]
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = []
    for _ in range(replicates):
        counts = np.zeros(len(strata))
        for members in groups:
            np.add.at(counts, members[rng.integers(0, len(members), len(members))], 1.0)
        draws.append(_figures(statistic, counts))
    draws = np.array(draws)
    out = np.array([_bca(estimate[k], draws[:, k], np.array([]), level) for k in range(len(estimate))])
    family = normal_bands(estimate, draws, family_level) if family_level is not None else np.full_like(out, np.nan)
    return out, family


def _incomplete_beta(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b), by its continued fraction (modified
    Lentz), on the side where it converges fast."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1.0) / (a + b + 2.0):
        return 1.0 - _incomplete_beta(1.0 - x, b, a)
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)) / a
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    fraction = d
    for m in range(1, 500):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            fraction *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return front * fraction


def _t_cdf(t: float, df: int) -> float:
    """Student's t distribution function at t >= 0: 1 - I_{df / (df + t^2)}(df / 2, 1 / 2) / 2."""
    return 1.0 - 0.5 * _incomplete_beta(df / (df + t * t), df / 2, 0.5)


def t_quantile(p: float, df: int) -> float:
    """Student's t quantile (p > 0.5) with df degrees of freedom, by bisection on _t_cdf."""
    low, high = 0.0, 1.0
    while _t_cdf(high, df) < p:
        high *= 2.0
    for _ in range(200):
        middle = (low + high) / 2
        if _t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


def seed_jackknife(seeds, statistic, centres: bool = False, family_level: float | None = None,
                   minimum: int = MIN_SEEDS_FOR_INTERVAL):
    """A bias-corrected 95% interval from a jackknife over random seeds: leave each seed out in
    turn (statistic(counts) with that seed's count 0), estimate the bias of the statistic from
    those n values, and put a t interval of the jackknife's standard error around the
    bias-corrected estimate. For statistics biased by the number of seeds, such as a share of
    variance explained (R^2), whose bootstrap replicates all lie above the estimate (a
    percentile or BCa interval then starts at the estimate itself). Same shapes and NaN rules as
    seed_bootstrap; with centres, also the bias-corrected estimates the intervals are around
    (NaN where there is no interval), as a second value; with family_level, also the same
    intervals at that level (t quantile at (1 + family_level) / 2), as a last value. minimum:
    the fewest seeds that get an interval (the t quantile at n - 1 degrees of freedom carries
    the uncertainty of few seeds, so a claim may take it from 2 seeds up)."""
    n, estimate, scalar, out = _estimate(seeds, statistic)
    middle = np.full(len(estimate), np.nan)
    family = np.full_like(out, np.nan)
    if n >= max(minimum, 2):
        leave_out = _leave_one_out(statistic, n)
        t = t_quantile(0.975, n - 1)
        t_family = t_quantile((1 + family_level) / 2, n - 1) if family_level is not None else np.nan
        for k in range(len(estimate)):
            values = leave_out[:, k]
            if not np.isfinite(estimate[k]) or not np.isfinite(values).all():
                continue
            centre = n * estimate[k] - (n - 1) * values.mean()
            error = np.sqrt((n - 1) / n * ((values - values.mean()) ** 2).sum())
            out[k] = (centre - t * error, centre + t * error)
            family[k] = (centre - t_family * error, centre + t_family * error)
            middle[k] = centre
    bounds = (float(out[0, 0]), float(out[0, 1])) if scalar else out
    result = (bounds,)
    if centres:
        result += (float(middle[0]) if scalar else middle,)
    if family_level is not None:
        result += (family,)
    return result if len(result) > 1 else bounds


def _bca(estimate: float, draws: np.ndarray, jack: np.ndarray, level: float) -> tuple[float, float]:
    draws = draws[np.isfinite(draws)]
    if not np.isfinite(estimate) or len(draws) == 0:
        return (float("nan"), float("nan"))
    normal = NormalDist()
    below = (np.sum(draws < estimate) + 0.5 * np.sum(draws == estimate)) / len(draws)
    below = min(max(below, 0.5 / len(draws)), 1 - 0.5 / len(draws))  # a finite correction
    z0 = normal.inv_cdf(below)
    jack = jack[np.isfinite(jack)]
    spread = jack.mean() - jack if len(jack) else np.zeros(1)
    denominator = 6 * (spread ** 2).sum() ** 1.5
    accel = float((spread ** 3).sum() / denominator) if denominator > 0 else 0.0
    tails = []
    for alpha in ((1 - level) / 2, (1 + level) / 2):
        z = z0 + normal.inv_cdf(alpha)
        tails.append(100 * normal.cdf(z0 + z / (1 - accel * z)))
    low, high = np.percentile(draws, tails)
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
        # Column-major throughout (one row per column of values): each replicate's running sums
        # and gathers then walk contiguous memory.
        by_column = values.T
        self.order = np.argsort(by_column, axis=1, kind="mergesort")
        ordered = np.take_along_axis(by_column, self.order, axis=1)
        positions = np.arange(self.n)[None, :]
        new_group = np.ones(ordered.shape, dtype=bool)
        new_group[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
        group_end = np.ones(ordered.shape, dtype=bool)
        group_end[:, :-1] = new_group[:, 1:]
        # In sorted order, where each row's group of ties starts and one past where it ends. A
        # row's rank is then (weight before its group + weight up to its group's end + 1) / 2,
        # both read off one running sum of the sorted weights: per replicate one gather, one
        # cumulative sum and two lookups, nothing sorted and nothing scattered.
        start = np.maximum.accumulate(np.where(new_group, positions, 0), axis=1)
        stop = np.minimum.accumulate(np.where(group_end, positions, self.n - 1)[:, ::-1], axis=1)[:, ::-1] + 1
        by_row_start, by_row_stop = np.empty_like(start), np.empty_like(stop)
        np.put_along_axis(by_row_start, self.order, start, axis=1)
        np.put_along_axis(by_row_stop, self.order, stop, axis=1)
        column = np.arange(self.k)[:, None] * (self.n + 1)
        self._low = (column + by_row_start).ravel()  # flat positions in the running sums
        self._high = (column + by_row_stop).ravel()
        self._running = np.zeros((self.k, self.n + 1))
        self._whole_running = np.zeros((self.k, self.n + 1), dtype=np.int64)

    def ranks(self, weights) -> np.ndarray:
        """The (n, k) ranks of the weighted rows, ties averaged."""
        return self._ranks_by_column(np.asarray(weights, dtype=float)).T

    def _ranks_by_column(self, w: np.ndarray) -> np.ndarray:
        whole = w.astype(np.int64)
        if np.array_equal(whole, w):
            # whole counts (every bootstrap and jackknife replicate): an integer running sum is
            # exact like the float one and several times faster (no carried rounding to respect)
            running = self._whole_running
            np.cumsum(whole[self.order], axis=1, out=running[:, 1:])
        else:
            running = self._running
            np.cumsum(w[self.order], axis=1, out=running[:, 1:])
        flat = running.ravel()
        return ((flat[self._low] + flat[self._high] + 1) * 0.5).reshape(self.k, self.n)

    def spearman(self, weights=None) -> np.ndarray:
        """The (k, k) Spearman matrix of the weighted rows (unit weights when None)."""
        w = np.ones(self.n) if weights is None else np.asarray(weights, dtype=float)
        if np.count_nonzero(w > 0) < 3:
            return np.full((self.k, self.k), np.nan)
        r = self._ranks_by_column(w)
        d = r - ((r @ w) / w.sum())[:, None]
        cov = (d * w) @ d.T
        norms = np.sqrt(np.diag(cov))
        with np.errstate(invalid="ignore", divide="ignore"):
            return cov / np.outer(norms, norms)


class GroupedRankedColumns:
    """RankedColumns for many small groups of rows at once: the (k, k) Spearman matrix of each
    group's weighted rows, from one sort of (group, value) per column. A row's rank within its
    group is its rank among all rows sorted that way less the weight of the groups before its
    own, and the groups' weighted sums are bincounts, so a replicate costs a few calls
    whatever the number of groups (claims that correlate within each (data set, method) have
    dozens of groups of a few hundred rows)."""

    def __init__(self, values, groups):
        values = np.asarray(values, dtype=float)
        self.groups = np.unique(groups, return_inverse=True)[1].ravel()
        self.n_groups = int(self.groups.max()) + 1 if len(self.groups) else 0
        # ranks of (group, value) pairs: values sort within their group, groups in code order
        keyed = np.empty_like(values)
        for c in range(values.shape[1]):
            order = np.lexsort((values[:, c], self.groups))
            pairs = np.stack([self.groups[order], values[order, c]])
            distinct = np.ones(len(order), dtype=bool)
            distinct[1:] = (pairs[:, 1:] != pairs[:, :-1]).any(axis=0)
            keyed[order, c] = np.cumsum(distinct)
        self._ranked = RankedColumns(keyed)
        self.k = values.shape[1]

    def spearman(self, weights) -> np.ndarray:
        """(groups, k, k): each group's Spearman matrix under the row weights (NaN for a group
        with fewer than 3 rows of positive weight)."""
        w = np.asarray(weights, dtype=float)
        g, n_groups = self.groups, self.n_groups
        total = np.bincount(g, weights=w, minlength=n_groups)
        before = np.concatenate([[0.0], np.cumsum(total)[:-1]])
        r = self._ranked._ranks_by_column(w) - before[g]  # (k, n): ranks within each row's group
        with np.errstate(invalid="ignore", divide="ignore"):
            means = np.stack([np.bincount(g, weights=w * r[c], minlength=n_groups) for c in range(self.k)]) / total
            d = r - means[:, g]
            out = np.empty((n_groups, self.k, self.k))
            for i in range(self.k):
                for j in range(i, self.k):
                    out[:, i, j] = out[:, j, i] = np.bincount(g, weights=w * d[i] * d[j], minlength=n_groups)
            norms = np.sqrt(np.diagonal(out, axis1=1, axis2=2))
            out = out / (norms[:, :, None] * norms[:, None, :])
        out[np.bincount(g, weights=(w > 0).astype(float), minlength=n_groups) < 3] = np.nan
        return out


class PairwiseSpearman:
    """Spearman's rho of pairs of columns of one table, each pair over the rows where both of
    its columns are present (pairwise complete, NaN marks a missing value), with every row
    counted once or under a replicate's seed counts. Pairs whose complete rows are the same
    rows share one RankedColumns, so a table with nothing missing ranks each column once."""

    def __init__(self, values, pairs, row_seeds, seeds):
        values = np.asarray(values, dtype=float)
        row_seeds = np.asarray(row_seeds)
        present = np.isfinite(values)
        by_rows: dict[bytes, tuple[np.ndarray, list[int]]] = {}
        for p, (i, j) in enumerate(pairs):
            rows = present[:, i] & present[:, j]
            by_rows.setdefault(rows.tobytes(), (rows, []))[1].append(p)
        self.n_pairs = len(pairs)
        self._parts = []
        for rows, members in by_rows.values():
            if rows.sum() < 3:
                continue  # undefined in the estimate and in every replicate
            columns = sorted({c for p in members for c in pairs[p]})
            at = {c: n for n, c in enumerate(columns)}
            self._parts.append((RankedColumns(values[rows][:, columns]), seed_weights(row_seeds[rows], seeds),
                                [(p, at[pairs[p][0]], at[pairs[p][1]]) for p in members]))

    def rhos(self, counts=None) -> np.ndarray:
        """Each pair's rho (NaN where undefined), unit row weights when counts is None."""
        out = np.full(self.n_pairs, np.nan)
        for ranked, weights_of, members in self._parts:
            matrix = ranked.spearman(None if counts is None else weights_of(counts))
            for p, a, b in members:
                out[p] = matrix[a, b]
        return out


def seed_weights(row_seeds, seeds):
    """A function from a replicate's seed counts (aligned to np.unique(seeds), as
    seed_bootstrap passes them) to row weights: how often each row's seed was drawn."""
    index = np.searchsorted(np.unique(np.asarray(seeds)), np.asarray(row_seeds))

    def weights(counts) -> np.ndarray:
        return np.asarray(counts, dtype=float)[index]

    return weights
