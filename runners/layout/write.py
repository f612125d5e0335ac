"""The reference layout's rows for a completed cell, written in the transaction that marks it
done (expdb.shapes, Shape.write): a train cell's model with its hyperparameters, settings and
training curve; a represent cell's representations; an evaluate cell's evaluation and scores.

What its runners hand over: a train result's scores fill the model's loss columns by name, its
curve the training curve, and its field "model_num" the reference library's model number; a
represent result's field "representations" names the ways its arrays are read (mean, sampled);
an evaluate result's scores are the metric's named values."""

from __future__ import annotations

import hashlib
import json
import math

from sqlalchemy import insert, select

from expdb.plugin import CellDependency, number, RunnerError

from . import EVALUATE, REPRESENT, TRAIN
from .tables import Evaluation, Hyperparameter, Model, ModelSetting, Representation, Score, TrainingCurve

# The model table's own columns beside its identity: each is filled from the train cell's setting
# of that name or the result's score of that name (steps, learning rate...; the final losses).
# The table is the one place they are named.
_MODEL_IDENTITY = {"id", "cell_id", "source", "external_id", "dataset", "method", "seed", "model_num", "runner",
                   "provenance_id"}
MODEL_COLUMNS = [c for c in Model.__table__.columns if c.name not in _MODEL_IDENTITY]


_WRITERS = {}  # kind -> its writer, filled below


def write(conn, stored, result, tensors, provenance_id) -> None:
    _WRITERS[stored.kind](conn, stored, result, tensors, provenance_id)


def _parent_id(conn, stored) -> int:
    dep = CellDependency.__table__
    return conn.execute(select(dep.c.parent_id).where(dep.c.child_id == stored.id)).scalar_one()


def _write_model(conn, stored, result, tensors, prov_id):
    content = stored.content
    settings = content.get("settings", {})
    values = dict(
        cell_id=stored.id, source="expdb", dataset=content["dataset"], method=content["method"],
        seed=content["seed"], runner=stored.runner, model_num=result.fields.get("model_num"), provenance_id=prov_id,
    )
    for column in MODEL_COLUMNS:
        if column.name in settings:
            values[column.name] = getattr(column.type, "impl_instance", column.type).python_type(settings[column.name])
        elif column.name in result.scores:
            values[column.name] = number(result.scores[column.name])
    model_id = conn.execute(insert(Model.__table__).values(**values)).inserted_primary_key[0]
    write_model_details(conn, model_id, content.get("hyperparameters", {}), settings, result.curve)


def _write_representations(conn, stored, result, tensors, prov_id):
    """A row per representation the encode cell's arrays are read as (the result's field
    "representations": mean, sampled)."""
    kinds = result.fields.get("representations")
    if not kinds:
        raise RunnerError(f"represent runner {stored.runner!r} named no representation of its arrays "
                          "(Result.fields['representations'])")
    parent = _parent_id(conn, stored)
    model_id = conn.execute(select(Model.__table__.c.id).where(Model.__table__.c.cell_id == parent)).scalar_one()
    main = tensors.get("mean") or next(iter(tensors.values()), None)
    values = dict(
        cell_id=stored.id, model_id=model_id,
        store_path=main.path.rsplit("/", 1)[0] if main else None,
        n_points=main.shape[0] if main else None,
        n_dims=main.shape[1] if main and len(main.shape) > 1 else None,
        dtype=main.dtype if main else None,
        checksum=combined_checksum(tensors) if tensors else None,
        provenance_id=prov_id,
    )
    conn.execute(insert(Representation.__table__), [dict(values, kind=kind) for kind in kinds])


def _write_evaluation(conn, stored, result, tensors, prov_id):
    parent = _parent_id(conn, stored)
    rep = Representation.__table__
    kind = stored.content["representation"]
    rep_id = conn.execute(select(rep.c.id).where(rep.c.cell_id == parent, rep.c.kind == kind)).scalar_one_or_none()
    if rep_id is None:
        raise RunnerError(f"its represent cell has no {kind!r} representation")
    settings = stored.content.get("settings", {})
    eval_id = conn.execute(insert(Evaluation.__table__).values(
        cell_id=stored.id, representation_id=rep_id, metric=stored.content["metric"],
        profile=settings.get("profile"), eval_seed=settings.get("seed"), provenance_id=prov_id,
    )).inserted_primary_key[0]
    if result.scores:
        conn.execute(insert(Score.__table__), [
            {"evaluation_id": eval_id, "name": name, "value": number(value)}
            for name, value in sorted(result.scores.items())
        ])


_WRITERS.update({TRAIN: _write_model, REPRESENT: _write_representations, EVALUATE: _write_evaluation})


def write_model_details(conn, model_id, hyperparameters, settings, curve):
    """The typed rows that belong to one model: hyperparameters, settings, training curve."""
    if hyperparameters:
        conn.execute(insert(Hyperparameter.__table__), [
            {"model_id": model_id, "name": k, "value": float(v)} for k, v in sorted(hyperparameters.items())
        ])
    rows = []
    for k, v in sorted(settings.items()):
        if isinstance(v, (bool, int, float)):
            rows.append({"model_id": model_id, "name": k, "value_number": float(v), "value_text": None})
        else:
            rows.append({"model_id": model_id, "name": k, "value_number": None,
                         "value_text": v if isinstance(v, str) else json.dumps(v)})
    if rows:
        conn.execute(insert(ModelSetting.__table__), rows)
    if curve:
        conn.execute(insert(TrainingCurve.__table__), [
            {"model_id": model_id, "step": int(step), "name": name, "value": float(value)}
            for step, name, value in curve if math.isfinite(value)
        ])


def combined_checksum(tensors) -> str:
    digest = hashlib.sha256()
    for name in sorted(tensors):
        digest.update(f"{name}:{tensors[name].checksum};".encode())
    return digest.hexdigest()
