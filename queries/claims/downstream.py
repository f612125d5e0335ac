"""Claim 6, disentanglement and downstream performance (paper, section 5.5).

Procedure: per data set, Spearman's rank correlation (average ranks for ties) between each
metric's headline score and, on the same (mean) representation,
- the mean test accuracy of the logistic-regression and of the boosted-tree downstream task
  at their largest train size (10,000 points in the paper profile; the fast profile stops at
  1,000), and
- statistical efficiency (accuracy at 100 points over accuracy at the largest size) of each,
over all models of the data set that have both scores.

The claim: on the dSprites variants every metric but Modularity correlates positively with
downstream accuracy; statistical efficiency has no reliable relation to disentanglement.
Offending rows: (dSprites data set, metric other than Modularity, task) whose accuracy rho is
not positive; and (metric, task) pairs whose efficiency rho is consistent (same sign and
|rho| >= 0.3 on every data set, at least two data sets).
Measured: the share of (dSprites data set, metric other than Modularity, task) with a positive
accuracy rho. Interval: 95% percentile bootstrap of that share over random seeds (seeds
resampled with replacement, 200 times).
Needs: a dSprites variant with at least 3 models scored by a metric and a downstream task.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Claim
from expdb.stats import RankedColumns, seed_bootstrap, seed_weights, spearman

from ..common import LABEL, headline_wide, require
from .unsupervised_selection import consistent

TASKS = {"downstream_logistic": "logistic", "downstream_boosted": "boosted"}
EXCEPTION = "modularity"


def downstream_scores(tables, study) -> pl.DataFrame:
    """Per model: <task>_accuracy and <task>_efficiency at the largest train size present."""
    tidy = tables.scores(study, metrics=list(TASKS), representation="mean").collect()
    out = None
    for metric, task in TASKS.items():
        rows = tidy.filter(pl.col("metric") == metric)
        sizes = [int(n.split(":")[0]) for n in rows["score"].unique().to_list() if n.endswith(":mean_test_accuracy")]
        if not sizes:
            continue
        top = max(sizes)
        efficiency = "statistical_efficiency" if top == 10_000 else f"statistical_efficiency_{top}"
        picked = rows.filter(pl.col("score").is_in([f"{top}:mean_test_accuracy", efficiency])).pivot(
            on="score", index="model_id", values="value", aggregate_function="first").rename(
            {f"{top}:mean_test_accuracy": f"{task}_accuracy", efficiency: f"{task}_efficiency"}, strict=False)
        out = picked if out is None else out.join(picked, on="model_id", how="full", coalesce=True)
    return out if out is not None else pl.DataFrame(schema={"model_id": pl.Int64})


class Downstream(Claim):
    name = "downstream"
    title = "Disentanglement predicts downstream accuracy on dSprites, not statistical efficiency"
    published = "positive rho with accuracy on dSprites variants (all metrics but Modularity); no reliable relation with efficiency"
    figure, unit = "100%", "share"
    minimum = "a dSprites variant with >= 3 models scored by a metric and a downstream task"

    def compute(self, tables, study):
        wide = headline_wide(tables, study)
        metrics = [c for c in wide.columns if c in LABEL]
        down = downstream_scores(tables, study)
        targets = [c for c in down.columns if c != "model_id"]
        require(bool(targets), "no downstream task scores on the mean representation")
        data = wide.join(down, on="model_id", how="inner").sort("dataset", "model_id")
        groups = [(d, g) for (d,), g in data.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(any("dsprites" in d for d, _ in groups), "no dSprites variant with 3 models scored downstream")

        records = []
        for dataset, g in groups:
            for m in metrics:
                for t in targets:
                    records.append({"dataset": dataset, "metric": m, "target": t, "rho": spearman(g[m], g[t])})
        rho = pl.DataFrame(records)
        accuracy_targets = [t for t in targets if t.endswith("_accuracy")]
        tested = rho.filter(pl.col("dataset").str.contains("dsprites") & (pl.col("metric") != EXCEPTION)
                            & pl.col("target").is_in(accuracy_targets))
        offending = tested.filter(~(pl.col("rho") > 0)).with_columns(
            contradiction=pl.lit("metric does not rise with downstream accuracy"))
        efficiency = (rho.filter(pl.col("target").str.ends_with("_efficiency"))
                      .group_by("metric", "target", maintain_order=True).agg(pl.col("rho")))
        reliable = efficiency.filter(pl.col("rho").map_elements(lambda r: consistent(r.to_numpy()), return_dtype=pl.Boolean))
        if not reliable.is_empty():
            offending = pl.concat([offending, reliable.select(
                pl.lit("all").alias("dataset"), "metric", "target", pl.col("rho").list.mean().alias("rho"),
                contradiction=pl.lit("consistent relation with statistical efficiency"))], how="vertical_relaxed")
        measured = tested.filter(pl.col("rho") > 0).height / tested.height if tested.height else float("nan")

        columns = [m for m in metrics if m != EXCEPTION] + accuracy_targets
        complete = [g.select(columns + ["seed"]).drop_nulls() for d, g in groups if "dsprites" in d]
        checked = [(seed_weights(c["seed"].to_numpy(), data["seed"].to_numpy()), RankedColumns(c.select(columns).to_numpy().astype(float)))
                   for c in complete]
        k = len([m for m in metrics if m != EXCEPTION])

        def share(counts):
            flags = []
            for weights_of, ranked in checked:
                w = weights_of(counts)
                if (w > 0).sum() >= 3:
                    flags.extend((ranked.spearman(w)[:k, k:] > 0).ravel())
            return float(np.mean(flags)) if flags else float("nan")

        interval = seed_bootstrap(data["seed"].to_numpy(), share) if accuracy_targets else None
        text = (f"{tested.filter(pl.col('rho') > 0).height}/{tested.height} (dSprites data set, metric, task) "
                f"accuracy correlations positive; {reliable.height} consistent efficiency relations")
        return measured, text, interval, data.height, offending, {"rho": rho}


CLAIM = Downstream()
