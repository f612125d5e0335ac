"""Claim 4, unsupervised scores do not select for disentanglement (paper, section 5.4).

Procedure: per data set, Spearman's rank correlation (average ranks for ties) between each
unsupervised score (the final reconstruction loss, KL and ELBO of training, and the Gaussian
total correlation of the sampled representation) and each metric's headline score (mean
representation), over all models of the data set that have both.

The claim: no unsupervised score has a consistent relation to a metric. A relation is
consistent when rho has the same sign and |rho| >= 0.3 on every data set (common.CONSISTENT_RHO).
Offending rows: each (unsupervised score, metric) pair with a consistent relation.
Measured: the share of (unsupervised score, metric) pairs with a consistent relation
(published: none). Interval: 95% percentile bootstrap of that share over random seeds
(seeds resampled with replacement, 200 times).
Needs: at least 2 data sets, each with at least 3 models with an unsupervised score and a metric.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Claim
from expdb.stats import RankedColumns, seed_bootstrap, seed_weights, spearman

from ..common import CONSISTENT_RHO, LABEL, headline_wide, require

TRAINING_SCORES = ["reconstruction_loss", "kl_loss", "elbo"]
SAMPLED_TC = "sampled_total_correlation"
UNSUPERVISED = TRAINING_SCORES + [SAMPLED_TC]


def consistent(rhos: np.ndarray) -> bool:
    rhos = np.asarray(rhos, dtype=float)
    if len(rhos) < 2 or not np.isfinite(rhos).all():
        return False
    return bool((np.abs(rhos) >= CONSISTENT_RHO).all() and (np.all(rhos > 0) or np.all(rhos < 0)))


class UnsupervisedSelection(Claim):
    name = "unsupervised_selection"
    title = "Unsupervised scores do not reliably select disentangled models"
    published = "no consistent relation of reconstruction, KL, ELBO or sampled TC with any metric"
    figure, unit = "0%", "share"
    minimum = ">= 2 data sets with >= 3 models carrying unsupervised scores and metrics"

    def compute(self, tables, study):
        wide = headline_wide(tables, study)
        metrics = [c for c in wide.columns if c in LABEL]
        models = tables.models(study).select("model_id", *TRAINING_SCORES).collect()
        tc = (tables.scores(study, metrics=["unsupervised"], names=["gaussian_total_correlation"],
                            representation="sampled").collect()
              .select("model_id", pl.col("value").alias(SAMPLED_TC)))
        data = wide.join(models, on="model_id", how="left").join(tc, on="model_id", how="left").sort("dataset", "model_id")
        scores = [u for u in UNSUPERVISED if data[u].null_count() < data.height]
        require(bool(scores) and bool(metrics), "needs training losses or sampled total correlation, and a metric")
        data = data.drop_nulls(scores + metrics)
        groups = [(d, g) for (d,), g in data.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(len(groups) >= 2, "needs at least 2 data sets with 3 models each")

        records = []
        for dataset, g in groups:
            for u in scores:
                for m in metrics:
                    records.append({"dataset": dataset, "score": u, "metric": m, "rho": spearman(g[u], g[m])})
        rho = pl.DataFrame(records)
        summary = (rho.group_by("score", "metric", maintain_order=True)
                   .agg(pl.col("rho").min().alias("rho_min"), pl.col("rho").max().alias("rho_max"),
                        pl.col("rho").alias("rhos")))
        summary = summary.with_columns(consistent=pl.col("rhos").map_elements(
            lambda r: consistent(r.to_numpy()), return_dtype=pl.Boolean)).drop("rhos")
        offending = summary.filter("consistent").drop("consistent")
        measured = summary["consistent"].mean()

        arrays = [(seed_weights(g["seed"].to_numpy(), data["seed"].to_numpy()), RankedColumns(g.select(scores + metrics).to_numpy().astype(float)))
                  for _, g in groups]
        k = len(scores)

        def share(counts):
            blocks = []  # per data set, the (score x metric) block of the Spearman matrix
            for weights_of, columns in arrays:
                w = weights_of(counts)
                blocks.append(columns.spearman(w)[:k, k:] if (w > 0).sum() >= 3 else np.full((k, len(metrics)), np.nan))
            stacked = np.stack(blocks)  # (data set, score, metric)
            flags = [consistent(stacked[:, i, j]) for i in range(k) for j in range(len(metrics))]
            return float(np.mean(flags))

        interval = seed_bootstrap(data["seed"].to_numpy(), share)
        text = f"{offending.height}/{summary.height} (unsupervised score, metric) pairs consistent across {len(groups)} data sets"
        return float(measured), text, interval, data.height, offending, {"rho": rho, "summary": summary}


CLAIM = UnsupervisedSelection()
