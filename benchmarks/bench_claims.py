"""Claims at the reference's size: 12,600 models x 18 evaluations (9 metric configurations
x 2 representations), imported from a synthetic results file in disentanglement_lib's format,
on SQLite and PostgreSQL. Prints the import time, each claim's time and `expdb verify`'s.

    python benchmarks/bench_claims.py [--pg postgresql+psycopg://postgres@127.0.0.1] [--keep DIR] [--keep-pg]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from planted import build, quality_scores  # noqa: E402

from expdb_runners.dlib import build_bundle  # noqa: E402
from expdb.tables import Tables  # noqa: E402
from expdb.store import open_store  # noqa: E402
from expdb_queries import CLAIMS  # noqa: E402

DATASETS = ["dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "smallnorb", "cars3d", "shapes3d"]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run(url: str, results: Path, load: bool = True) -> dict:
    figures = {}
    if load:
        store = open_store(url, create=True, check=False)
        store.initialise()
        bundle, figures["import: parse and check"] = timed(lambda: build_bundle(results, "reference-size"))
        _, figures["import: load rows"] = timed(lambda: store.load_bundle(bundle))
        store.dispose()
        print(f"  imported in {sum(figures.values()):.0f} s", flush=True)
    for name, claim in CLAIMS.items():
        with Tables(url) as tables:  # a fresh one per claim: each claim reads its own rows
            result, seconds = timed(lambda: claim.evaluate(tables, "reference-size"))
        figures[name] = seconds
        print(f"  {name:24s} {seconds:6.2f} s  verdict {result.verdict}, n {result.n}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    _, verify_s = timed(lambda: subprocess.run([sys.executable, "-m", "expdb.cli", "--db", url, "verify"],
                                               check=True, capture_output=True, env=env))
    figures["expdb verify (whole command)"] = verify_s
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1")
    parser.add_argument("--keep", default=None, help="Folder for the results file and SQLite database (kept).")
    parser.add_argument("--keep-pg", action="store_true", help="Keep the PostgreSQL database and reuse it next time.")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    results = folder / "reference_size.json"
    if not results.exists():
        _, seconds = timed(lambda: build(results, DATASETS, range(50), quality_scores(noise=0.5)))
        print(f"wrote {results} ({results.stat().st_size / 1e6:.0f} MB) in {seconds:.0f} s", flush=True)
    rows = {}
    print("SQLite:", flush=True)
    sqlite_path = folder / "reference_size.db"
    reuse = args.keep is not None and sqlite_path.exists()
    rows["SQLite"] = run(f"sqlite:///{sqlite_path}", results, load=not reuse)
    name = "expdb_bench_claims"
    admin = args.pg.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not (exists and args.keep_pg):
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
    try:
        print("PostgreSQL:", flush=True)
        rows["PostgreSQL"] = run(f"{args.pg}/{name}", results, load=not (exists and args.keep_pg))
    finally:
        if not args.keep_pg:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    steps = list(dict.fromkeys(step for figures in rows.values() for step in figures))
    print("\n| step | " + " | ".join(rows) + " |\n|---|" + "---|" * len(rows))
    for step in steps:
        print(f"| {step} | " + " | ".join(f"{rows[b][step]:.2f} s" if step in rows[b] else "-" for b in rows) + " |")


if __name__ == "__main__":
    main()
