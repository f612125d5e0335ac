"""Past one machine: Dask workers and Slurm jobs (submitit's local executor) run expdb's
claim loop against the real PostgreSQL server; the tensor store may be an fsspec URL."""

from __future__ import annotations

import collections
import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from expdb.tables import run_sql
from expdb.tensors import TensorStore

from conftest import run_cli, toy_counts, toy_spec, trace_lines

pytestmark = pytest.mark.slow


class DaskCluster:
    """A scheduler and workers started with Dask's own commands, as on a real cluster."""

    def __init__(self, tmp_path, workers: list[list[str]], env: dict):
        self.file = tmp_path / "scheduler.json"
        self.env = {**os.environ, **env}
        self.procs = [self._start(["scheduler", "--scheduler-file", str(self.file), "--port", "0",
                                   "--dashboard-address", ":0"])]
        deadline = time.time() + 60
        while not self.file.exists() and time.time() < deadline:
            time.sleep(0.2)
        self.address = json.loads(self.file.read_text())["address"]
        for extra in workers:
            self.procs.append(self._start(["worker", self.address, "--nthreads", "1", "--nworkers", "1",
                                           "--no-dashboard", *extra]))
        from distributed import Client

        self.client = Client(self.address, timeout=30)
        self.client.wait_for_workers(len(workers), timeout=60)

    def _start(self, args):
        return subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_" + args[0], *args[1:]], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def worker_pids(self) -> dict[str, int]:
        return self.client.run(os.getpid)

    def resources(self) -> dict[str, dict]:
        return {addr: w.get("resources", {}) for addr, w in self.client.scheduler_info()["workers"].items()}

    def close(self):
        self.client.close()
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


@pytest.fixture
def trace(tmp_path):
    return tmp_path / "trace"


def test_dask_fills_every_cell_once_and_targets_gpu_workers(pg_url, tmp_path, trace):
    spec = toy_spec(tmp_path, seeds=3)
    store = f"file://{tmp_path / 'shared.zarr'}"  # an fsspec URL, as a shared store would be
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.05"}
    cluster = DaskCluster(tmp_path, [["--resources", "GPU=1"], []], env)
    try:
        assert run_cli("--db", pg_url, "--tensors", store, "init").returncode == 0
        result = run_cli("--db", pg_url, "--tensors", store, "fill", spec, "--executor", "dask",
                         "--scheduler", cluster.address, "--resource", "train:GPU=1", "--quiet", env=env)
        assert result.returncode == 0, result.stderr
        pids = cluster.worker_pids()
        gpu_pids = {pids[a] for a, r in cluster.resources().items() if r.get("GPU")}
        again = run_cli("--db", pg_url, "--tensors", store, "fill", spec, "--executor", "dask",
                        "--scheduler", cluster.address)
    finally:
        cluster.close()
    total = sum(toy_counts(seeds=3).values())
    lines = [line.split() for line in trace_lines(trace)]
    keys = [key for _, key, _, _ in lines]
    assert len(keys) == total and len(set(keys)) == total  # every cell exactly once
    train_pids = {int(pid) for kind, _, pid, _ in lines if kind == "train"}
    assert train_pids and train_pids <= gpu_pids  # train cells ran only where GPU=1
    assert {int(pid) for kind, _, pid, _ in lines if kind != "train"} - gpu_pids  # the other worker evaluated
    states = run_sql(pg_url, "SELECT state, count(*) AS n FROM cell GROUP BY state").rows()
    assert states == [("done", total)]
    assert again.returncode == 0 and f"{total} already done, 0 computed" in again.stdout


@contextlib.contextmanager
def _a_toy_fill_on_two_dask_workers(pg_url, tmp_path, trace, *options):
    """`expdb fill` of a toy study (train cells of about two seconds, --lease 3) on a fresh
    scheduler with two workers, running; the cluster is closed after the block."""
    spec = toy_spec(tmp_path, steps=4)
    store = str(tmp_path / "shared.zarr")
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.4"}
    cluster = DaskCluster(tmp_path, [[], []], env)
    try:
        assert run_cli("--db", pg_url, "--tensors", store, "init").returncode == 0
        yield subprocess.Popen([sys.executable, "-m", "expdb.cli", "--db", pg_url, "--tensors", store, "fill", str(spec),
                                "--executor", "dask", "--scheduler", cluster.address, "--lease", "3", *options],
                               env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        cluster.close()


def test_a_killed_dask_worker_loses_nothing(pg_url, tmp_path, trace):
    """Nothing is lost, and the fill says so as the local executor does: it names the worker that
    died and exits 1, and counts every cell its loops computed, the dead loop's included."""
    with _a_toy_fill_on_two_dask_workers(pg_url, tmp_path, trace) as fill:
        killed_key, lease_owner = _a_running_train_cell(pg_url, trace)
        os.kill(_pid_of(lease_owner), signal.SIGKILL)  # the worker process, mid-cell
        out, err = _communicate_or_explain(fill, pg_url, timeout=300)
        assert fill.returncode == 1, out + err
        assert "left the cluster during the fill" in err, err
        total = sum(toy_counts().values())
        assert f"0 already done, {total} computed, 0 failed" in out, out
    _assert_every_cell_done_and_computed_once_but(pg_url, trace, killed_key)  # reclaimed after its lease expired


def test_a_paused_dask_worker_does_not_hold_a_finished_fill_open(pg_url, tmp_path, trace):
    """A worker that stops answering (SIGSTOP: a frozen machine) keeps its claim loop 'processing'
    for Dask until the scheduler's worker-ttl (5 minutes). The database knows sooner: its lease
    expires, the other worker computes the cell, and the fill ends once every cell is done."""
    with _a_toy_fill_on_two_dask_workers(pg_url, tmp_path, trace) as fill:
        paused_key, out = _freeze_a_training_loop_until_the_fill_ends(fill, pg_url, trace)
        assert "1 Dask claim loop(s) had nothing left to do" in out, out
    _assert_every_cell_done_and_computed_once_but(pg_url, trace, paused_key)


def _freeze_a_training_loop_until_the_fill_ends(fill: subprocess.Popen, pg_url: str, trace) -> tuple[str, str]:
    """SIGSTOP the process computing a train cell, let the fill end without it, then wake it
    (SIGCONT: it finds its lease lost, or a cancel waiting); the frozen cell's key and the
    fill's stdout."""
    key, lease_owner = _a_running_train_cell(pg_url, trace)
    frozen = _pid_of(lease_owner)
    os.kill(frozen, signal.SIGSTOP)
    try:
        out, err = _communicate_or_explain(fill, pg_url, timeout=150)
    finally:
        os.kill(frozen, signal.SIGCONT)
    assert fill.returncode == 0, err
    return key, out


def _assert_every_cell_done_and_computed_once_but(pg_url: str, trace, twice: str) -> None:
    total = sum(toy_counts().values())
    assert run_sql(pg_url, "SELECT state, count(*) AS n FROM cell GROUP BY state").rows() == [("done", total)]
    computed = collections.Counter(line.split()[1] for line in trace_lines(trace))
    assert computed[twice] == 2 and len(computed) == total  # the frozen or killed cell again, once
    assert all(n == 1 for key, n in computed.items() if key != twice)


def _pid_of(lease_owner: str) -> int:
    """The process of a lease owner, host:pid[.tag]:nonce (expdb.engine.new_owner)."""
    return int(lease_owner.split(":")[1].split(".")[0])


def _a_running_train_cell(pg_url, trace=None) -> tuple[str, str]:
    """A train cell running under a lease, and its owner; with trace, one whose runner has begun
    computing it (its key in the trace), so that a kill lands mid-cell, not between the claim
    and the computation (a cell killed there is computed once, not twice)."""
    deadline = time.time() + 60
    while time.time() < deadline:
        rows = run_sql(pg_url, "SELECT key, lease_owner FROM cell WHERE state = 'running' AND kind = 'train'").rows()
        started = {line.split()[1] for line in trace_lines(trace)} if trace is not None else None
        rows = [r for r in rows if started is None or r[0] in started]
        if rows:
            return rows[0]
        time.sleep(0.1)
    raise AssertionError("no train cell started")


def _communicate_or_explain(fill: subprocess.Popen, pg_url: str, timeout: float) -> tuple[str, str]:
    """The fill's output; if it does not end in time, the cells it left open, for the failure."""
    try:
        return fill.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        fill.kill()
        out, err = fill.communicate()
        left = run_sql(pg_url, "SELECT kind, key, state, attempts, lease_owner FROM cell WHERE state <> 'done'").rows()
        raise AssertionError(f"the fill did not end in {timeout} s; cells not done: {left}; stderr: {err[-2000:]}")


def test_slurm_jobs_on_submitits_local_executor(pg_url, tmp_path, trace):
    spec = toy_spec(tmp_path, seeds=2)
    store = str(tmp_path / "shared.zarr")
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.05"}
    assert run_cli("--db", pg_url, "--tensors", store, "init").returncode == 0
    args = ["--db", pg_url, "--tensors", store, "fill", spec, "--executor", "slurm", "--slurm-cluster", "local",
            "--slurm-folder", tmp_path / "slurm", "--workers", "2", "--resource", "train:GPU=1", "--gpus", "0"]
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    total = sum(toy_counts(seeds=2).values())
    keys = [line.split()[1] for line in trace_lines(trace)]
    assert len(keys) == total and len(set(keys)) == total
    assert len({line.split()[2] for line in trace_lines(trace)}) >= 2  # several job processes shared the work
    assert (tmp_path / "slurm").is_dir()
    again = run_cli(*args, env=env)
    assert again.returncode == 0 and f"{total} already done, 0 computed" in again.stdout


def test_a_frozen_slurm_job_does_not_hold_a_finished_fill_open(pg_url, tmp_path, trace):
    """The same on submitit's local executor: a job stopped mid-cell (SIGSTOP), the other job
    finishes every cell, and the fill cancels the frozen one instead of waiting for it."""
    spec = toy_spec(tmp_path, steps=4)
    store = str(tmp_path / "shared.zarr")
    env = {"EXPDB_TOY_TRACE": str(trace), "EXPDB_TOY_SLEEP": "0.2"}
    assert run_cli("--db", pg_url, "--tensors", store, "init").returncode == 0
    fill = subprocess.Popen([sys.executable, "-m", "expdb.cli", "--db", pg_url, "--tensors", store, "fill", str(spec),
                             "--executor", "slurm", "--slurm-cluster", "local", "--slurm-folder", str(tmp_path / "slurm"),
                             "--workers", "2", "--lease", "3"],
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    frozen_key, out = _freeze_a_training_loop_until_the_fill_ends(fill, pg_url, trace)
    assert "1 Slurm job(s) had nothing left to do" in out, out
    _assert_every_cell_done_and_computed_once_but(pg_url, trace, frozen_key)


@pytest.mark.parametrize("executor", ["dask", "slurm"])
def test_sqlite_is_refused_for_several_machines(tmp_path, executor):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("--db", db, "--tensors", tmp_path / "z", "init").returncode == 0
    result = run_cli("--db", db, "--tensors", tmp_path / "z", "fill", toy_spec(tmp_path), "--executor", executor,
                     "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and "needs PostgreSQL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert run_sql(db, "SELECT count(*) AS n FROM cell")["n"][0] == 0


def test_relative_store_and_bad_scheduler_are_refused(pg_url, tmp_path):
    spec = toy_spec(tmp_path)
    relative = run_cli("--db", pg_url, "--tensors", "rel.zarr", "fill", spec, "--executor", "dask",
                       "--scheduler", "tcp://127.0.0.1:1", cwd=tmp_path)
    assert relative.returncode == 2 and "relative path" in relative.stderr
    assert run_cli("--db", pg_url, "--tensors", tmp_path / "own.zarr", "init").returncode == 0
    unreachable = run_cli("--db", pg_url, "--tensors", tmp_path / "z", "fill", spec, "--executor", "dask",
                          "--scheduler", "tcp://127.0.0.1:1")
    assert unreachable.returncode == 2 and "cannot reach the Dask scheduler" in unreachable.stderr


def test_fsspec_urls_round_trip(tmp_path):
    for url in (f"file://{tmp_path / 'a.zarr'}", "memory://expdb-test/store.zarr"):
        tensors = TensorStore(url)
        ref = tensors.write("ab" * 16, "mean", np.arange(12, dtype=np.float32).reshape(3, 4))
        assert (TensorStore(url).read(ref) == np.arange(12, dtype=np.float32).reshape(3, 4)).all()
    assert (tmp_path / "a.zarr" / "zarr.json").exists()
