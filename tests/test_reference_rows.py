"""The reference layout's rows (its shape's write hook, expdb_runners.layout.write) on both
backends: a train cell's model with its hyperparameters, settings and training curve; one encode
cell read as two representations; an evaluation and its scores; all gone with a reset."""

import time

from conftest import toy_spec

from expdb.cells import Result, TensorRef
from expdb.planner import build_plan
from expdb.provenance import provenance
from expdb.spec import load_spec

MAX = 3


def _prov():
    now = time.time()
    return provenance("cpu", "w", now, now)


def _count(store, table):
    return store.read(f"SELECT count(*) FROM {table}")[0][0]


def test_a_model_its_representations_and_scores_are_typed_rows(store, tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    study = store.save_study("toy", "", plan.spec.text, plan.spec.sha256)
    store.insert_cells(study, plan.cells)
    ids = list(store.cell_ids([c.key for c in plan.cells]).values())
    train = store.claim(ids, "w", 60, MAX)
    weights = TensorRef("cells/xx/k/weights", (3,), "float32", "0" * 64, 12)
    store.complete(train, "w", Result(scores={"loss": 2.5, "kl_loss": 0.5, "elbo": float("nan")},
                                      curve=[(1, "loss", 3.0), (2, "loss", 2.5)], fields={"model_num": 7}),
                   {"weights": weights}, _prov())
    (model,) = store.read("SELECT dataset, method, seed, steps, model_num, loss, kl_loss, elbo FROM model")
    assert tuple(model) == ("a", "m1", 0, 2, 7, 2.5, 0.5, None)
    assert [tuple(r) for r in store.read("SELECT name, value FROM hyperparameter")] == [("beta", 1.0)]
    assert dict(store.read("SELECT name, value_number FROM model_setting")) == {"latent_dim": 3.0, "steps": 2.0}
    assert _count(store, "training_curve") == 2
    children = {c.key: [d.key for d in plan.cells if d.parents == (c.key,)] for c in plan.cells}
    rep = store.claim(list(store.cell_ids(children[train.key]).values()), "w", 60, MAX)
    assert rep.kind == "represent"
    mean = TensorRef("cells/yy/r/mean", (50, 3), "float32", "1" * 64, 600)
    store.complete(rep, "w", Result(fields={"representations": ("mean", "sampled")}), {"mean": mean}, _prov())
    ev = store.claim(list(store.cell_ids(children[rep.key]).values()), "w", 60, MAX)
    assert ev is not None and ev.kind == "evaluate"
    store.complete(ev, "w", Result(scores={"a": 1.0, "b": float("inf")}), {}, _prov())
    # one encode cell, read as two representations: a row each, the same arrays
    rows = {r[1]: r for r in store.read("SELECT id, kind, n_points, n_dims, store_path FROM representation")}
    assert {k: tuple(r[2:]) for k, r in rows.items()} == {"mean": (50, 3, "cells/yy/r"), "sampled": (50, 3, "cells/yy/r")}
    rep_id = rows[ev.content["representation"]][0]
    (e,) = store.read("SELECT metric, profile, eval_seed, representation_id FROM evaluation")
    assert tuple(e) == (ev.content["metric"], "fast", 0, rep_id)
    assert dict(store.read("SELECT name, value FROM score")) == {"a": 1.0, "b": None}
    counts = store.table_counts()
    assert {k: counts[k] for k in ("models", "representations", "evaluations", "scores")} == {
        "models": 1, "representations": 2, "evaluations": 1, "scores": 2}

    # a reset of the model takes every row computed from it, in every table of the layout
    assert sorted(store.reset_cells([train.key]).keys) == sorted([train.key, rep.key, ev.key])
    for table in ("model", "hyperparameter", "model_setting", "training_curve", "representation", "evaluation",
                  "score", "tensor"):
        assert _count(store, table) == 0, table


def test_a_represent_result_without_representations_is_refused(store, tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    store.insert_cells(store.save_study("toy", "", plan.spec.text, plan.spec.sha256), plan.cells)
    ids = list(store.cell_ids([c.key for c in plan.cells]).values())
    train = store.claim(ids, "w", 60, MAX)
    store.complete(train, "w", Result(scores={"loss": 1.0}), {}, _prov())
    below = [c.key for c in plan.cells if c.parents == (train.key,)]
    rep = store.claim(list(store.cell_ids(below).values()), "w", 60, MAX)
    assert rep.kind == "represent"
    import pytest

    from expdb.errors import RunnerError

    with pytest.raises(RunnerError, match="named no representation"):
        store.complete(rep, "w", Result(), {}, _prov())
    assert store.states([rep.key])[rep.key] == ("running", 1) and _count(store, "representation") == 0
