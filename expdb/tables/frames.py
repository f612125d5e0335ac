"""Polars tables over the typed schema.

Every table is read with one SQL statement over the typed rows (never an export) and handed
out as a LazyFrame, so that callers filter, join and aggregate in Polars. Filters that cut
the row count (study, metrics, score names, representation) go into the SQL, so a claim that
needs six headline scores reads those rows and no others, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import polars as pl

from ..errors import ExpdbError
from ..store import Store, open_store
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
VERDICT_SCHEMA = {
    "study": pl.String, "claim": pl.String, "recorded_at": pl.Float64, "expdb_version": pl.String,
    "git_commit": pl.String, "profile": pl.String, "verdict": pl.String, "severity": pl.String,
    "measured": pl.Float64, "interval_low": pl.Float64, "interval_high": pl.Float64, "n": pl.Int64,
    "offending_rows": pl.Int64,
}
MODEL_KEYS = ["model_key", "model_id", "dataset", "method", "strength_name", "strength",
              "regularisation", "seed"]


class UnknownStudy(ExpdbError):
    pass


class Tables:
    """The query API: ``Tables(url).scores(metrics=["mig"])`` is a LazyFrame of MIG rows.

    A Tables object reads each distinct table once and keeps it (claims share their reads);
    open a new one to see rows written since."""

    def __init__(self, url_or_store: str | Store):
        if isinstance(url_or_store, str):
            self.store, self._owned = open_store(url_or_store), True
        else:
            self.store, self._owned = url_or_store, False
        self.profile: str | None = None  # the profile claims read when none is asked for (--profile)
        self._read: dict[tuple, pl.DataFrame] = {}

    def close(self) -> None:
        if self._owned:
            self.store.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # raw reading ------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence, schema: dict) -> pl.DataFrame:
        key = (sql, tuple(params))
        if key not in self._read:
            self._read[key] = self._fetch(sql, params, schema)
        return self._read[key]

    def _fetch(self, sql: str, params: Sequence, schema: dict) -> pl.DataFrame:
        rows = self.store.read(sql, params)
        columns = list(zip(*rows)) if rows else [[] for _ in schema]
        return pl.DataFrame({name: pl.Series(name, list(col), dtype=dtype, strict=False)
                             for (name, dtype), col in zip(schema.items(), columns)})

    def _in(self, column: str, values: Iterable | None, params: list) -> str:
        if values is None:
            return ""
        values = list(values)
        params.extend(values)
        return f" AND {column} IN ({', '.join('?' * len(values))})" if values else " AND 1 = 0"

    # studies ----------------------------------------------------------------
    def studies(self) -> list[str]:
        frame = self._fetch("SELECT name FROM study ORDER BY name", (), {"name": pl.String})
        return frame["name"].to_list()

    def resolve_study(self, study: str | None) -> str:
        """The named study, or the only one in the database."""
        names = self.studies()
        if study is None:
            if len(names) == 1:
                return names[0]
            if not names:
                raise UnknownStudy(f"{self.store.url}: no study yet (fill a spec or import results first)")
            raise UnknownStudy(f"{self.store.url} holds several studies ({', '.join(names)}): choose one with --study")
        if study not in names:
            known = ", ".join(names) or "none"
            raise UnknownStudy(f"no study {study!r} in {self.store.url} (studies: {known})")
        return study

    # tables -----------------------------------------------------------------
    def models(self, study: str | None = None) -> pl.LazyFrame:
        """One row per trained (or imported) model of the study: its grid position, its
        regularisation strength and its final training losses."""
        study = self.resolve_study(study)
        if ("models", study) in self._read:
            return self._read[("models", study)].lazy()
        frame = self._rows(
            "SELECT st.name, mc.key, m.id, m.source, m.dataset, m.method, m.seed, m.model_num, m.steps,"
            " m.learning_rate, m.resolution, m.data_source, m.reconstruction_loss, m.kl_loss, m.elbo, m.loss, m.regularizer"
            " FROM study st JOIN study_cell sc ON sc.study_id = st.id"
            " JOIN model m ON m.cell_id = sc.cell_id LEFT JOIN cell mc ON mc.id = m.cell_id"
            " WHERE st.name = ?", [study], MODEL_SCHEMA)
        hyper = self.hyperparameters(study).collect()
        self._read[("models", study)] = _with_strength(frame, hyper)
        return self._read[("models", study)].lazy()

    def hyperparameters(self, study: str | None = None) -> pl.LazyFrame:
        """Long table (model_id, name, value) of every hyperparameter of the study's models."""
        study = self.resolve_study(study)
        return self._rows(
            "SELECT h.model_id, h.name, h.value FROM study st JOIN study_cell sc ON sc.study_id = st.id"
            " JOIN model m ON m.cell_id = sc.cell_id JOIN hyperparameter h ON h.model_id = m.id"
            " WHERE st.name = ?", [study],
            {"model_id": pl.Int64, "name": pl.String, "value": pl.Float64}).lazy()

    def profiles(self, study: str | None = None) -> list[str]:
        """The metric profiles the study's evaluations ran under."""
        study = self.resolve_study(study)
        frame = self._rows("SELECT DISTINCT e.profile FROM study st JOIN study_cell sc ON sc.study_id = st.id"
                           " JOIN evaluation e ON e.cell_id = sc.cell_id WHERE st.name = ?", [study],
                           {"profile": pl.String})
        return sorted(p for p in frame["profile"].to_list() if p is not None)

    def resolve_profile(self, study: str | None, profile: str | None = None) -> str | None:
        """The one metric profile a claim reads: the one asked for; else the study's only one;
        else the profile its spec's [evaluate] section names. Several and no way to choose is
        refused: scores of two profiles are not comparable (BENCHMARKS.md, fast against paper)."""
        study = self.resolve_study(study)
        present = self.profiles(study)
        profile = self.profile if profile is None else profile
        if profile is not None:
            if profile not in present:
                raise UnknownStudy(f"study {study} has no evaluations under profile {profile!r} "
                                   f"(it has: {', '.join(present) or 'none'})")
            return profile
        if len(present) <= 1:
            return present[0] if present else None
        declared = self.spec_profile(study)
        if declared in present:
            return declared
        raise UnknownStudy(f"study {study} holds evaluations under profiles {', '.join(present)}: "
                           "choose one with --profile")

    def spec_profile(self, study: str) -> str | None:
        """The profile the study's spec asks its evaluations to run under, if it says."""
        import tomllib

        text = self._rows("SELECT spec_text FROM study WHERE name = ?", [study], {"spec_text": pl.String})["spec_text"]
        try:
            evaluate = tomllib.loads(text[0]).get("evaluate", {}) if len(text) else {}
        except tomllib.TOMLDecodeError:
            return None
        return evaluate.get("profile", "paper") if evaluate else None

    def verdicts(self, study: str | None = None) -> pl.LazyFrame:
        """Every verdict recorded for the study (expdb verify --record), oldest first: when, by
        which code, on which profile, and what each claim found."""
        study = self.resolve_study(study)
        return self._fetch(
            "SELECT st.name, v.claim, v.recorded_at, v.expdb_version, v.git_commit, v.profile, v.verdict, v.severity,"
            " v.measured, v.interval_low, v.interval_high, v.n, v.offending_rows"
            " FROM verdict v JOIN study st ON st.id = v.study_id WHERE st.name = ? ORDER BY v.recorded_at, v.id",
            [study], VERDICT_SCHEMA).lazy()

    def scores(self, study: str | None = None, *, metrics: Iterable[str] | None = None,
               names: Iterable[str] | None = None, representation: str | None = None,
               profile: str | None = None) -> pl.LazyFrame:
        """The tidy score table: one row per score with its model's grid position (every
        profile and evaluation seed unless profile names one)."""
        study = self.resolve_study(study)
        params: list = [study]
        where = "st.name = ?" + self._in("e.metric", metrics, params) + self._in("s.name", names, params)
        if representation is not None:
            where += " AND r.kind = ?"
            params.append(representation)
        if profile is not None:
            where += " AND e.profile = ?"
            params.append(profile)
        # the model's own columns come from the (small) models table, joined here rather than per score row
        frame = self._rows(
            "SELECT r.model_id, r.kind, e.metric, e.profile, e.eval_seed, s.name, s.value"
            " FROM study st JOIN study_cell sc ON sc.study_id = st.id"
            " JOIN evaluation e ON e.cell_id = sc.cell_id"
            " JOIN representation r ON r.id = e.representation_id"
            " JOIN score s ON s.evaluation_id = e.id"
            f" WHERE {where}", params, SCORE_COLUMNS)
        models = self.models(study).select("study", "model_key", "model_id", "dataset", "method", "seed",
                                           "strength_name", "strength", "regularisation").collect()
        return (frame.join(models, on="model_id", how="inner")
                .select("study", "model_key", "model_id", "dataset", "method", "strength_name", "strength",
                        "regularisation", "seed", "representation", "metric", "profile", "eval_seed", "score", "value")
                .lazy())

    def scores_per_model(self, study: str | None = None, *, profile: str | None = None,
                         metrics: Iterable[str] | None = None, names: Iterable[str] | None = None,
                         representation: str | None = None) -> pl.LazyFrame:
        """One value per (model, representation, metric, score) under one profile (resolved as
        resolve_profile does): the mean over evaluation seeds, with how many there were."""
        study = self.resolve_study(study)
        profile = self.resolve_profile(study, profile)
        tidy = self.scores(study, metrics=metrics, names=names, representation=representation, profile=profile)
        keys = [c for c in tidy.collect_schema().names() if c not in ("eval_seed", "value")]
        return (tidy.group_by(keys, maintain_order=True)
                .agg(pl.col("value").mean(), pl.col("eval_seed").n_unique().alias("eval_seeds")))

    def wide(self, study: str | None = None, *, metrics: Iterable[str] | None = None,
             names: Iterable[str] | None = None, profile: str | None = None) -> pl.LazyFrame:
        """One row per model; a column "<representation>.<metric>.<score>" per score, under one
        profile (resolve_profile), each the mean over evaluation seeds."""
        study = self.resolve_study(study)
        tidy = self.scores_per_model(study, profile=profile, metrics=metrics, names=names).collect()
        models = self.models(study).collect()
        if tidy.is_empty():
            return models.lazy()
        columns = tidy.with_columns(
            column=pl.concat_str("representation", pl.lit("."), "metric", pl.lit("."), "score"))
        wide = columns.pivot(on="column", index="model_id", values="value", aggregate_function=None)
        ordered = ["model_id"] + sorted(c for c in wide.columns if c != "model_id")
        return models.join(wide.select(ordered), on="model_id", how="left").lazy()


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
