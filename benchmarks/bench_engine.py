"""Engine overhead per cell: claim, heartbeat, lineage, complete, with a runner that
computes nothing, on SQLite and PostgreSQL, one worker. Target: under 10 ms per cell.

    python benchmarks/bench_engine.py [--cells 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import psycopg  # noqa: E402

from expdb.cells import Result  # noqa: E402
from expdb.engine import FillOptions, Worker  # noqa: E402
from expdb.planner import build_plan  # noqa: E402
from expdb.runner import Runner, RunnerInfo  # noqa: E402
from expdb.spec import parse_spec  # noqa: E402
from expdb.store import open_store  # noqa: E402
from expdb.tensors import TensorStore  # noqa: E402


class NullTrain(Runner):
    info = RunnerInfo(kind="train", settings={})

    def compute(self, cell, ctx):
        return Result(scores={"loss": 1.0})


SPEC = """
[study]
name = "engine-bench"
[train]
runner = "bench_engine:NullTrain"
[grid.root]
product = ["d", "s"]
[grid.d]
fixed = {{ dataset = "d", method = "m" }}
[grid.s]
axis = "seed"
range = [0, {n}]
"""


def bench(url: str, label: str, n: int, store_dir: str):
    store = open_store(url, create=True, check=False)
    store.initialise()
    plan = build_plan(parse_spec(SPEC.format(n=n), "engine-bench.toml"))
    study = store.save_study("engine-bench", "", plan.spec.text, plan.spec.sha256)
    store.insert_cells(study, plan.cells)
    ids = list(store.cell_ids([c.key for c in plan.cells]).values())
    worker = Worker(store, TensorStore(store_dir), FillOptions(lease_s=60))
    start = time.perf_counter()
    report = worker.run(ids)
    elapsed = time.perf_counter() - start
    assert report.computed == n, report
    store.dispose()
    print(f"{label:10s} {n} cells in {elapsed:6.2f} s: {1000 * elapsed / n:5.2f} ms per cell "
          f"(claim + heartbeat + lineage + provenance + complete)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/bench.db", "sqlite", args.cells, f"{tmp}/z.zarr")
        name = f"expdb_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            url = args.pg.replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
            bench(url, "postgresql", args.cells, f"{tmp}/z2.zarr")
        finally:
            with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
