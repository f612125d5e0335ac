"""Results bundles: every row of a study but the tensors, in a compact, versioned form.

A bundle is a folder: ``manifest.json`` (format version, schema revision, the study and its
spec, row counts and a SHA-256 per table) and one Parquet file per table. Rows refer to each
other by cell key, never by database id, so a bundle loads into any database (empty, or one
that already shares cells: rows of cells it already has are left as they are). Only done
cells travel; tensors stay behind, so a loaded database answers every query and claim but
cannot compute new evaluations of the loaded representations.

``expdb dump`` writes one, ``expdb load`` reads one; ``expdb import-dlib`` builds one in
memory from the reference library's results and loads it through the same path.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from .errors import ExpdbError
from .schema import Cell, Provenance

FORMAT, VERSION = "expdb-results", 1

# The core's bundle tables: its columns with ids replaced by cell keys. A study shape adds its
# own, in a format it declares (Shape.bundle) or as flat rows by cell key (its declared tables).
_PROVENANCE = [c.name for c in Provenance.__table__.columns]  # "id" kept: local to the bundle
_CELL = ["key", "kind", "runner", "content", "attempts", "created_at", "started_at", "finished_at", "provenance_id"]
CORE_COLUMNS = {
    "provenance": _PROVENANCE,
    "cell": _CELL,
    "cell_dependency": ["child_key", "parent_key"],
}
_CORE_SOURCES = {"provenance": Provenance.__table__, "cell": Cell.__table__}


@lru_cache(maxsize=None)
def formats() -> tuple[dict[str, list[str]], dict]:
    """({bundle table: its columns}, {bundle table: the SQLAlchemy table that types them}):
    the core's tables, then those of every installed shape that declares a bundle format."""
    from .shapes import declared_shapes

    columns, sources = dict(CORE_COLUMNS), dict(_CORE_SOURCES)
    for shape in declared_shapes().values():
        if shape.bundle is not None:
            columns.update(shape.bundle.columns)
            sources.update(shape.bundle.sources)
    return columns, sources


def columns_of(table: str) -> list[str]:
    return formats()[0][table]


def formatted_tables() -> list[str]:
    """The bundle tables with a declared format (the core's and the shapes'), in load order."""
    return list(formats()[0])


class BundleError(ExpdbError):
    pass


def _dtype(table: str, column: str):
    source = formats()[1].get(table)
    if column.endswith("_key") or column == "key":
        return pl.String
    if source is None or column not in source.columns:
        return pl.String
    python = source.columns[column].type.python_type
    return {int: pl.Int64, float: pl.Float64, str: pl.String, bool: pl.Boolean}.get(python, pl.String)


def frame(table: str, rows) -> pl.DataFrame:
    """A bundle table from rows (dicts or tuples in its columns' order), typed from the schema."""
    names = columns_of(table)
    schema = {c: _dtype(table, c) for c in names}
    if not rows:
        return pl.DataFrame(schema=schema)
    if isinstance(rows[0], dict):
        return pl.DataFrame(rows, schema=schema, orient="row")
    # tuples straight into columns: no dict per row (an import builds half a million score rows);
    # strict, as the rows' path is: a value of the wrong type is an error, never a silent null
    columns = list(zip(*rows))
    return pl.DataFrame({c: pl.Series(c, values, dtype=schema[c], strict=True)
                         for c, values in zip(names, columns)}, schema=schema)


def _current_columns(table: str, data: pl.DataFrame) -> pl.DataFrame | None:
    """A table written by an older schema, in this one's columns: a column added since (every
    such column is nullable) is filled with nulls. None when the columns do not fit."""
    wanted = columns_of(table)
    if data.columns == wanted:
        return data
    present = [c for c in wanted if c in data.columns]
    if present != data.columns:
        return None  # an unknown column, or the known ones out of order
    missing = [c for c in wanted if c not in data.columns]
    source = formats()[1].get(table)
    if source is not None and any(not source.c[c].nullable for c in missing if c in source.c):
        return None
    return data.with_columns(pl.lit(None, dtype=_dtype(table, c)).alias(c) for c in missing).select(wanted)


def typed(data: pl.DataFrame, schema: dict, where) -> pl.DataFrame:
    """A table's columns in the types its schema gives (integers widen to floats; a column of
    nulls takes any type), with every float that is not finite made a null, as fill stores it
    (a database column of floats holds NaN on one backend and not on the other). Anything else,
    text where numbers belong, is refused in one line."""
    columns = []
    for name in data.columns:
        column, wanted = data[name], schema.get(name, pl.String)
        if column.dtype != wanted:
            widening = wanted == pl.Float64 and column.dtype.is_integer()
            if column.dtype != pl.Null and not widening:
                raise BundleError(f"{where}: column {name} holds {column.dtype} values where the schema has "
                                  f"{wanted} (an edited bundle?)")
            column = column.cast(wanted)
        if wanted == pl.Float64:
            column = pl.select(pl.when(column.is_finite()).then(column).otherwise(None)).to_series().alias(name)
        columns.append(column)
    return pl.DataFrame(columns) if columns else data


@dataclass
class Bundle:
    study: dict  # name, description, spec_text, spec_sha256
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    schema_revision: str | None = None

    def table(self, name: str) -> pl.DataFrame:
        return self.tables[name] if name in self.tables else frame(name, [])

    def counts(self) -> dict[str, int]:
        return {name: self.table(name).height for name in formatted_tables() + self.shape_tables}

    @property
    def shape_tables(self) -> list[str]:
        """The bundle's flat tables of a study shape (expdb.shapes): cell_key and the declared
        table's own columns."""
        formatted = formats()[0]
        return sorted(name for name in self.tables if name not in formatted)

    # files --------------------------------------------------------------
    def write(self, folder: str | Path) -> Path:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        entries = {}
        formatted = formats()[0]
        for name in formatted_tables() + self.shape_tables:
            buffer = io.BytesIO()
            # sorted so that the same rows always give the same bytes
            data = self.table(name)
            data.sort(data.columns).write_parquet(buffer, compression="zstd", statistics=False)
            payload = buffer.getvalue()
            (folder / f"{name}.parquet").write_bytes(payload)
            entries[name] = {"rows": data.height, "sha256": hashlib.sha256(payload).hexdigest()}
            if name not in formatted:
                entries[name]["shape"] = True  # a flat table a study shape declares
        manifest = {"format": FORMAT, "version": VERSION, "schema_revision": self.schema_revision,
                    "study": self.study, "tables": entries}
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        return folder

    @classmethod
    def read(cls, folder: str | Path) -> "Bundle":
        folder = Path(folder)
        manifest_path = folder / "manifest.json"
        if not manifest_path.is_file():
            raise BundleError(f"{folder}: not a results bundle (no manifest.json)")
        try:
            manifest = json.loads(manifest_path.read_text())
        except json.JSONDecodeError as exc:
            raise BundleError(f"{manifest_path}: not JSON ({exc})") from None
        if manifest.get("format") != FORMAT:
            raise BundleError(f"{folder}: format {manifest.get('format')!r} is not {FORMAT!r}")
        if manifest.get("version") != VERSION:
            raise BundleError(f"{folder}: bundle version {manifest.get('version')} (this expdb reads version {VERSION})")
        tables = {}
        formatted = formats()[0]
        extra = sorted(name for name, entry in manifest["tables"].items() if name not in formatted)
        for name in extra:
            if not manifest["tables"][name].get("shape") or not name.replace("_", "").isalnum():
                raise BundleError(f"{folder}: unknown table {name!r} in the manifest")
        for name in formatted_tables() + extra:
            entry = manifest["tables"].get(name)
            path = folder / f"{name}.parquet"
            if entry is None and name not in CORE_COLUMNS:
                continue  # a shape's table this bundle's study does not have
            if entry is None or not path.is_file():
                raise BundleError(f"{folder}: table {name} is missing")
            payload = path.read_bytes()
            if hashlib.sha256(payload).hexdigest() != entry["sha256"]:
                raise BundleError(f"{path}: checksum mismatch (the file was changed or truncated)")
            if name not in formatted:  # checked against the declared table when it is loaded
                tables[name] = pl.read_parquet(io.BytesIO(payload))
                if tables[name].height != entry["rows"]:
                    raise BundleError(f"{path}: row count differs from the manifest")
                continue
            data = _current_columns(name, pl.read_parquet(io.BytesIO(payload)))
            if data is None or data.height != entry["rows"]:
                raise BundleError(f"{path}: columns or row count differ from the manifest")
            tables[name] = typed(data, {c: _dtype(name, c) for c in data.columns}, path)
        return cls(study=manifest["study"], tables=tables, schema_revision=manifest.get("schema_revision"))
