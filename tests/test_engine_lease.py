"""A worker whose lease is taken over stops, and neither fails nor completes the cell."""

import threading
import time

from sqlalchemy import select, update

from expdb.cells import Result
from expdb.engine import FillOptions, Worker, WorkerReport
from expdb.planner import build_plan
from expdb.runner import Runner, RunnerInfo
from expdb.schema import Cell
from expdb.spec import parse_spec
from expdb.tensors import TensorStore


class WaitForStop(Runner):
    info = RunnerInfo(kind="train", settings={})

    def compute(self, cell, ctx):
        deadline = time.time() + 10
        while time.time() < deadline:
            if ctx.should_stop():
                raise RuntimeError("stopped: the lease is gone")
            time.sleep(0.02)
        return Result(scores={"loss": 1.0})


SPEC = """
[study]
name = "lease"
[train]
runner = "test_engine_lease:WaitForStop"
[grid.root]
fixed = { dataset = "d", method = "m", seed = 0 }
"""


def test_lost_lease_is_neither_failed_nor_completed(store, zarr_path):
    plan = build_plan(parse_spec(SPEC, "lease.toml"))
    study = store.save_study("lease", "", plan.spec.text, plan.spec.sha256)
    store.insert_cells(study, plan.cells)
    ids = list(store.cell_ids([plan.cells[0].key]).values())
    cell = Cell.__table__

    def thief():
        time.sleep(0.3)  # as if our lease had expired and another worker reclaimed the cell
        with store.engine.begin() as conn:
            conn.execute(update(cell).values(lease_owner="thief", lease_expires=time.time() + 60))

    threading.Thread(target=thief).start()
    worker = Worker(store, TensorStore(zarr_path), FillOptions(lease_s=0.3, poll_s=0.1, max_attempts=1))
    start = time.time()
    stored = store.claim(ids, worker.owner, 0.3, 1)
    report = WorkerReport()
    assert worker.compute(stored, report) == "lost"
    assert time.time() - start < 5  # it stopped early, at the next heartbeat
    assert (report.lost, report.failed, report.computed) == (1, 0, 0)
    with store.read_engine.connect() as conn:
        row = conn.execute(select(cell.c.state, cell.c.lease_owner, cell.c.last_error)).one()
    assert tuple(row) == ("running", "thief", None)


def test_a_claim_loop_frozen_inside_a_transaction_does_not_keep_its_cell_locked(pg_url):
    """A claim loop's session (PostgreSQL) may sit idle inside a transaction only so long: a
    worker frozen mid-transaction (SIGSTOP, a stopped machine) would otherwise hold its row lock,
    and every claim, passing over locked rows, would skip its cell for as long as it stays frozen."""
    from sqlalchemy.exc import DBAPIError

    from expdb.store import open_store

    store = open_store(pg_url, create=True, check=False)
    store.initialise()
    frozen = open_store(pg_url, idle_transaction_s=1)
    try:
        plan = build_plan(parse_spec(SPEC, "lease.toml"))
        store.insert_cells(store.save_study("lease", "", plan.spec.text, plan.spec.sha256), plan.cells)
        ids = list(store.cell_ids([plan.cells[0].key]).values())
        cell = Cell.__table__
        conn = frozen.engine.connect()
        conn.begin()
        conn.execute(update(cell).where(cell.c.id == ids[0]).values(attempts=cell.c.attempts))  # locks the row
        assert store.claim(ids, "other", 30, 3) is None  # the locked cell is passed over
        deadline = time.time() + 10
        claimed = None
        while claimed is None and time.time() < deadline:
            time.sleep(0.5)
            claimed = store.claim(ids, "other", 30, 3)
        assert claimed is not None and claimed.id == ids[0]  # the server ended the frozen session
        try:
            conn.execute(select(cell.c.id))
            raise AssertionError("the frozen session outlived its idle-transaction limit")
        except DBAPIError:
            pass
        conn.invalidate()
    finally:
        frozen.dispose()
        store.dispose()


def test_a_claim_loop_waits_instead_of_spinning_on_a_locked_cell(pg_url, zarr_path, tmp_path, monkeypatch):
    """While the one claimable cell is locked by another session, the loop's claims keep missing
    it: after a few immediate retries it waits poll_s between tries, then takes the cell once the
    lock goes."""
    from conftest import toy_spec
    from expdb.spec import load_spec
    from expdb.store import open_store

    store = open_store(pg_url, create=True, check=False)
    store.initialise()
    holder = open_store(pg_url)
    try:
        plan = build_plan(load_spec(toy_spec(tmp_path)))
        train = [c for c in plan.cells if c.kind == "train"][:1]
        store.insert_cells(store.save_study("toy", "", plan.spec.text, plan.spec.sha256), train)
        ids = list(store.cell_ids([train[0].key]).values())
        reads = []
        status_of = store.selection_status
        monkeypatch.setattr(store, "selection_status", lambda *a: reads.append(time.time()) or status_of(*a))
        cell = Cell.__table__
        conn = holder.engine.connect()
        conn.begin()
        conn.execute(update(cell).where(cell.c.id == ids[0]).values(attempts=cell.c.attempts))  # locks the row

        released = []

        def release():
            time.sleep(1.5)
            conn.rollback()
            released.append(time.time())
            conn.close()

        threading.Thread(target=release).start()
        worker = Worker(store, TensorStore(zarr_path), FillOptions(lease_s=30, poll_s=0.2))
        started = time.time()
        report = worker.run(ids)
        assert report.computed == 1
        locked_s = released[0] - started
        # a few retries at once, then one per poll_s while the row stays locked (spinning: hundreds)
        assert 4 <= len(reads) <= 4 + locked_s / 0.2 + 2
    finally:
        holder.dispose()
        store.dispose()
