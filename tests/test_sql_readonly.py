"""`expdb sql`: reads work, writes fail on the connection itself and change nothing."""

from __future__ import annotations

import json

import psycopg
import pytest

from expdb.tables import run_sql

from conftest import run_cli
from planted import build, load_into, quality_scores


@pytest.fixture
def planted(db_url, tmp_path):
    path = tmp_path / "r.json"
    build(path, ["shapes3d"], [0, 1], quality_scores(), methods=["beta_vae"], strengths=2, metrics=["mig"])
    load_into(db_url, path)
    return db_url


def test_select(planted):
    result = run_cli("--db", planted, "sql", "SELECT method, count(*) AS n FROM model GROUP BY method", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"method": "beta_vae", "n": 4}]


@pytest.mark.parametrize("statement", [
    "DELETE FROM score",
    "UPDATE model SET seed = 99",
    "DROP TABLE score",
    "CREATE TABLE intruder (a INTEGER)",
    "INSERT INTO study (name, description, spec_sha256, spec_text, created_at, updated_at) VALUES ('x', '', '', '', 0, 0)",
])
def test_writes_fail_and_change_nothing(planted, statement):
    before = {t: run_sql(planted, f"SELECT count(*) AS n FROM {t}")["n"][0] for t in ("score", "model", "study")}
    result = run_cli("--db", planted, "sql", statement)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "read" in result.stderr.lower()
    after = {t: run_sql(planted, f"SELECT count(*) AS n FROM {t}")["n"][0] for t in ("score", "model", "study")}
    assert before == after
    assert run_sql(planted, "SELECT max(seed) AS s FROM model")["s"][0] == 1


def test_two_statements_are_refused(planted):
    sneaky = "SELECT 1; DELETE FROM score" if "sqlite" in planted else "SET TRANSACTION READ WRITE; DELETE FROM score"
    before = run_sql(planted, "SELECT count(*) AS n FROM score")["n"][0]
    result = run_cli("--db", planted, "sql", sneaky)
    assert result.returncode == 2
    assert run_sql(planted, "SELECT count(*) AS n FROM score")["n"][0] == before == 16


def test_bad_sql_is_one_line(planted):
    result = run_cli("--db", planted, "sql", "SELEKT nothing")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


# A superuser's session can make itself the superuser again from inside one SELECT (set_config
# of role or session_authorization) and then act on the whole server.
ESCAPES = [
    "SELECT set_config('role', 'postgres', false), pg_create_logical_replication_slot('expdb_escape', 'test_decoding')",
    "SELECT set_config('session_authorization', 'postgres', false), "
    "pg_create_physical_replication_slot('expdb_escape')",
    "SELECT pg_create_physical_replication_slot('expdb_escape')",
    "SELECT set_config('default_transaction_read_only', 'off', false), lo_import('/etc/hostname')",
]


@pytest.mark.parametrize("statement", ESCAPES)
def test_a_superuser_s_sql_cannot_regain_its_rights(pg_url, tmp_path, statement):
    from conftest import _admin

    assert run_cli("--db", pg_url, "--tensors", tmp_path / "z.zarr", "init").returncode == 0
    result = run_cli("--db", pg_url, "sql", statement)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stdout + result.stderr
    with _admin() as conn:
        assert conn.execute("SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'expdb_escape'").fetchone()[0] == 0
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_largeobject_metadata").fetchone()[0] == 0  # no file imported


@pytest.mark.slow
def test_a_superuser_s_sql_cannot_end_other_sessions(pg_url, tmp_path):
    assert run_cli("--db", pg_url, "--tensors", tmp_path / "z.zarr", "init").returncode == 0
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as other:
        pid = other.info.backend_pid
        for statement in (f"SELECT pg_terminate_backend({pid})",
                          f"SELECT set_config('role', 'postgres', false), pg_terminate_backend({pid})"):
            result = run_cli("--db", pg_url, "sql", statement)
            assert result.returncode == 2 or "true" not in result.stdout.lower(), result.stdout
        assert other.execute("SELECT 1").fetchone() == (1,)  # still alive
    who = run_cli("--db", pg_url, "sql", "SELECT current_user AS c, session_user AS s, "
                  "(SELECT count(*) FROM cell) AS n", "--format", "json")
    assert who.returncode == 0, who.stderr
    assert json.loads(who.stdout) == [{"c": "expdb_sql_reader", "s": "expdb_sql_reader", "n": 0}]


def test_a_reset_of_the_reader_role_beside_another_one_is_made_again(pg_url):
    """Roles belong to the whole server, so expdb sql on two databases can reset the reader role
    at the same moment: an open transaction holds an update of the role while the reset starts,
    the reset's own update then fails ("tuple concurrently updated") once that commits, and the
    reset is made again instead of failing the command."""
    import threading
    import time

    from sqlalchemy.engine import make_url

    from expdb.store.postgres import READER_ROLE, _prepare_reader

    url = make_url(pg_url).set(drivername="postgresql")  # as read_only_sql hands it over
    _prepare_reader(url)  # the role exists
    outcome = {}
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as holder:
        holder.execute(f"ALTER ROLE {READER_ROLE} VALID UNTIL 'infinity'")  # uncommitted: holds the role's row

        def reset():
            try:
                outcome["password"] = _prepare_reader(url)
            except Exception as exc:  # noqa: BLE001 - the test reports what the reset raised
                outcome["error"] = exc

        worker = threading.Thread(target=reset)
        worker.start()
        time.sleep(1.0)  # the reset is now waiting on the held row
        assert worker.is_alive()
        holder.commit()
        worker.join(30)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["password"]
