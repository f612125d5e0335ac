"""Claim 2, metric agreement (paper, section 5.2).

Procedure: per data set, the Spearman rank-correlation matrix of the six metrics' headline
scores (mean representation, one profile, each the mean over evaluation seeds) over all
models of that data set that have all of them (average ranks for ties).

Checks: every pair of metrics not involving Modularity has rho > 0 on every data set;
Modularity is the exception (its pairs are reported, not checked). A rho that is undefined (a
metric constant on a data set, fewer than 3 models) is reported with its reason and checked
neither way. Offending rows: the pairs whose rho is not positive.
Measured: the mean rho over the defined checked pairs. Intervals (of the mean and of each
pair's rho): BCa bootstrap over random seeds, 200 replicates, from 5 seeds up; with fewer
seeds, each pair's rho a Fisher z interval over the data set's models (uncertainty.py), and the
mean none.
Rule: every check ("positive for all pairs except those with Modularity"): holds when every
pair's rho is positive at 95%, fails when one is not positive at the family-wise level
(Bonferroni over the defined pairs).
Needs: a data set with at least 3 models scored by at least two of the metrics other than Modularity.
"""

from __future__ import annotations

import itertools

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, family_level
from ..stats import RankedColumns, seed_weights

from ..common import (HEADLINE_CELLS, LABEL, give_model_level_rho, give_intervals, headline_wide, label,
                      mean_defined, model_level_note, require, rho_and_reason, seed_intervals)

EXCEPTION = "modularity"


class MetricAgreement(Claim):
    name = "metric_agreement"
    title = "Disentanglement metrics agree, Modularity excepted"
    published = "all pairs without Modularity positive; closest BetaVAE~FactorVAE and MIG~DCI"
    figure, unit = "> 0", "rho"
    minimum = "a data set with >= 3 models scored by >= 2 metrics other than Modularity"
    thresholds = {"rho": 0.0}
    needs = (HEADLINE_CELLS,)
    wording = "Spearman rank correlations between the metrics are positive for all pairs except those with Modularity"

    def compute(self, tables, study, profile):
        wide = headline_wide(tables, study, profile)
        metrics = [c for c in wide.columns if c in LABEL]
        tested = [m for m in metrics if m != EXCEPTION]
        require(len(tested) >= 2, "needs at least two metrics other than Modularity")
        complete = wide.drop_nulls(metrics).sort("dataset", "model_id")
        per_dataset = [(d, g) for (d,), g in complete.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(bool(per_dataset), "no data set has 3 models with every metric")

        pairs = [(i, j) for i, j in itertools.combinations(range(len(metrics)), 2)
                 if EXCEPTION not in (metrics[i], metrics[j])]
        checks, figures, arrays = [], [], []
        for dataset, group in per_dataset:
            values = group.select(metrics).to_numpy()
            for i, j in itertools.combinations(range(len(metrics)), 2):
                rho, why = rho_and_reason(values[:, i], values[:, j], label(metrics[i]), label(metrics[j]),
                                          f"on {dataset}")
                figures.append({"dataset": dataset, "metric_a": metrics[i], "metric_b": metrics[j], "rho": rho,
                                "models": group.height})
                if (i, j) in pairs:
                    checks.append(Check(f"{dataset}: {LABEL[metrics[i]]}~{LABEL[metrics[j]]} rho", rho, ">", 0.0,
                                        reason=why, where={"dataset": dataset, "metric_a": metrics[i],
                                                           "metric_b": metrics[j], "models": group.height}))
            arrays.append((seed_weights(group["seed"].to_numpy(), complete["seed"].to_numpy()), RankedColumns(values)))
        index = tuple(np.array(pairs).T)

        def statistic(counts):
            rhos = []
            for weights_of, columns in arrays:
                w = weights_of(counts)
                rhos.extend(columns.spearman(w)[index] if (w > 0).sum() >= 3 else [np.nan] * len(pairs))
            return np.array([mean_defined(rhos), *rhos])

        seeds = complete["seed"].to_numpy()
        level = family_level(checks)
        seed_level = seed_intervals(seeds, statistic, 1 + len(checks), level)
        if seed_level is not None:
            bounds, family = seed_level
            give_intervals(checks, bounds[1:], family[1:])
            interval, note = bounds[0], ""
        else:
            for check in checks:
                give_model_level_rho(check, check.where["models"], level)
            interval, note = None, model_level_note(seeds) + ", none for a mean of correlations"
        measured = mean_defined([c.value for c in checks])
        defined = [c for c in checks if np.isfinite(c.value)]
        positive = sum(1 for c in defined if c.value > 0)
        text = f"{positive}/{len(defined)} defined pairs without Modularity positive; mean rho {measured:.2f}"
        return Computed(measured, text, interval, complete.height, checks, {"pairs": pl.DataFrame(figures)},
                        interval_note=note)


CLAIM = MetricAgreement()
