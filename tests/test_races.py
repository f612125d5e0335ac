"""Races, pauses and dead workers: what the engine and the store guarantee when workers start
together, are killed between two writes, sleep past their lease, run on skewed clocks, or die."""

import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import numpy as np
import pytest
from sqlalchemy import func, insert, select, text

from conftest import run_cli, toy_counts, toy_spec, trace_lines
from expdb.engine import FillOptions, Worker, WorkerReport
from expdb.maintenance import check
from expdb.planner import build_plan
from expdb.schema import Cell, CellDependency, Study, StudyCell
from expdb.spec import load_spec
from expdb.store import open_store
from expdb.errors import StoreError
from expdb.tensors import TensorStore


def _fill(db_url, zarr, spec, *args, env=None):
    return subprocess.Popen([sys.executable, "-m", "expdb.cli", "--db", db_url, "--tensors", str(zarr), "fill", str(spec),
                             *args], env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _states(store):
    with store.read_engine.connect() as conn:
        return dict(conn.execute(select(Cell.__table__.c.state, func.count()).group_by(Cell.__table__.c.state)).all())


@pytest.mark.slow
def test_commands_starting_together_on_a_fresh_database(db_url, tmp_path):
    """Four fills (and four inits) at once on a database nobody has used: none dies on a
    duplicate study or cell, and every cell is computed once."""
    zarr = tmp_path / "z.zarr"
    inits = [subprocess.Popen([sys.executable, "-m", "expdb.cli", "--db", db_url, "--tensors", str(zarr), "init"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for p in inits:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    spec = toy_spec(tmp_path)
    trace = tmp_path / "trace"
    procs = [_fill(db_url, zarr, spec, "--quiet", env={"EXPDB_TOY_TRACE": str(trace)}) for _ in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    total = sum(toy_counts().values())
    keys = [line.split()[1] for line in trace_lines(trace)]
    assert sorted(keys) == sorted(set(keys)) and len(keys) == total
    store = open_store(db_url)
    try:
        assert _states(store) == {"done": total}
        with store.read_engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Study.__table__)).scalar_one() == 1
    finally:
        store.dispose()


def test_commands_opening_a_fresh_tensor_store_together_all_open_it(tmp_path):
    """Several commands creating the same new Zarr store at once (zarr looks, then writes the
    root group): each opens the store, none fails on the group another just made."""
    for round_ in range(10):
        path = tmp_path / f"z{round_}.zarr"
        barrier, errors, opened = threading.Barrier(8), [], []

        def open_it():
            barrier.wait()
            try:
                opened.append(TensorStore(str(path)))
            except Exception as exc:
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and len(opened) == 8
        ref = opened[0].write("ab" * 16, "x", np.arange(3.0))
        np.testing.assert_array_equal(opened[-1].read(ref), np.arange(3.0))


def test_a_store_whose_root_metadata_is_being_written_is_opened_not_refused(tmp_path):
    """The moment that failed the test above in CI: another command has written zarr.json under
    Zarr's temporary name and not yet renamed it, so the folder holds only zarr.json.partial.
    That is a store being created, not a foreign folder."""
    path = tmp_path / "s.zarr"
    path.mkdir()
    (path / "zarr.json.partial").write_text("{")
    store = TensorStore(str(path))
    ref = store.write("ab" * 16, "x", np.arange(3.0))
    np.testing.assert_array_equal(store.read(ref), np.arange(3.0))
    (path / "notes.txt").write_text("mine")
    (path / "zarr.json").unlink()
    with pytest.raises(StoreError, match="not a Zarr 3 store"):
        TensorStore(str(path))


def test_a_study_created_by_another_transaction_meanwhile_is_reused(store):
    """The exact interleaving that made two fills race on PostgreSQL: another command inserts the
    study while ours looks for it. Ours waits for that transaction and takes its row."""
    other = store.engine.connect()
    tx = other.begin()
    other.execute(insert(Study.__table__).values(name="race", description="", spec_text="x", spec_sha256="y",
                                                 created_at=0.0, updated_at=0.0))
    result = {}

    def ours():
        try:
            result["id"] = store.save_study("race", "", "x", "y")
        except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
            result["error"] = exc

    thread = threading.Thread(target=ours)
    thread.start()
    time.sleep(0.5)  # ours is now waiting on the other transaction (or on SQLite's write lock)
    tx.commit()
    other.close()
    thread.join(30)
    assert "error" not in result, result.get("error")
    with store.read_engine.connect() as conn:
        rows = conn.execute(select(Study.__table__.c.id).where(Study.__table__.c.name == "race")).scalars().all()
    assert rows == [result["id"]]


def test_cells_edges_and_links_are_written_together(store, tmp_path):
    """If anything fails between the cells and their edges, neither is written (a kill there
    used to leave children that could never find their parents)."""
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    study = store.save_study("toy", "", plan.spec.text, plan.spec.sha256)
    without_a_parent = [c for c in plan.cells if c is not plan.cells[0]]  # a child's parent is missing
    with pytest.raises(KeyError):
        store.insert_cells(study, without_a_parent)
    with store.read_engine.connect() as conn:
        for table in (Cell, CellDependency, StudyCell):
            assert conn.execute(select(func.count()).select_from(table.__table__)).scalar_one() == 0
    assert store.insert_cells(study, plan.cells) == len(plan.cells)
    with store.read_engine.connect() as conn:
        edges = conn.execute(select(func.count()).select_from(CellDependency.__table__)).scalar_one()
    assert edges == sum(len(c.parents) for c in plan.cells)


def _a_lease_that_ran_out(store, zarr_path, tmp_path, lease_s):
    """Worker A (heartbeat every lease_s / 3) holds the toy study's first train cell by a lease
    that has run out, and B then computed and committed the cell: (A, A's stale claim, tensors)."""
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    study = store.save_study("toy", "", plan.spec.text, plan.spec.sha256)
    store.insert_cells(study, plan.cells)
    train_id = store.cell_ids([plan.cells[0].key])[plan.cells[0].key]
    tensors = TensorStore(zarr_path)
    a = Worker(store, tensors, FillOptions(lease_s=lease_s, poll_s=0.05))
    stale = store.claim([train_id], a.owner, 0.3, 3)  # A's lease, as written before it froze
    time.sleep(0.6)
    assert Worker(store, tensors, FillOptions(lease_s=60, poll_s=0.05)).run([train_id]).computed == 1
    return a, stale, tensors


def test_a_worker_that_wakes_after_its_lease_never_touches_the_finished_cell(store, db_url, zarr_path, tmp_path,
                                                                              monkeypatch):
    """Worker A claims a cell and stops (SIGSTOP, a frozen VM: its heartbeat stops too); its lease
    expires; B computes and commits the cell; A wakes, finishes and writes. A's arrays go under its
    own attempt's folder and are removed when its commit is refused: B's stay intact. The runner's
    output differs per computation (EXPDB_TOY_JITTER), as GPU training does."""
    monkeypatch.setenv("EXPDB_TOY_JITTER", "1")
    a, stale, tensors = _a_lease_that_ran_out(store, zarr_path, tmp_path, lease_s=60)
    (ref,) = [r for key, _, r in store.tensor_rows() if key == stale.key]
    committed = tensors.read(ref)
    report = WorkerReport()
    assert a.compute(stale, report) == "lost"  # A wakes: computes, writes, and is refused at commit
    np.testing.assert_array_equal(tensors.read(ref), committed)
    assert [p for p in tensors.arrays() if stale.key in p] == [ref.path]  # A's attempt is gone
    assert check(store, tensors).findings == []


class _WritesThenNoticesLoss:
    """A runner frozen in the middle of writing a checkpoint: the write lands (after another
    worker has completed the cell), then the runner sees its lease is lost and stops."""
    gang = None

    def compute(self, cell, ctx):
        ctx.tensors.save_checkpoint(cell.key, 1, b"late", ctx.attempt)
        deadline = time.time() + 30
        while not ctx.should_stop() and time.time() < deadline:
            time.sleep(0.02)
        raise RuntimeError("stopped")


def test_a_checkpoint_written_after_another_worker_finished_the_cell_is_removed(store, zarr_path, tmp_path,
                                                                                monkeypatch):
    a, stale, tensors = _a_lease_that_ran_out(store, zarr_path, tmp_path, lease_s=0.3)
    monkeypatch.setattr("expdb.engine.load_runner", lambda name: _WritesThenNoticesLoss())
    assert a.compute(stale, WorkerReport()) == "lost"
    assert [p for p in tensors.arrays() if p.startswith(f"checkpoints/{stale.key}")] == []
    assert check(store, tensors).findings == []


@pytest.mark.slow
def test_a_checkpoint_left_under_a_done_cell_by_a_killed_worker_goes_at_the_next_fill(db_url, tmp_path):
    """A worker stalled past its lease writes a checkpoint after another finished the cell and is
    killed before it notices: `check` reports the orphan, and the next fill removes it."""
    zarr = tmp_path / "z.zarr"
    spec = toy_spec(tmp_path)
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    assert run_cli("--db", db_url, "--tensors", zarr, "fill", spec, "--quiet").returncode == 0
    store = open_store(db_url)
    try:
        done_key = next(k for k, (state, _) in store.states([c.key for c in build_plan(load_spec(spec)).cells]).items()
                        if state == "done")
        tensors = TensorStore(str(zarr))
        tensors.save_checkpoint(done_key, 1, b"late", "a7-killed")
        assert [f.what for f in check(store, tensors).findings] == ["orphan"]
        again = run_cli("--db", db_url, "--tensors", zarr, "fill", spec, "--quiet")
        assert again.returncode == 0, again.stderr
        assert check(store, TensorStore(str(zarr))).findings == []
    finally:
        store.dispose()


@pytest.mark.slow
def test_a_paused_fill_process_loses_its_cell_and_leaves_nothing(db_url, tmp_path):
    """The same, end to end: a fill SIGSTOPped mid-cell, another fill finishes the study, the first
    is continued and ends; the study is done, every tensor reads back, no orphan is left."""
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path, steps=4)
    trace = tmp_path / "trace"
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.3", "EXPDB_TOY_JITTER": "1"}
    paused = _fill(db_url, zarr, spec, "--lease", "1", "--quiet", env=env)
    deadline = time.time() + 60
    while not trace_lines(trace) and time.time() < deadline:
        time.sleep(0.02)
    os.killpg(paused.pid, signal.SIGSTOP)
    time.sleep(1.5)  # its lease runs out
    finisher = run_cli("--db", db_url, "--tensors", zarr, "fill", spec, "--lease", "1", "--quiet",
                       env={**env, "EXPDB_TOY_SLEEP": "0"})
    assert finisher.returncode == 0, finisher.stderr
    os.killpg(paused.pid, signal.SIGCONT)
    paused.communicate(timeout=120)
    store = open_store(db_url)
    try:
        assert _states(store) == {"done": sum(toy_counts().values())}
        report = check(store, TensorStore(str(zarr), create=False))
        # weights per model, mean, logvar and factors per representation; all read back intact
        assert report.findings == [] and report.tensors_read == toy_counts()["train"] + 3 * toy_counts()["represent"]
    finally:
        store.dispose()
    assert run_cli("--db", db_url, "--tensors", zarr, "check").returncode == 0


@contextmanager
def _clock_ahead(seconds):
    """This process's clock, skewed: as a worker on a machine whose clock runs ahead."""
    real = time.time
    time.time = lambda: real() + seconds
    try:
        yield
    finally:
        time.time = real


def test_leases_are_judged_by_the_database_clock(store, tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    study = store.save_study("toy", "", plan.spec.text, plan.spec.sha256)
    store.insert_cells(study, plan.cells)
    train_id = store.cell_ids([plan.cells[0].key])[plan.cells[0].key]
    assert store.claim([train_id], "honest", 60, 3) is not None
    with _clock_ahead(3600):  # an hour ahead: by its own clock the lease ran out long ago
        assert store.claim([train_id], "skewed", 60, 3) is None
        assert store.selection_status([train_id], 3).running == 1
    now = store.server_time()
    with store.read_engine.connect() as conn:
        expires = conn.execute(select(Cell.__table__.c.lease_expires).where(Cell.__table__.c.id == train_id)).scalar_one()
    assert 50 < expires - now <= 60


@pytest.mark.parametrize("lease", ["nan", "inf", "-1", "0"])
def test_a_lease_that_never_ends_is_refused(tmp_path, lease):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("--db", db, "--tensors", tmp_path / "z.zarr", "init").returncode == 0
    result = run_cli("--db", db, "--tensors", tmp_path / "z.zarr", "fill", toy_spec(tmp_path), "--lease", lease)
    assert result.returncode == 2 and "--lease" in result.stderr
    store = open_store(db)
    try:
        assert _states(store) == {}
    finally:
        store.dispose()


@pytest.mark.slow
def test_dead_workers_are_an_error_that_names_the_cells_they_left(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    trace = tmp_path / "trace"
    spec = toy_spec(tmp_path, steps=20)
    command = _fill(db_url, zarr, spec, "--workers", "2", "--lease", "30",
                    env={"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.5"})
    deadline = time.time() + 60
    while len({line.split()[2] for line in trace_lines(trace)}) < 2 and time.time() < deadline:
        time.sleep(0.05)
    workers = {int(line.split()[2]) for line in trace_lines(trace)}
    assert len(workers) == 2
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    out, err = command.communicate(timeout=120)
    assert command.returncode == 1, (out, err)
    dead = [line for line in err.splitlines() if "was killed by signal 9" in line]
    assert len(dead) == 2, err
    assert all("it left 1 cell(s) running: train " in line and "claimable again in" in line for line in dead), err
    held = {line.split("running: train ")[1].split()[0] for line in dead}
    assert held == {line.split()[1] for line in trace_lines(trace)}  # the two cells they were computing
