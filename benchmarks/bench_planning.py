"""Planning the full reference grid (12,600 models, 12,600 encode cells read as 25,200
representations, 226,800 evaluations) against an empty and a full database, on SQLite and PostgreSQL.

    python benchmarks/bench_planning.py [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

Planning = parse the spec, expand it into cells with their keys, read the states of
those cells from the database, count done/missing. Target: under 2 s."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from reference_grid import spec_text  # noqa: E402
from sqlalchemy import update  # noqa: E402

from expdb.fill import plan_report, selection  # noqa: E402
from expdb.schema import Cell  # noqa: E402
from expdb.spec import parse_spec  # noqa: E402
from expdb.store import open_store  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def plan_once(store, text):
    spec = parse_spec(text, "reference-shape.toml")
    _, cells = selection(spec)
    return plan_report(store, cells, 3)


def bench(url: str, label: str):
    store = open_store(url, create=True, check=False)
    store.initialise()
    text = spec_text()
    expand_s, (plan, cells) = timed(lambda: selection(parse_spec(text, "x.toml")))
    empty_s, report = timed(lambda: plan_once(store, text))
    assert report.total("wanted") == 252_000, report.total("wanted")
    insert_s, _ = timed(lambda: store.insert_cells(store.save_study("ref", "", text, "x"), cells))
    with store.engine.begin() as conn:
        conn.execute(update(Cell.__table__).values(state="done"))
    full_s, report = timed(lambda: plan_once(store, text))
    assert report.total("done") == 252_000
    store.dispose()
    print(f"{label:10s} expand {expand_s:5.2f} s | plan vs empty db {empty_s:5.2f} s | "
          f"insert all cells {insert_s:6.2f} s | plan vs full db {full_s:5.2f} s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
                        help="an existing PostgreSQL database URL whose server we may create a scratch database on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/bench.db", "sqlite")
    import psycopg

    admin_url = args.pg.replace("postgresql+psycopg://", "postgresql://")
    name = f"expdb_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        bench(args.pg.rsplit("/", 1)[0] + f"/{name}", "postgresql")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
