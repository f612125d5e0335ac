"""Claim 5, transfer of model selection (paper, section 5.4 and its table).

Procedure. Scores are the six metrics' headline scores on the mean representation (one
profile, each the mean over evaluation seeds), indexed by (data set, metric, configuration =
method x strength, seed); configurations are ordered by method, then by strength as a number.
For each cell of the 2x2 table (same or other metric, same or other data set) the figure is
the probability of a win under this random draw:
1. a selection data set and a selection metric, uniformly;
2. a target data set (the same one, or uniformly one of the others) and a target metric
   (likewise);
3. two different random seeds s1 and s2, uniformly;
4. the selected configuration: the best by the selection metric among the models of the
   selection data set with seed s1; configurations that tie for the best are each selected
   with the same probability (the exact expectation of breaking the tie at random);
5. a random configuration, uniformly among the others;
6. a win when, on the target data set and metric with seed s2, the selected configuration's
   model scores higher than the random configuration's model; a tie is half a win. A draw
   that meets a missing model does not count.
The probability is computed exactly, as the expectation over every equally likely draw (every
selection against every other configuration on every other seed), not estimated from random
draws: an estimate from 10,000 draws put one cell of the CPU study at 49.86% where it is 50.29%.

Checks: every cell above one half (selection beats chance), and the same-metric, same-data-set
cell at least as high as the best other defined cell (selection transfers best where it was
made; undefined when it or every other cell is undefined).
Measured: the same-metric, same-data-set probability (published 80.7%). Intervals (of each
cell and of the lead): BCa bootstrap over random seeds (seeds resampled with replacement; the
two seeds of a draw differ in value), 200 replicates, from 5 seeds up, each computed exactly;
with fewer seeds, a bootstrap over the selections (the selection seed s1 resampled within each
selection data set and metric; bias-corrected percentile, 200 replicates), each computed exactly.
Rule: every check (the published table: selection beats chance in every cell, best where it was
made): holds when every check holds at 95%, fails when one fails at the family-wise level.
Needs: at least 2 data sets, 2 metrics, 2 configurations and 2 seeds.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, family_level

from ..common import (HEADLINE_CELLS, SEED_BOOTSTRAP, give_intervals, headline_long, model_level_note, require,
                      seed_intervals, unit_intervals)

SELECTION_BOOTSTRAP = "bootstrap over selections (seed s1 within each selection data set and metric)"

PUBLISHED = {(True, True): 0.807, (True, False): 0.593, (False, True): 0.626, (False, False): 0.549}
CHANCE = 0.5


class ExactTransfer:
    """The four cells' probabilities for a score array (data set, metric, configuration, seed)
    with NaN for missing models, for any weighting of the seeds (a bootstrap replicate)."""

    def __init__(self, scores: np.ndarray):
        n_data, n_metric, n_config, n_seed = scores.shape
        x = np.moveaxis(scores, 3, 2)  # (data set, metric, seed, configuration)
        finite = np.isfinite(x)
        greater = x[..., :, None] > x[..., None, :]  # [c, r]: c's model beats r's (NaN compares False)
        equal = x[..., :, None] == x[..., None, :]
        # wins[d, m, s, c]: over every other configuration r with a model, 1 if c's scores higher, a half on a tie
        wins = greater.sum(-1) + 0.5 * (equal.sum(-1) - finite)
        valid = np.where(finite, finite.sum(-1, keepdims=True) - 1, 0)
        self.wins, self.valid = np.moveaxis(wins, 2, 3), np.moveaxis(valid, 2, 3)  # (d, m, c, s)
        # the selection on (data set, metric, seed): the best configuration; configurations tied
        # for the best share the selection equally (tied: its units and their shares)
        choosing = np.where(finite, x, -np.inf)
        self.selected = choosing.argmax(-1)  # (d, m, s)
        self.has = finite.any(-1)
        best = finite & (choosing == choosing.max(-1, keepdims=True))
        tied = best.sum(-1) > 1
        self.tied = np.flatnonzero(tied)  # flat (d, m, s) positions of selections with a tie
        self.tie_shares = (best / np.maximum(best.sum(-1, keepdims=True), 1)).reshape(-1, n_config)[self.tied]
        self.shape = (n_data, n_metric, n_seed)
        d, m, s = np.meshgrid(np.arange(n_data), np.arange(n_metric), np.arange(n_seed), indexing="ij")
        # on the selection's own seed, for every target (data set, metric): removed from the s2 sums
        pick = self.selected
        self.self_wins = self._tied_mean(self.wins[:, :, pick, s].transpose(2, 3, 4, 0, 1), self.wins, own_seed=True)
        self.self_valid = self._tied_mean(self.valid[:, :, pick, s].transpose(2, 3, 4, 0, 1), self.valid, own_seed=True)
        same_d = np.eye(n_data, dtype=bool)[:, None, :, None]
        same_m = np.eye(n_metric, dtype=bool)[None, :, None, :]
        self.masks = {(sm, sd): (same_d if sd else ~same_d) & (same_m if sm else ~same_m)
                      for sm in (True, False) for sd in (True, False)}  # (d, m, target d, target m)

    def _tied_mean(self, picked: np.ndarray, table: np.ndarray, own_seed: bool = False) -> np.ndarray:
        """picked: (d, m, s, target d, target m) figures of each selection's first best
        configuration; for the selections with a tie, the tied configurations' mean instead.
        table: (target d, target m, configuration[, seed]) figures per configuration."""
        if not len(self.tied):
            return picked
        out = picked.reshape(-1, *picked.shape[3:]).copy()
        if own_seed:
            seeds = self.tied % self.shape[2]
            per_config = table[:, :, :, seeds].transpose(3, 0, 1, 2)  # (tied unit, target d, target m, c)
            out[self.tied] = np.einsum("uc,utvc->utv", self.tie_shares, per_config)
        else:
            out[self.tied] = np.einsum("uc,tvc->utv", self.tie_shares, table)
        return out.reshape(picked.shape)

    def cells(self, weights: np.ndarray | None = None, selections: np.ndarray | None = None) -> dict[tuple[bool, bool], float]:
        """weights: how often each seed counts (a seed bootstrap's replicate); selections: how
        often each selection (data set, metric, seed s1), flat in that order, counts (a
        selection bootstrap's replicate)."""
        n_data, n_metric, n_seed = self.shape
        w = np.ones(n_seed) if weights is None else np.asarray(weights, dtype=float)
        over_s2 = lambda table: table @ w  # noqa: E731  (d, m, c)
        wins_c, valid_c = over_s2(self.wins), over_s2(self.valid)
        # for every selection (d, m, s1): sums over the targets, over every s2 but s1's own value
        sel = self.selected
        win_sum = (self._tied_mean(wins_c[:, :, sel].transpose(2, 3, 4, 0, 1), wins_c)
                   - w[None, None, :, None, None] * self.self_wins)
        valid_sum = (self._tied_mean(valid_c[:, :, sel].transpose(2, 3, 4, 0, 1), valid_c)
                     - w[None, None, :, None, None] * self.self_valid)
        weight = w[None, None, :] * self.has  # the selection's seed counts too
        if selections is not None:
            weight = weight * np.asarray(selections, dtype=float).reshape(self.shape)
        weight = weight[..., None, None]
        # summed over the selection's seed first, then per cell: every term is a whole or half
        # count times a whole seed count (a tie's share aside), so these sums are exact in any order
        wins = (weight * win_sum).sum(2)  # (d, m, target d, target m)
        valid = (weight * valid_sum).sum(2)
        out = {}
        for key, mask in self.masks.items():
            total = valid[mask].sum()
            out[key] = float(wins[mask].sum() / total) if total > 0 else float("nan")
        return out


def lead_over_others(cells: dict) -> float:
    """The same-metric, same-data-set cell less the best other defined cell (NaN when it, or
    every other cell, is undefined): the same whichever cell is the undefined one."""
    others = [v for k, v in cells.items() if k != (True, True) and np.isfinite(v)]
    own = cells[(True, True)]
    return float(own - max(others)) if others and np.isfinite(own) else float("nan")


class Transfer(Claim):
    name = "transfer"
    title = "Model selection transfers within a metric and data set, less across"
    published = "same metric/data set 80.7%, same metric/other data set 59.3%, other metric/same data set 62.6%, other/other 54.9%"
    figure, unit = "80.7%", "share"
    minimum = ">= 2 data sets, >= 2 metrics, >= 2 configurations, >= 2 seeds"
    thresholds = {"probability": CHANCE, "same_same_lead": 0.0}
    needs = (HEADLINE_CELLS,)
    wording = ("the model selected on one random seed beats a randomly selected model on a different random seed "
               "with probability 80.7% (same metric and data set), 59.3%, 62.6% and 54.9% (across)")

    def compute(self, tables, study, profile):
        long = headline_long(tables, study, profile).drop_nulls("value")
        require(not long.is_empty(), "no disentanglement scores on the mean representation")
        configs = (long.select("method", "strength").unique().sort("method", pl.col("strength").cast(pl.Float64))
                   .with_row_index("config"))
        long = long.join(configs, on=["method", "strength"], how="left")
        axes = {c: sorted(long[c].unique().to_list()) for c in ("dataset", "metric", "config", "seed")}
        require(len(axes["dataset"]) >= 2, "needs at least 2 data sets")
        require(len(axes["metric"]) >= 2, "needs at least 2 metrics")
        require(len(axes["config"]) >= 2, "needs at least 2 configurations")
        require(len(axes["seed"]) >= 2, "needs at least 2 seeds")
        scores = np.full(tuple(len(v) for v in axes.values()), np.nan)
        index = [long[c].replace_strict({v: i for i, v in enumerate(values)}, return_dtype=pl.Int64).to_numpy()
                 for c, values in axes.items()]
        scores[tuple(index)] = long["value"].to_numpy()
        exact = ExactTransfer(scores)
        cells = exact.cells()
        order = list(PUBLISHED)

        def figures(result):
            return [result[k] for k in order] + [lead_over_others(result)]

        def name(key):
            return f"{'same' if key[0] else 'other'} metric, {'same' if key[1] else 'other'} data set"

        checks = [Check(f"{name(k)}: probability of beating a random configuration", cells[k], ">", CHANCE,
                        reason="" if np.isfinite(cells[k]) else "no draw meets two models",
                        where={"metric": "same" if k[0] else "other", "dataset": "same" if k[1] else "other",
                               "published": PUBLISHED[k]}) for k in order]
        lead = figures(cells)[-1]
        checks.append(Check("same metric, same data set: lead over the best other cell", lead, ">=", 0.0,
                            reason="" if np.isfinite(lead) else "the same-metric, same-data-set cell or every other cell is undefined",
                            where={"metric": "same", "dataset": "same", "published": PUBLISHED[order[0]] - PUBLISHED[order[2]]}))
        seeds = np.array(axes["seed"])
        level = family_level(checks)
        seed_level = seed_intervals(seeds, lambda counts: np.array(figures(exact.cells(counts))), len(checks), level)
        if seed_level is not None:
            bounds, family = seed_level
            method, note = SEED_BOOTSTRAP, ""
        else:
            # few seeds: resample the selections (seed s1) within each (selection data set, metric)
            strata = np.repeat(np.arange(len(axes["dataset"]) * len(axes["metric"])), len(axes["seed"]))
            bounds, family = unit_intervals(strata, lambda counts: np.array(figures(exact.cells(selections=counts))),
                                            level)
            method, note = SELECTION_BOOTSTRAP, model_level_note(seeds)
        give_intervals(checks[:-1], bounds[:-1], family[:-1], method, clip=(0, 1))
        give_intervals(checks[-1:], bounds[-1:], family[-1:], method, clip=(-1, 1))
        table = pl.DataFrame([{"metric": "same" if k[0] else "other", "dataset": "same" if k[1] else "other",
                               "probability": cells[k], "published": PUBLISHED[k]} for k in order])
        text = ", ".join(f"{r['metric']} metric/{r['dataset']} data set {r['probability']:.1%}"
                         for r in table.iter_rows(named=True))
        return Computed(cells[(True, True)], text, checks[0].interval, long["model_id"].n_unique(), checks, {"table": table},
                        interval_note=note)


CLAIM = Transfer()
