"""Bad input: one line on stderr, exit code 2, and nothing written or lost."""

import os

import pytest
from sqlalchemy import text

from conftest import run_cli, toy_spec
from expdb.store import open_store

GOOD = toy_spec


def snapshot(folder):
    return sorted((p.relative_to(folder).as_posix(), p.stat().st_size) for p in folder.rglob("*") if p.is_file())


def assert_refused(result, *words):
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def workdir(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    assert run_cli("init", cwd=work).returncode == 0
    return work


BROKEN = {
    "malformed TOML": ("[study\nname = 'x'\n", "not valid TOML"),
    "unknown key": ('[study]\nname = "s"\nowner = "me"\n[train]\n[grid.root]\nfixed = {seed = 1}\n', "study.owner: unknown key"),
    "empty axis": ('[study]\nname = "s"\n[train]\nrunner = "toy-train"\n[grid.root]\naxis = "seed"\nvalues = []\n',
                   "grid.root.values: is empty"),
    "zip of unequal lengths": ('[study]\nname = "s"\n[train]\nrunner = "toy-train"\n[grid.root]\nzip = { a = [1, 2], b = [3] }\n',
                               "grid.root.zip: members must have equal lengths"),
    "unknown runner": ('[study]\nname = "s"\n[train]\nrunner = "nope"\n[grid.root]\nfixed = { method = "m", dataset = "d", seed = 0 }\n',
                       "unknown runner 'nope'"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("command", ["plan", "fill"])
def test_broken_spec_writes_nothing(workdir, case, command):
    text_, words = BROKEN[case]
    (workdir / "bad.toml").write_text(text_)
    before = snapshot(workdir)
    result = run_cli(command, "bad.toml", cwd=workdir)
    assert_refused(result, "bad.toml", words)
    assert snapshot(workdir) == before


def test_bad_where_and_kind(workdir, tmp_path):
    spec = GOOD(tmp_path)
    before = snapshot(workdir)
    assert_refused(run_cli("fill", spec, "--where", "colour=red", cwd=workdir), "no cell has a label 'colour'")
    result = run_cli("plan", spec, "--kind", "bake", cwd=workdir)
    assert result.returncode == 2 and "bake" in result.stderr
    assert snapshot(workdir) == before


@pytest.mark.slow
def test_unreachable_database_and_bad_urls(tmp_path):
    spec = GOOD(tmp_path)
    work = tmp_path / "empty"
    work.mkdir()
    cases = [
        ("postgresql+psycopg://postgres@127.0.0.1:1/nowhere", "cannot connect to postgresql+psycopg://postgres@127.0.0.1:1/nowhere"),
        ("mysql://root@127.0.0.1/test", "unsupported database 'mysql'"),
        ("not a url", "not a database URL"),
        (f"sqlite:///{work / 'missing.db'}", "no database at"),
    ]
    for url, words in cases:
        result = run_cli("--db", url, "fill", spec, cwd=work)
        assert_refused(result, words)
        result = run_cli("--db", url, "status", cwd=work)
        assert_refused(result, words)
    assert list(work.iterdir()) == []


def test_database_from_a_newer_schema_is_refused(workdir, tmp_path):
    store = open_store(f"sqlite:///{workdir / 'expdb.db'}")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE expdb_schema_version SET version_num = 'f00d'"))
    store.dispose()
    before = snapshot(workdir)
    for args in (["status"], ["fill", str(GOOD(tmp_path))], ["db", "upgrade"]):
        assert_refused(run_cli(*args, cwd=workdir), "schema f00d is newer than this expdb")
    assert snapshot(workdir) == before


def test_store_path_that_is_a_file(tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    (work / "expdb.zarr").write_text("not a store")
    assert_refused(run_cli("init", cwd=work), "expdb.zarr is a file")
    assert sorted(os.listdir(work)) == ["expdb.zarr"]  # no database was created either
    assert run_cli("--tensors", "elsewhere.zarr", "init", cwd=work).returncode == 0
    before = snapshot(work)
    assert_refused(run_cli("fill", GOOD(tmp_path), cwd=work), "expdb.zarr is a file")
    assert snapshot(work) == before


def test_no_database_yet_says_how_to_make_one(tmp_path):
    result = run_cli("plan", GOOD(tmp_path), cwd=tmp_path)
    assert_refused(result, "no database at expdb.db; run: expdb --db sqlite:///expdb.db init")
    assert not (tmp_path / "expdb.db").exists()
