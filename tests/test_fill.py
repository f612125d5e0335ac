"""fill computes exactly what is missing, records failures, and resumes."""

import numpy as np
from sqlalchemy import func, select

from conftest import toy_counts, toy_spec, trace_lines
from expdb.engine import FillOptions
from expdb.fill import fill, plan_report, selection
from expdb_runners.layout.tables import Model, Score
from expdb.spec import load_spec
from expdb.tensors import TensorStore


def run_fill(store, db_url, zarr_path, spec_path, kinds=(), where=(), limit=None, **kwargs):
    options = kwargs.pop("options", FillOptions(lease_s=30, poll_s=0.1))
    plan, chosen = selection(load_spec(spec_path), kinds, where, limit)
    return fill(store, plan, chosen, db_url, zarr_path, options=options, **kwargs)


def test_fill_then_refill_computes_nothing(store, db_url, zarr_path, tmp_path, monkeypatch):
    trace = tmp_path / "trace"
    monkeypatch.setenv("EXPDB_TOY_TRACE", str(trace))
    spec = toy_spec(tmp_path)
    total = sum(toy_counts().values())
    first = run_fill(store, db_url, zarr_path, spec)
    assert (first.selected, first.report.computed, first.report.failed) == (total, total, 0)
    assert len(trace_lines(trace)) == total
    second = run_fill(store, db_url, zarr_path, spec)
    assert (second.already_done, second.report.computed) == (total, 0)
    assert len(trace_lines(trace)) == total
    report = plan_report(store, selection(load_spec(spec))[1], 3)
    assert report.total("done") == total and report.total("missing") == 0


def test_grown_spec_computes_only_the_new_cells(store, db_url, zarr_path, tmp_path, monkeypatch):
    trace = tmp_path / "trace"
    monkeypatch.setenv("EXPDB_TOY_TRACE", str(trace))
    run_fill(store, db_url, zarr_path, toy_spec(tmp_path, seeds=1))
    before = len(trace_lines(trace))
    grown = run_fill(store, db_url, zarr_path, toy_spec(tmp_path, seeds=2, datasets=("a", "b")))
    assert grown.already_done == before
    assert grown.report.computed == sum(toy_counts(datasets=2, seeds=2).values()) - before
    assert len(trace_lines(trace)) == sum(toy_counts(datasets=2, seeds=2).values())


def test_selection_limits_what_is_computed(store, db_url, zarr_path, tmp_path):
    spec = toy_spec(tmp_path)
    result = run_fill(store, db_url, zarr_path, spec, kinds=["train"], where=["method=m2"])
    assert result.report.computed == 4  # 2 gammas x 2 seeds
    # evaluations of models not yet trained wait; those of trained ones run
    evals = run_fill(store, db_url, zarr_path, spec, kinds=["evaluate"])
    assert evals.report.computed == 0  # their representations are not done
    run_fill(store, db_url, zarr_path, spec, kinds=["represent"], where=["method=m2"])
    evals = run_fill(store, db_url, zarr_path, spec, kinds=["evaluate"])
    assert evals.report.computed == 2 * 2 * 2 * 2


def test_failures_are_recorded_and_retried_only_when_asked(store, db_url, zarr_path, tmp_path):
    spec = toy_spec(tmp_path, m2="fail")
    result = run_fill(store, db_url, zarr_path, spec)
    assert result.report.failed == 4  # m2 is "fail": 2 gammas x 2 seeds
    (msg, *_) = result.report.errors
    assert "RuntimeError: toy method 'fail' always fails" in msg
    failure = store.failures()[0]
    assert failure["attempts"] == 1 and failure["last_error"] == "RuntimeError: toy method 'fail' always fails"
    again = run_fill(store, db_url, zarr_path, spec)
    assert (again.report.computed, again.report.failed) == (0, 0)
    for attempt in (2, 3):
        retry = run_fill(store, db_url, zarr_path, spec, retry_failed=True)
        assert retry.retried == 4 and retry.report.failed == 4
    assert {f["attempts"] for f in store.failures()} == {3}
    exhausted = run_fill(store, db_url, zarr_path, spec, retry_failed=True)
    assert exhausted.retried == 0  # left alone after max attempts
    report = plan_report(store, selection(load_spec(spec))[1], 3)
    assert report.exhausted == 4
    # cells downstream of the failed models stay missing, the rest are done
    assert report.rows["represent"]["missing"] == 4 and report.rows["represent"]["done"] == 4


def test_interrupted_training_resumes_from_its_checkpoint(store, db_url, zarr_path, tmp_path, monkeypatch):
    trace = tmp_path / "trace"
    monkeypatch.setenv("EXPDB_TOY_TRACE", str(trace))
    spec = toy_spec(tmp_path, steps=6)
    _, chosen = selection(load_spec(spec), kinds=["train"], limit=1)
    tensors = TensorStore(zarr_path)
    # a worker computed three steps, then died: its checkpoint is in the store
    partial = np.zeros(3)
    for step in range(3):
        partial = partial + np.random.default_rng([int(chosen[0].key[:16], 16), step]).normal(size=3)
    tensors.save_checkpoint(chosen[0].key, 3, partial.tobytes())
    run_fill(store, db_url, zarr_path, spec, kinds=["train"], limit=1)
    with store.read_engine.connect() as conn:
        (loss_resumed,) = conn.execute(select(Model.__table__.c.loss)).one()
    assert tensors.load_checkpoint(chosen[0].key) is None  # dropped once the cell is done
    # the same cell computed from scratch in a fresh database gives the same loss
    other_db = f"sqlite:///{tmp_path / 'other.db'}"
    from expdb.store import open_store

    other = open_store(other_db, create=True, check=False)
    other.initialise()
    run_fill(other, other_db, str(tmp_path / "other.zarr"), spec, kinds=["train"], limit=1)
    with other.read_engine.connect() as conn:
        (loss_fresh,) = conn.execute(select(Model.__table__.c.loss)).one()
    other.dispose()
    assert loss_resumed == loss_fresh


def test_provenance_on_every_computed_row(store, db_url, zarr_path, tmp_path):
    run_fill(store, db_url, zarr_path, toy_spec(tmp_path))
    from expdb.schema import Provenance

    with store.read_engine.connect() as conn:
        missing = conn.execute(select(func.count()).select_from(Model.__table__)
                               .where(Model.__table__.c.provenance_id.is_(None))).scalar_one()
        rows = conn.execute(select(Provenance.__table__)).all()
        scores = conn.execute(select(func.count()).select_from(Score.__table__)).scalar_one()
    assert missing == 0
    assert rows and all(r.python_version and r.expdb_version and r.host and r.finished_at >= r.started_at for r in rows)
    assert scores == toy_counts()["evaluate"] * 3


def test_worker_marks_corrupt_parent_tensors_as_a_failed_cell(store, db_url, zarr_path, tmp_path):
    spec = toy_spec(tmp_path)
    run_fill(store, db_url, zarr_path, spec, kinds=["train"], limit=1)
    (chunk,) = [p for p in (tmp_path / "expdb.zarr" / "cells").rglob("*") if p.is_file() and "weights/c" in str(p)]
    chunk.write_bytes(b"garbage that is not the array")
    result = run_fill(store, db_url, zarr_path, spec, kinds=["represent"], limit=1)
    assert result.report.failed == 1
    assert result.report.errors[0].split(": ", 1)[1].startswith("CorruptTensor: tensor cells/")


def test_the_fill_tells_its_executor_when_no_cell_is_left_open(store, db_url, zarr_path, tmp_path):
    from expdb.executors import run_in_process
    from expdb.executors import Executor

    class AskingFirst(Executor):
        """One claim loop here, asking the database before and after whether anything is open."""
        name = "asking"

        def run(self, job, on_poll=None, on_cell=None):
            self.before = job.settled()
            report = run_in_process(job.db_url, job.store_path, job.ids, job.options)
            self.after = job.settled()
            return report

    executor = AskingFirst()
    result = run_fill(store, db_url, zarr_path, toy_spec(tmp_path), executor=executor)
    assert result.report.computed == sum(toy_counts().values())
    assert (executor.before, executor.after) == (False, True)


def test_settling_needs_the_database_quiet_for_its_whole_grace(monkeypatch):
    import time as clock

    from expdb.executors import Job, Settling

    answers = iter([True, False, True, True, True])
    job = Job("sqlite://", "z", [1], {1: "train"}, FillOptions(), settled=lambda: next(answers))
    now = [100.0]
    monkeypatch.setattr(clock, "monotonic", lambda: now[0])
    settling = Settling(job, grace_s=5)
    seen = []
    for step in (0, 3, 4, 8, 9.5):  # quiet, busy again (the clock restarts), quiet from 4 on
        now[0] = 100 + step
        seen.append(settling.over())
    assert seen == [False, False, False, False, True]
    assert not Settling(Job("sqlite://", "z", [1], {1: "train"}, FillOptions())).over()  # no question: wait for all


def test_a_fill_says_how_to_retry_cells_that_used_every_attempt(tmp_path):
    from conftest import run_cli

    db, zarr = f"sqlite:///{tmp_path / 'f.db'}", tmp_path / "f.zarr"
    assert run_cli("--db", db, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path, m2="fail")
    first = run_cli("--db", db, "--tensors", zarr, "fill", spec, "--max-attempts", "1")
    assert first.returncode == 1
    assert ("4 failed cell(s); see expdb status, retry with --retry-failed; 4 of them used all 1 attempts, which "
            "--retry-failed leaves alone unless --max-attempts is raised above 1") in first.stderr, first.stderr
    plan = run_cli("--db", db, "plan", spec, "--max-attempts", "1")
    assert "fill --retry-failed --max-attempts 2 gives them one more" in plan.stdout, plan.stdout
    retried = run_cli("--db", db, "--tensors", zarr, "fill", spec, "--retry-failed", "--max-attempts", "2")
    assert retried.returncode == 1 and "4 retried" in retried.stdout, retried.stdout
