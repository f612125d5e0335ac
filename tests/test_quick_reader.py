"""Reading a SQLite file the quick way (sqlite3 alone, no SQLAlchemy): taken only where it
answers as the store would, and the store's one-line refusals everywhere else."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from expdb.errors import DatabaseError
from expdb.store import open_store
from expdb.store.migrate import head_revision
from expdb.store.revision_files import head_from_files
from expdb.tables import Tables
from expdb.tables.reader import SqliteReader, quick_reader

from planted import build, load_into, quality_scores

UPGRADES = Path(__file__).parent / "upgrades"


@pytest.fixture
def planted(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    path = tmp_path / "r.json"
    build(path, ["shapes3d"], [0, 1], quality_scores(), methods=["beta_vae"], strengths=2, metrics=["mig"])
    load_into(url, path)
    return url


def test_the_revision_read_off_the_files_is_alembics_head():
    assert head_from_files() == head_revision()


def test_a_database_at_this_schema_is_read_without_sqlalchemy(planted):
    code = ("import sys; from expdb.tables import Tables\n"
            f"with Tables({planted!r}) as t:\n"
            "    n = t.scores().collect().height\n"
            "    print(type(t._reader).__name__, n, 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "SqliteReader" and int(out[1]) > 0 and out[2] == "False"


def test_the_quick_way_reads_what_the_store_reads(planted):
    with Tables(planted) as quick, Tables(open_store(planted)) as full:
        assert isinstance(quick._reader, SqliteReader)
        assert quick.scores().collect().sort("model_id", "score").equals(full.scores().collect().sort("model_id", "score"))
        assert quick.url == full.url


def test_the_quick_way_cannot_write(planted):
    reader = quick_reader(planted)
    try:
        with pytest.raises(DatabaseError, match="cannot read"):
            reader.read("DELETE FROM score")
    finally:
        reader.dispose()
    with Tables(planted) as tables:
        assert tables.scores().collect().height > 0


def test_writes_open_the_store_on_demand(planted):
    with Tables(planted) as tables:
        assert tables._store is None
        tables.store.record_verdicts(tables.resolve_study(None), [])
        assert tables._store is not None


def test_anything_else_goes_to_the_store_and_its_refusals(tmp_path, planted):
    older = tmp_path / "older.db"
    shutil.copy(UPGRADES / "0003.sqlite", older)
    not_sqlite = tmp_path / "text.db"
    not_sqlite.write_text("x" * 200)
    for url in (f"sqlite:///{older}", f"sqlite:///{not_sqlite}", f"sqlite:///{tmp_path / 'missing.db'}",
                planted + "?timeout=5"):
        assert quick_reader(url) is None, url
    with pytest.raises(DatabaseError, match="needs 0004|db upgrade"):
        Tables(f"sqlite:///{older}")
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        Tables(f"sqlite:///{not_sqlite}")
    with pytest.raises(DatabaseError, match="no database"):
        Tables(f"sqlite:///{tmp_path / 'missing.db'}")


def test_a_newer_schema_is_not_read_the_quick_way(planted):
    path = planted[len("sqlite:///"):]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE expdb_schema_version SET version_num = '9999'")
    assert quick_reader(planted) is None
    with pytest.raises(DatabaseError, match="newer than this expdb"):
        Tables(planted)
