"""Training time per model when `expdb fill --workers N` runs N processes on one machine: with
each worker given its share of the cores (fill's default) against every worker using all of
them (the thread variables set to the core count, which is what torch, OpenMP and BLAS do
when nothing limits them). Each run is one `expdb fill` of a fresh SQLite database: N BetaVAE
models on procedural dSprites at 32x32 (the CPU study's settings, fewer steps).

    python benchmarks/bench_worker_threads.py [--workers 2] [--steps 300]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from expdb.engine import THREAD_VARIABLES
from expdb.tables import run_sql

SPEC = """[study]
name = "threads"

[train]
runner = "vae"
steps = {steps}
resolution = 32
learning_rate = 0.001

[grid.root]
product = ["dataset", "seed", "beta"]

[grid.dataset]
axis = "dataset"
values = ["dsprites_full"]

[grid.seed]
axis = "seed"
values = [0]

[grid.beta]
fixed = {{ method = "beta_vae" }}
zip = {{ beta = {betas} }}
"""


def fill(folder: Path, spec: Path, workers: int, env: dict[str, str]) -> list[float]:
    db = f"sqlite:///{folder / 'threads.db'}"
    base = [sys.executable, "-m", "expdb.cli", "--db", db, "--tensors", str(folder / "threads.zarr")]
    clean = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    subprocess.run([*base, "init"], check=True, capture_output=True, env=clean)
    subprocess.run([*base, "fill", str(spec), "--kind", "train", "--workers", str(workers), "--quiet"],
                   check=True, capture_output=True, env={**clean, **env})
    rows = run_sql(db, "SELECT finished_at - started_at FROM cell WHERE kind = 'train'").rows()
    return sorted(float(r[0]) for r in rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    betas = json.dumps([1 + i for i in range(args.workers)])
    runs = {f"every worker {cores} threads (no limits)": {name: str(cores) for name in THREAD_VARIABLES},
            f"each worker its share ({max(1, cores // args.workers)} threads, fill's default)": {}}
    for label, env in runs.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            spec = folder / "threads.toml"
            spec.write_text(SPEC.format(steps=args.steps, betas=betas))
            seconds = fill(folder, spec, args.workers, env)
        print(f"{args.workers} workers on {cores} cores, {label}: seconds per model "
              f"{', '.join(f'{s:.1f}' for s in seconds)}", flush=True)


if __name__ == "__main__":
    main()
