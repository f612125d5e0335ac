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
from expdb.stats import seed_bootstrap

from ..common import headline_long, require, seed_rows


def variance_share(y: np.ndarray, groups: np.ndarray) -> float:
    """Between-group sum of squares over total sum of squares; groups are integer codes."""
    total = ((y - y.mean()) ** 2).sum()
    if total <= 0:
        return float("nan")
    counts = np.bincount(groups)
    sums = np.bincount(groups, weights=y)
    used = counts > 0
    means = sums[used] / counts[used]
    return float((counts[used] * (means - y.mean()) ** 2).sum() / total)


def beat_rate(y: np.ndarray, configs: np.ndarray) -> float:
    """Mean over configuration pairs with different medians of P(worse run > better run)."""
    labels = np.unique(configs)
    if len(labels) < 2:
        return float("nan")
    runs = [y[configs == c] for c in labels]
    width = max(len(r) for r in runs)
    table = np.full((len(runs), width), np.nan)
    for i, r in enumerate(runs):
        table[i, :len(r)] = r
    medians = np.array([np.median(r) for r in runs])
    with np.errstate(invalid="ignore"):
        diff = table[:, :, None, None] - table[None, None, :, :]  # (worse, run, better, run)
        wins = np.where(np.isnan(diff), np.nan, (diff > 0) + 0.5 * (diff == 0))
    per_pair = np.nanmean(wins, axis=(1, 3))
    worse_than = medians[:, None] < medians[None, :]
    return float(per_pair[worse_than].mean()) if worse_than.any() else float("nan")


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
            arrays.append((seed_rows(g["seed"].to_numpy()), y, m))
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

        def mean_share(chosen):
            values = []
            for rows_of, y, m in arrays:
                idx = rows_of(chosen)
                if len(idx) >= 2:
                    values.append(variance_share(y[idx], m[idx]))
            return float(np.nanmean(values)) if values else float("nan")

        measured = float(table["method_share"].mean())
        interval = seed_bootstrap(long["seed"].to_numpy(), mean_share)
        text = (f"method alone {measured:.0%}, method x strength {table['config_share'].mean():.0%}; "
                f"a worse configuration's run beats a better one's in {table['beat_rate'].mean():.0%} of run pairs")
        models = long["model_id"].n_unique()
        return measured, text, interval, models, offending, {"by_metric": table, "by_dataset": by_dataset}


CLAIM = SeedDominance()
