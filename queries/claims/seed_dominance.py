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
(published: 37%, and 59% for method x strength); omega^2 beside it.
Intervals, clipped to [0, 1] (the figures are shares):
- of R^2 (measured and each data set's): a jackknife over random seeds (leave one seed out; t
  interval with n - 1 degrees of freedom around the bias-corrected estimate), from 2 seeds up:
  the t quantile carries the uncertainty of few seeds (t = 4.30 at 3 seeds). A check with an
  interval compares the bias-corrected figure the interval is around. Not a bootstrap:
  resampling seeds with replacement leaves fewer distinct seeds per configuration, which only
  inflates R^2, so every replicate lies above the estimate and a percentile (or BCa) interval
  starts at the estimate itself;
- of each data set's beat rate: BCa bootstrap over random seeds, from 5 seeds up (a jackknife
  is not valid for a statistic built on medians); with fewer seeds, a bootstrap over the
  configurations, each data set's strengths resampled within each method (bias-corrected
  percentile; a configuration drawn twice counts twice in every pair): how much the figure
  rests on which configurations were run. Not a bootstrap over runs within a configuration:
  three runs drawn with replacement repeat one, which shrinks every configuration's spread and
  every replicate's beat rate with it (all 200 fell below the estimate on the CPU study). The
  check compares the beat rate itself, the figure these intervals are of.
Rule: every check ("the choice of hyperparameters and the random seed seems to be substantially
more important than the choice of objective function", on every data set): holds when every
check holds at 95%, fails when one fails at the family-wise level.
Needs: a data set with at least 2 methods and a configuration with at least 2 seeds.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, family_level
from ..stats import seed_weights, too_few_seeds

from ..common import (HEADLINE_CELLS, SEED_JACKKNIFE, give_interval, give_intervals, headline_long,
                      jackknife_intervals, mean_defined, model_level_note, require, seed_intervals,
                      unit_intervals)

CONFIGURATION_BOOTSTRAP = "bootstrap over configurations within each method (bias-corrected percentile)"

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


class BeatRate:
    """The beat rate of one (data set, metric) under any weighting of its runs (how often a
    bootstrap replicate drew each run; unit weights: beat_rate itself). A weight of c counts a
    run c times: in its configuration's median and in every pair of runs. Each run's place
    among every configuration's sorted runs is found once, so a replicate costs one running
    sum of the weights per configuration, one lookup per (run, configuration) (two where the
    run ties with another configuration's) and one sum per configuration, nothing sorted."""

    def __init__(self, y: np.ndarray, configs: np.ndarray):
        y = np.asarray(y, dtype=float)
        self.keep = np.isfinite(y)
        y = y[self.keep]
        self.labels, code = np.unique(np.asarray(configs)[self.keep], return_inverse=True)
        code = code.ravel()
        self.n_config = len(self.labels)
        # every per-run array in configuration order, values ascending within each
        self.order = np.lexsort((y, code))
        y, code = y[self.order], code[self.order]
        sizes = np.bincount(code, minlength=self.n_config)
        self.width = int(sizes.max()) + 1 if len(sizes) else 1
        self.starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        self.slot = code * self.width + (np.arange(len(y)) - self.starts[code]) + 1  # in the running sums
        self.values = np.zeros((self.n_config, self.width - 1))  # sorted values, padded with the largest
        low = np.empty((len(y), self.n_config), dtype=np.int64)
        high = np.empty_like(low)
        for b in range(self.n_config):
            theirs = y[self.starts[b]:self.starts[b] + sizes[b]]
            self.values[b, :sizes[b]] = theirs
            self.values[b, sizes[b]:] = theirs[-1] if sizes[b] else np.nan
            low[:, b] = np.searchsorted(theirs, y, side="left")
            high[:, b] = np.searchsorted(theirs, y, side="right")
        # Runs laid out as a (configuration, place) grid padded to the largest configuration, so
        # that each configuration's wins are one small matrix product; a padding place has
        # weight 0 and looks up the empty running sum.
        self.n_runs, self.depth = len(y), self.width - 1
        self.grid = code * self.depth + (np.arange(len(y)) - self.starts[code])
        self.code_of_run = code
        column = np.arange(self.n_config)[None, :] * self.width
        below = np.zeros((self.n_config * self.depth, self.n_config), dtype=np.intp)
        above = np.zeros_like(below)
        below[self.grid], above[self.grid] = column + low, column + high
        self.below = below.ravel()
        # ties with another configuration's runs count a half: only those places need the
        # second lookup (a run always ties with itself, in a pair never used)
        own = np.zeros(below.shape, dtype=bool)
        own[self.grid, code] = True
        tie = (above != below) & ~own
        self.tie_at = np.flatnonzero(tie.ravel())
        # with many ties (scores of few distinct values) two whole lookups are cheaper
        self.above = above.ravel() if len(self.tie_at) > tie.size // 4 else None
        self.tie_high = above.ravel()[self.tie_at]
        self.tie_low = self.below[self.tie_at]

    def value(self, weights=None, config_weights=None) -> float:
        """Mean over configuration pairs whose weighted medians differ of P(worse run > better
        run), ties half; weights: one per row of y given to the constructor (NaN rows ignored).
        config_weights: how often each configuration (in the order of self.labels) was drawn
        (a bootstrap over configurations): a pair then counts the product of its two counts."""
        w = np.ones(self.n_runs) if weights is None else np.asarray(weights, dtype=float)[self.keep][self.order]
        drawn = None
        if config_weights is not None:
            drawn = np.asarray(config_weights, dtype=float)
            w = w * (drawn[self.code_of_run] > 0)
        running = np.zeros(self.n_config * self.width)
        running[self.slot] = w
        running = running.reshape(self.n_config, self.width).cumsum(axis=1)  # weight of each configuration's first k runs
        totals = running[:, -1]
        flat = running.ravel()
        if self.above is not None:  # per (run, configuration): the weight of its runs below the run, ties half
            beaten = 0.5 * (flat[self.below] + flat[self.above])
        else:
            beaten = flat[self.below]
            if len(self.tie_at):
                beaten[self.tie_at] += 0.5 * (flat[self.tie_high] - flat[self.tie_low])
        placed = np.zeros(self.n_config * self.depth)
        placed[self.grid] = w
        # [a, b]: the weighted wins of a's runs over b's, each configuration's runs at once
        wins = np.matmul(placed.reshape(self.n_config, 1, self.depth),
                         beaten.reshape(self.n_config, self.depth, self.n_config))[:, 0, :]
        medians = self._medians(running[:, 1:], totals)
        present = totals > 0
        worse_than = (medians[:, None] < medians[None, :]) & present[:, None] & present[None, :]
        if not worse_than.any():
            return float("nan")
        rates = wins[worse_than] / np.outer(totals, totals)[worse_than]
        if drawn is None:
            return float(rates.mean())
        counts = np.outer(drawn, drawn)[worse_than]
        return float((rates * counts).sum() / counts.sum())

    def _medians(self, cumulative: np.ndarray, totals: np.ndarray) -> np.ndarray:
        """Each configuration's median of its runs, each counted as often as its weight (whole
        counts: the middle one or two of the expanded runs)."""
        out = np.full(self.n_config, np.nan)
        present = totals > 0
        if not present.any():
            return out
        lower, upper = np.floor((totals - 1) / 2), np.floor(totals / 2)
        at_lower = np.minimum((cumulative <= lower[:, None]).sum(1), self.width - 2)
        at_upper = np.minimum((cumulative <= upper[:, None]).sum(1), self.width - 2)
        rows = np.arange(self.n_config)
        middle = (self.values[rows, at_lower] + self.values[rows, at_upper]) / 2
        out[present] = middle[present]
        return out


class SeedDominance(Claim):
    name = "seed_dominance"
    title = "Seed and hyperparameters matter more than the objective"
    published = "method alone explains 37% of score variance, method x strength 59%"
    figure, unit = "37%", "share"
    minimum = "a data set with >= 2 methods and a configuration with >= 2 seeds"
    thresholds = {"method_share": MOST, "beat_rate": BEAT_RATE}
    needs = (HEADLINE_CELLS,)
    wording = ("the choice of hyperparameters and the random seed seems to be substantially more important than the "
               "choice of objective function; a good run with a bad hyperparameter can beat a bad run with a good one")

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
            beat = BeatRate(y, c)
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
        shares, beats = [], []
        for row in by_dataset.iter_rows(named=True):
            where = {"dataset": row["dataset"], "models": row["models"]}
            shares.append(Check(f"{row['dataset']}: variance share of the method alone", row["method_share"], "<", MOST,
                                reason="" if row["method_share"] is not None else "every metric is constant",
                                where=where))
        for row in by_dataset.iter_rows(named=True):
            beats.append(Check(f"{row['dataset']}: beat rate of worse configurations", row["beat_rate"], ">=",
                               BEAT_RATE, reason="" if row["beat_rate"] is not None else "no configuration medians differ",
                               where={"dataset": row["dataset"], "models": row["models"]}))
        checks = shares + beats
        level = family_level(checks)

        def share_statistic(counts):
            # the jackknife's counts: all seeds, or all but one
            values, per_dataset = [], {d: [] for d in datasets}
            for dataset, weights_of, y, m, _ in arrays:
                w = weights_of(counts)
                share = variance_share(y, m, w) if (w > 0).sum() >= 2 else np.nan
                values.append(share)
                per_dataset[dataset].append(share)
            return np.array([mean_defined(values), *(mean_defined(per_dataset[d]) for d in datasets)])

        def beat_statistic(counts):
            per_dataset = {d: [] for d in datasets}
            for dataset, weights_of, *_, beat in arrays:
                per_dataset[dataset].append(beat.value(weights_of(counts)))
            return np.array([mean_defined(per_dataset[d]) for d in datasets])

        seeds = long["seed"].to_numpy()
        jackknifed = jackknife_intervals(seeds, share_statistic, 1 + len(shares), level, minimum=2)
        if jackknifed is not None:
            bounds, family, centres = jackknifed
            for check, bound, band, centre in zip(shares, bounds[1:], family[1:], centres[1:]):
                if bound is not None:
                    # the check compares the figure its interval is around: the jackknife's
                    # bias-corrected one (the raw figure stays in the tables)
                    give_interval(check, bound, band, SEED_JACKKNIFE)
                    check.value = centre
                    check.name += " (jackknife bias-corrected)"
            interval = bounds[0]
        else:
            interval = None
        note = model_level_note(seeds) if too_few_seeds(seeds) is not None else ""
        if jackknifed is None:
            note = "a single seed: no interval of R^2" + (f"; {note}" if note else "")
        seed_level = seed_intervals(seeds, beat_statistic, len(beats), level)
        if seed_level is not None:
            give_intervals(beats, *seed_level, clip=(0, 1))
        else:
            # few seeds: resample the configurations, each data set's within each method (its
            # strengths). Resampling the runs within a configuration instead would shrink every
            # configuration's spread (three runs drawn with replacement repeat one), and with
            # it every replicate's beat rate: all fell below the estimate on the CPU study.
            units = long.select("dataset", "config_code", "method_code").unique().sort("dataset", "config_code")
            unit_of = {(d, c): i for i, (d, c) in enumerate(zip(units["dataset"].to_list(), units["config_code"].to_list()))}
            strata = np.unique(units["dataset"].to_numpy().astype(str).astype(object) + "|"
                               + units["method_code"].to_numpy().astype(str).astype(object), return_inverse=True)[1]
            at = [np.array([unit_of[(dataset, int(c))] for c in beat.labels]) for dataset, *_, beat in arrays]

            def by_configurations(counts):
                per_dataset = {d: [] for d in datasets}
                for (dataset, *_, beat), index in zip(arrays, at):
                    per_dataset[dataset].append(beat.value(config_weights=counts[index]))
                return np.array([mean_defined(per_dataset[d]) for d in datasets])

            give_intervals(beats, *unit_intervals(strata, by_configurations, level), CONFIGURATION_BOOTSTRAP,
                            clip=(0, 1))
        measured = mean_defined(table["method_share"].to_numpy())
        adjusted = mean_defined(table["method_omega2"].to_numpy())
        text = (f"method alone {measured:.0%} (omega^2 {adjusted:.0%}), method x strength "
                f"{mean_defined(table['config_share'].to_numpy()):.0%}; a worse configuration's run beats a better "
                f"one's in {mean_defined(table['beat_rate'].to_numpy()):.0%} of run pairs")
        models = long["model_id"].n_unique()
        return Computed(measured, text, interval, models, checks, {"by_metric": table, "by_dataset": by_dataset},
                        adjusted=adjusted, interval_note=note)


CLAIM = SeedDominance()
