"""Claim 6, disentanglement and downstream performance (paper, section 5.5).

Procedure: per data set, Spearman's rank correlation (average ranks for ties) between each
metric's headline score and, on the same (mean) representation (one profile, each score the
mean over evaluation seeds),
- the mean test accuracy of the logistic-regression and of the boosted-tree downstream task
  at their largest train size (10,000 points in the paper profile; the fast profile stops at
  1,000), and
- statistical efficiency (accuracy at 100 points over accuracy at the largest size) of each,
over all models of the data set that have both scores. The reference's result files hold the
accuracies, not the ratio: expdb import-dlib derives it from them.

Checks: on every dSprites variant, every metric but Modularity has accuracy rho > 0 with each
task; and no (metric, task) has a consistent relation with statistical efficiency (the same
sign and |rho| >= 0.3 on every data set, at least two data sets: common.agreement < 0.3).
Undefined figures (a constant metric, fewer than 3 models) are reported with their reason and
checked neither way; without efficiency figures that half is not checked, and says so.
Measured: the share of defined (dSprites data set, metric other than Modularity, task) accuracy
rhos that are positive. Intervals (of it and of each checked figure): BCa bootstrap over random
seeds, from 5 seeds up.
Needs: a dSprites variant with at least 3 models scored by a metric and a downstream task.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Check, Claim, Computed
from ..stats import RankedColumns, seed_weights

from ..common import CONSISTENT_RHO, LABEL, agreement, headline_wide, intervals, require, rho_and_reason
from .unsupervised_selection import consistency_checks

TASKS = {"downstream_logistic": "logistic", "downstream_boosted": "boosted"}
EXCEPTION = "modularity"


def downstream_scores(tables, study, profile) -> pl.DataFrame:
    """Per model: <task>_accuracy and <task>_efficiency at the largest train size present."""
    tidy = tables.scores_per_model(study, profile=profile, metrics=list(TASKS), representation="mean").collect()
    out = None
    for metric, task in TASKS.items():
        rows = tidy.filter(pl.col("metric") == metric)
        sizes = [int(n.split(":")[0]) for n in rows["score"].unique().to_list() if n.endswith(":mean_test_accuracy")]
        if not sizes:
            continue
        top = max(sizes)
        efficiency = "statistical_efficiency" if top == 10_000 else f"statistical_efficiency_{top}"
        picked = rows.filter(pl.col("score").is_in([f"{top}:mean_test_accuracy", efficiency])).pivot(
            on="score", index="model_id", values="value", aggregate_function=None).rename(
            {f"{top}:mean_test_accuracy": f"{task}_accuracy", efficiency: f"{task}_efficiency"}, strict=False)
        out = picked if out is None else out.join(picked, on="model_id", how="full", coalesce=True)
    return out if out is not None else pl.DataFrame(schema={"model_id": pl.Int64})


class Downstream(Claim):
    name = "downstream"
    title = "Disentanglement predicts downstream accuracy on dSprites, not statistical efficiency"
    published = "positive rho with accuracy on dSprites variants (all metrics but Modularity); no reliable relation with efficiency"
    figure, unit = "100%", "share"
    minimum = "a dSprites variant with >= 3 models scored by a metric and a downstream task"
    thresholds = {"rho_accuracy": 0.0, "consistent_rho": CONSISTENT_RHO}

    def compute(self, tables, study, profile):
        wide = headline_wide(tables, study, profile)
        metrics = [c for c in wide.columns if c in LABEL]
        down = downstream_scores(tables, study, profile)
        accuracy_targets = [c for c in down.columns if c.endswith("_accuracy")]
        efficiency_targets = [c for c in down.columns if c.endswith("_efficiency")]
        require(bool(accuracy_targets), "no downstream task scores on the mean representation")
        data = wide.join(down, on="model_id", how="inner").sort("dataset", "model_id")
        groups = [(d, g) for (d,), g in data.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(any("dsprites" in d for d, _ in groups), "no dSprites variant with 3 models scored downstream")

        checked = [m for m in metrics if m != EXCEPTION]
        every_seed = data["seed"].to_numpy()
        # one block of complete rows per data set and purpose, so that a figure and its bootstrap
        # replicates are computed on the same models
        blocks = []  # (kind, dataset, row names, column names, rows)
        for dataset, g in groups:
            if "dsprites" in dataset:
                blocks.append(("accuracy", dataset, checked, accuracy_targets,
                               g.select(checked + accuracy_targets + ["seed"]).drop_nulls()))
            if efficiency_targets:
                blocks.append(("efficiency", dataset, metrics, efficiency_targets,
                               g.select(metrics + efficiency_targets + ["seed"]).drop_nulls()))
        records = []
        for kind, dataset, rows, cols, block in blocks:
            for m in rows:
                for t in cols:
                    rho, why = rho_and_reason(block[m], block[t], LABEL[m], t, f"on {dataset}")
                    records.append({"kind": kind, "dataset": dataset, "metric": m, "target": t, "rho": rho,
                                    "reason": why})
        rho = pl.DataFrame(records, schema={"kind": pl.String, "dataset": pl.String, "metric": pl.String,
                                            "target": pl.String, "rho": pl.Float64, "reason": pl.String})
        accuracy = rho.filter(pl.col("kind") == "accuracy")
        checks = [Check(f"{r['dataset']}: {LABEL[r['metric']]} ~ {r['target']} rho", r["rho"], ">", 0.0,
                        reason=r["reason"], where={"dataset": r["dataset"], "metric": r["metric"], "target": r["target"]})
                  for r in accuracy.iter_rows(named=True)]
        n_accuracy = len(checks)
        checks += consistency_checks(rho.filter(pl.col("kind") == "efficiency").rename({"target": "task"}),
                                     "task", "target")
        ranked = _ranked_blocks(blocks, dict(groups), every_seed)

        def statistic(counts):
            rhos, per_dataset = [], []
            for columns, weights_of, parts in ranked:
                w = weights_of(counts)
                matrix = columns.spearman(w) if (w > 0).sum() >= 3 else None
                for kind, row_at, col_at in parts:
                    part = (np.full((len(row_at), len(col_at)), np.nan) if matrix is None
                            else matrix[np.ix_(row_at, col_at)])
                    (rhos if kind == "accuracy" else per_dataset).append(part)
            values = np.concatenate([p.ravel() for p in rhos]) if rhos else np.array([])
            agreements = []
            if per_dataset:
                stacked = np.stack(per_dataset)  # (data set, metric, task)
                agreements = [agreement(stacked[:, i, j]) for i in range(stacked.shape[1]) for j in range(stacked.shape[2])]
            defined = values[np.isfinite(values)]
            return np.array([np.mean(defined > 0) if len(defined) else np.nan, *values, *agreements])

        bounds, note = intervals(every_seed, statistic, 1 + len(checks))
        for check, bound in zip(checks, bounds[1:]):
            check.interval = bound
        defined = [c for c in checks[:n_accuracy] if np.isfinite(c.value)]
        measured = sum(1 for c in defined if c.value > 0) / len(defined) if defined else float("nan")
        relations = [c for c in checks[n_accuracy:] if np.isfinite(c.value)]
        consistent = [c for c in relations if c.value >= CONSISTENT_RHO]
        efficiency_text = (f"{len(consistent)}/{len(relations)} defined (metric, task) relations with statistical "
                           "efficiency consistent across data sets" if efficiency_targets
                           else "no statistical efficiency figures, so that half is not checked")
        text = (f"{sum(1 for c in defined if c.value > 0)}/{len(defined)} defined (dSprites data set, metric, task) "
                f"accuracy correlations positive; {efficiency_text}")
        return Computed(measured, text, bounds[0], data.height, checks, {"rho": rho.drop("reason", "kind")},
                        interval_note=note)


def _ranked_blocks(blocks, frames: dict, every_seed):
    """For the bootstrap: per data set, one RankedColumns over the columns of all its blocks
    when their complete rows are the same models (so each replicate ranks every column once),
    else one per block; with each block's (kind, row positions, column positions) in it."""
    out, by_dataset = [], {}
    for block in blocks:
        by_dataset.setdefault(block[1], []).append(block)
    for dataset, own in by_dataset.items():
        names = list(dict.fromkeys(name for _, _, rows, cols, _ in own for name in rows + cols))
        union = frames[dataset].select(names + ["seed"]).drop_nulls()
        if len(own) > 1 and all(block.height == union.height for *_, block in own):
            shared = [(union, names, own)]
        else:
            shared = [(block, rows + cols, [(kind, dataset, rows, cols, block)])
                      for kind, dataset, rows, cols, block in own]
        for frame, columns, parts in shared:
            at = {name: i for i, name in enumerate(columns)}
            out.append((RankedColumns(frame.select(columns).to_numpy().astype(float)),
                        seed_weights(frame["seed"].to_numpy(), every_seed),
                        [(kind, [at[r] for r in rows], [at[c] for c in cols]) for kind, _, rows, cols, _ in parts]))
    return out


CLAIM = Downstream()
