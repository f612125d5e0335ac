"""Saved queries that are tables rather than claims. Each takes (tables, study) and returns
a Polars LazyFrame."""

from __future__ import annotations

import polars as pl

from .common import headline_wide


def scores(tables, study):
    """The tidy score table: one row per score."""
    return tables.scores(study)


def models(tables, study):
    """One row per model: grid position, strength, final training losses."""
    return tables.models(study)


def wide(tables, study):
    """One row per model, one column per (representation, metric, score)."""
    return tables.wide(study)


def headline(tables, study):
    """One row per model with the six metrics' headline scores (mean representation, one profile)."""
    return headline_wide(tables, study).lazy()


def progress(tables, study):
    """Per data set and method: models and the scores they carry, for a quick look at coverage."""
    frame = tables.scores(study).collect()
    return (frame.group_by("dataset", "method").agg(models=pl.col("model_id").n_unique(), scores=pl.len())
            .sort("dataset", "method").lazy())


def verdicts(tables, study):
    """Every verdict recorded for the study (expdb verify --record), oldest first, each with the
    code that found it and how its claim moved since its previous record: the verdict before and
    the change of the measured figure."""
    return (tables.verdicts(study)
            .with_columns(verdict_before=pl.col("verdict").shift(1).over("claim"),
                          measured_change=(pl.col("measured") - pl.col("measured").shift(1).over("claim"))))


def learning(tables, study):
    """Per data set: models that reconstruct below the mean image's loss and carry KL above 1 nat."""
    from .learning import learning as table

    return table(tables, study)


def same_models(tables, study):
    """Configurations that trained the same models (equal final losses on every seed), e.g. beta-TCVAE at beta 1."""
    from .same_models import same_models as table

    return table(tables, study)


SAVED = {fn.__name__: fn for fn in (scores, models, wide, headline, progress, verdicts, learning, same_models)}
