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
Severity: error for the accuracy half, which decides the verdict; the efficiency half is the
consistency test of unsupervised_selection and has its severity, warn, here too (two data sets
agree in sign half the time by chance): its failing checks are reported as warnings.
Measured: the share of defined (dSprites data set, metric other than Modularity, task) accuracy
rhos that are positive. Intervals (of it and of each checked figure): BCa bootstrap over random
seeds, from 5 seeds up; with fewer seeds, a Fisher z interval over models for each accuracy rho,
the Fisher z box over data sets for each efficiency agreement (as in unsupervised_selection), and
Clopper-Pearson over the correlations for the share.
Rule: every check of the accuracy half ("correlate with downstream accuracy on the dSprites
variants (all metrics but Modularity)"): holds when every accuracy rho is positive at 95%, fails
when one is not at the family-wise level (Bonferroni over the defined accuracy rhos).
Needs: a dSprites variant with at least 3 models scored by a metric and a downstream task.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, family_level
from ..stats import PairwiseSpearman

from ..common import (CONSISTENT_RHO, DOWNSTREAM_CELLS, HEADLINE_CELLS, LABEL, agreement, give_model_level_rho,
                      give_intervals, headline_wide, model_level_note, require, rho_and_reason, seed_intervals)
from ..uncertainty import clopper_pearson
from .unsupervised_selection import consistency_checks, give_model_level_agreement

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
    needs = (HEADLINE_CELLS, DOWNSTREAM_CELLS)
    wording = ("disentanglement scores correlate with downstream accuracy on the dSprites variants (all metrics but "
               "Modularity); statistical efficiency shows no reliable relation to disentanglement")

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
        columns = metrics + accuracy_targets + efficiency_targets
        at = {c: i for i, c in enumerate(columns)}
        # per data set, every (metric, target) pair over the models that have both scores
        records, pairwise = [], []
        for dataset, g in groups:
            wanted = [("accuracy", m, t) for m in checked for t in accuracy_targets] if "dsprites" in dataset else []
            wanted += [("efficiency", m, t) for m in metrics for t in efficiency_targets]
            for kind, m, t in wanted:
                rho, why = rho_and_reason(g[m], g[t], LABEL[m], t, f"on {dataset}")
                models = g.select(pl.col(m).is_not_null() & pl.col(t).is_not_null()).to_series().sum()
                records.append({"kind": kind, "dataset": dataset, "metric": m, "target": t, "rho": rho,
                                "models": models, "reason": why})
            kinds = np.array([kind for kind, _, _ in wanted])
            pairwise.append((PairwiseSpearman(g.select(columns).to_numpy().astype(float),
                                              [(at[m], at[t]) for _, m, t in wanted], g["seed"].to_numpy(), every_seed),
                             kinds))
        rho = pl.DataFrame(records, schema={"kind": pl.String, "dataset": pl.String, "metric": pl.String,
                                            "target": pl.String, "rho": pl.Float64, "models": pl.Int64,
                                            "reason": pl.String})
        accuracy = rho.filter(pl.col("kind") == "accuracy")
        checks = [Check(f"{r['dataset']}: {LABEL[r['metric']]} ~ {r['target']} rho", r["rho"], ">", 0.0,
                        reason=r["reason"], where={"dataset": r["dataset"], "metric": r["metric"], "target": r["target"]})
                  for r in accuracy.iter_rows(named=True)]
        n_accuracy = len(checks)
        efficiency = rho.filter(pl.col("kind") == "efficiency").rename({"target": "task"})
        checks += consistency_checks(efficiency, "task", "target")

        def statistic(counts):
            rhos, per_dataset = [], []
            for pairs, kinds in pairwise:
                values = pairs.rhos(counts)
                rhos.append(values[kinds == "accuracy"])
                if efficiency_targets:
                    per_dataset.append(values[kinds == "efficiency"].reshape(len(metrics), len(efficiency_targets)))
            values = np.concatenate(rhos) if rhos else np.array([])
            agreements = []
            if per_dataset:
                stacked = np.stack(per_dataset)  # (data set, metric, task)
                agreements = [agreement(stacked[:, i, j]) for i in range(stacked.shape[1]) for j in range(stacked.shape[2])]
            defined = values[np.isfinite(values)]
            return np.array([np.mean(defined > 0) if len(defined) else np.nan, *values, *agreements])

        level = family_level(checks)
        seed_level = seed_intervals(every_seed, statistic, 1 + len(checks), level)
        if seed_level is not None:
            bounds, family = seed_level
            give_intervals(checks[:n_accuracy], bounds[1:1 + n_accuracy], family[1:1 + n_accuracy], clip=(-1, 1))
            give_intervals(checks[n_accuracy:], bounds[1 + n_accuracy:], family[1 + n_accuracy:], clip=(0, 1))
            interval, note = bounds[0], ""
        else:
            for check, row in zip(checks, accuracy.iter_rows(named=True)):
                give_model_level_rho(check, row["models"], level)
            give_model_level_agreement(checks[n_accuracy:], efficiency, "task", level)
            interval, note = None, model_level_note(every_seed)
        defined = [c for c in checks[:n_accuracy] if np.isfinite(c.value)]
        measured = sum(1 for c in defined if c.value > 0) / len(defined) if defined else float("nan")
        if seed_level is None:
            interval = clopper_pearson(sum(1 for c in defined if c.value > 0), len(defined))
        relations = [c for c in checks[n_accuracy:] if np.isfinite(c.value)]
        consistent = [c for c in relations if c.value >= CONSISTENT_RHO]
        efficiency_text = (f"{len(consistent)}/{len(relations)} defined (metric, task) relations with statistical "
                           "efficiency consistent across data sets" if efficiency_targets
                           else "no statistical efficiency figures, so that half is not checked")
        text = (f"{sum(1 for c in defined if c.value > 0)}/{len(defined)} defined (dSprites data set, metric, task) "
                f"accuracy correlations positive; {efficiency_text}")
        return Computed(measured, text, interval, data.height, checks, {"rho": rho.drop("reason", "kind")},
                        interval_note=note)


CLAIM = Downstream()
