"""Claim 3, random seeds and hyperparameters matter more than the objective (paper, section 5.3).

Procedure, per data set and metric (headline scores, mean representation, all models):
- variance explained by the method alone: the between-method sum of squares over the total
  sum of squares (a one-way ANOVA R^2), and the same with the configuration
  (method x strength) as the group;
- beat rate: for every pair of configurations whose median scores differ, the probability
  that a run (seed) of the configuration with the worse median scores higher than a run of
  the one with the better median, over all pairs of their runs (ties count one half);
  averaged over configuration pairs.

The claim: the objective alone explains less than half of the score variance (the rest is
strength and seed), and a run of a worse configuration can beat a run of a better one.
Offending rows: data sets where the method explains at least half of the variance (mean over
metrics), or where no run of a worse configuration beats a run of a better one.
Measured: the variance share of the method alone, averaged over data sets and metrics
(published: 37%, and 59% for method x strength). Interval: 95% percentile bootstrap of that
average over random seeds (seeds resampled with replacement, 200 times).
Needs: a data set with at least 2 methods and a configuration with at least 2 seeds.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Claim
from expdb.stats import seed_bootstrap, seed_weights

from ..common import headline_long, require


def variance_share(y: np.ndarray, groups: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Between-group sum of squares over total sum of squares; groups are integer codes.
    weights: how often each row counts (a bootstrap replicate); 1 when None."""
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
    return float((counts[used] * (means - grand) ** 2).sum() / total)


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
    for b, theirs in enumerate(runs):
        below = np.searchsorted(theirs, y, side="left")
        not_above = np.searchsorted(theirs, y, side="right")
        per_run = (below + 0.5 * (not_above - below)) / len(theirs)
        code = np.searchsorted(labels, configs)
        wins[:, b] = np.bincount(code, weights=per_run, minlength=len(labels)) / np.bincount(code, minlength=len(labels))
    worse_than = medians[:, None] < medians[None, :]
    return float(wins[worse_than].mean()) if worse_than.any() else float("nan")


class SeedDominance(Claim):
    name = "seed_dominance"
    title = "Seed and hyperparameters matter more than the objective"
    published = "method alone explains 37% of score variance, method x strength 59%"
    figure, unit = "37%", "share"
    minimum = "a data set with >= 2 methods and a configuration with >= 2 seeds"

    def compute(self, tables, study):
        long = headline_long(tables, study).drop_nulls("value").sort("dataset", "metric", "model_id")
        require(not long.is_empty(), "no disentanglement scores on the mean representation")
        long = long.with_columns(
            method_code=pl.col("method").rank("dense").cast(pl.Int64) - 1,
            config_code=pl.concat_str("method", pl.lit("|"), pl.col("strength").cast(pl.String)).rank("dense").cast(pl.Int64) - 1,
        )
        rows, arrays = [], []
        for (dataset, metric), g in long.group_by(["dataset", "metric"], maintain_order=True):
            seeds_per_config = g.group_by("config_code").agg(pl.col("seed").n_unique())["seed"].max()
            if g["method"].n_unique() < 2 or seeds_per_config < 2:
                continue
            y, m, c = g["value"].to_numpy(), g["method_code"].to_numpy(), g["config_code"].to_numpy()
            rows.append({"dataset": dataset, "metric": metric, "models": g.height,
                         "method_share": variance_share(y, m), "config_share": variance_share(y, c),
                         "beat_rate": beat_rate(y, c)})
            arrays.append((seed_weights(g["seed"].to_numpy(), long["seed"].to_numpy()), y, m))
        require(bool(rows), "no data set has 2 methods with a configuration run on 2 seeds")
        table = pl.DataFrame(rows)
        by_dataset = (table.group_by("dataset", maintain_order=True)
                      .agg(pl.col("method_share").mean(), pl.col("config_share").mean(), pl.col("beat_rate").mean())
                      .sort("dataset"))
        offending = pl.concat([
            by_dataset.filter(pl.col("method_share") >= 0.5).with_columns(
                contradiction=pl.lit("the method alone explains at least half of the variance")),
            by_dataset.filter(~(pl.col("beat_rate") > 0)).with_columns(
                contradiction=pl.lit("no run of a worse configuration beats a run of a better one")),
        ])

        def mean_share(counts):
            values = []
            for weights_of, y, m in arrays:
                w = weights_of(counts)
                if (w > 0).sum() >= 2:
                    values.append(variance_share(y, m, w))
            return float(np.nanmean(values)) if values else float("nan")

        measured = float(table["method_share"].mean())
        interval = seed_bootstrap(long["seed"].to_numpy(), mean_share)
        text = (f"method alone {measured:.0%}, method x strength {table['config_share'].mean():.0%}; "
                f"a worse configuration's run beats a better one's in {table['beat_rate'].mean():.0%} of run pairs")
        models = long["model_id"].n_unique()
        return measured, text, interval, models, offending, {"by_metric": table, "by_dataset": by_dataset}


CLAIM = SeedDominance()
