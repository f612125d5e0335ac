"""Claim 5, transfer of model selection (paper, section 5.4 and its table).

Procedure. Scores are the six metrics' headline scores on the mean representation, indexed
by (data set, metric, configuration = method x strength, seed). For each cell of the 2x2
table (same or other metric, same or other data set), 10,000 draws from a numpy generator
seeded with 0:
1. a selection data set and a selection metric, uniformly;
2. a target data set (the same one, or uniformly one of the others) and a target metric
   (likewise);
3. two different random seeds s1 and s2, uniformly;
4. the selected configuration: the best by the selection metric among the models of the
   selection data set with seed s1 (the first such configuration on a tie);
5. a random configuration, uniformly among the others;
6. a win when, on the target data set and metric with seed s2, the selected
   configuration's model scores higher than the random configuration's model; a tie is half
   a win. A draw that meets a missing model is dropped.
The figure is the share of wins.

The claim: selection beats chance in every cell (> 50%), and transfers best within the same
metric and data set. Offending rows: cells at or below 50%, and the same-metric same-data-set
cell when another cell is higher. Measured: the same-metric, same-data-set probability
(published 80.7%). Interval: 95% percentile bootstrap over random seeds (seeds resampled with
replacement, 100 times, 2,000 draws each; within a replicate s1 and s2 differ in value).
Needs: at least 2 data sets, 2 metrics, 2 configurations and 2 seeds.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import Claim
from expdb.stats import BOOTSTRAP_SEED

from ..common import headline_long, require

PUBLISHED = {(True, True): 0.807, (True, False): 0.593, (False, True): 0.626, (False, False): 0.549}
DRAWS = 10_000
BOOTSTRAP_REPLICATES, BOOTSTRAP_DRAWS = 100, 2_000


def _other(rng, current: np.ndarray, size: int) -> np.ndarray:
    """Uniformly one of range(size) other than current (elementwise)."""
    pick = rng.integers(0, size - 1, len(current))
    return pick + (pick >= current)


def transfer_probability(scores: np.ndarray, same_metric: bool, same_dataset: bool, draws: int,
                         rng: np.random.Generator, seeds: np.ndarray | None = None) -> float:
    """scores: (data set, metric, configuration, seed) with NaN for missing models.
    seeds: the seed positions to draw from (a bootstrap replicate); all seeds by default."""
    n_data, n_metric, n_config, n_seed = scores.shape
    seeds = np.arange(n_seed) if seeds is None else np.asarray(seeds)
    d_sel = rng.integers(0, n_data, draws)
    m_sel = rng.integers(0, n_metric, draws)
    d_tgt = d_sel if same_dataset else _other(rng, d_sel, n_data)
    m_tgt = m_sel if same_metric else _other(rng, m_sel, n_metric)
    first = rng.integers(0, len(seeds), draws)
    second = _other(rng, first, len(seeds))
    s1, s2 = seeds[first], seeds[second]
    valid = s1 != s2  # a bootstrap replicate can hold one seed twice
    selecting = scores[d_sel, m_sel, :, s1]  # (draws, configuration)
    has_any = np.isfinite(selecting).any(axis=1)
    selected = np.argmax(np.where(np.isfinite(selecting), selecting, -np.inf), axis=1)
    random = _other(rng, selected, n_config)
    mine = scores[d_tgt, m_tgt, selected, s2]
    theirs = scores[d_tgt, m_tgt, random, s2]
    valid &= has_any & np.isfinite(mine) & np.isfinite(theirs)
    if not valid.any():
        return float("nan")
    wins = (mine > theirs) + 0.5 * (mine == theirs)
    return float(wins[valid].mean())


class Transfer(Claim):
    name = "transfer"
    title = "Model selection transfers within a metric and data set, less across"
    published = "same metric/data set 80.7%, same metric/other data set 59.3%, other metric/same data set 62.6%, other/other 54.9%"
    figure, unit = "80.7%", "share"
    minimum = ">= 2 data sets, >= 2 metrics, >= 2 configurations, >= 2 seeds"

    def compute(self, tables, study):
        long = (headline_long(tables, study).drop_nulls("value")
                .with_columns(config=pl.concat_str("method", pl.lit("|"), pl.col("strength").cast(pl.String))))
        require(not long.is_empty(), "no disentanglement scores on the mean representation")
        axes = {c: sorted(long[c].unique().to_list()) for c in ("dataset", "metric", "config", "seed")}
        require(len(axes["dataset"]) >= 2, "needs at least 2 data sets")
        require(len(axes["metric"]) >= 2, "needs at least 2 metrics")
        require(len(axes["config"]) >= 2, "needs at least 2 configurations")
        require(len(axes["seed"]) >= 2, "needs at least 2 seeds")
        scores = np.full(tuple(len(v) for v in axes.values()), np.nan)
        index = [long[c].replace_strict({v: i for i, v in enumerate(values)}, return_dtype=pl.Int64).to_numpy()
                 for c, values in axes.items()]
        scores[tuple(index)] = long["value"].to_numpy()

        cells, rows = {}, []
        for (same_metric, same_dataset), published in PUBLISHED.items():
            rng = np.random.default_rng(0)
            p = transfer_probability(scores, same_metric, same_dataset, DRAWS, rng)
            cells[(same_metric, same_dataset)] = p
            rows.append({"metric": "same" if same_metric else "other", "dataset": "same" if same_dataset else "other",
                         "probability": p, "published": published})
        table = pl.DataFrame(rows)
        best = max(cells.values())
        offending = table.filter(~(pl.col("probability") > 0.5)).with_columns(
            contradiction=pl.lit("selection no better than chance"))
        if cells[(True, True)] < best:
            offending = pl.concat([offending, table.filter((pl.col("metric") == "same") & (pl.col("dataset") == "same"))
                                   .with_columns(contradiction=pl.lit("another cell transfers better"))])

        boot_rng = np.random.default_rng(BOOTSTRAP_SEED)
        replicate = []
        for _ in range(BOOTSTRAP_REPLICATES):
            chosen = boot_rng.integers(0, scores.shape[3], scores.shape[3])
            replicate.append(transfer_probability(scores, True, True, BOOTSTRAP_DRAWS, boot_rng, seeds=chosen))
        replicate = np.array(replicate)
        replicate = replicate[np.isfinite(replicate)]
        interval = tuple(float(v) for v in np.percentile(replicate, [2.5, 97.5])) if len(replicate) else None
        text = ", ".join(f"{r['metric']} metric/{r['dataset']} data set {r['probability']:.1%}" for r in rows)
        return cells[(True, True)], text, interval, long["model_id"].n_unique(), offending, {"table": table}


CLAIM = Transfer()
