"""Many workers, one database: no cell computed twice, and a killed worker loses nothing."""

import collections
import os
import signal
import subprocess
import sys
import time
import pytest

from sqlalchemy import func, select

from conftest import run_cli, toy_counts, toy_spec, trace_lines
from expdb.cores import THREAD_VARIABLES, thread_limits, threads_per_worker
from expdb.schema import Cell
from expdb_runners.layout.tables import Model, Score
from expdb.store import open_store


def _counts(db_url):
    store = open_store(db_url)
    try:
        with store.read_engine.connect() as conn:
            states = dict(conn.execute(select(Cell.__table__.c.state, func.count()).group_by(Cell.__table__.c.state)).all())
            models = conn.execute(select(func.count()).select_from(Model.__table__)).scalar_one()
            scores = conn.execute(select(func.count()).select_from(Score.__table__)).scalar_one()
            attempts = dict(conn.execute(select(Cell.__table__.c.key, Cell.__table__.c.attempts)).all())
    finally:
        store.dispose()
    return states, models, scores, attempts


def _fill(args, env):
    return subprocess.Popen([sys.executable, "-m", "expdb.cli", *args], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


@pytest.mark.slow
def test_four_workers_in_two_commands_never_compute_a_cell_twice(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    spec = toy_spec(tmp_path, seeds=3)
    trace = tmp_path / "trace"
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.2"}  # long enough that every worker gets work
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    procs = [_fill(["--db", db_url, "--tensors", str(zarr), "fill", str(spec), "--workers", "2", "--quiet"], env)
             for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    total = sum(toy_counts(seeds=3).values())
    keys = [line.split()[1] for line in trace_lines(trace)]
    assert len(keys) == total and len(set(keys)) == total
    assert len({line.split()[2] for line in trace_lines(trace)}) >= 2  # work really was shared
    share = os.environ.get("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // 2)))
    assert {line.split()[3] for line in trace_lines(trace)} == {share}  # each worker got its share of the cores
    states, models, scores, _ = _counts(db_url)
    assert states == {"done": total}
    assert models == toy_counts(seeds=3)["train"]
    assert scores == 3 * toy_counts(seeds=3)["evaluate"]


@pytest.mark.slow
def test_a_worker_killed_mid_cell_loses_nothing_and_duplicates_nothing(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    spec = toy_spec(tmp_path, steps=4)
    trace = tmp_path / "trace"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    slow = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.5"}
    victim = _fill(["--db", db_url, "--tensors", str(zarr), "fill", str(spec), "--lease", "2", "--quiet"], slow)
    deadline = time.time() + 60
    while len(trace_lines(trace)) < 2 and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # the second cell is now mid-training
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    killed_key = trace_lines(trace)[-1].split()[1]
    states, _, _, _ = _counts(db_url)
    assert states.get("running") == 1 and states.get("done") == 1
    done = run_cli("--db", db_url, "--tensors", zarr, "fill", spec, "--lease", "2", "--quiet",
                   env={"EXPDB_TOY_TRACE": str(trace)})
    assert done.returncode == 0, done.stderr
    total = sum(toy_counts().values())
    states, models, scores, attempts = _counts(db_url)
    assert states == {"done": total}
    assert models == toy_counts()["train"] and scores == 3 * toy_counts()["evaluate"]
    computed = collections.Counter(line.split()[1] for line in trace_lines(trace))
    assert computed[killed_key] == 2 and attempts[killed_key] == 2  # redone once, nothing else
    assert sum(computed.values()) == total + 1


def test_each_local_worker_gets_its_share_of_the_cores_and_user_settings_win():
    assert threads_per_worker(4, cores=16, busy=0) == 4
    assert threads_per_worker(3, cores=2, busy=0) == 1  # never zero threads
    # a busy machine: only the free cores are shared out (load 3 on 4 cores: one free core)
    assert threads_per_worker(2, cores=4, busy=3.2) == 1 and threads_per_worker(1, cores=8, busy=2.0) == 6
    # another fill's 2 processes claiming on this host: this fill's 2 workers get half the cores
    assert threads_per_worker(2, others=2, cores=8, busy=0) == 2
    limits = thread_limits(4, environ={})
    assert {name: limits[name] for name in THREAD_VARIABLES} == {name: "4" for name in THREAD_VARIABLES}
    assert limits["OMP_WAIT_POLICY"] == "PASSIVE"  # idle OpenMP threads sleep instead of spinning
    kept = thread_limits(4, environ={"OMP_NUM_THREADS": "3", "OMP_WAIT_POLICY": "ACTIVE"})
    assert "OMP_NUM_THREADS" not in kept and kept["MKL_NUM_THREADS"] == "4" and "OMP_WAIT_POLICY" not in kept
