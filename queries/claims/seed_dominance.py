"""Claim 3, random seeds and hyperparameters matter more than the objective (paper, section 5.3).

Procedure, per data set and metric (headline scores, mean representation, one profile, each
score the mean over evaluation seeds, all models):
- variance explained by the method alone: the between-method sum of squares over the total
  sum of squares (a one-way ANOVA R^2), and the same with the configuration
  (method x strength) as the group. R^2 is biased upward with few runs per group, so omega^2,
  (SS_between - (k - 1) MS_within) / (SS_total + MS_within), is reported beside it;
- beat rate: for every pair of configurations whose median scores differ, the probability
  that a run (seed) of the configuration with the worse median scores higher than a run of
  the one with the better median, over all pairs of their runs (ties count one half);
  averaged over configuration pairs. Configurations are ordered by method, then by strength
  as a number.

Checks, per data set (means over its metrics): the method alone explains less than half of
the score variance (R^2 < 0.5), and a run of a worse configuration beats a run of a better one
in at least 10% of run pairs (beat rate >= 0.1: configurations whose runs never or hardly ever
cross would contradict "a good run with a bad hyperparameter can beat a bad run with a good
one"). Undefined figures (a metric constant on a data set) are left out of the means.
Measured: the variance share of the method alone (R^2), averaged over data sets and metrics
(published: 37%, and 59% for method x strength); omega^2 beside it. Intervals: a jackknife over
random seeds (leave one seed out; t interval around the bias-corrected estimate), from 5 seeds
up, clipped to [0, 1] (the figures are shares); a check with an interval compares the
bias-corrected figure the interval is around. Not a bootstrap: resampling seeds with
replacement leaves fewer distinct seeds per configuration, which only inflates R^2, so every
replicate lies above the estimate and a percentile (or BCa) interval starts at the estimate
itself.
Needs: a data set with at least 2 methods and a configuration with at least 2 seeds.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Check, Claim, Computed
from ..stats import seed_weights

from ..common import headline_long, jackknife_intervals, mean_defined, require

MOST = 0.5
BEAT_RATE = 0.1


def variance_share(y: np.ndarray, groups: np.ndarray, weights: np.ndarray | None = None,
                   adjusted: bool = False) -> float:
    """Between-group sum of squares over total sum of squares (R^2); groups are integer codes.
    adjusted: omega^2 instead. weights: how often each row counts (a bootstrap replicate)."""
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    if w.sum() <= 0:
        return float("nan")
    grand = (w * y).sum() / w.sum()
    total = (w * (y - grand) ** 2).sum()
    if total <= 0:
        return float("nan")
    counts = np.bincount(groups, weights=w)
    sums = np.bincount(groups, weights=w * y)
    used = counts > 0
    means = sums[used] / counts[used]
    between = (counts[used] * (means - grand) ** 2).sum()
    if not adjusted:
        return float(between / total)
    k, n = int(used.sum()), w.sum()
    if n <= k or k < 2:
        return float("nan")
    within = (total - between) / (n - k)
    return float((between - (k - 1) * within) / (total + within))


def beat_rate(y: np.ndarray, configs: np.ndarray) -> float:
    """Mean over configuration pairs with different medians of P(worse run > better run)."""
    labels = np.unique(configs)
    if len(labels) < 2:
        return float("nan")
    runs = [np.sort(y[configs == c]) for c in labels]
    medians = np.array([np.median(r) for r in runs])
    # wins[a, b]: over all pairs of a run of a and a run of b, the share where a's is higher
    # (ties half), from each run of a located among b's sorted runs
    wins = np.empty((len(runs), len(runs)))
    code = np.searchsorted(labels, configs)
    sizes = np.bincount(code, minlength=len(labels))
    for b, theirs in enumerate(runs):
        below = np.searchsorted(theirs, y, side="left")
        not_above = np.searchsorted(theirs, y, side="right")
        per_run = (below + 0.5 * (not_above - below)) / len(theirs)
        wins[:, b] = np.bincount(code, weights=per_run, minlength=len(labels)) / sizes
    worse_than = medians[:, None] < medians[None, :]
    return float(wins[worse_than].mean()) if worse_than.any() else float("nan")


class LeaveOneSeedOut:
    """The beat rate of one (data set, metric) with every seed left out in turn, in closed form.
    Runs form a (configuration, seed) table (one run each, NaN where missing). With G[a, b, s, t]
    the win of a's run on seed s over b's on seed t (ties half), leaving seed k out removes row k
    and column k from every G[a, b], so each win sum follows from G's total, row, column and
    diagonal sums, and each median from the configuration's sorted runs: nothing is recomputed
    per seed, and G itself is never built (its row sums come from sorted runs)."""

    def __init__(self, y: np.ndarray, configs: np.ndarray, seeds: np.ndarray, universe: np.ndarray):
        labels = np.unique(configs)
        table = np.full((len(labels), len(universe)), np.nan)
        table[np.searchsorted(labels, configs), np.searchsorted(universe, seeds)] = y
        finite = np.isfinite(table)
        count = finite.sum(1).astype(float)  # runs per configuration
        n_config = len(labels)
        ordered = [np.sort(table[b][finite[b]]) for b in range(n_config)]
        row = self._wins_by_run(table, finite, n_config)
        # col[a, b, t]: over a's runs, their wins over b's run on seed t = count_a - row[b, a, t]
        col = np.where(finite[None, :, :], count[:, None, None] - row.transpose(1, 0, 2), 0.0)
        a, b = table[:, None, :], table[None, :, :]
        diag = (a > b) + 0.5 * (a == b)
        pairs_diag = finite[:, None, :] & finite[None, :, :]
        self.win_total, self.win_row, self.win_col, self.win_diag = row.sum(2), row, col, diag
        self.pairs_total = np.outer(count, count)
        self.pairs_row = finite[:, None, :] * count[None, :, None]
        self.pairs_col = count[:, None, None] * finite[None, :, :]
        self.pairs_diag = pairs_diag
        self.medians = np.array([_sorted_median(v) for v in ordered])
        self.medians_without = self._medians_without(table, finite, ordered)
        self._without: np.ndarray | None = None

    @staticmethod
    def _wins_by_run(table, finite, n_config) -> np.ndarray:
        """row[a, b, s]: over b's runs, the wins of a's run on seed s (ties half; 0 where it is
        missing). Every run becomes a (configuration, rank of its value) code, so that one count
        of the codes answers every configuration at once, not a search per configuration:
        ranks keep every order and tie of the values exactly."""
        values = np.unique(table[finite])
        width = len(values) + 1  # codes of one configuration never reach the next one's
        code = np.where(finite, np.searchsorted(values, np.where(finite, table, 0.0)), 0)
        block = np.arange(n_config)[:, None] * width
        # codes are small whole numbers: counting them answers every "how many below" at once
        count = np.bincount((block + code)[finite], minlength=n_config * width)
        up_to = np.cumsum(count)  # how many codes are <= each code
        start = (up_to - count)[np.arange(n_config) * width]  # where each configuration's runs begin
        queries = np.arange(n_config)[None, None, :] * width + code[:, :, None]  # (a, s, b)
        below = (up_to - count)[queries] - start
        not_above = up_to[queries] - start
        wins = np.where(finite[:, :, None], below + 0.5 * (not_above - below), 0.0)
        return wins.transpose(0, 2, 1)

    @staticmethod
    def _medians_without(table, finite, ordered) -> np.ndarray:
        """(configuration, seed): the median of the configuration's runs without that seed's."""
        out = np.empty(table.shape)
        for a, v in enumerate(ordered):
            n = len(v)
            rank = np.searchsorted(v, table[a], side="left")  # where each seed's run sits
            m = n - 1
            if m <= 0:
                out[a] = np.nan
            else:
                def at(j):  # the j-th of the remaining runs, for each seed removed
                    return np.where(j < rank, v[min(j, n - 1)], v[min(j + 1, n - 1)])
                out[a] = at((m - 1) // 2) if m % 2 else (at(m // 2 - 1) + at(m // 2)) / 2
            out[a][~finite[a]] = _sorted_median(v)  # a missing run leaves the median alone
        return out

    def value(self, left_out: int | None = None) -> float:
        """The beat rate with all seeds (left_out None) or without one seed (its index)."""
        if left_out is not None:
            if self._without is None:
                self._without = self._every_seed_left_out()
            return float(self._without[left_out])
        num, den, medians = self.win_total, self.pairs_total, self.medians
        present = np.isfinite(medians)
        worse_than = (medians[:, None] < medians[None, :]) & present[:, None] & present[None, :] & (den > 0)
        if not worse_than.any():
            return float("nan")
        return float((num[worse_than] / den[worse_than]).mean())

    def _every_seed_left_out(self) -> np.ndarray:
        """The beat rate without each seed, all seeds at once (the last axis is the seed left out)."""
        num = self.win_total[:, :, None] - self.win_row - self.win_col + self.win_diag
        den = self.pairs_total[:, :, None] - self.pairs_row - self.pairs_col + self.pairs_diag
        medians = self.medians_without
        present = np.isfinite(medians)
        worse_than = ((medians[:, None, :] < medians[None, :, :]) & present[:, None, :] & present[None, :, :]
                      & (den > 0))
        with np.errstate(invalid="ignore", divide="ignore"):
            rates = np.where(worse_than, num / np.where(den > 0, den, 1.0), 0.0).sum((0, 1))
            return np.where(worse_than.any((0, 1)), rates / worse_than.sum((0, 1)), np.nan)


def _sorted_median(v: np.ndarray) -> float:
    """np.median of an already sorted vector (NaN when empty), without sorting it again."""
    n = len(v)
    if not n:
        return float("nan")
    return float(v[n // 2]) if n % 2 else float((v[n // 2 - 1] + v[n // 2]) / 2)


class SeedDominance(Claim):
    name = "seed_dominance"
    title = "Seed and hyperparameters matter more than the objective"
    published = "method alone explains 37% of score variance, method x strength 59%"
    figure, unit = "37%", "share"
    minimum = "a data set with >= 2 methods and a configuration with >= 2 seeds"
    thresholds = {"method_share": MOST, "beat_rate": BEAT_RATE}

    def compute(self, tables, study, profile):
        long = headline_long(tables, study, profile).drop_nulls("value").sort("dataset", "metric", "model_id")
        require(not long.is_empty(), "no disentanglement scores on the mean representation")
        configs = (long.select("method", "strength").unique()
                   .sort("method", pl.col("strength").cast(pl.Float64)).with_row_index("config_code"))
        long = long.with_columns(method_code=pl.col("method").rank("dense").cast(pl.Int64) - 1).join(
            configs.with_columns(pl.col("config_code").cast(pl.Int64)), on=["method", "strength"], how="left")
        universe = np.unique(long["seed"].to_numpy())
        rows, arrays = [], []
        for (dataset, metric), g in long.group_by(["dataset", "metric"], maintain_order=True):
            seeds_per_config = g.group_by("config_code").agg(pl.col("seed").n_unique())["seed"].max()
            if g["method"].n_unique() < 2 or seeds_per_config < 2:
                continue
            y, m, c = g["value"].to_numpy(), g["method_code"].to_numpy(), g["config_code"].to_numpy()
            beat = LeaveOneSeedOut(y, c, g["seed"].to_numpy(), universe)
            rows.append({"dataset": dataset, "metric": metric, "models": g.height,
                         "method_share": variance_share(y, m), "method_omega2": variance_share(y, m, adjusted=True),
                         "config_share": variance_share(y, c), "beat_rate": beat.value()})
            arrays.append((dataset, seed_weights(g["seed"].to_numpy(), universe), y, m, beat))
        require(bool(rows), "no data set has 2 methods with a configuration run on 2 seeds")
        table = pl.DataFrame(rows).fill_nan(None)  # an undefined figure is left out of every mean
        by_dataset = (table.group_by("dataset", maintain_order=True)
                      .agg(pl.col("method_share").mean(), pl.col("method_omega2").mean(), pl.col("config_share").mean(),
                           pl.col("beat_rate").mean(), pl.col("models").max())
                      .sort("dataset"))
        datasets = by_dataset["dataset"].to_list()
        checks = []
        for row in by_dataset.iter_rows(named=True):
            where = {"dataset": row["dataset"], "models": row["models"]}
            checks.append(Check(f"{row['dataset']}: variance share of the method alone", row["method_share"], "<", MOST,
                                reason="" if row["method_share"] is not None else "every metric is constant",
                                where=where))
        for row in by_dataset.iter_rows(named=True):
            checks.append(Check(f"{row['dataset']}: beat rate of worse configurations", row["beat_rate"], ">=",
                                BEAT_RATE, reason="" if row["beat_rate"] is not None else "no configuration medians differ",
                                where={"dataset": row["dataset"], "models": row["models"]}))

        def statistic(counts):
            # the jackknife gives all seeds, or all but one: the beat rates follow in closed form
            dropped = np.flatnonzero(np.asarray(counts) == 0)
            left_out = int(dropped[0]) if len(dropped) == 1 and np.all(np.asarray(counts)[counts != 0] == 1) else None
            if left_out is None and not np.all(np.asarray(counts) == 1):
                raise ValueError("seed_dominance's statistic takes leave-one-seed-out counts (a jackknife)")
            shares, per_dataset = [], {d: ([], []) for d in datasets}
            for dataset, weights_of, y, m, beat in arrays:
                w = weights_of(counts)
                share = variance_share(y, m, w) if (w > 0).sum() >= 2 else np.nan
                shares.append(share)
                per_dataset[dataset][0].append(share)
                per_dataset[dataset][1].append(beat.value(left_out))
            return np.array([mean_defined(shares), *(mean_defined(per_dataset[d][0]) for d in datasets),
                             *(mean_defined(per_dataset[d][1]) for d in datasets)])

        bounds, centres, note = jackknife_intervals(long["seed"].to_numpy(), statistic, 1 + len(checks))
        for check, bound, centre in zip(checks, bounds[1:], centres[1:]):
            if bound is not None:
                # the check compares the figure its interval is around: the jackknife's
                # bias-corrected one (the raw figure stays in the tables)
                check.interval, check.value = bound, centre
                check.name += " (jackknife bias-corrected)"
        measured = mean_defined(table["method_share"].to_numpy())
        adjusted = mean_defined(table["method_omega2"].to_numpy())
        text = (f"method alone {measured:.0%} (omega^2 {adjusted:.0%}), method x strength "
                f"{mean_defined(table['config_share'].to_numpy()):.0%}; a worse configuration's run beats a better "
                f"one's in {mean_defined(table['beat_rate'].to_numpy()):.0%} of run pairs")
        models = long["model_id"].n_unique()
        return Computed(measured, text, bounds[0], models, checks, {"by_metric": table, "by_dataset": by_dataset},
                        adjusted=adjusted, interval_note=note)


CLAIM = SeedDominance()
