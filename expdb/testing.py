"""The store contract's conformance suite (expdb.store.base.Store), reusable: a backend is
conformant when a test class deriving from StoreContract passes, given a `store` fixture (an
initialised store on that backend) and pytest's tmp_path. expdb's own tests run it on SQLite and
on PostgreSQL (tests/test_store_conformance.py); a new backend runs the same class.

It needs no study package: each test declares a small study shape of its own for its length
(CONTRACT, by expdb.shapes.registered), plans its cells by hand, and reads results through
the contract itself (Store.read), never a backend's engine. Its three kinds exercise what any
shape may use: a root kind written by the shape's own hook (a row and rows that refer to it),
a middle kind that writes only tensors, and a leaf kind that writes flat rows (Result.rows)."""

from __future__ import annotations

import hashlib
import time

import pytest
from sqlalchemy import Column, Float, ForeignKey, Integer, MetaData, String, Table, insert

from .cells import Result, TensorRef
from .errors import RunnerError
from .planner import Plan, children, make_cell
from .provenance import provenance
from .shapes import Kind, Shape, registered
from .store import LeaseLost

MAX = 3
ROOT, MIDDLE, LEAF = "contract-fit", "contract-encode", "contract-score"

METADATA = MetaData()
FIT = Table("contract_fit", METADATA,
            Column("id", Integer, primary_key=True),
            Column("cell_id", Integer, nullable=False, unique=True),
            Column("family", String(20), nullable=False),
            Column("seed", Integer, nullable=False),
            Column("loss", Float),
            Column("provenance_id", Integer))
CURVE = Table("contract_curve", METADATA,  # refers to its cell through contract_fit
              Column("id", Integer, primary_key=True),
              Column("fit_id", Integer, ForeignKey("contract_fit.id"), nullable=False, index=True),
              Column("step", Integer, nullable=False),
              Column("value", Float))
SCORE = Table("contract_score", METADATA,
              Column("id", Integer, primary_key=True),
              Column("cell_id", Integer, nullable=False, index=True),
              Column("name", String(20), nullable=False),
              Column("value", Float))


def _write(conn, stored, result, tensors, provenance_id) -> None:
    """The root kind's rows: a fit and its curve, which refers to it (the leaf kind's rows are
    flat: Result.rows)."""
    if stored.kind != ROOT:
        return
    fit_id = conn.execute(insert(FIT).values(
        cell_id=stored.id, family=stored.content["family"], seed=stored.content["seed"],
        loss=result.scores.get("loss"), provenance_id=provenance_id)).inserted_primary_key[0]
    if result.curve:
        conn.execute(insert(CURVE), [{"fit_id": fit_id, "step": step, "value": value} for step, _, value in result.curve])


CONTRACT = Shape(
    "expdb-contract",
    (Kind(ROOT), Kind(MIDDLE, parent=ROOT, choices="forms", label="form"),
     Kind(LEAF, parent=MIDDLE, choices="gauges", label="gauge")),
    tables=lambda: METADATA, write=_write, counted=(("fits", "contract_fit"), ("scores", "contract_score")),
    description="the store contract's own: fit -> encode -> score",
)
SPEC_TEXT = "# the store contract's study: its cells are planned by hand (contract_plan)\n"
SPEC_SHA = hashlib.sha256(SPEC_TEXT.encode()).hexdigest()


def contract_plan() -> Plan:
    """8 root cells (seeds 0 and 1; families m1 and m2, two sizes each, in that order), one
    middle cell each, and two leaf cells per middle one: 32 cells, parents first."""
    roots = [make_cell(ROOT, "contract", {"kind": ROOT, "runner": "contract", "family": family, "seed": seed,
                                          "size": size, "settings": {}})
             for seed in (0, 1) for family, sizes in (("m1", (1, 2)), ("m2", (10, 20))) for size in sizes]
    middles = list(children(MIDDLE, "contract", [{"form": "plain"}], {}, [c.key for c in roots]))
    leaves = list(children(LEAF, "contract", [{"gauge": g} for g in ("x", "y")], {}, [c.key for c in middles]))
    return Plan(None, roots + middles + leaves)


def count(store, table: str) -> int:
    return store.read(f"SELECT count(*) FROM {table}")[0][0]


def prov(worker="w"):
    now = time.time()
    return provenance("cpu", worker, now, now)


class StoreContract:
    """Every test of the contract; derive from it and supply a `store` fixture."""

    @pytest.fixture
    def planned(self, store):
        with registered(CONTRACT):
            store.upgrade()  # creates the contract shape's tables
            plan = contract_plan()
            study = store.save_study("contract", "", SPEC_TEXT, SPEC_SHA)
            store.insert_cells(study, plan.cells)
            ids = store.cell_ids([c.key for c in plan.cells])
            yield plan, study, [ids[c.key] for c in plan.cells]

    def test_insert_is_idempotent_and_studies_share_cells(self, store, planned, tmp_path):
        plan, study, ids = planned
        assert store.insert_cells(study, plan.cells) == 0
        other = store.save_study("other", "", "x", "y")
        assert store.insert_cells(other, plan.cells) == 0  # same cells, no new rows
        assert count(store, "study_cell") == 2 * len(plan.cells)
        states = store.states([c.key for c in plan.cells])
        assert set(states.values()) == {("pending", 0)}
        assert store.save_study("contract", "", SPEC_TEXT, SPEC_SHA) == study

    def test_claims_respect_dependencies(self, store, planned):
        plan, _, ids = planned
        kinds = {store.cell_ids([c.key])[c.key]: c.kind for c in plan.cells}
        claimed = []
        while True:
            cell = store.claim(ids, "w1", 60, MAX)
            if cell is None:
                break
            claimed.append(cell)
        # only root cells are ready while nothing is done
        assert {kinds[c.id] for c in claimed} == {ROOT}
        assert len(claimed) == plan.count(ROOT)
        status = store.selection_status(ids, MAX)
        assert (status.running, status.blocked, status.claimable) == (plan.count(ROOT), len(ids) - plan.count(ROOT), 0)

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
        assert count(store, "contract_fit") == 0  # the rollback took the fit row with it
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

    def test_an_owner_s_running_cells_are_listed_and_given_back_together(self, store, planned):
        _, _, ids = planned
        first = store.claim(ids, "w1", 60, MAX)
        second = store.claim(ids, "w2", 60, MAX)
        running = store.running_among(ids)
        assert [(r["key"], r["lease_owner"]) for r in running] == [(first.key, "w1"), (second.key, "w2")]
        assert all(r["lease_expires"] > store.server_time() for r in running)
        assert store.lease_owners() == ["w1", "w2"]
        assert store.release_owned("w1") == 1 and store.release_owned("w1") == 0  # once, only its own
        assert store.states([first.key])[first.key] == ("pending", 0)  # the attempt is not counted
        assert store.states([second.key])[second.key] == ("running", 1)
        expired = store.claim([first.id], "w3", 0.01, MAX)
        time.sleep(0.05)
        assert [r["key"] for r in store.running_among(ids)] == [second.key]  # an expired lease is not live
        assert store.lease_owners() == ["w2"]
        assert expired is not None

    def test_complete_writes_typed_rows_in_one_transaction(self, store, planned):
        plan, _, ids = planned
        fit = store.claim(ids, "w", 60, MAX)
        assert (fit.kind, fit.content["family"], fit.content["seed"]) == (ROOT, "m1", 0)
        weights = TensorRef("cells/xx/k/weights", (3,), "float32", "0" * 64, 12)
        store.complete(fit, "w", Result(scores={"loss": 2.5}, curve=[(1, "loss", 3.0), (2, "loss", 2.5)]),
                       {"weights": weights}, prov())
        (row,) = store.read("SELECT family, seed, loss, provenance_id FROM contract_fit")
        assert tuple(row[:3]) == ("m1", 0, 2.5) and row[3] is not None
        assert [tuple(r) for r in store.read("SELECT step, value FROM contract_curve ORDER BY step")] == [(1, 3.0), (2, 2.5)]
        assert count(store, "tensor") == 1
        children_of = {c.key: [d.key for d in plan.cells if d.parents == (c.key,)] for c in plan.cells}
        encode = store.claim(list(store.cell_ids(children_of[fit.key]).values()), "w", 60, MAX)
        assert encode.kind == MIDDLE
        codes = TensorRef("cells/yy/r/codes", (50, 3), "float32", "1" * 64, 600)
        store.complete(encode, "w", Result(), {"codes": codes}, prov())
        lineage = store.lineage(encode)
        assert [c.kind for c in lineage.cells] == [ROOT]
        assert lineage.tensors[fit.key]["weights"] == weights
        score = store.claim(list(store.cell_ids(children_of[encode.key]).values()), "w", 60, MAX)
        assert score is not None and score.kind == LEAF
        # rows of an undeclared table, or an unknown column: the cell is not done and nothing is written
        for rows in ({"no_such_table": [{"x": 1}]}, {"contract_score": [{"name": "a", "colour": 1}]},
                     {"contract_curve": [{"step": 1, "value": 1.0}]}):  # refers to its cell through contract_fit
            with pytest.raises(RunnerError):
                store.complete(score, "w", Result(rows=rows), {"codes": codes}, prov())
            assert store.states([score.key])[score.key] == ("running", 1) and count(store, "tensor") == 2
        store.complete(score, "w", Result(rows={"contract_score": [{"name": "a", "value": 1.0},
                                                                   {"name": "b", "value": float("inf")}]}), {}, prov())
        assert dict(store.read("SELECT name, value FROM contract_score")) == {"a": 1.0, "b": None}
        assert [c.kind for c in store.lineage(score).cells] == [MIDDLE, ROOT]

    def test_reset_and_delete_take_every_table_s_rows(self, store, planned):
        """reset_cells and delete_cells remove a cell's rows from each of its shape's tables,
        rows that refer to its cell through another table included, and its tensors."""
        plan, _, ids = planned
        fits = [store.claim(ids, "w", 60, MAX) for _ in range(2)]
        for i, fit in enumerate(fits):
            store.complete(fit, "w", Result(scores={"loss": float(i)}, curve=[(1, "loss", 1.0)]),
                           {"w": TensorRef(f"cells/{i}/w", (1,), "float32", "0" * 64, 4)}, prov())
        assert (count(store, "contract_fit"), count(store, "contract_curve"), count(store, "tensor")) == (2, 2, 2)
        reset = store.reset_cells([fits[0].key])
        assert (reset.keys, reset.paths) == ([fits[0].key], ["cells/0/w"])
        assert store.states([fits[0].key])[fits[0].key] == ("pending", 0)
        assert (count(store, "contract_fit"), count(store, "contract_curve"), count(store, "tensor")) == (1, 1, 1)
        _, study, _ = planned
        assert store.delete_cells([fits[1].id]).keys == []  # its study still wants it: kept
        store.drop_members(study, [c.key for c in plan.cells])
        deleted = store.delete_cells([fits[1].id])
        assert (deleted.keys, deleted.paths) == ([fits[1].key], ["cells/1/w"])
        assert (count(store, "contract_fit"), count(store, "contract_curve"), count(store, "tensor")) == (0, 0, 0)

    def test_a_database_has_an_id_of_its_own(self, store):
        """database_id: made once, the same at every read and after an upgrade, a tensor store's
        way to tell its database from any other."""
        first = store.database_id()
        assert len(first) == 32 and int(first, 16) >= 0
        store.upgrade()
        assert store.database_id() == first
        assert store.read("SELECT count(*) FROM database_identity") == [(1,)]

    def test_delete_judges_again_what_it_deletes(self, store, planned):
        """A cell listed as unwanted that a study links to again, or that a worker holds, by the
        time it is deleted stays, with its rows; the others go."""
        plan, study, ids = planned
        store.drop_members(study, [c.key for c in plan.cells])
        listed = {c["key"]: c["id"] for c in store.unwanted_cells()}
        assert len(listed) == len(plan.cells)
        roots = [c.key for c in plan.cells if c.kind == ROOT]
        store.insert_cells(study, [c for c in plan.cells if c.key == roots[0]])  # wanted again
        held = store.claim([listed[roots[1]]], "w", 60, MAX)  # a worker took it meanwhile
        deleted = store.delete_cells(list(listed.values()))
        assert set(deleted.keys) == set(listed) - {roots[0], roots[1]}
        assert set(store.cell_states()) == {roots[0], roots[1]} and held.key == roots[1]

    def test_a_results_bundle_refuses_a_table_it_cannot_carry(self, store, planned):
        """contract_curve reaches its cell only through contract_fit, and the contract shape
        declares no bundle format for it: a dump of the study says so rather than leave it out."""
        from .bundle import BundleError

        _, _, ids = planned
        fit = store.claim(ids, "w", 60, MAX)
        store.complete(fit, "w", Result(scores={"loss": 1.0}, curve=[(1, "loss", 1.0)]), {}, prov())
        with pytest.raises(BundleError, match="contract_curve"):
            store.export_study("contract")

    def test_summary_and_counts(self, store, planned):
        plan, _, ids = planned
        rows = store.summary()
        assert {(r["kind"], r["state"], r["n"]) for r in rows} == {
            (ROOT, "pending", plan.count(ROOT)), (MIDDLE, "pending", plan.count(MIDDLE)),
            (LEAF, "pending", plan.count(LEAF))}
        counts = store.table_counts()  # the shapes' counted tables: the contract's and any installed
        assert (counts["fits"], counts["scores"]) == (0, 0)

    def test_gangs_are_claimed_together_and_renewed_in_one_statement(self, store, planned):
        """claim_gang takes a ready cell and, in the same transaction, more ready cells of its runner
        with the same gang key, up to the runner's size; renew_many renews exactly the leases held."""
        plan, _, ids = planned
        by_id = {store.cell_ids([c.key])[c.key]: c for c in plan.cells}

        def key_of(runner, content):  # the contract study's two families make two gangs of root cells
            return content["family"]

        gang = store.claim_gang(ids, "w1", 60, MAX, lambda runner: 3, key_of)
        assert len(gang) == 3 and {c.kind for c in gang} == {ROOT} and len({c.content["family"] for c in gang}) == 1
        assert all(c.attempts == 1 for c in gang)
        # plan order is (seed, family): m1 m1 m2 m2 m1 m1 m2 m2; the first ready cell decides the key
        other = store.claim_gang(ids, "w2", 60, MAX, lambda runner: 3, key_of)
        assert len(other) == 3 and {c.content["family"] for c in other} == {"m2"} != {gang[0].content["family"]}
        last = [store.claim_gang(ids, "w2", 60, MAX, lambda runner: 8, key_of) for _ in range(2)]
        assert [len(g) for g in last] == [1, 1] and {g[0].content["family"] for g in last} == {"m1", "m2"}
        assert store.claim_gang(ids, "w3", 60, MAX, lambda runner: 8, key_of) == []  # the rest wait on these
        assert sum(1 for i in ids if by_id[i].kind == ROOT) == 8
        held = {c.id for c in gang}
        assert store.renew_many(sorted(held | {other[0].id}), "w1", 60) == held  # not w2's cell

