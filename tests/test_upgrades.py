"""Upgrades with data, the Optuna way: for every schema revision a database made by that
revision's own code and holding a filled toy study (tests/upgrades/, made by make.py) is
upgraded to head, on SQLite and on PostgreSQL, and must then hold the same rows, need nothing
computed, and answer the same scores and claims as a database made at head."""

import io
import json
import shutil
import subprocess
import uuid

import polars as pl
import pytest

from conftest import PG_SERVER, ROOT, _admin, run_cli
from expdb.store import migrate

FIXTURES = ROOT / "tests" / "upgrades"
SPEC = FIXTURES / "toy.toml"
TABLES = ("study", "cell", "cell_dependency", "study_cell", "tensor", "provenance", "model", "hyperparameter",
          "model_setting", "training_curve", "representation", "evaluation", "score")


def test_every_revision_has_its_fixtures():
    for revision in migrate.revisions():
        for suffix in (".sqlite", ".sql", ".json"):
            assert (FIXTURES / f"{revision}{suffix}").is_file(), \
                f"revision {revision} has no {suffix} fixture: run tests/upgrades/make.py (see its docstring)"


@pytest.fixture
def restored_pg():
    """A fresh PostgreSQL database; restore(revision) loads that revision's dump into it."""
    name = f"expdb_upgrade_{uuid.uuid4().hex[:10]}"
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def restore(revision):
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(FIXTURES / f"{revision}.sql"),
                        f"{PG_SERVER}/{name}"], check=True, capture_output=True)
        return f"{PG_SERVER.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"

    yield restore
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _json(*args):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _answers(db, store):
    union = " UNION ALL ".join(f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in TABLES)
    counts = {row["t"]: row["n"] for row in _json("--db", db, "sql", union, "--format", "json")}
    scores = run_cli("--db", db, "query", "scores", "--format", "csv")
    assert scores.returncode == 0, scores.stderr
    verify = _json("--db", db, "verify", "--json")
    verify.pop("data_as_of", None)  # when the rows were computed: the fixture's day, not the test's
    return counts, scores.stdout, verify


@pytest.fixture(scope="module")
def at_head(tmp_path_factory):
    """The toy study filled by this code at head: what every upgraded database must answer."""
    folder = tmp_path_factory.mktemp("head")
    db, store = f"sqlite:///{folder / 'head.db'}", folder / "head.zarr"
    assert run_cli("--db", db, "--tensors", store, "init").returncode == 0
    assert run_cli("--db", db, "--tensors", store, "fill", SPEC, "--quiet").returncode == 0
    return _answers(db, store)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@pytest.mark.parametrize("revision", migrate.revisions())
def test_a_filled_database_of_every_revision_upgrades_to_head(revision, backend, tmp_path, restored_pg, at_head):
    recorded = json.loads((FIXTURES / f"{revision}.json").read_text())
    if backend == "sqlite":
        shutil.copy(FIXTURES / f"{revision}.sqlite", tmp_path / "old.db")
        db = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        db = restored_pg(revision)
    store = tmp_path / "z.zarr"
    if revision != migrate.head_revision():
        refused = run_cli("--db", db, "status")
        assert refused.returncode == 2 and "db upgrade" in refused.stderr
    upgraded = run_cli("--db", db, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    counts, scores, verify = _answers(db, store)
    expected = dict(recorded["counts"])  # every row kept, ...
    if migrate.revisions().index(revision) < migrate.revisions().index("0005"):
        # ... but each model's second represent cell, which 0005 merges into its first: the cells,
        # their links, edges and tensor rows are as a database made at head has them
        expected.update({t: at_head[0][t] for t in ("cell", "study_cell", "cell_dependency", "tensor")})
    assert counts == expected
    # the same numbers, read the same way (in the columns the older code's query had)
    old = pl.read_csv(io.StringIO(recorded["scores"]))
    assert pl.read_csv(io.StringIO(scores)).select(old.columns).equals(old)
    assert verify == at_head[2]  # the claims see what they see in a database made at head
    plan = _json("--db", db, "--tensors", store, "plan", SPEC, "--json")
    assert all(row["missing"] == 0 and row["done"] == row["wanted"] for row in plan["kinds"].values())
    refill = run_cli("--db", db, "--tensors", store, "fill", SPEC)
    assert refill.returncode == 0 and " 0 computed" in refill.stdout, refill.stdout
