"""Claim 4, unsupervised scores do not select for disentanglement (paper, section 5.4).

Procedure: per data set, Spearman's rank correlation (average ranks for ties) between each
unsupervised score (the final reconstruction loss, KL and ELBO of training, and the Gaussian
total correlation of the sampled representation) and each metric's headline score (mean
representation; one profile, each score the mean over evaluation seeds), over all models of
the data set that have both.

Checks, per (unsupervised score, metric): no consistent relation. A relation's agreement is its
smallest |rho| over the data sets when every rho has the same sign, else 0 (common.agreement);
consistent means an agreement of at least 0.3 (common.CONSISTENT_RHO). A pair with an undefined
rho on some data set is reported with the reason and checked neither way.
Severity: warn. With few data sets a consistent sign is easy to come by (two data sets agree in
sign half the time by chance), so a consistent pair here is a finding to look at, not a
refutation; `verify --strict` does not fail on it.
Measured: the share of defined pairs with a consistent relation (published: none). Intervals
(of it, of each pair's agreement): BCa bootstrap over random seeds, from 5 seeds up; with fewer
seeds, for each agreement the range it takes over the box of its data sets' Fisher z intervals
over models (Bonferroni over the data sets), and Clopper-Pearson over the pairs for the share.
Rule: every check ("no consistent relation to the disentanglement scores"): holds when no
pair's agreement reaches 0.3 at 95%, fails when one does at the family-wise level.
Needs: at least 2 data sets, each with at least 3 models with an unsupervised score and a metric.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import WARN, Check, Claim, Computed, family_level
from ..stats import PairwiseSpearman

from ..common import (AGREEMENT_BOX, CONSISTENT_RHO, HEADLINE_CELLS, LABEL, TRAIN_CELLS, UNSUPERVISED_CELLS,
                      agreement, give_interval, give_intervals, headline_wide, label, model_level_note, require,
                      rho_and_reason, seed_intervals)
from ..uncertainty import agreement_interval, clopper_pearson

TRAINING_SCORES = ["reconstruction_loss", "kl_loss", "elbo"]
SAMPLED_TC = "sampled_total_correlation"
UNSUPERVISED = TRAINING_SCORES + [SAMPLED_TC]


def consistent(rhos) -> bool:
    """A relation with the same sign and |rho| >= CONSISTENT_RHO on every data set (two or more)."""
    value = agreement(rhos)
    return bool(np.isfinite(value) and value >= CONSISTENT_RHO)


def consistency_checks(rho: pl.DataFrame, key: str, where_name: str) -> list[Check]:
    """Per (key, metric) of a long rho table (dataset, key, metric, rho, reason): one check
    that the relation is not consistent across data sets. Its severity is warn wherever it is
    used (this claim's and downstream's efficiency half): with few data sets a consistent sign
    is easy to come by, so a consistent relation is a finding to look at, not a refutation."""
    checks = []
    for (name, metric), g in rho.group_by([key, "metric"], maintain_order=True):
        value = agreement(g["rho"].to_numpy())
        reasons = [r for r in g["reason"].to_list() if r]
        why = "; ".join(reasons) if reasons else ("fewer than 2 data sets" if g.height < 2 else "")
        checks.append(Check(f"{name} ~ {label(metric)}: agreement across data sets", value, "<", CONSISTENT_RHO,
                            reason=why, where={where_name: name, "metric": metric, "datasets": g.height},
                            severity=WARN))
    return checks


def give_model_level_agreement(checks: list[Check], rho: pl.DataFrame, key: str, level: float) -> None:
    """Attach to consistency_checks(rho, key, ...) their intervals over models: per check, the
    box of its data sets' Fisher z intervals (uncertainty.agreement_interval)."""
    for check, (_, g) in zip(checks, rho.group_by([key, "metric"], maintain_order=True)):
        rhos, models = g["rho"].to_numpy(), g["models"].to_numpy()
        give_interval(check, agreement_interval(rhos, models), agreement_interval(rhos, models, level), AGREEMENT_BOX)


class UnsupervisedSelection(Claim):
    name = "unsupervised_selection"
    title = "Unsupervised scores do not reliably select disentangled models"
    published = "no consistent relation of reconstruction, KL, ELBO or sampled TC with any metric"
    figure, unit = "0%", "share"
    minimum = ">= 2 data sets with >= 3 models carrying unsupervised scores and metrics"
    thresholds = {"consistent_rho": CONSISTENT_RHO}
    needs = (HEADLINE_CELLS, UNSUPERVISED_CELLS, TRAIN_CELLS)
    severity = WARN
    wording = "reconstruction, KL, ELBO and estimated TC show no consistent relation to the disentanglement scores"

    def compute(self, tables, study, profile):
        wide = headline_wide(tables, study, profile)
        metrics = [c for c in wide.columns if c in LABEL]
        models = tables.models(study).select("model_id", *TRAINING_SCORES).collect()
        tc = (tables.scores_per_model(study, profile=profile, metrics=["unsupervised"],
                                      names=["gaussian_total_correlation"], representation="sampled").collect()
              .select("model_id", pl.col("value").alias(SAMPLED_TC)))
        data = wide.join(models, on="model_id", how="left").join(tc, on="model_id", how="left").sort("dataset", "model_id")
        scores = [u for u in UNSUPERVISED if data[u].null_count() < data.height]
        require(bool(scores) and bool(metrics), "needs training losses or sampled total correlation, and a metric")
        # every pair over the models that have both of its scores (a model missing one score
        # still counts for the others): rows without any of them are dropped
        data = data.filter(pl.any_horizontal(pl.col(scores).is_not_null())
                           & pl.any_horizontal(pl.col(metrics).is_not_null()))
        groups = [(d, g) for (d,), g in data.group_by(["dataset"], maintain_order=True) if g.height >= 3]
        require(len(groups) >= 2, "needs at least 2 data sets with 3 models each")

        records = []
        for dataset, g in groups:
            for u in scores:
                for m in metrics:
                    rho, why = rho_and_reason(g[u], g[m], u, label(m), f"on {dataset}")
                    models = g.select(pl.col(u).is_not_null() & pl.col(m).is_not_null()).to_series().sum()
                    records.append({"dataset": dataset, "score": u, "metric": m, "rho": rho, "models": models,
                                    "reason": why})
        rho = pl.DataFrame(records)
        checks = consistency_checks(rho, "score", "score")

        k = len(scores)
        pairs = [(i, k + j) for i in range(k) for j in range(len(metrics))]
        every_seed = data["seed"].to_numpy()
        pairwise = [PairwiseSpearman(g.select(scores + metrics).to_numpy().astype(float), pairs, g["seed"].to_numpy(),
                                     every_seed) for _, g in groups]

        def statistic(counts):
            # per data set, the (score x metric) rhos, each over the models that have both
            stacked = np.stack([p.rhos(counts).reshape(k, len(metrics)) for p in pairwise])  # (data set, score, metric)
            values = np.array([agreement(stacked[:, i, j]) for i in range(k) for j in range(len(metrics))])
            defined = values[np.isfinite(values)]
            return np.array([np.mean(defined >= CONSISTENT_RHO) if len(defined) else np.nan, *values])

        level = family_level(checks, self.severity)
        seed_level = seed_intervals(every_seed, statistic, 1 + len(checks), level)
        if seed_level is not None:
            bounds, family = seed_level
            give_intervals(checks, bounds[1:], family[1:], clip=(0, 1))
            interval, note = bounds[0], ""
        else:
            give_model_level_agreement(checks, rho, "score", level)
            interval, note = None, model_level_note(every_seed)
        defined = [c for c in checks if np.isfinite(c.value)]
        found = sum(1 for c in defined if c.value >= CONSISTENT_RHO)
        if seed_level is None:
            interval = clopper_pearson(found, len(defined))
        measured = found / len(defined) if defined else float("nan")
        summary = pl.DataFrame([{**c.where, "agreement": c.value, "consistent": c.value >= CONSISTENT_RHO
                                 if np.isfinite(c.value) else None} for c in checks])
        text = f"{found}/{len(defined)} defined (unsupervised score, metric) pairs consistent across {len(groups)} data sets"
        return Computed(measured, text, interval, data.height, checks, {"rho": rho.drop("reason"), "summary": summary},
                        interval_note=note)


CLAIM = UnsupervisedSelection()
