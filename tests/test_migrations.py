"""Migrations: every revision upgrades to head, the models match the migrations
(alembic check), the version table is our own, and a wrong schema is refused."""

import subprocess
import sys

import pytest
from alembic import command
from sqlalchemy import inspect, text

from conftest import ROOT, run_cli
from expdb.errors import DatabaseError
from expdb.store import migrate, open_store
from expdb.schema import VERSION_TABLE


def revisions():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_init_creates_our_version_table_not_alembics(store):
    tables = set(inspect(store.engine).get_table_names())
    assert VERSION_TABLE in tables and "alembic_version" not in tables
    assert {"cell", "model", "hyperparameter", "representation", "evaluation", "score", "provenance"} <= tables
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_alembic_check_finds_models_and_migrations_in_step(db_url):
    store = open_store(db_url, create=True, check=False)
    store.initialise()
    store.dispose()
    out = subprocess.run([sys.executable, "-m", "alembic", "-x", f"db={db_url}", "check"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "No new upgrade operations detected" in out.stdout + out.stderr


def test_an_older_database_is_refused_until_upgraded(db_url):
    first, *later = revisions()
    assert later, "needs at least two revisions to test an upgrade"
    store = open_store(db_url, create=True, check=False)
    with store.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(connection=conn), first)
    with pytest.raises(DatabaseError, match=f"has schema {first}, this expdb needs {later[-1]}; run: expdb --db .* db upgrade"):
        store.check_schema()
    store.dispose()
    result = run_cli("--db", db_url, "status")
    assert result.returncode == 2 and "db upgrade" in result.stderr
    upgraded = run_cli("--db", db_url, "db", "upgrade")
    assert upgraded.returncode == 0 and f"schema {first} -> {later[-1]}" in upgraded.stdout
    assert run_cli("--db", db_url, "status").returncode == 0


def test_downgrade_and_upgrade_round_trip(db_url):
    store = open_store(db_url, create=True, check=False)
    store.initialise()
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(connection=conn), "base")
    assert migrate.current_revision(store.engine) is None
    assert "cell" not in inspect(store.engine).get_table_names()
    store.initialise()
    store.check_schema()
    store.dispose()


def test_foreign_database_without_version_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    store = open_store(url, create=True, check=False)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TABLE cell (id INTEGER)"))
    with pytest.raises(DatabaseError, match="not made by expdb init"):
        store.check_schema()
    store.dispose()
