"""Polars tables over the typed schema.

Every table is read with one SQL statement over the typed rows (never an export) and handed
out as a LazyFrame, so that callers filter, join and aggregate in Polars. The core reads
studies, verdicts and the flat tables a study shape declares (rows); a shape adds frames of
its own (Shape.frames), called as methods: the reference study's ``tables.models(study)``.
"""

from __future__ import annotations

from functools import partial
from typing import Iterable, Sequence

import polars as pl

from ..errors import ExpdbError
from ..store import Store, open_store
from .reader import quick_reader

VERDICT_SCHEMA = {
    "study": pl.String, "claim": pl.String, "recorded_at": pl.Float64, "expdb_version": pl.String,
    "git_commit": pl.String, "profile": pl.String, "verdict": pl.String, "severity": pl.String,
    "measured": pl.Float64, "interval_low": pl.Float64, "interval_high": pl.Float64, "n": pl.Int64,
    "offending_rows": pl.Int64,
}
class UnknownStudy(ExpdbError):
    pass


class Tables:
    """The query API: ``Tables(url).rows(name)`` is a LazyFrame of a declared table's
    rows; with the reference study installed, ``Tables(url).scores(metrics=["mig"])`` is one of
    MIG rows (a frame its shape adds).

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
        self.memo: dict[tuple, pl.DataFrame] = {}  # what was read, by statement and parameters

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

    def __getattr__(self, name: str):
        """A frame an installed study shape adds (Shape.frames), bound to these tables."""
        if name.startswith("_"):
            raise AttributeError(name)
        from ..shapes import shape_frames

        frame = shape_frames().get(name)
        if frame is None:
            raise AttributeError(f"Tables has no {name!r} (nor does an installed study shape add it)")
        return partial(frame, self)

    # raw reading ------------------------------------------------------------
    def read(self, sql: str, params: Sequence, schema: dict) -> pl.DataFrame:
        """The rows of one SQL statement ("?" placeholders) as a DataFrame of this schema,
        read once per Tables object."""
        key = (sql, tuple(params))
        if key not in self.memo:
            self.memo[key] = self._fetch(sql, params, schema)
        return self.memo[key]

    def _fetch(self, sql: str, params: Sequence, schema: dict) -> pl.DataFrame:
        # rows straight into Polars (built column-wise in Rust, not transposed in Python)
        return pl.DataFrame(self._reader.read(sql, params), schema=schema, orient="row", strict=False)

    def in_list(self, column: str, values: Iterable | None, params: list) -> str:
        """An SQL condition " AND column IN (?, ...)" on values (none: no condition; an empty
        list: no row), its values added to params."""
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
    def spec_text(self, study: str) -> str | None:
        """The text of the spec the study was last filled with (None when it records none)."""
        text = self.read("SELECT spec_text FROM study WHERE name = ?", [study], {"spec_text": pl.String})["spec_text"]
        return text[0] if len(text) and text[0] else None

    def spec_data(self, study: str) -> dict:
        """The study's spec as parsed TOML ({} when it has none or it does not parse)."""
        import tomllib

        text = self.spec_text(study)
        try:
            return tomllib.loads(text) if text else {}
        except tomllib.TOMLDecodeError:
            return {}

    def study_shape(self, study: str | None = None) -> str:
        """The shape (expdb.shapes) of the study's spec: the installed shape whose kinds its
        sections name (else the default shape)."""
        from ..shapes import shape_of_spec

        study = self.resolve_study(study)
        shape = shape_of_spec(self.spec_data(study))
        if shape is None:
            raise UnknownStudy(f"no installed study shape has the kinds of study {study}'s spec")
        return shape.name

    def resolve_profile(self, study: str | None, profile: str | None = None) -> str | None:
        """The one profile a claim reads, as the study's shape resolves it (Shape.frames'
        resolve_profile); a shape without profiles: the one asked for, or none."""
        from ..shapes import shape_named

        study = self.resolve_study(study)
        resolve = shape_named(self.study_shape(study)).frames.get("resolve_profile")
        if resolve is None:
            return self.profile if profile is None else profile
        return resolve(self, study, profile)

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
        if "cell_id" not in declared[table].c:
            raise UnknownStudy(f"table {table!r} refers to its cell through another table; read it with expdb sql")
        columns = [c for c in declared[table].columns if c.name != "cell_id"]
        schema = {"cell_key": pl.String, "parent_key": pl.String, "kind": pl.String,
                  **{c.name: _polars_type(c) for c in columns}}
        selected = ", ".join(f't."{c.name}"' for c in columns)
        # a cell of a shape has one parent (none at the root): its key links a row to the rows above
        return self.read(
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

def _polars_type(column):
    """The Polars type of a declared table's column, from its Python type."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return pl.String
    return {int: pl.Int64, float: pl.Float64, bool: pl.Boolean, str: pl.String}.get(kind, pl.String)
