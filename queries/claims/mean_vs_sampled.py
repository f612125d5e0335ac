"""Claim 1, mean vs sampled representation (paper, section 5.1).

Procedure: for every (data set, method), Spearman's rank correlation between the
regularisation strength and the Gaussian total correlation of the representation, over all
of that method's models on that data set (every strength and seed; ties take average ranks;
one profile, each score the mean over evaluation seeds), once for the sampled and once for the
mean representation. AnnealedVAE's strength is its capacity c_max, under which regularisation
weakens, so it is ranked by -c_max (expdb_runners.layout.strength).

Checks: the sampled representation's total correlation falls as regularisation rises (rho < 0
for every pair), and the mean representation's mostly rises: the share of pairs other than
DIP-VAE-I (the published exception) whose mean rho is positive is above one half. A rho that
is undefined (a total correlation constant over a method's models, fewer than 3 models) is
reported with its reason and counts neither way, in either check.
Measured: the share of defined pairs whose sampled total correlation falls. Intervals (of it,
of each pair's rho, of the mean share): BCa bootstrap over random seeds, from 5 seeds up; with
fewer seeds, a Fisher z interval over the pair's models for each rho and Clopper-Pearson over
the pairs for each share (uncertainty.py).
Rule: every check ("the sampled representation's total correlation falls ... while that of the
mean representation mostly rises"; "mostly" is the share check's own threshold, one half):
holds when every check holds at 95%, fails when one fails at the family-wise level.
Needs: a (data set, method) with at least 3 models over at least 2 strengths, with both
representations scored by the unsupervised metric.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, family_level
from ..stats import GroupedRankedColumns, seed_weights

from ..common import (CLOPPER_PEARSON, UNSUPERVISED_CELLS, give_interval, give_model_level_rho, give_intervals,
                      model_level_note, require, rho_and_reason, seed_intervals)
from ..uncertainty import share_interval

EXCEPTION = "dip_vae_i"
MOSTLY = 0.5


def _share(values, test) -> float:
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return float(np.mean(test(values))) if len(values) else float("nan")


class MeanVsSampled(Claim):
    name = "mean_vs_sampled"
    title = "Total correlation: sampled falls with regularisation, mean mostly rises"
    published = "sampled TC falls for every method; mean TC mostly rises (DIP-VAE-I the exception)"
    figure, unit = "100%", "share"
    minimum = "a (data set, method) with >= 3 models over >= 2 strengths, both representations scored"
    thresholds = {"rho_sampled": 0.0, "share_mean_rising": MOSTLY}
    needs = (UNSUPERVISED_CELLS,)
    wording = ("the total correlation of the sampled representation falls as regularisation strength rises, while "
               "that of the mean representation mostly rises (DIP-VAE-I the exception)")

    def compute(self, tables, study, profile):
        tc = (tables.scores_per_model(study, profile=profile, metrics=["unsupervised"],
                                      names=["gaussian_total_correlation"]).collect()
              .pivot(on="representation", index=["model_id", "dataset", "method", "strength", "regularisation", "seed"],
                     values="value", aggregate_function=None))
        require({"mean", "sampled"} <= set(tc.columns), "needs Gaussian total correlation on both representations")
        tc = tc.drop_nulls(["mean", "sampled", "regularisation"]).sort("dataset", "method", "model_id")
        usable = (tc.group_by("dataset", "method")
                  .agg(n=pl.len(), strengths=pl.col("regularisation").n_unique())
                  .filter((pl.col("n") >= 3) & (pl.col("strengths") >= 2)))
        require(not usable.is_empty(), "no (data set, method) has >= 3 models over >= 2 strengths")
        tc = tc.join(usable.select("dataset", "method"), on=["dataset", "method"], how="semi")
        groups = [(key, g) for key, g in tc.group_by(["dataset", "method"], maintain_order=True)]

        rows, checks = [], []
        for (dataset, method), g in groups:
            where = f"for {method} on {dataset}"
            sampled, why_sampled = rho_and_reason(g["regularisation"], g["sampled"], "the strength",
                                                  "the sampled total correlation", where)
            mean, why_mean = rho_and_reason(g["regularisation"], g["mean"], "the strength",
                                            "the mean total correlation", where)
            rows.append({"dataset": dataset, "method": method, "models": g.height,
                         "rho_sampled": sampled, "rho_mean": mean, "undefined": why_sampled or why_mean})
            checks.append(Check(f"{dataset} {method}: sampled TC rho", sampled, "<", 0.0, reason=why_sampled,
                                where={"dataset": dataset, "method": method, "models": g.height}))
        table = pl.DataFrame(rows).sort("dataset", "method")
        others = [r["rho_mean"] for r in rows if r["method"] != EXCEPTION]
        rising = _share(others, lambda v: v > 0)
        n_others = int(np.isfinite(others).sum()) if others else 0
        checks.append(Check("mean TC rises for most pairs other than DIP-VAE-I (share)", rising, ">", MOSTLY,
                            reason="" if n_others else "no defined mean-representation rho outside DIP-VAE-I",
                            where={"dataset": "all", "method": "all but dip_vae_i", "models": tc.height}))

        seeds = tc["seed"].to_numpy()
        # every (data set, method) group's rows ranked at once (groups numbered in their order above)
        number = {key: i for i, (key, _) in enumerate(groups)}
        group_of = np.array([number[key] for key in zip(tc["dataset"].to_list(), tc["method"].to_list())])
        ranked = GroupedRankedColumns(tc.select("regularisation", "sampled", "mean").to_numpy(), group_of)
        weights_of = seed_weights(seeds, seeds)
        not_exception = np.array([method != EXCEPTION for (_, method), _ in groups])

        def statistic(counts):
            matrices = ranked.spearman(weights_of(counts))
            sampled, mean_others = matrices[:, 0, 1], matrices[not_exception, 0, 2]
            return np.array([_share(sampled, lambda v: v < 0), *sampled, _share(mean_others, lambda v: v > 0)])

        level = family_level(checks)
        seed_level = seed_intervals(seeds, statistic, len(checks) + 1, level)
        sampled_rhos = [r["rho_sampled"] for r in rows]
        if seed_level is not None:
            bounds, family = seed_level
            give_intervals(checks[:-1], bounds[1:-1], family[1:-1], clip=(-1, 1))
            give_intervals(checks[-1:], bounds[-1:], family[-1:], clip=(0, 1))
            interval, note = bounds[0], ""
        else:
            for check, row in zip(checks, rows):
                give_model_level_rho(check, row["models"], level)
            rises = lambda v: v > 0  # noqa: E731
            give_interval(checks[-1], share_interval(others, rises), share_interval(others, rises, level),
                          CLOPPER_PEARSON.format(what="the pairs"))
            interval, note = share_interval(sampled_rhos, lambda v: v < 0), model_level_note(seeds)
        falls = _share(sampled_rhos, lambda v: v < 0)
        defined = sum(1 for r in rows if np.isfinite(r["rho_sampled"]))
        text = (f"sampled TC falls in {sum(1 for r in rows if r['rho_sampled'] < 0)}/{defined} defined (data set, "
                f"method) pairs; mean TC rises in {sum(1 for v in others if v > 0)}/{n_others} defined pairs other "
                "than DIP-VAE-I")
        return Computed(falls, text, interval, tc.height, checks, {"rho_by_method": table, "total_correlation": tc},
                        interval_note=note)


CLAIM = MeanVsSampled()
