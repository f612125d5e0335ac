"""The reference layout's tables in results bundles (expdb.bundle, Shape.bundle). Its format
predates study shapes and stays as it was: a model row by its train cell's key, a
hyperparameter, setting or curve point by its model's, a representation by its encode cell's
and its model's, an evaluation by its cell's and its representation's (cell and kind), a score
by its evaluation's. Committed bundles (results/cpu, results/gpu) load unchanged."""

from __future__ import annotations

import json

import polars as pl
from sqlalchemy import insert, select, text

from expdb.plugin import Bundle, BundleError, canonical, chunks, columns_of, content_key, dumps, frame

from . import EVALUATE, REPRESENT
from .tables import Evaluation, Hyperparameter, Model, ModelSetting, Representation, Score, TrainingCurve

_MODEL = ["cell_key"] + [c.name for c in Model.__table__.columns if c.name not in ("id", "cell_id")]
_REPRESENTATION = ["cell_key", "model_cell_key"] + [
    c.name for c in Representation.__table__.columns if c.name not in ("id", "cell_id", "model_id")]
# an evaluation reads one of its representation cell's representations (schema 0005)
_EVALUATION = ["cell_key", "representation_cell_key", "representation_kind"] + [
    c.name for c in Evaluation.__table__.columns if c.name not in ("id", "cell_id", "representation_id")]
columns = {
    "model": _MODEL,
    "hyperparameter": ["model_cell_key", "name", "value"],
    "model_setting": ["model_cell_key", "name", "value_number", "value_text"],
    "training_curve": ["model_cell_key", "step", "name", "value"],
    "representation": _REPRESENTATION,
    "evaluation": _EVALUATION,
    "score": ["evaluation_cell_key", "name", "value"],
}
sources = {"model": Model.__table__, "hyperparameter": Hyperparameter.__table__,
           "model_setting": ModelSetting.__table__, "training_curve": TrainingCurve.__table__,
           "representation": Representation.__table__, "evaluation": Evaluation.__table__, "score": Score.__table__}
# The columns that identify a row of each table: two rows alike in these are one row twice.
identity = {
    "model": ["cell_key"], "hyperparameter": ["model_cell_key", "name"], "model_setting": ["model_cell_key", "name"],
    "training_curve": ["model_cell_key", "step", "name"], "representation": ["cell_key", "kind"],
    "evaluation": ["cell_key"], "score": ["evaluation_cell_key", "name"],
}
# Every key a row refers to must be a cell of the bundle, so that nothing is half-loaded.
references = [("model", "cell_key"), ("hyperparameter", "model_cell_key"), ("model_setting", "model_cell_key"),
              ("training_curve", "model_cell_key"), ("representation", "cell_key"),
              ("representation", "model_cell_key"), ("evaluation", "cell_key"),
              ("evaluation", "representation_cell_key"), ("score", "evaluation_cell_key")]

_EXPORT = {
    "model": "SELECT mc.key, {model} FROM model m JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({done})",
    "hyperparameter": "SELECT mc.key, h.name, h.value FROM hyperparameter h JOIN model m ON m.id = h.model_id"
                      " JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({done})",
    "model_setting": "SELECT mc.key, x.name, x.value_number, x.value_text FROM model_setting x"
                     " JOIN model m ON m.id = x.model_id JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({done})",
    "training_curve": "SELECT mc.key, t.step, t.name, t.value FROM training_curve t JOIN model m ON m.id = t.model_id"
                      " JOIN cell mc ON mc.id = m.cell_id WHERE m.cell_id IN ({done})",
    "representation": "SELECT rc.key, mc.key, {representation} FROM representation r JOIN cell rc ON rc.id = r.cell_id"
                      " JOIN model m ON m.id = r.model_id JOIN cell mc ON mc.id = m.cell_id WHERE r.cell_id IN ({done})",
    "evaluation": "SELECT ec.key, rc.key, r.kind, {evaluation} FROM evaluation e JOIN cell ec ON ec.id = e.cell_id"
                  " JOIN representation r ON r.id = e.representation_id JOIN cell rc ON rc.id = r.cell_id"
                  " WHERE e.cell_id IN ({done})",
    "score": "SELECT ec.key, x.name, x.value FROM score x JOIN evaluation e ON e.id = x.evaluation_id"
             " JOIN cell ec ON ec.id = e.cell_id WHERE e.cell_id IN ({done})",
}


def export(conn, done_cells: str, params: dict) -> dict[str, pl.DataFrame]:
    """The tables' rows of the cells the SQL done_cells selects (by id)."""
    out = {}
    for table, sql in _EXPORT.items():
        sql = sql.format(done=done_cells, model=", ".join(f"m.{c}" for c in _MODEL[1:]),
                         representation=", ".join(f"r.{c}" for c in _REPRESENTATION[2:]),
                         evaluation=", ".join(f"e.{c}" for c in _EVALUATION[3:]))
        out[table] = frame(table, conn.execute(text(sql), params).all())
    return out


def provenance_ids(bundle: Bundle, cell_keys=None) -> set:
    """The provenance rows the tables' rows use (of these cells, or of all)."""
    used = set()
    for table in ("model", "representation", "evaluation"):
        rows = bundle.table(table)
        if cell_keys is not None:
            rows = rows.filter(pl.col("cell_key").is_in(list(cell_keys)))
        used.update(rows["provenance_id"].drop_nulls().to_list())
    return used


def upgraded(bundle: Bundle, revisions: list[str]) -> Bundle:
    """A bundle written under an older schema, in this one's terms: what each data migration
    did to a database's rows, done to the bundle's (its tables are frames keyed by cell key)."""
    if bundle.schema_revision in revisions and revisions.index(bundle.schema_revision) < revisions.index("0005"):
        bundle = _one_encode_cell(bundle)
    return bundle


def load(conn, bundle: Bundle, ids: dict, fresh_keys: set, prov_ids: dict, added: dict) -> None:
    """Insert the tables' rows of the fresh cells (ids: cell key -> id, for every cell of the
    bundle; prov_ids: the bundle's provenance id -> the database's)."""

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


def _one_encode_cell(bundle: Bundle) -> Bundle:
    """Revision 0005 (migrations/versions/*_0005_one_encode_cell.py) on a bundle: a model's two
    represent cells become one (the mean one's row kept), evaluate cells name their
    representation and their new parent, and every reference follows the new keys."""
    cells = bundle.table("cell")
    represent = {}  # old represent key -> (representation, new key, new text)
    for key, content in cells.filter(pl.col("kind") == REPRESENT).select("key", "content").iter_rows():
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
        elif row["kind"] == EVALUATE:
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
    tables["evaluation"] = follow(evaluation, "cell_key", "representation_cell_key").select(columns_of("evaluation"))
    tables["score"] = follow(bundle.table("score"), "evaluation_cell_key")
    return Bundle(study=bundle.study, tables=tables, schema_revision="0005")


