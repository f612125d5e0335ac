"""The reference layout's tables as Polars frames, added to expdb.tables.Tables by its shape
(Shape.frames): ``tables.models(study)``, ``tables.scores(study, metrics=[...])``,
``tables.scores_per_model``, ``tables.wide``, ``tables.hyperparameters``, ``tables.profiles``.

Each is one SQL statement over the typed rows, handed out as a LazyFrame; filters that cut the
row count (study, metrics, score names, representation, profile) go into the SQL, so a claim
that needs six headline scores reads those rows and no others, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Iterable

import polars as pl

from expdb.plugin import UnknownStudy

from . import EVALUATE
from .strength import strength_name, weaker_when_larger

SCORE_COLUMNS = {"model_id": pl.Int64, "representation": pl.String, "metric": pl.String, "profile": pl.String,
                 "eval_seed": pl.Int64, "score": pl.String, "value": pl.Float64}
MODEL_SCHEMA = {
    "study": pl.String, "model_key": pl.String, "model_id": pl.Int64, "source": pl.String,
    "dataset": pl.String, "method": pl.String, "seed": pl.Int64, "model_num": pl.Int64,
    "steps": pl.Int64, "learning_rate": pl.Float64, "resolution": pl.Int64, "data_source": pl.String,
    "reconstruction_loss": pl.Float64, "kl_loss": pl.Float64, "elbo": pl.Float64,
    "loss": pl.Float64, "regularizer": pl.Float64,
}
MODEL_KEYS = ["model_key", "model_id", "dataset", "method", "strength_name", "strength",
              "regularisation", "seed"]
SCORE_KEYS = ["study", *MODEL_KEYS]  # the model's columns every score row carries, in the tidy table's order


# A model of the study: each model probes the study's links once. (Walking the study's links
# instead visits every cell of it, about 21 per model in the reference grid: 3x slower.)
_IN_STUDY = ("EXISTS (SELECT 1 FROM study_cell sc WHERE sc.cell_id = m.cell_id"
             " AND sc.study_id = (SELECT st.id FROM study st WHERE st.name = ?))")


def models(tables, study: str | None = None) -> pl.LazyFrame:
    """One row per trained (or imported) model of the study: its grid position, its
    regularisation strength and its final training losses."""
    study = tables.resolve_study(study)
    if ("models", study) in tables.memo:
        return tables.memo[("models", study)].lazy()
    frame = tables.read(
        "SELECT mc.key, m.id, m.source, m.dataset, m.method, m.seed, m.model_num, m.steps,"
        " m.learning_rate, m.resolution, m.data_source, m.reconstruction_loss, m.kl_loss, m.elbo, m.loss, m.regularizer"
        f" FROM model m LEFT JOIN cell mc ON mc.id = m.cell_id WHERE {_IN_STUDY}", [study],
        {k: v for k, v in MODEL_SCHEMA.items() if k != "study"})
    frame = frame.select(pl.lit(study, dtype=pl.String).alias("study"), pl.all())
    hyper = hyperparameters(tables, study).collect()
    tables.memo[("models", study)] = _with_strength(frame, hyper)
    return tables.memo[("models", study)].lazy()


def hyperparameters(tables, study: str | None = None) -> pl.LazyFrame:
    """Long table (model_id, name, value) of every hyperparameter of the study's models."""
    study = tables.resolve_study(study)
    return tables.read(
        f"SELECT h.model_id, h.name, h.value FROM model m JOIN hyperparameter h ON h.model_id = m.id"
        f" WHERE {_IN_STUDY}", [study],
        {"model_id": pl.Int64, "name": pl.String, "value": pl.Float64}).lazy()


def profiles(tables, study: str | None = None) -> list[str]:
    """The metric profiles the study's evaluations ran under."""
    study = tables.resolve_study(study)
    # the few distinct profiles first, then whether the study has an evaluation under each
    # (stops at its first): 6x faster than joining every evaluation of the study
    frame = tables.read("SELECT p.profile FROM (SELECT DISTINCT profile FROM evaluation) p"
                       " WHERE p.profile IS NOT NULL AND EXISTS (SELECT 1 FROM study st"
                       " JOIN study_cell sc ON sc.study_id = st.id JOIN evaluation e ON e.cell_id = sc.cell_id"
                       " WHERE st.name = ? AND e.profile = p.profile)", [study], {"profile": pl.String})
    return sorted(p for p in frame["profile"].to_list() if p is not None)


def resolve_profile(tables, study: str | None, profile: str | None = None) -> str | None:
    """The one metric profile a claim reads: the one asked for; else the study's only one;
    else the profile its spec's [evaluate] section names. Several and no way to choose is
    refused: scores of two profiles are not comparable (BENCHMARKS.md, fast against paper)."""
    study = tables.resolve_study(study)
    present = profiles(tables, study)
    profile = tables.profile if profile is None else profile
    if profile is not None:
        if profile not in present:
            raise UnknownStudy(f"study {study} has no evaluations under profile {profile!r} "
                               f"(it has: {', '.join(present) or 'none'})")
        return profile
    if len(present) <= 1:
        return present[0] if present else None
    declared = spec_profile(tables, study)
    if declared in present:
        return declared
    raise UnknownStudy(f"study {study} holds evaluations under profiles {', '.join(present)}: "
                       "choose one with --profile")


def spec_profile(tables, study: str) -> str | None:
    """The profile the study's spec asks its evaluations to run under, if it says."""
    evaluate = tables.spec_data(study).get(EVALUATE, {})
    return evaluate.get("profile", "paper") if evaluate else None


def scores(tables, study: str | None = None, *, metrics: Iterable[str] | None = None,
           names: Iterable[str] | None = None, representation: str | None = None,
           profile: str | None = None) -> pl.LazyFrame:
    """The tidy score table: one row per score with its model's grid position (every
    profile and evaluation seed unless profile names one)."""
    study = tables.resolve_study(study)
    frame = _score_rows(tables, study, metrics, names, representation, profile)
    return (frame.join(_model_keys(tables, study), on="model_id", how="inner")
            .select(*SCORE_KEYS, "representation", "metric", "profile", "eval_seed", "score", "value")
            .lazy())


def _score_rows(tables, study, metrics, names, representation, profile) -> pl.DataFrame:
    """The score rows as read: model_id, representation, metric, profile, eval_seed, score, value."""
    params: list = [study]
    where = "st.name = ?" + tables.in_list("e.metric", metrics, params) + tables.in_list("s.name", names, params)
    if representation is not None:
        where += " AND r.kind = ?"
        params.append(representation)
    if profile is not None:
        where += " AND e.profile = ?"
        params.append(profile)
    # the model's own columns come from the (small) models table, joined here rather than per score row
    return tables.read(
        "SELECT r.model_id, r.kind, e.metric, e.profile, e.eval_seed, s.name, s.value"
        " FROM study st JOIN study_cell sc ON sc.study_id = st.id"
        " JOIN evaluation e ON e.cell_id = sc.cell_id"
        " JOIN representation r ON r.id = e.representation_id"
        " JOIN score s ON s.evaluation_id = e.id"
        f" WHERE {where}", params, SCORE_COLUMNS)


def _model_keys(tables, study: str) -> pl.DataFrame:
    return models(tables, study).select(*SCORE_KEYS).collect()


def scores_per_model(tables, study: str | None = None, *, profile: str | None = None,
                     metrics: Iterable[str] | None = None, names: Iterable[str] | None = None,
                     representation: str | None = None) -> pl.LazyFrame:
    """One value per (model, representation, metric, score) under one profile (resolved as
    resolve_profile does): the mean over evaluation seeds, with how many there were."""
    study = tables.resolve_study(study)
    profile = resolve_profile(tables, study, profile)
    frame = _score_rows(tables, study, metrics, names, representation, profile)
    # grouped on the few columns read, before the model's columns are joined on
    per_model = (frame.group_by("model_id", "representation", "metric", "profile", "score", maintain_order=True)
                 .agg(pl.col("value").mean(), pl.col("eval_seed").n_unique().alias("eval_seeds")))
    return (per_model.join(_model_keys(tables, study), on="model_id", how="inner")
            .select(*SCORE_KEYS, "representation", "metric", "profile", "score", "value", "eval_seeds")
            .lazy())


def wide(tables, study: str | None = None, *, metrics: Iterable[str] | None = None,
         names: Iterable[str] | None = None, profile: str | None = None) -> pl.LazyFrame:
    """One row per model; a column "<representation>.<metric>.<score>" per score, under one
    profile (resolve_profile), each the mean over evaluation seeds."""
    study = tables.resolve_study(study)
    tidy = scores_per_model(tables, study, profile=profile, metrics=metrics, names=names).collect()
    model_rows = models(tables, study).collect()
    if tidy.is_empty():
        return model_rows.lazy()
    columns = tidy.with_columns(
        column=pl.concat_str("representation", pl.lit("."), "metric", pl.lit("."), "score"))
    spread = columns.pivot(on="column", index="model_id", values="value", aggregate_function=None)
    ordered = ["model_id"] + sorted(c for c in spread.columns if c != "model_id")
    return model_rows.join(spread.select(ordered), on="model_id", how="left").lazy()


def _with_strength(models: pl.DataFrame, hyper: pl.DataFrame) -> pl.DataFrame:
    names_by_method = (hyper.join(models.select("model_id", "method"), on="model_id")
                       .group_by("method").agg(pl.col("name").unique()))
    chosen = {row["method"]: strength_name(row["method"], row["name"]) for row in names_by_method.iter_rows(named=True)}
    pick = pl.DataFrame({"method": list(chosen), "strength_name": list(chosen.values())},
                        schema={"method": pl.String, "strength_name": pl.String})
    values = hyper.rename({"name": "strength_name", "value": "strength"})
    out = (models.join(pick, on="method", how="left")
           .join(values, on=["model_id", "strength_name"], how="left"))
    sign = pl.when(pl.col("method").is_in(sorted(weaker_when_larger()))).then(-1.0).otherwise(1.0)
    out = out.with_columns(regularisation=pl.col("strength") * sign)
    first = ["study"] + MODEL_KEYS
    return out.select(first + [c for c in out.columns if c not in first])
