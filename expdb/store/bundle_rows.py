"""Reading a study out as a bundle and writing a bundle in: the SQL half of expdb.bundle."""

from __future__ import annotations

import json
import time

import polars as pl
from sqlalchemy import insert, select, text

from ..bundle import COLUMNS, Bundle, BundleError, frame
from ..canonical import canonical, content_key, dumps
from ..schema import (
    Cell, CellDependency, Evaluation, Hyperparameter, Model, ModelSetting, Provenance, Representation, Score, Study, StudyCell, TrainingCurve,
)

cell_t, dep_t, link_t = Cell.__table__, CellDependency.__table__, StudyCell.__table__
from . import migrate
from .sql import chunks

_DONE = ("SELECT c.id FROM cell c JOIN study_cell sc ON sc.cell_id = c.id JOIN study s ON s.id = sc.study_id"
         " WHERE s.name = :study AND c.state = 'done'")

_EXPORT = {
    "cell": f"SELECT key, kind, runner, content, attempts, created_at, started_at, finished_at, provenance_id"
            f" FROM cell WHERE id IN ({_DONE})",
    "cell_dependency": f"SELECT ch.key, pa.key FROM cell_dependency d JOIN cell ch ON ch.id = d.child_id"
                       f" JOIN cell pa ON pa.id = d.parent_id WHERE d.child_id IN ({_DONE})",
    "model": "SELECT mc.key, {model} FROM model m JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN (" + _DONE + ")",
    "hyperparameter": f"SELECT mc.key, h.name, h.value FROM hyperparameter h JOIN model m ON m.id = h.model_id"
                      f" JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({_DONE})",
    "model_setting": f"SELECT mc.key, x.name, x.value_number, x.value_text FROM model_setting x"
                     f" JOIN model m ON m.id = x.model_id JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({_DONE})",
    "training_curve": f"SELECT mc.key, t.step, t.name, t.value FROM training_curve t JOIN model m ON m.id = t.model_id"
                      f" JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({_DONE})",
    "representation": "SELECT rc.key, mc.key, {representation} FROM representation r JOIN cell rc ON rc.id = r.cell_id"
                      " JOIN model m ON m.id = r.model_id JOIN cell mc ON mc.id = m.cell_id WHERE r.cell_id IN (" + _DONE + ")",
    "evaluation": "SELECT ec.key, rc.key, r.kind, {evaluation} FROM evaluation e JOIN cell ec ON ec.id = e.cell_id"
                  " JOIN representation r ON r.id = e.representation_id JOIN cell rc ON rc.id = r.cell_id"
                  " WHERE e.cell_id IN (" + _DONE + ")",
    "score": f"SELECT ec.key, x.name, x.value FROM score x JOIN evaluation e ON e.id = x.evaluation_id"
             f" JOIN cell ec ON ec.id = e.cell_id WHERE e.cell_id IN ({_DONE})",
}


def export_study(store, name: str) -> Bundle:
    with store.read_engine.connect() as conn:
        row = conn.execute(select(Study.__table__).where(Study.__table__.c.name == name)).mappings().first()
        if row is None:
            raise BundleError(f"no study {name!r} in {store.url}")
        tables = _export_shape_tables(conn, name)
        for table, sql in _EXPORT.items():
            sql = sql.format(model=", ".join(f"m.{c}" for c in COLUMNS["model"][1:]),
                             representation=", ".join(f"r.{c}" for c in COLUMNS["representation"][2:]),
                             evaluation=", ".join(f"e.{c}" for c in COLUMNS["evaluation"][3:]))
            tables[table] = frame(table, conn.execute(text(sql), {"study": name}).all())
        used = set()
        for table in ("cell", "model", "representation", "evaluation"):
            used.update(v for v in tables[table]["provenance_id"].to_list() if v is not None)
        prov = Provenance.__table__
        rows = []
        for part in chunks(sorted(used)):
            rows += conn.execute(select(*[prov.c[c] for c in COLUMNS["provenance"]]).where(prov.c.id.in_(part))).all()
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
    from ..shapes import shape_tables

    out = {}
    for table in shape_tables():
        columns = _shape_columns(table)
        rows = conn.execute(text(f'SELECT c.key, {", ".join(f"t.{c}" for c in columns)} FROM "{table.name}" t'
                                 f" JOIN cell c ON c.id = t.cell_id WHERE t.cell_id IN ({_DONE})"), {"study": name}).all()
        if rows:
            out[table.name] = pl.DataFrame([tuple(r) for r in rows], schema=["cell_key", *columns], orient="row")
    return out


def _load_shape_tables(conn, bundle: Bundle, ids: dict, fresh_keys: set, added: dict) -> None:
    from ..shapes import shape_tables

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
    from ..shapes import shape_tables

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
    added = {name: 0 for name in [*COLUMNS, *bundle.shape_tables]}
    cells = bundle.table("cell")
    keys = cells["key"].to_list()
    existing = store.cell_ids(keys)
    fresh = cells.filter(~pl.col("key").is_in(list(existing)))
    fresh_keys = set(fresh["key"].to_list())
    now = time.time()
    with store.engine.begin() as conn:
        study_id = store._save_study(conn, bundle.study["name"], bundle.study.get("description", ""),
                                     bundle.study.get("spec_text", ""), bundle.study.get("spec_sha256", ""))
        # provenance rows that fresh cells (or their domain rows) use
        prov_ids = {}
        needed = set(fresh["provenance_id"].drop_nulls().to_list())
        for table in ("model", "representation", "evaluation"):
            rows = bundle.table(table).filter(pl.col("cell_key").is_in(list(fresh_keys)))
            needed.update(rows["provenance_id"].drop_nulls().to_list())
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

        def fresh_rows(table, key_column="cell_key"):
            return bundle.table(table).filter(pl.col(key_column).is_in(list(fresh_keys)))

        models = fresh_rows("model")
        model_rows = [dict({k: v for k, v in r.items() if k != "cell_key"}, cell_id=ids[r["cell_key"]],
                           provenance_id=prov_ids.get(r["provenance_id"])) for r in models.iter_rows(named=True)]
        model_ids = _insert_returning_ids(conn, Model.__table__, model_rows, ids, models["cell_key"].to_list())
        added["model"] = len(model_rows)
        for table, target in (("hyperparameter", Hyperparameter), ("model_setting", ModelSetting),
                              ("training_curve", TrainingCurve)):
            rows = [dict({k: v for k, v in r.items() if k != "model_cell_key"}, model_id=model_ids[r["model_cell_key"]])
                    for r in fresh_rows(table, "model_cell_key").iter_rows(named=True)]
            for part in chunks(rows, 5000):
                conn.execute(insert(target.__table__), part)
            added[table] = len(rows)

        all_model_ids = _domain_ids(conn, Model.__table__, ids, bundle.table("representation")["model_cell_key"].to_list(), model_ids)
        reps = fresh_rows("representation")
        rep_rows = [dict({k: v for k, v in r.items() if k not in ("cell_key", "model_cell_key")},
                         cell_id=ids[r["cell_key"]], model_id=all_model_ids[r["model_cell_key"]],
                         provenance_id=prov_ids.get(r["provenance_id"])) for r in reps.iter_rows(named=True)]
        for part in chunks(rep_rows, 2000):
            conn.execute(insert(Representation.__table__), part)
        added["representation"] = len(rep_rows)

        # an evaluation's representation: (its cell, its kind), new or already in the database
        evals = fresh_rows("evaluation")
        all_rep_ids = _representation_ids(conn, ids, set(evals.select("representation_cell_key",
                                                                       "representation_kind").iter_rows()))
        eval_rows = [dict({k: v for k, v in r.items() if k not in ("cell_key", "representation_cell_key",
                                                                     "representation_kind")},
                          cell_id=ids[r["cell_key"]],
                          representation_id=all_rep_ids[(r["representation_cell_key"], r["representation_kind"])],
                          provenance_id=prov_ids.get(r["provenance_id"])) for r in evals.iter_rows(named=True)]
        eval_ids = _insert_returning_ids(conn, Evaluation.__table__, eval_rows, ids, evals["cell_key"].to_list())
        added["evaluation"] = len(eval_rows)
        for part in chunks(fresh_rows("score", "evaluation_cell_key"), 5000):
            conn.execute(insert(Score.__table__), [{"evaluation_id": eval_ids[k], "name": n, "value": v}
                                                   for k, n, v in part.iter_rows()])
            added["score"] += part.height
        _load_shape_tables(conn, bundle, ids, fresh_keys, added)
    return added


def _insert_returning_ids(conn, table, rows, cell_ids, keys) -> dict[str, int]:
    """Insert domain rows and map each row's cell key to its new id."""
    for part in chunks(rows, 2000):
        conn.execute(insert(table), part)
    by_cell = {}
    wanted = [cell_ids[k] for k in keys]
    for part in chunks(wanted):
        by_cell.update(conn.execute(select(table.c.cell_id, table.c.id).where(table.c.cell_id.in_(part))).all())
    return {k: by_cell[cell_ids[k]] for k in keys}


def _representation_ids(conn, cell_ids, wanted: set) -> dict[tuple[str, str], int]:
    """(representation cell key, kind) -> representation id, for the pairs evaluations name."""
    rep = Representation.__table__
    by_id = {cell_ids[k]: k for k, _ in wanted if k in cell_ids}
    out = {}
    for part in chunks(list(by_id)):
        for cid, kind, rid in conn.execute(select(rep.c.cell_id, rep.c.kind, rep.c.id).where(rep.c.cell_id.in_(part))):
            out[(by_id[cid], kind)] = rid
    lost = sorted(pair for pair in wanted if pair not in out)
    if lost:
        raise BundleError(f"an evaluation reads the {lost[0][1]} representation of cell {lost[0][0]}, which is neither "
                          "in the bundle nor in the database")
    return out


def _domain_ids(conn, table, cell_ids, keys, known) -> dict[str, int]:
    """Domain-row ids for cell keys, new or already in the database."""
    out = dict(known)
    missing = sorted({k for k in keys if k not in out})
    if missing:
        wanted = {cell_ids[k]: k for k in missing if k in cell_ids}
        for part in chunks(list(wanted)):
            for cid, rid in conn.execute(select(table.c.cell_id, table.c.id).where(table.c.cell_id.in_(part))):
                out[wanted[cid]] = rid
    lost = [k for k in keys if k not in out]
    if lost:
        raise BundleError(f"a row refers to cell {lost[0]} whose result row is neither in the bundle nor in the database")
    return out


# The columns that identify a row of each bundle table: two rows alike in these are one row twice.
IDENTITY = {
    "provenance": ["id"], "cell": ["key"], "cell_dependency": ["child_key", "parent_key"], "model": ["cell_key"],
    "hyperparameter": ["model_cell_key", "name"], "model_setting": ["model_cell_key", "name"],
    "training_curve": ["model_cell_key", "step", "name"], "representation": ["cell_key", "kind"],
    "evaluation": ["cell_key"], "score": ["evaluation_cell_key", "name"],
}


def _check_unique(bundle: Bundle) -> None:
    for table, columns in IDENTITY.items():
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
    """A bundle written under an older schema, in this one's terms: what each data migration
    did to a database's rows, done to the bundle's (its tables are frames keyed by cell key)."""
    known = migrate.revisions()
    if bundle.schema_revision in known and known.index(bundle.schema_revision) < known.index("0005"):
        bundle = _one_encode_cell(bundle)
    return bundle


def _one_encode_cell(bundle: Bundle) -> Bundle:
    """Revision 0005 (migrations/versions/*_0005_one_encode_cell.py) on a bundle: a model's two
    represent cells become one (the mean one's row kept), evaluate cells name their
    representation and their new parent, and every reference follows the new keys."""
    cells = bundle.table("cell")
    represent = {}  # old represent key -> (representation, new key, new text)
    for key, content in cells.filter(pl.col("kind") == "represent").select("key", "content").iter_rows():
        data = json.loads(content)
        kind = data.pop("representation", None)
        if kind is not None:
            text_ = dumps(canonical(data))
            represent[key] = (kind, content_key(text_), text_)
    if not represent:
        return Bundle(study=bundle.study, tables=dict(bundle.tables), schema_revision="0005")
    renamed = {old: new for old, (_, new, _) in represent.items()}
    rows, merged = [], {}  # merged: new represent key -> the row it keeps (the mean one's)
    for row in cells.iter_rows(named=True):
        if row["key"] in represent:
            kind, new, text_ = represent[row["key"]]
            if new not in merged or kind == "mean":
                merged[new] = dict(row, key=new, content=text_)
        elif row["kind"] == "evaluate":
            data = json.loads(row["content"])
            if data.get("parent") in represent:
                data["representation"] = represent[data["parent"]][0]
                data["parent"] = renamed[data["parent"]]
                text_ = dumps(canonical(data))
                renamed[row["key"]] = content_key(text_)
                rows.append(dict(row, key=renamed[row["key"]], content=text_))
            else:
                rows.append(row)
        else:
            rows.append(row)
    rows += merged.values()
    mapping = pl.DataFrame({"old": list(renamed), "new": list(renamed.values())}, schema={"old": pl.String, "new": pl.String})

    def follow(frame: pl.DataFrame, *columns: str) -> pl.DataFrame:
        for column in columns:
            frame = (frame.join(mapping.rename({"old": column}), on=column, how="left")
                     .with_columns(pl.coalesce("new", column).alias(column)).drop("new"))
        return frame

    tables = dict(bundle.tables)
    tables["cell"] = frame("cell", rows).select(bundle.table("cell").columns)
    tables["cell_dependency"] = follow(bundle.table("cell_dependency"), "child_key", "parent_key").unique(maintain_order=True)
    tables["representation"] = follow(bundle.table("representation"), "cell_key")
    kinds = pl.DataFrame({"representation_cell_key": list(represent), "kind": [v[0] for v in represent.values()]},
                         schema={"representation_cell_key": pl.String, "kind": pl.String})
    evaluation = (bundle.table("evaluation").join(kinds, on="representation_cell_key", how="left")
                  .with_columns(pl.coalesce("representation_kind", "kind").alias("representation_kind")).drop("kind"))
    tables["evaluation"] = follow(evaluation, "cell_key", "representation_cell_key").select(COLUMNS["evaluation"])
    tables["score"] = follow(bundle.table("score"), "evaluation_cell_key")
    return Bundle(study=bundle.study, tables=tables, schema_revision="0005")


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
    checks = [("cell_dependency", "child_key"), ("cell_dependency", "parent_key"), ("model", "cell_key"),
              ("hyperparameter", "model_cell_key"), ("model_setting", "model_cell_key"),
              ("training_curve", "model_cell_key"), ("representation", "cell_key"),
              ("representation", "model_cell_key"), ("evaluation", "cell_key"),
              ("evaluation", "representation_cell_key"), ("score", "evaluation_cell_key")]
    for table, column in checks:
        stray = set(bundle.table(table)[column].to_list()) - keys
        if stray:
            raise BundleError(f"bundle table {table}: {column} {sorted(stray)[0]} is not a cell of the bundle")
