"""The store contract's conformance suite (expdb.store.base.Store), reusable: a backend is
conformant when a test class deriving from StoreContract passes, given a `store` fixture (an
initialised store on that backend) and pytest's tmp_path. expdb's own tests run it on SQLite and
on PostgreSQL (tests/test_store_conformance.py); a new backend runs the same class.

It uses the toy runners (expdb.toy) and no other package, and reads results through the contract
itself (Store.read), never a backend's engine."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from .cells import Result, TensorRef
from .planner import build_plan
from .provenance import provenance
from .spec import load_spec
from .store import LeaseLost

MAX = 3
TOY_SPEC = """
[study]
name = "toy"

[train]
runner = "toy-train"
steps = 2

[grid.root]
product = ["dataset", "seed", "methods"]

[grid.dataset]
axis = "dataset"
values = ["a"]

[grid.seed]
axis = "seed"
range = [0, 2]

[grid.methods]
chain = ["m1", "m2"]

[grid.m1]
fixed = { method = "m1" }
zip = { beta = [1, 2] }

[grid.m2]
fixed = { method = "m2" }
zip = { gamma = [10, 20] }

[represent]
runner = "toy-represent"

[evaluate]
runner = "toy-evaluate"
metrics = ["x", "y"]
"""


def toy_spec(folder: Path) -> Path:
    """The toy study every contract test plans: 8 models, 16 representations, 32 evaluations."""
    path = Path(folder) / "toy.toml"
    path.write_text(textwrap.dedent(TOY_SPEC))
    return path


def count(store, table: str) -> int:
    return store.read(f"SELECT count(*) FROM {table}")[0][0]


def prov(worker="w"):
    now = time.time()
    return provenance("cpu", worker, now, now)


class StoreContract:
    """Every test of the contract; derive from it and supply a `store` fixture."""

    @pytest.fixture
    def planned(self, store, tmp_path):
        plan = build_plan(load_spec(toy_spec(tmp_path)))
        study = store.save_study("toy", "", plan.spec.text, plan.spec.sha256)
        store.insert_cells(study, plan.cells)
        ids = store.cell_ids([c.key for c in plan.cells])
        return plan, study, [ids[c.key] for c in plan.cells]

    def test_insert_is_idempotent_and_studies_share_cells(self, store, planned, tmp_path):
        plan, study, ids = planned
        assert store.insert_cells(study, plan.cells) == 0
        other = store.save_study("other", "", "x", "y")
        assert store.insert_cells(other, plan.cells) == 0  # same cells, no new rows
        assert count(store, "study_cell") == 2 * len(plan.cells)
        states = store.states([c.key for c in plan.cells])
        assert set(states.values()) == {("pending", 0)}
        assert store.save_study("toy", "", plan.spec.text, plan.spec.sha256) == study

    def test_claims_respect_dependencies(self, store, planned):
        plan, _, ids = planned
        kinds = {store.cell_ids([c.key])[c.key]: c.kind for c in plan.cells}
        claimed = []
        while True:
            cell = store.claim(ids, "w1", 60, MAX)
            if cell is None:
                break
            claimed.append(cell)
        # only train cells are ready while nothing is done
        assert {kinds[c.id] for c in claimed} == {"train"}
        assert len(claimed) == plan.count("train")
        status = store.selection_status(ids, MAX)
        assert (status.running, status.blocked, status.claimable) == (plan.count("train"), len(ids) - plan.count("train"), 0)

    def test_a_cell_is_claimed_by_one_owner(self, store, planned):
        _, _, ids = planned
        first = store.claim(ids[:1], "w1", 60, MAX)
        assert first is not None and first.attempts == 1
        assert store.claim(ids[:1], "w2", 60, MAX) is None
        assert store.renew(first.id, "w1", 60)
        assert not store.renew(first.id, "w2", 60)

    def test_expired_lease_is_reclaimed_and_the_old_owner_cannot_complete(self, store, planned):
        _, _, ids = planned
        first = store.claim(ids[:1], "w1", 0.2, MAX)
        time.sleep(0.4)
        second = store.claim(ids[:1], "w2", 60, MAX)
        assert second is not None and second.id == first.id and second.attempts == 2
        with pytest.raises(LeaseLost):
            store.complete(first, "w1", Result(scores={"loss": 1.0}), {}, prov("w1"))
        assert count(store, "model") == 0  # the rollback took the model row with it
        store.complete(second, "w2", Result(scores={"loss": 1.0}), {}, prov("w2"))
        assert store.states([second.key])[second.key] == ("done", 2)

    def test_exhausted_attempts_retire_a_cell(self, store, planned):
        _, _, ids = planned
        for attempt in range(MAX):
            assert store.claim(ids[:1], f"w{attempt}", 0.05, MAX) is not None
            time.sleep(0.1)
        assert store.claim(ids[:1], "late", 60, MAX) is None
        (failure,) = store.failures()
        assert failure["attempts"] == MAX and "lease expired" in failure["last_error"]

    def test_fail_reset_and_release(self, store, planned):
        _, _, ids = planned
        cell = store.claim(ids[:1], "w1", 60, MAX)
        store.fail(cell, "w1", "ValueError: bad", "Traceback ...")
        assert store.states([cell.key])[cell.key] == ("failed", 1)
        assert store.claim(ids[:1], "w1", 60, MAX) is None  # failed cells wait for --retry-failed
        assert store.reset_failed(ids, MAX) == 1
        again = store.claim(ids[:1], "w1", 60, MAX)
        assert again.attempts == 2
        store.release(again, "w1")
        assert store.states([cell.key])[cell.key] == ("pending", 1)
        assert store.reset_failed(ids, max_attempts=1) == 0

    def test_complete_writes_typed_rows_in_one_transaction(self, store, planned):
        plan, _, ids = planned
        train = store.claim(ids, "w", 60, MAX)
        weights = TensorRef("cells/xx/k/weights", (3,), "float32", "0" * 64, 12)
        store.complete(train, "w", Result(scores={"loss": 2.5, "kl_loss": 0.5, "elbo": float("nan")},
                                          curve=[(1, "loss", 3.0), (2, "loss", 2.5)], model_num=7),
                       {"weights": weights}, prov())
        (model,) = store.read("SELECT dataset, method, seed, steps, model_num, loss, kl_loss, elbo FROM model")
        assert tuple(model) == ("a", "m1", 0, 2, 7, 2.5, 0.5, None)
        assert [tuple(r) for r in store.read("SELECT name, value FROM hyperparameter")] == [("beta", 1.0)]
        settings = dict(store.read("SELECT name, value_number FROM model_setting"))
        assert settings == {"latent_dim": 3.0, "steps": 2.0}
        assert count(store, "training_curve") == 2 and count(store, "tensor") == 1
        children = {c.key: [d.key for d in plan.cells if d.parents == (c.key,)] for c in plan.cells}
        rep_ids = list(store.cell_ids(children[train.key]).values())
        rep = store.claim(rep_ids, "w", 60, MAX)
        assert rep.kind == "represent"
        mean = TensorRef("cells/yy/r/mean", (50, 3), "float32", "1" * 64, 600)
        store.complete(rep, "w", Result(representations=("mean", "sampled")), {"mean": mean}, prov())
        lineage = store.lineage(rep)
        assert [c.kind for c in lineage.cells] == ["train"]
        assert lineage.tensors[train.key]["weights"] == weights
        ev = store.claim(list(store.cell_ids(children[rep.key]).values()), "w", 60, MAX)
        assert ev is not None and ev.kind == "evaluate"
        store.complete(ev, "w", Result(scores={"a": 1.0, "b": float("inf")}), {}, prov())
        # one encode cell, read as two representations: a row each, the same arrays
        rows = {r[1]: r for r in store.read("SELECT id, kind, n_points, n_dims, store_path FROM representation")}
        assert {k: tuple(r[2:]) for k, r in rows.items()} == {"mean": (50, 3, "cells/yy/r"), "sampled": (50, 3, "cells/yy/r")}
        rep_id = rows[ev.content["representation"]][0]
        (e,) = store.read("SELECT metric, profile, eval_seed, representation_id FROM evaluation")
        assert tuple(e) == (ev.content["metric"], "fast", 0, rep_id)
        assert dict(store.read("SELECT name, value FROM score")) == {"a": 1.0, "b": None}
        assert [c.kind for c in store.lineage(ev).cells] == ["represent", "train"]

    def test_summary_and_counts(self, store, planned):
        plan, _, ids = planned
        rows = store.summary()
        assert {(r["kind"], r["state"], r["n"]) for r in rows} == {
            ("train", "pending", plan.count("train")), ("represent", "pending", plan.count("represent")),
            ("evaluate", "pending", plan.count("evaluate"))}
        assert store.table_counts() == {"models": 0, "representations": 0, "evaluations": 0, "scores": 0}

    def test_gangs_are_claimed_together_and_renewed_in_one_statement(self, store, planned):
        """claim_gang takes a ready cell and, in the same transaction, more ready cells of its runner
        with the same gang key, up to the runner's size; renew_many renews exactly the leases held."""
        plan, _, ids = planned
        by_id = {store.cell_ids([c.key])[c.key]: c for c in plan.cells}

        def key_of(runner, content):  # the toy study's two methods make two gangs of train cells
            return content["method"]

        gang = store.claim_gang(ids, "w1", 60, MAX, lambda runner: 3, key_of)
        assert len(gang) == 3 and {c.kind for c in gang} == {"train"} and len({c.content["method"] for c in gang}) == 1
        assert all(c.attempts == 1 for c in gang)
        # plan order is (seed, method): m1 m1 m2 m2 m1 m1 m2 m2; the first ready cell decides the key
        other = store.claim_gang(ids, "w2", 60, MAX, lambda runner: 3, key_of)
        assert len(other) == 3 and {c.content["method"] for c in other} == {"m2"} != {gang[0].content["method"]}
        last = [store.claim_gang(ids, "w2", 60, MAX, lambda runner: 8, key_of) for _ in range(2)]
        assert [len(g) for g in last] == [1, 1] and {g[0].content["method"] for g in last} == {"m1", "m2"}
        assert store.claim_gang(ids, "w3", 60, MAX, lambda runner: 8, key_of) == []  # the rest wait on these
        assert sum(1 for i in ids if by_id[i].kind == "train") == 8
        held = {c.id for c in gang}
        assert store.renew_many(sorted(held | {other[0].id}), "w1", 60) == held  # not w2's cell

