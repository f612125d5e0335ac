"""Cells per second of the engine alone (the toy runners, no sleep) on PostgreSQL with 1, 2
and 4 workers, started as local processes and as Dask workers (a LocalCluster of processes).
Each figure is one whole `expdb fill` command: planning the 560 cells and starting the
workers are included.

    python benchmarks/bench_scaling.py [--pg postgresql+psycopg://postgres@127.0.0.1] [--seeds 10]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import toy_spec  # noqa: E402


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "expdb.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, check=False)


def one_run(pg: str, folder: Path, spec: Path, workers: int, executor: str, scheduler: str | None) -> tuple[int, float]:
    name = f"expdb_bench_scaling_{executor}_{workers}"
    admin = pg.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url, store = f"{pg}/{name}", folder / f"{name}.zarr"
    try:
        assert cli("--db", url, "--tensors", store, "init").returncode == 0
        args = ["--db", url, "--tensors", store, "fill", spec, "--workers", workers]
        if executor == "dask":
            args += ["--executor", "dask", "--scheduler", scheduler]
        start = time.perf_counter()
        result = cli(*args)
        seconds = time.perf_counter() - start
        assert result.returncode == 0, result.stderr
        computed = int(re.search(r"(\d+) computed", result.stdout).group(1))
        return computed, seconds
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1")
    parser.add_argument("--seeds", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    spec = toy_spec(folder, datasets=("a", "b"), seeds=args.seeds)
    from distributed import LocalCluster

    rows = []
    for workers in (1, 2, 4):
        computed, seconds = one_run(args.pg, folder, spec, workers, "local", None)
        rows.append(("local processes", workers, computed, seconds))
        print(rows[-1], flush=True)
    with LocalCluster(n_workers=4, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        for workers in (1, 2, 4):
            computed, seconds = one_run(args.pg, folder, spec, workers, "dask", cluster.scheduler_address)
            rows.append(("dask (LocalCluster, 4 process workers)", workers, computed, seconds))
            print(rows[-1], flush=True)
    print("\n| executor | workers | cells | seconds | cells/s |\n|---|---|---|---|---|")
    for executor, workers, computed, seconds in rows:
        print(f"| {executor} | {workers} | {computed} | {seconds:.1f} | {computed / seconds:.1f} |")


if __name__ == "__main__":
    main()
