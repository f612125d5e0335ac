"""Make the upgrade fixtures of one schema revision, with that revision's own code.

    python tests/upgrades/make.py REVISION COMMIT [--downgrade-to OLDER]

checks out COMMIT (the last commit whose code had REVISION as its head) into a temporary git
worktree and, running that code alone (PYTHONPATH points at the worktree), creates a SQLite
database and a PostgreSQL database, fills the toy study of tests/upgrades/toy.toml in each
(toy runners: deterministic, no torch), and writes into tests/upgrades/:

    REVISION.sqlite   the SQLite database file
    REVISION.sql      a plain pg_dump of the PostgreSQL database
    REVISION.json     what that code said of it: row counts per table, `expdb verify --json`,
                      the scores table as CSV; tests/test_upgrades.py expects the same after an
                      upgrade to head

--downgrade-to OLDER makes the fixtures of an older revision that no commit shipped as its head
(0001: the first commit already had 0002) by filling at REVISION and then running the
migrations' own downgrade to OLDER. Every new migration adds its fixtures with this script.
Needs git, pg_dump, psql and the PostgreSQL server of the tests (EXPDB_TEST_PG).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SERVER = os.environ.get("EXPDB_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
TABLES = ("study", "cell", "cell_dependency", "study_cell", "tensor", "provenance", "model", "hyperparameter",
          "model_setting", "training_curve", "representation", "evaluation", "score")


def run(cmd, env, cwd):
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def expdb(tree: Path, env, db: str, store: Path, *args) -> str:
    return run([sys.executable, "-m", "expdb.cli", "--db", db, "--store", str(store), *args], env, tree)


def counts(tree, env, db, store) -> dict[str, int]:
    return {t: json.loads(expdb(tree, env, db, store, "sql", f"SELECT count(*) AS n FROM {t}", "--format", "json"))[0]["n"]
            for t in TABLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision")
    parser.add_argument("commit")
    parser.add_argument("--downgrade-to", default=None)
    args = parser.parse_args()
    target = args.downgrade_to or args.revision
    work = Path(tempfile.mkdtemp(prefix="expdb-upgrade-"))
    tree = work / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.commit], cwd=ROOT, check=True,
                   capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(tree), "EXPDB_TOY_SLEEP": "0"}
    name = f"expdb_fixture_{uuid.uuid4().hex[:8]}"
    pg = f"{SERVER.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    psql = ["psql", f"{SERVER}/postgres", "-qc"]
    try:
        run(psql + [f'CREATE DATABASE "{name}"'], env, work)
        sqlite = f"sqlite:///{work / 'fixture.db'}"
        expected = {}
        for db in (sqlite, pg):
            store = work / f"store-{len(expected)}.zarr"
            expdb(tree, env, db, store, "init")
            expdb(tree, env, db, store, "fill", str(HERE / "toy.toml"), "--quiet")
            expected[db] = {
                "counts": counts(tree, env, db, store),
                "verify": json.loads(expdb(tree, env, db, store, "verify", "--json")),
                "scores": expdb(tree, env, db, store, "query", "scores", "--format", "csv"),
            }
        assert expected[sqlite] == expected[pg], "the two backends disagree"
        if args.downgrade_to:
            for db in (sqlite, pg):
                run([sys.executable, "-m", "alembic", "-x", f"db={db}", "downgrade", args.downgrade_to], env, tree)
        shutil.copy(work / "fixture.db", HERE / f"{target}.sqlite")
        dump = run(["pg_dump", "--no-owner", "--no-privileges", f"{SERVER}/{name}"], env, work)
        (HERE / f"{target}.sql").write_text(dump)
        record = {"revision": target, "made_by": args.commit, "spec": "toy.toml", **expected[sqlite]}
        if args.downgrade_to:
            record["note"] = (f"filled at {args.revision} by {args.commit}, then downgraded to {target} by the "
                              f"migrations' own downgrade (no commit shipped {target} as its head)")
        (HERE / f"{target}.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
        print(f"wrote {target}.sqlite, {target}.sql, {target}.json to {HERE}")
    finally:
        subprocess.run(psql + [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], env=env, cwd=work, capture_output=True)
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
