"""Reading a study out as a bundle and writing a bundle in: the SQL half of expdb.bundle."""

from __future__ import annotations

import json
import time

import polars as pl
from sqlalchemy import insert, select, text
from sqlalchemy.exc import DBAPIError

from ..bundle import CORE_COLUMNS, Bundle, BundleError, formatted_tables, frame, typed
from ..canonical import content_key
from ..schema import Cell, CellDependency, Provenance, Study, StudyCell
from ..shapes import declared_shapes, shape_tables, table_shape
from . import migrate
from .values import chunks, first_line as _first_line

cell_t, dep_t, link_t = Cell.__table__, CellDependency.__table__, StudyCell.__table__

_DONE = ("SELECT c.id FROM cell c JOIN study_cell sc ON sc.cell_id = c.id JOIN study s ON s.id = sc.study_id"
         " WHERE s.name = :study AND c.state = 'done'")

_EXPORT = {
    "cell": f"SELECT key, kind, runner, content, attempts, created_at, started_at, finished_at, provenance_id"
            f" FROM cell WHERE id IN ({_DONE})",
    "cell_dependency": f"SELECT ch.key, pa.key FROM cell_dependency d JOIN cell ch ON ch.id = d.child_id"
                       f" JOIN cell pa ON pa.id = d.parent_id WHERE d.child_id IN ({_DONE})",
}


def _formats():
    """The installed shapes' bundle formats (Shape.bundle)."""
    return [shape.bundle for shape in declared_shapes().values() if shape.bundle is not None]


def export_study(store, name: str) -> Bundle:
    with store.read_engine.connect() as conn:
        row = conn.execute(select(Study.__table__).where(Study.__table__.c.name == name)).mappings().first()
        if row is None:
            raise BundleError(f"no study {name!r} in {store.url}")
        tables = _export_shape_tables(conn, name)
        for table, sql in _EXPORT.items():
            tables[table] = frame(table, conn.execute(text(sql), {"study": name}).all())
        for fmt in _formats():
            tables.update(fmt.export(conn, _DONE, {"study": name}))
        partial = Bundle(study={}, tables=tables)
        used = {v for v in tables["cell"]["provenance_id"].to_list() if v is not None}
        for fmt in _formats():
            used |= fmt.provenance_ids(partial)
        prov = Provenance.__table__
        rows = []
        for part in chunks(sorted(used)):
            rows += conn.execute(select(*[prov.c[c] for c in CORE_COLUMNS["provenance"]]).where(prov.c.id.in_(part))).all()
        tables["provenance"] = frame("provenance", rows)
    revision = migrate.current_revision(store.read_engine)
    study = {k: row[k] for k in ("name", "description", "spec_text", "spec_sha256")}
    return Bundle(study=study, tables=tables, schema_revision=revision)


def _shape_columns(table) -> list[str]:
    """A declared table's columns in a bundle: all but cell_id (the row's cell_key stands for
    it) and an integer primary key the database numbers."""
    return [c.name for c in table.columns if c.name != "cell_id" and c is not table.autoincrement_column]


def _export_shape_tables(conn, name: str) -> dict:
    """The study's rows in tables its study shape declares (expdb.shapes), by cell key."""
    out = {}
    formatted = set(formatted_tables())
    kinds = None  # the kinds of the study's cells, read if needed
    for table in shape_tables():
        if table.name in formatted:  # its shape's bundle format carries it
            continue
        if "cell_id" not in table.c:
            if kinds is None:
                kinds = set(conn.execute(text(f"SELECT DISTINCT kind FROM cell WHERE id IN ({_DONE})"),
                                         {"study": name}).scalars())
            owner = table_shape(table.name)
            if kinds & set(owner.kind_names):
                raise BundleError(f"table {table.name!r} of shape {owner.name!r} refers to its cell through another "
                                  "table, and the shape declares no bundle format that carries it (Shape.bundle)")
            continue
        columns = _shape_columns(table)
        rows = conn.execute(text(f'SELECT c.key, {", ".join(f"t.{c}" for c in columns)} FROM "{table.name}" t'
                                 f" JOIN cell c ON c.id = t.cell_id WHERE t.cell_id IN ({_DONE})"), {"study": name}).all()
        if rows:
            out[table.name] = pl.DataFrame([tuple(r) for r in rows], schema=["cell_key", *columns], orient="row")
    return out


def _load_shape_tables(conn, bundle: Bundle, ids: dict, fresh_keys: set, added: dict) -> None:
    declared = {t.name: t for t in shape_tables()}
    for name in bundle.shape_tables:
        rows = bundle.table(name).filter(pl.col("cell_key").is_in(list(fresh_keys)))
        records = [dict({k: v for k, v in r.items() if k != "cell_key"}, cell_id=ids[r["cell_key"]])
                   for r in rows.iter_rows(named=True)]
        for part in chunks(records, 5000):
            conn.execute(insert(declared[name]), part)
        added[name] = len(records)


def _check_shape_tables(bundle: Bundle) -> None:
    """Each of the bundle's shape tables is declared by an installed shape, with these columns,
    and its rows belong to the bundle's cells."""
    declared = {t.name: t for t in shape_tables()}
    keys = set(bundle.table("cell")["key"].to_list())
    for name in bundle.shape_tables:
        if name not in declared:
            raise BundleError(f"bundle table {name}: no installed study shape declares it (install the study's package)")
        data = bundle.table(name)
        wanted = ["cell_key", *_shape_columns(declared[name])]
        if data.columns != wanted:
            raise BundleError(f"bundle table {name}: columns {', '.join(data.columns)}; the declared table has "
                              f"{', '.join(wanted)}")
        stray = [k for k in data["cell_key"].to_list() if k not in keys]
        if stray:
            raise BundleError(f"bundle table {name}: a row of cell {stray[0]}, which the bundle does not hold")
        python = {c.name: c.type.python_type for c in declared[name].columns}
        schema = {c: {int: pl.Int64, float: pl.Float64, bool: pl.Boolean}.get(python.get(c), pl.String)
                  for c in data.columns}
        bundle.tables[name] = typed(data, schema, f"bundle table {name}")


def load(store, bundle: Bundle) -> dict[str, int]:
    """Insert the bundle's rows in one transaction (the study row included: a refused or
    broken load leaves nothing behind); cells already present (by key) keep their rows.
    Returns the number of rows added per table."""
    _check_revision(store, bundle)
    bundle = upgraded(bundle)
    _check_unique(bundle)
    _check_keys(bundle)
    _check_references(bundle)
    _check_shape_tables(bundle)
    added = {name: 0 for name in [*formatted_tables(), *bundle.shape_tables]}
    cells = bundle.table("cell")
    keys = cells["key"].to_list()
    existing = store.cell_ids(keys)
    fresh = cells.filter(~pl.col("key").is_in(list(existing)))
    fresh_keys = set(fresh["key"].to_list())
    now = time.time()
    try:
        return _insert(store, bundle, cells, existing, fresh, fresh_keys, keys, added, now)
    except KeyError as exc:  # a row refers to one that is neither in the bundle nor in the database
        raise BundleError(f"bundle: a row refers to the row of cell {exc.args[0]}, which neither the bundle nor the "
                          "database holds (an edited bundle?); nothing was loaded") from None
    except DBAPIError as exc:
        raise BundleError(f"bundle: the database refused its rows ({_first_line(exc)}); nothing was loaded") from None


def _insert(store, bundle, cells, existing, fresh, fresh_keys, keys, added, now) -> dict[str, int]:
    with store.engine.begin() as conn:
        study_id = store._save_study(conn, bundle.study["name"], bundle.study.get("description", ""),
                                     bundle.study.get("spec_text", ""), bundle.study.get("spec_sha256", ""))
        # provenance rows that fresh cells (or their result rows) use
        prov_ids = {}
        needed = set(fresh["provenance_id"].drop_nulls().to_list())
        for fmt in _formats():
            needed |= fmt.provenance_ids(bundle, fresh_keys)
        for row in bundle.table("provenance").filter(pl.col("id").is_in(list(needed))).iter_rows(named=True):
            old = row.pop("id")
            prov_ids[old] = conn.execute(insert(Provenance.__table__).values(**row)).inserted_primary_key[0]
            added["provenance"] += 1

        # rows made a chunk at a time: an import holds a quarter of a million cells
        for part in chunks(fresh, 2000):
            conn.execute(insert(cell_t), [dict(r, state="done", created_at=r["created_at"] or now,
                                               provenance_id=prov_ids.get(r["provenance_id"]))
                                          for r in part.iter_rows(named=True)])
            added["cell"] += part.height
        ids = dict(existing)
        for part in chunks(list(fresh_keys), 900):
            ids.update(conn.execute(select(cell_t.c.key, cell_t.c.id).where(cell_t.c.key.in_(part))).all())

        deps = bundle.table("cell_dependency").filter(pl.col("child_key").is_in(list(fresh_keys)))
        edges = [{"child_id": ids[c], "parent_id": ids[p]} for c, p in deps.iter_rows()]
        for part in chunks(edges, 5000):
            conn.execute(insert(dep_t), part)
        added["cell_dependency"] = len(edges)
        linked = set()
        all_ids = [ids[k] for k in keys]
        for part in chunks(all_ids):
            linked.update(conn.execute(select(link_t.c.cell_id).where(
                link_t.c.study_id == study_id, link_t.c.cell_id.in_(part))).scalars())
        links = [{"study_id": study_id, "cell_id": i} for i in all_ids if i not in linked]
        for part in chunks(links, 5000):
            conn.execute(insert(link_t), part)

        for fmt in _formats():
            fmt.load(conn, bundle, ids, fresh_keys, prov_ids, added)
        _load_shape_tables(conn, bundle, ids, fresh_keys, added)
    return added


# The columns that identify a row of each core table: two rows alike in these are one row twice.
IDENTITY = {"provenance": ["id"], "cell": ["key"], "cell_dependency": ["child_key", "parent_key"]}


def _check_unique(bundle: Bundle) -> None:
    identity = dict(IDENTITY)
    for fmt in _formats():
        identity.update(fmt.identity)
    for table, columns in identity.items():
        data = bundle.table(table)
        twice = data.filter(data.select(columns).is_duplicated())
        if twice.height:
            row = ", ".join(f"{c}={twice[c][0]}" for c in columns)
            raise BundleError(f"bundle table {table}: the row {row} appears {twice.height} times")


def _check_keys(bundle: Bundle) -> None:
    """A cell's key is the hash of its content: a bundle whose cell says otherwise was edited
    (or made by something else) and would file results under the wrong work."""
    cells = bundle.table("cell")
    for key, kind, content in cells.select("key", "kind", "content").iter_rows():
        if content_key(content) != key:
            raise BundleError(f"bundle table cell: cell {key} is not the hash of its content (edited?)")
        try:
            declared = json.loads(content).get("kind")
        except (ValueError, AttributeError):
            raise BundleError(f"bundle table cell: cell {key}'s content is not a JSON object") from None
        if declared not in (None, kind):
            raise BundleError(f"bundle table cell: cell {key} is a {kind} cell but its content says {declared}")


def upgraded(bundle: Bundle) -> Bundle:
    """A bundle written under an older schema, in this one's terms (each shape's format says
    what its data migrations did to a database's rows)."""
    revisions = migrate.revisions()
    for fmt in _formats():
        bundle = fmt.upgraded(bundle, revisions)
    return bundle


def _check_revision(store, bundle: Bundle) -> None:
    """A bundle written by a schema this code knows, and no newer than the database's."""
    revision = bundle.schema_revision
    known = migrate.revisions()  # oldest first
    if revision not in known:
        raise BundleError(f"bundle schema revision {revision!r} is unknown to this expdb (it knows "
                          f"{', '.join(known)}); a newer expdb wrote it: pip install -U expdb-study")
    current = migrate.current_revision(store.read_engine)
    if current in known and known.index(revision) > known.index(current):
        raise BundleError(f"bundle schema revision {revision} is newer than the database's {current}; "
                          f"run: expdb --db {store.url} db upgrade")


def _check_references(bundle: Bundle) -> None:
    """Every key a row refers to is a cell of the bundle, so nothing is half-loaded."""
    keys = set(bundle.table("cell")["key"].to_list())
    checks = [("cell_dependency", "child_key"), ("cell_dependency", "parent_key")]
    for fmt in _formats():
        checks += fmt.references
    for table, column in checks:
        stray = set(bundle.table(table)[column].to_list()) - keys
        if stray:
            raise BundleError(f"bundle table {table}: {column} {sorted(stray)[0]} is not a cell of the bundle")
