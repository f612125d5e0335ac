"""Shared fixtures. Every backend test runs on a real SQLite file and on the real
PostgreSQL server at 127.0.0.1:5432 (EXPDB_TEST_PG to point elsewhere); each test gets
its own PostgreSQL database, created and dropped here. An unreachable server fails the
tests: it is never skipped."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import psycopg
import pytest

from expdb.store import open_store

PG_SERVER = os.environ.get("EXPDB_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
BACKENDS = ["sqlite", "postgres"]
ROOT = Path(__file__).resolve().parent.parent


# Test processes for `-n auto`: one per core, at most four. Many tests start fills with
# workers of their own, and torch beside another busy process on an oversubscribed core
# runs several times slower.
MAX_TEST_PROCESSES = 4


def pytest_xdist_auto_num_workers(config):
    return max(1, min(os.cpu_count() or 1, MAX_TEST_PROCESSES))


def _share_the_cores():
    """In an xdist worker, give torch, BLAS and the metrics this process's share of the cores
    (settings already made are kept), before anything imports torch."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers > 1:
        share = str(max(1, (os.cpu_count() or 1) // workers))
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "EXPDB_METRIC_JOBS"):
            os.environ.setdefault(name, share)


_share_the_cores()


def _admin():
    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=10)


@pytest.fixture
def pg_url():
    name = f"expdb_test_{uuid.uuid4().hex[:12]}"
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG_SERVER.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    yield url
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty database (no schema yet) on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'expdb.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url):
    """An initialised store on each backend."""
    s = open_store(db_url, create=True, check=False)
    s.initialise()
    s.check_schema()
    yield s
    s.dispose()


@pytest.fixture
def zarr_path(tmp_path):
    return str(tmp_path / "expdb.zarr")


TOY_SPEC = """
[study]
name = "{name}"

[train]
runner = "toy-train"
steps = {steps}

[grid.root]
product = ["dataset", "seed", "methods"]

[grid.dataset]
axis = "dataset"
values = {datasets}

[grid.seed]
axis = "seed"
range = [0, {seeds}]

[grid.methods]
chain = ["m1", "m2"]

[grid.m1]
fixed = {{ method = "m1" }}
zip = {{ beta = [1, 2] }}

[grid.m2]
fixed = {{ method = "{m2}" }}
zip = {{ gamma = [10, 20] }}

[represent]
runner = "toy-represent"

[evaluate]
runner = "toy-evaluate"
metrics = ["x", "y"]
"""


def toy_spec(tmp_path: Path, *, name="toy", steps=2, datasets=("a",), seeds=2, m2="m2", filename="toy.toml") -> Path:
    """A toy study: datasets x seeds x (m1 at 2 betas, m2 at 2 gammas), 2 representations, 2 metrics."""
    text = TOY_SPEC.format(name=name, steps=steps, datasets=list(datasets), seeds=seeds, m2=m2)
    path = tmp_path / filename
    path.write_text(textwrap.dedent(text).replace("'", '"'))
    return path


def toy_counts(datasets=1, seeds=2):
    """Cells per kind of toy_spec: one represent cell per model (both representations read it),
    an evaluate cell per representation and metric."""
    train = datasets * seeds * 4
    return {"train": train, "represent": train, "evaluate": train * 4}


def run_cli(*args, env=None, cwd=None, timeout=300):
    """Run the expdb command in a fresh process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "expdb.cli", *map(str, args)], capture_output=True,
                          text=True, env=full_env, cwd=cwd, timeout=timeout)


def trace_lines(path: Path) -> list[str]:
    return path.read_text().split("\n")[:-1] if path.exists() else []
