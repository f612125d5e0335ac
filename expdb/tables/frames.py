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
from .reader import quick_reader
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
SCORE_KEYS = ["study", *MODEL_KEYS]  # the model's columns every score row carries, in the tidy table's order


# A model of the study: each model probes the study's links once. (Walking the study's links
# instead visits every cell of it, about 21 per model in the reference grid: 3x slower.)
_IN_STUDY = ("EXISTS (SELECT 1 FROM study_cell sc WHERE sc.cell_id = m.cell_id"
             " AND sc.study_id = (SELECT st.id FROM study st WHERE st.name = ?))")


class UnknownStudy(ExpdbError):
    pass


class Tables:
    """The query API: ``Tables(url).scores(metrics=["mig"])`` is a LazyFrame of MIG rows.

    A Tables object reads each distinct table once and keeps it (claims share their reads);
    open a new one to see rows written since."""

    def __init__(self, url_or_store: str | Store):
        self._store: Store | None = None
        if isinstance(url_or_store, str):
            self._url, self._owned = url_or_store, True
            # a SQLite file at this code's schema is read without the store's imports; anything
            # else opens the store here, so a bad URL or schema is refused at once either way
            self._reader = quick_reader(url_or_store) or self.store
        else:
            self._store, self._reader, self._owned = url_or_store, url_or_store, False
        self.profile: str | None = None  # the profile claims read when none is asked for (--profile)
        self._read: dict[tuple, pl.DataFrame] = {}

    @property
    def store(self) -> Store:
        """The full store (opened on first use where reads went the quick way): for writes
        such as verify --record, and everything beyond reading."""
        if self._store is None:
            self._store = open_store(self._url)
        return self._store

    @property
    def url(self) -> str:
        return self._reader.url

    def close(self) -> None:
        if self._owned:
            if self._reader is not self._store:
                self._reader.dispose()
            if self._store is not None:
                self._store.dispose()

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
        # rows straight into Polars (built column-wise in Rust, not transposed in Python)
        return pl.DataFrame(self._reader.read(sql, params), schema=schema, orient="row", strict=False)

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
                raise UnknownStudy(f"{self.url}: no study yet (fill a spec or import results first)")
            raise UnknownStudy(f"{self.url} holds several studies ({', '.join(names)}): choose one with --study")
        if study not in names:
            known = ", ".join(names) or "none"
            raise UnknownStudy(f"no study {study!r} in {self.url} (studies: {known})")
        return study

    # tables -----------------------------------------------------------------
    def models(self, study: str | None = None) -> pl.LazyFrame:
        """One row per trained (or imported) model of the study: its grid position, its
        regularisation strength and its final training losses."""
        study = self.resolve_study(study)
        if ("models", study) in self._read:
            return self._read[("models", study)].lazy()
        frame = self._rows(
            "SELECT mc.key, m.id, m.source, m.dataset, m.method, m.seed, m.model_num, m.steps,"
            " m.learning_rate, m.resolution, m.data_source, m.reconstruction_loss, m.kl_loss, m.elbo, m.loss, m.regularizer"
            f" FROM model m LEFT JOIN cell mc ON mc.id = m.cell_id WHERE {_IN_STUDY}", [study],
            {k: v for k, v in MODEL_SCHEMA.items() if k != "study"})
        frame = frame.select(pl.lit(study, dtype=pl.String).alias("study"), pl.all())
        hyper = self.hyperparameters(study).collect()
        self._read[("models", study)] = _with_strength(frame, hyper)
        return self._read[("models", study)].lazy()

    def hyperparameters(self, study: str | None = None) -> pl.LazyFrame:
        """Long table (model_id, name, value) of every hyperparameter of the study's models."""
        study = self.resolve_study(study)
        return self._rows(
            f"SELECT h.model_id, h.name, h.value FROM model m JOIN hyperparameter h ON h.model_id = m.id"
            f" WHERE {_IN_STUDY}", [study],
            {"model_id": pl.Int64, "name": pl.String, "value": pl.Float64}).lazy()

    def profiles(self, study: str | None = None) -> list[str]:
        """The metric profiles the study's evaluations ran under."""
        study = self.resolve_study(study)
        # the few distinct profiles first, then whether the study has an evaluation under each
        # (stops at its first): 6x faster than joining every evaluation of the study
        frame = self._rows("SELECT p.profile FROM (SELECT DISTINCT profile FROM evaluation) p"
                           " WHERE p.profile IS NOT NULL AND EXISTS (SELECT 1 FROM study st"
                           " JOIN study_cell sc ON sc.study_id = st.id JOIN evaluation e ON e.cell_id = sc.cell_id"
                           " WHERE st.name = ? AND e.profile = p.profile)", [study], {"profile": pl.String})
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

    def _spec_data(self, study: str) -> dict:
        """The study's spec as parsed TOML ({} when it has none or it does not parse)."""
        import tomllib

        text = self._rows("SELECT spec_text FROM study WHERE name = ?", [study], {"spec_text": pl.String})["spec_text"]
        try:
            return tomllib.loads(text[0]) if len(text) and text[0] else {}
        except tomllib.TOMLDecodeError:
            return {}

    def spec_profile(self, study: str) -> str | None:
        """The profile the study's spec asks its evaluations to run under, if it says."""
        evaluate = self._spec_data(study).get("evaluate", {})
        return evaluate.get("profile", "paper") if evaluate else None

    def study_shape(self, study: str | None = None) -> str:
        """The shape (expdb.shapes) of the study's spec: the reference layout unless the spec's
        sections are the kinds of an installed shape."""
        from ..shapes import REFERENCE, shape_of_spec

        shape = shape_of_spec(self._spec_data(self.resolve_study(study)))
        return REFERENCE if shape is None else shape.name

    def rows(self, table: str, study: str | None = None) -> pl.LazyFrame:
        """The rows of a result table a study shape declares (expdb.shapes) that belong to the
        study's cells: the table's columns after cell_key, parent_key (the cell's parent's, to
        join a kind's rows to its parent kind's) and kind."""
        from ..shapes import shape_tables

        study = self.resolve_study(study)
        declared = {t.name: t for t in shape_tables()}
        if table not in declared:
            raise UnknownStudy(f"no result table {table!r} is declared by an installed study shape "
                               f"(declared: {', '.join(sorted(declared)) or 'none'})")
        columns = [c for c in declared[table].columns if c.name != "cell_id"]
        schema = {"cell_key": pl.String, "parent_key": pl.String, "kind": pl.String,
                  **{c.name: _polars_type(c) for c in columns}}
        selected = ", ".join(f't."{c.name}"' for c in columns)
        # a cell of a shape has one parent (none at the root): its key links a row to the rows above
        return self._rows(
            f'SELECT c.key, p.key, c.kind{", " + selected if selected else ""} FROM study st'
            " JOIN study_cell sc ON sc.study_id = st.id JOIN cell c ON c.id = sc.cell_id"
            f' JOIN "{table}" t ON t.cell_id = c.id'
            " LEFT JOIN cell_dependency d ON d.child_id = c.id LEFT JOIN cell p ON p.id = d.parent_id"
            " WHERE st.name = ? ORDER BY c.id", [study], schema).lazy()

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
        frame = self._score_rows(study, metrics, names, representation, profile)
        return (frame.join(self._model_keys(study), on="model_id", how="inner")
                .select(*SCORE_KEYS, "representation", "metric", "profile", "eval_seed", "score", "value")
                .lazy())

    def _score_rows(self, study, metrics, names, representation, profile) -> pl.DataFrame:
        """The score rows as read: model_id, representation, metric, profile, eval_seed, score, value."""
        params: list = [study]
        where = "st.name = ?" + self._in("e.metric", metrics, params) + self._in("s.name", names, params)
        if representation is not None:
            where += " AND r.kind = ?"
            params.append(representation)
        if profile is not None:
            where += " AND e.profile = ?"
            params.append(profile)
        # the model's own columns come from the (small) models table, joined here rather than per score row
        return self._rows(
            "SELECT r.model_id, r.kind, e.metric, e.profile, e.eval_seed, s.name, s.value"
            " FROM study st JOIN study_cell sc ON sc.study_id = st.id"
            " JOIN evaluation e ON e.cell_id = sc.cell_id"
            " JOIN representation r ON r.id = e.representation_id"
            " JOIN score s ON s.evaluation_id = e.id"
            f" WHERE {where}", params, SCORE_COLUMNS)

    def _model_keys(self, study: str) -> pl.DataFrame:
        return self.models(study).select(*SCORE_KEYS).collect()

    def scores_per_model(self, study: str | None = None, *, profile: str | None = None,
                         metrics: Iterable[str] | None = None, names: Iterable[str] | None = None,
                         representation: str | None = None) -> pl.LazyFrame:
        """One value per (model, representation, metric, score) under one profile (resolved as
        resolve_profile does): the mean over evaluation seeds, with how many there were."""
        study = self.resolve_study(study)
        profile = self.resolve_profile(study, profile)
        frame = self._score_rows(study, metrics, names, representation, profile)
        # grouped on the few columns read, before the model's columns are joined on
        per_model = (frame.group_by("model_id", "representation", "metric", "profile", "score", maintain_order=True)
                     .agg(pl.col("value").mean(), pl.col("eval_seed").n_unique().alias("eval_seeds")))
        return (per_model.join(self._model_keys(study), on="model_id", how="inner")
                .select(*SCORE_KEYS, "representation", "metric", "profile", "score", "value", "eval_seeds")
                .lazy())

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


def _polars_type(column):
    """The Polars type of a declared table's column, from its Python type."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return pl.String
    return {int: pl.Int64, float: pl.Float64, bool: pl.Boolean, str: pl.String}.get(kind, pl.String)


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
