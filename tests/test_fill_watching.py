"""A fill with a person watching: Ctrl-C gives every cell back, a log hears from the fill on a
clock, the time left is estimated per kind, bad selections are refused, global options go
anywhere, and threads are sized from the free cores and recorded."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import run_cli, toy_spec, trace_lines
from expdb.engine import FillOptions, new_owner
from expdb.executors import LocalProcesses
from expdb.fill import with_thread_budget
from expdb.planner import build_plan
from expdb.progress import KindCount, Progress
from expdb.spec import load_spec
from expdb.store import open_store


def _fill(args, env, **popen):
    return subprocess.Popen([sys.executable, "-m", "expdb.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **env}, **popen)


def _states(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT state, attempts, count(*) FROM cell GROUP BY 1, 2 ORDER BY 1, 2").fetchall()


def _insert(store, spec_path) -> list[int]:
    """The spec's cells in the database, as a fill inserts them before it claims: their ids."""
    spec = load_spec(spec_path)
    plan = build_plan(spec)
    store.insert_cells(store.save_study(spec.name, spec.description, spec.text, spec.sha256), plan.cells)
    return list(store.cell_ids([c.key for c in plan.cells]).values())


def _wait_for_running(path, n, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists():
            with sqlite3.connect(path) as conn:
                try:
                    running = conn.execute("SELECT count(*) FROM cell WHERE state = 'running'").fetchone()[0]
                except sqlite3.OperationalError:
                    running = 0
            if running >= n:
                return
        time.sleep(0.2)
    raise AssertionError(f"fewer than {n} cells running after {timeout} s")


@pytest.mark.slow
@pytest.mark.parametrize("to", ["process group", "parent only"])
def test_ctrl_c_with_several_workers_gives_every_cell_back_uncounted(tmp_path, to):
    """A terminal's Ctrl-C reaches the whole process group; `kill -INT` the fill alone. Either
    way no cell stays running under a lease, no attempt is used up, and the re-run starts at
    once, resuming the cells from their checkpoints."""
    spec, db = toy_spec(tmp_path, steps=30), tmp_path / "f.db"
    url, zarr = f"sqlite:///{db}", str(tmp_path / "f.zarr")
    assert run_cli("--db", url, "--tensors", zarr, "init").returncode == 0
    env = {"EXPDB_TOY_SLEEP": "0.5"}  # a train cell: 30 steps of 0.5 s, checkpointed as it goes
    fill = _fill(["--db", url, "--tensors", zarr, "fill", str(spec), "--workers", "2", "--kind", "train", "--lease", "600"],
                 env, start_new_session=True)
    _wait_for_running(db, 2)
    time.sleep(2)
    if to == "process group":
        os.killpg(fill.pid, signal.SIGINT)
    else:
        fill.send_signal(signal.SIGINT)
    _, err = fill.communicate(timeout=60)
    assert fill.returncode == 130, err
    assert "interrupted" in err
    states = _states(db)
    assert all(state != "running" for state, _, _ in states), states
    assert all(attempts == 0 for state, attempts, _ in states if state == "pending"), states
    started = time.time()
    again = run_cli("--db", url, "--tensors", zarr, "fill", str(spec), "--workers", "2", "--kind", "train",
                    env={**env, "EXPDB_TOY_SLEEP": "0"})
    assert again.returncode == 0, again.stderr
    assert time.time() - started < 60  # never waited for the 600 s leases
    assert "running under another worker's lease" not in again.stderr


def test_a_rerun_says_which_cells_another_lease_holds_and_until_when(tmp_path):
    spec, url, zarr = toy_spec(tmp_path), f"sqlite:///{tmp_path / 'w.db'}", str(tmp_path / "w.zarr")
    assert run_cli("--db", url, "--tensors", zarr, "init").returncode == 0
    store = open_store(url)
    try:
        ids = _insert(store, spec)
        held = store.claim(ids, "elsewhere:1:deadbeef", 4.0, 3)  # a worker that will not come back
    finally:
        store.dispose()
    result = run_cli("--db", url, "--tensors", zarr, "fill", str(spec))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "another worker's lease" in line)
    assert f"train {held.key} (until " in line and line.startswith("1 cell(s) of this selection")
    assert "takes each one if its lease runs out" in line
    assert "0 failed" in result.stdout and _states(tmp_path / "w.db")[0][0] == "done"


@pytest.mark.slow
def test_a_log_hears_from_the_fill_on_a_clock_with_what_is_running(tmp_path):
    """One cell of 12 s and nothing else finishing: the log still gets a summary line within
    about 10 s, naming the running cell and how long it has run."""
    spec, url, zarr = toy_spec(tmp_path, steps=12), f"sqlite:///{tmp_path / 'l.db'}", str(tmp_path / "l.zarr")
    assert run_cli("--db", url, "--tensors", zarr, "init").returncode == 0
    result = run_cli("--db", url, "--tensors", zarr, "fill", str(spec), "--kind", "train", "--limit", "1",
                     env={"EXPDB_TOY_SLEEP": "1"})
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    done = next(i for i, line in enumerate(lines) if " done train " in line)
    before = [line for line in lines[:done] if "running 1: train " in line]
    assert before, result.stderr  # a summary while the cell ran, although nothing had finished
    assert "0/1 done" in before[0] and "eta ?" in before[0]


def test_the_time_left_is_estimated_per_kind():
    """Ten cheap evaluations would make a single rate wrong by the ratio of the kinds' costs;
    per kind, the estimate is each kind's cells left times its own mean time."""
    progress = Progress(quiet=True)
    progress.begin(100, 0, 0, {"train": (10, 0, 0), "evaluate": (90, 0, 0)})
    for _ in range(2):
        progress.cell("train", "t", "done", 10.0)
    assert progress.eta().startswith(">")  # no evaluation timed yet: a lower bound
    progress.cell("evaluate", "e", "done", 1.0)
    progress.started = time.time() - 21.0  # 21 s of cells in 21 s: one at a time
    assert progress.eta() == "2m49s"  # 8 trains x 10 s + 89 evaluations x 1 s
    progress.started = time.time() - 7.0  # the same cells in a third of the time: three at once
    assert progress.eta() == "56s"
    assert KindCount(total=5, done=2, failed=1).left == 2
    assert "running" not in progress.summary()
    progress.set(3, 0, running=[{"kind": "train", "key": "abcdef0123", "age": 4.0}])
    assert "running 1: train abcdef01 4s of ~10s" in progress.summary()


@pytest.mark.slow
def test_a_where_value_no_cell_has_is_refused_naming_the_values(tmp_path):
    spec, db = toy_spec(tmp_path, datasets=("a", "b")), tmp_path / "x.db"
    result = run_cli("--db", f"sqlite:///{db}", "plan", str(spec), "--where", "dataset=c")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("--where: no cell has dataset=c (dataset is one of: a, b)")
    assert len(result.stderr.strip().splitlines()) == 1
    filled = run_cli("--db", f"sqlite:///{db}", "fill", str(spec), "--where", "dataset=c")
    assert filled.returncode == 2 and not db.exists()  # nothing written
    assert run_cli("--db", f"sqlite:///{db}", "--tensors", tmp_path / "x.zarr", "init").returncode == 0
    assert run_cli("--db", f"sqlite:///{db}", "plan", str(spec), "--where", "seed=1").returncode == 0


def test_global_options_may_follow_the_command(tmp_path):
    url, zarr = f"sqlite:///{tmp_path / 'g.db'}", str(tmp_path / "g.zarr")
    assert run_cli("init", "--db", url, "--tensors", zarr).returncode == 0
    spec = toy_spec(tmp_path)
    result = run_cli("fill", str(spec), f"--db={url}", "--quiet", "--tensors", zarr)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g.db").exists() and (tmp_path / "g.zarr").exists()
    planned = run_cli("plan", str(spec), "--db", url)
    assert planned.returncode == 0 and "missing" in planned.stdout and str(tmp_path / "g.db") in planned.stdout


def test_threads_are_recorded_in_provenance(tmp_path):
    spec, url, zarr = toy_spec(tmp_path), f"sqlite:///{tmp_path / 'p.db'}", str(tmp_path / "p.zarr")
    trace = tmp_path / "trace"
    assert run_cli("--db", url, "--tensors", zarr, "init").returncode == 0
    result = run_cli("--db", url, "--tensors", zarr, "fill", str(spec), "--workers", "2", "--quiet",
                     env={"EXPDB_TOY_TRACE": str(trace), "OMP_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "p.db") as conn:
        recorded = conn.execute("SELECT DISTINCT threads FROM provenance").fetchall()
    assert recorded == [(1,)]
    assert {line.split()[3] for line in trace_lines(trace)} == {"1"}


def test_a_fill_beside_another_on_this_host_shares_the_cores_and_says_so(tmp_path, monkeypatch):
    spec, url = toy_spec(tmp_path), f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("--db", url, "--tensors", str(tmp_path / "s.zarr"), "init").returncode == 0
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    store = open_store(url)
    try:
        ids = _insert(store, spec)
        alone, said = with_thread_budget(store, FillOptions(), LocalProcesses(2))
        assert alone.threads >= 1 and "another fill" not in said
        other = new_owner("w0").replace(f":{os.getpid()}", f":{os.getpid() + 1}")  # this host, another process
        store.claim(ids, other, 60, 3)
        shared, said = with_thread_budget(store, FillOptions(), LocalProcesses(2))
        assert said.startswith("another fill is claiming cells of this database on this host (1 process(es))")
        assert shared.threads <= alone.threads
        monkeypatch.setenv("OMP_NUM_THREADS", "3")  # the user's choice wins, and nothing is said
        assert with_thread_budget(store, FillOptions(), LocalProcesses(2)) == (FillOptions(), "")
    finally:
        store.dispose()
