"""Did the models learn? Per data set, how many models reconstruct better than the data set's
mean image does, and how many carry more than 1 nat of KL (a model below that has collapsed:
its decoder ignores the code). Claims computed on models that did not learn describe training
that failed, not the paper's questions; verify and the report say how many did.

The mean-image reconstruction loss is runners/baseline.py's (10,000 images drawn with seed 0,
the training loss's sigmoid cross-entropy). For the procedural data sets it is kept below, so
that verify needs no torch (tests/test_learning.py recomputes every value). Models trained on
the original files (or imported from the reference library, which records no data source) have
no baseline here: they are counted against the KL floor only, and said to be unknown.
"""

from __future__ import annotations

import polars as pl

KL_FLOOR = 1.0  # nats
PROCEDURAL = "procedural-v1"
BASELINES = {  # (data set, resolution) -> mean-image reconstruction loss, procedural images
    ("dsprites_full", 32): 101.9, ("dsprites_full", 64): 407.0,
    ("color_dsprites", 32): 248.7, ("color_dsprites", 64): 993.7,
    ("noisy_dsprites", 32): 2125.6, ("noisy_dsprites", 64): 8502.0,
    ("scream_dsprites", 32): 2129.3, ("scream_dsprites", 64): 8517.2,
    ("shapes3d", 32): 2072.0, ("shapes3d", 64): 8287.7,
}


def baseline(dataset: str, resolution, source) -> float | None:
    if source == PROCEDURAL and (dataset, resolution or 64) in BASELINES:
        return BASELINES[(dataset, resolution or 64)]
    return None


def learning(tables, study) -> pl.DataFrame:
    """Per data set: models, the mean-image baseline, how many reconstruct below it, how many
    carry more than KL_FLOOR nats, and how many do both (learned)."""
    models = tables.models(study).collect()
    rows = []
    for (dataset, resolution, source), g in models.group_by(["dataset", "resolution", "data_source"],
                                                             maintain_order=True):
        base = baseline(dataset, resolution, source)
        recon = g["reconstruction_loss"].to_list()
        kl = g["kl_loss"].to_list()
        below = [r is not None and base is not None and r < base for r in recon]
        awake = [k is not None and k > KL_FLOOR for k in kl]
        rows.append({"dataset": dataset, "resolution": resolution, "models": g.height, "baseline": base,
                     "below_baseline": sum(below) if base is not None else None, "kl_above_1": sum(awake),
                     "learned": sum(b and a for b, a in zip(below, awake)) if base is not None else None})
    schema = {"dataset": pl.String, "resolution": pl.Int64, "models": pl.Int64, "baseline": pl.Float64,
              "below_baseline": pl.Int64, "kl_above_1": pl.Int64, "learned": pl.Int64}
    return pl.DataFrame(rows, schema=schema).sort("dataset", "resolution")


def summary(tables, study) -> tuple[str, pl.DataFrame]:
    """One line for verify, and the table behind it."""
    table = learning(tables, study)
    if table.is_empty():
        return "no models", table
    parts = []
    for r in table.iter_rows(named=True):
        if r["learned"] is None:
            parts.append(f"{r['dataset']} ?/{r['models']} (no mean-image baseline; {r['kl_above_1']} above 1 nat of KL)")
        else:
            parts.append(f"{r['dataset']} {r['learned']}/{r['models']}")
    return ("models that learned (reconstruction below the mean image's, KL above 1 nat): " + ", ".join(parts),
            table)
