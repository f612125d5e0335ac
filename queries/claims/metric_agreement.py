"""Claim 2, metric agreement (paper, section 5.2).

Procedure: per data set, the Spearman rank-correlation matrix of the six metrics' headline
scores (mean representation) over all models of that data set that have all of them
(average ranks for ties).

The claim: every pair of metrics not involving Modularity correlates positively on every
data set; Modularity is the exception (its pairs are reported, not tested).
Offending rows: (data set, metric, metric) pairs without Modularity whose rho is not positive.
Measured: the mean rho over those pairs and data sets. Interval: 95% percentile bootstrap of
that mean over random seeds (seeds resampled with replacement, 200 times).
Needs: a data set with at least 3 models scored by at least two of the metrics other than Modularity.
"""

from __future__ import annotations

import itertools

import numpy as np
import polars as pl

from expdb.claims import Claim
from expdb.stats import RankedColumns, seed_bootstrap, seed_weights, spearman_matrix

from ..common import LABEL, headline_wide, require

EXCEPTION = "modularity"


class MetricAgreement(Claim):
    name = "metric_agreement"
    title = "Disentanglement metrics agree, Modularity excepted"
    published = "all pairs without Modularity positive; closest BetaVAE~FactorVAE and MIG~DCI"
    figure, unit = "> 0", "rho"
    minimum = "a data set with >= 3 models scored by >= 2 metrics other than Modularity"

    def compute(self, tables, study):
        wide = headline_wide(tables, study)
        metrics = [c for c in wide.columns if c in LABEL]
        tested = [m for m in metrics if m != EXCEPTION]
        require(len(tested) >= 2, "needs at least two metrics other than Modularity")
        complete = wide.drop_nulls(metrics).sort("dataset", "model_id")
        per_dataset = [(d, g) for (d,), g in complete.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(bool(per_dataset), "no data set has 3 models with every metric")

        rows, arrays = [], []
        for dataset, group in per_dataset:
            values = group.select(metrics).to_numpy()
            matrix = spearman_matrix(values)
            for i, j in itertools.combinations(range(len(metrics)), 2):
                rows.append({"dataset": dataset, "metric_a": metrics[i], "metric_b": metrics[j],
                             "rho": float(matrix[i, j]), "models": group.height,
                             "tested": EXCEPTION not in (metrics[i], metrics[j])})
            arrays.append((seed_weights(group["seed"].to_numpy(), complete["seed"].to_numpy()), RankedColumns(values)))
        pairs = pl.DataFrame(rows)
        tested_pairs = pairs.filter("tested")
        measured = float(tested_pairs["rho"].mean())
        offending = tested_pairs.filter(~(pl.col("rho") > 0)).drop("tested")
        mask = np.array([[EXCEPTION not in (metrics[a], metrics[b]) and a < b for b in range(len(metrics))]
                         for a in range(len(metrics))])

        def mean_rho(counts):
            values = []
            for weights_of, columns in arrays:
                w = weights_of(counts)
                if (w > 0).sum() >= 3:
                    values.extend(columns.spearman(w)[mask])
            return float(np.nanmean(values)) if values else float("nan")

        interval = seed_bootstrap(complete["seed"].to_numpy(), mean_rho)
        positive = tested_pairs.filter(pl.col("rho") > 0).height
        text = f"{positive}/{tested_pairs.height} pairs without Modularity positive; mean rho {measured:.2f}"
        return measured, text, interval, complete.height, offending, {"pairs": pairs.drop("tested")}


CLAIM = MetricAgreement()
