"""More bad input, each on both backends where the backend matters: one line on stderr, exit
code 2, and nothing written. Values are checked against the schema's limits when a spec is
planned, so SQLite (which would store them) and PostgreSQL (which refuses them at the first
write, after the work) behave the same."""

import json
import shutil
import subprocess
import sys

import polars as pl
import pytest

from conftest import run_cli, toy_spec
from expdb.tables import run_sql
from test_cli_errors import assert_refused

SPEC = """
[study]
name = {name}

[train]
runner = "toy-train"

[grid.root]
product = ["seeds", "methods"]

[grid.seeds]
axis = "seed"
{seeds}

[grid.methods]
fixed = {{ dataset = {dataset}, method = "m" }}
zip = {{ beta = [{beta}] }}

[represent]
runner = "{represent}"

[evaluate]
runner = "{evaluate}"
metrics = [{metric}]
{evaluate_settings}
"""


def spec(tmp_path, name='"s"', seeds="values = [0, 1]", dataset='"d"', beta="1.0", metric='"x"',
         represent="toy-represent", evaluate="toy-evaluate", evaluate_settings=""):
    path = tmp_path / "bad.toml"
    path.write_text(SPEC.format(name=name, seeds=seeds, dataset=dataset, beta=beta, metric=metric,
                                represent=represent, evaluate=evaluate, evaluate_settings=evaluate_settings))
    return path


def _init(db_url, tmp_path):
    assert run_cli("--db", db_url, "--tensors", tmp_path / "z.zarr", "init").returncode == 0


def _cells(db_url):
    return {t: run_sql(db_url, f"SELECT count(*) AS n FROM {t}")["n"][0] for t in ("study", "cell", "study_cell")}


CASES = {
    "a billion seeds": (dict(seeds="range = [0, 1000000000]"), "grid.seeds: expands to 1,000,000,000"),
    "a product past the limit": (dict(seeds="range = [0, 100000]", beta=", ".join(["1"] * 20)),
                                 "grid.root: expands to 2,000,000 or more"),
    "a NaN hyperparameter": (dict(beta="nan"), "grid.methods.zip.beta: expected a finite number, got nan"),
    "an infinite hyperparameter": (dict(beta="inf"), "expected a finite number, got inf"),
    "a 300-character study name": (dict(name='"' + "s" * 300 + '"'), "study.name: 300 characters, at most 200"),
    "a NUL in the study name": (dict(name='"a\\u0000b"'), "study.name: contains the control character"),
    "a seed past INTEGER": (dict(seeds="values = [3000000000]"), "seed 3000000000: 3000000000 is outside the integer range"),
    "a 150-character data set": (dict(dataset='"' + "d" * 150 + '"'), "dataset 'ddd"),
    "a 150-character metric": (dict(metric='"' + "x" * 150 + '"'), "metric 'xxx"),
    "an unknown metric profile": (dict(represent="represent", evaluate="metrics", metric='"mig"',
                                       evaluate_settings='profile = "quick"'),
                                  "mig: profile must be one of paper, fast, smoke, not 'quick'"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_at_plan_time_on_both_backends(db_url, tmp_path, case):
    kwargs, words = CASES[case]
    path = spec(tmp_path, **kwargs)
    _init(db_url, tmp_path)
    for command in ("plan", "fill"):
        result = run_cli("--db", db_url, "--tensors", tmp_path / "z.zarr", command, path, timeout=60)
        assert_refused(result, words)
    assert _cells(db_url) == {"study": 0, "cell": 0, "study_cell": 0}


@pytest.mark.slow
def test_a_garbage_or_truncated_sqlite_file_is_refused(tmp_path):
    spec_path = toy_spec(tmp_path)
    good = tmp_path / "good.db"
    assert run_cli("--db", f"sqlite:///{good}", "--tensors", tmp_path / "z.zarr", "init").returncode == 0
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(bytes(range(256)) * 40)
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    for path, words in ((garbage, "is not a SQLite database"), (truncated, "is truncated")):
        before = path.read_bytes()
        for args in (["status"], ["plan", spec_path], ["fill", spec_path], ["verify"], ["db", "upgrade"]):
            assert_refused(run_cli("--db", f"sqlite:///{path}", "--tensors", tmp_path / "z.zarr", *args), words)
        assert path.read_bytes() == before


def _bundle(tmp_path):
    source = f"sqlite:///{tmp_path / 'source.db'}"
    assert run_cli("--db", source, "--tensors", tmp_path / "s.zarr", "init").returncode == 0
    assert run_cli("--db", source, "--tensors", tmp_path / "s.zarr", "fill", toy_spec(tmp_path), "--quiet").returncode == 0
    out = tmp_path / "bundle"
    assert run_cli("--db", source, "dump", out).returncode == 0
    return out


def _rewrite(folder, table, frame: pl.DataFrame):
    """Replace one table of a bundle and keep its manifest consistent, as a tool would."""
    import hashlib
    import io

    buffer = io.BytesIO()
    frame.write_parquet(buffer, compression="zstd", statistics=False)
    (folder / f"{table}.parquet").write_bytes(buffer.getvalue())
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["tables"][table] = {"rows": frame.height, "sha256": hashlib.sha256(buffer.getvalue()).hexdigest()}
    (folder / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.slow
def test_a_bundle_is_checked_before_anything_loads(db_url, tmp_path):
    out = _bundle(tmp_path)
    _init(db_url, tmp_path)

    def refused(folder, words):
        assert_refused(run_cli("--db", db_url, "load", folder), words)
        assert _cells(db_url) == {"study": 0, "cell": 0, "study_cell": 0}  # not even the study row

    duplicated = tmp_path / "duplicated"
    shutil.copytree(out, duplicated)
    scores = pl.read_parquet(out / "score.parquet")
    _rewrite(duplicated, "score", pl.concat([scores, scores.head(1)]))
    refused(duplicated, "bundle table score: the row evaluation_cell_key=")

    forged = tmp_path / "forged"
    shutil.copytree(out, forged)
    cells = pl.read_parquet(out / "cell.parquet")
    edited = cells.with_columns(pl.when(pl.int_range(pl.len()) == 0)
                                .then(pl.col("content").str.replace('"seed":0', '"seed":7'))
                                .otherwise(pl.col("content")).alias("content"))
    _rewrite(forged, "cell", edited)
    refused(forged, "is not the hash of its content")

    future = tmp_path / "future"
    shutil.copytree(out, future)
    manifest = json.loads((future / "manifest.json").read_text())
    manifest["schema_revision"] = "9999"
    (future / "manifest.json").write_text(json.dumps(manifest))
    refused(future, "bundle schema revision '9999' is unknown to this expdb")

    no_model = tmp_path / "no_model"  # re-hashed: its manifest agrees, one model row is gone
    shutil.copytree(out, no_model)
    _rewrite(no_model, "model", pl.read_parquet(out / "model.parquet").slice(1))
    refused(no_model, "which neither the bundle nor the database holds")

    text_score = tmp_path / "text_score"
    shutil.copytree(out, text_score)
    _rewrite(text_score, "score", scores.with_columns(pl.col("value").cast(pl.String)))
    refused(text_score, "column value holds String values where the schema has Float64")

    loaded = run_cli("--db", db_url, "load", out)  # the untouched bundle still loads
    assert loaded.returncode == 0, loaded.stderr


@pytest.mark.slow
def test_non_finite_scores_load_as_null_as_fill_stores_them(db_url, tmp_path):
    out = _bundle(tmp_path)
    _init(db_url, tmp_path)
    scores = pl.read_parquet(out / "score.parquet")
    odd = scores.with_columns(pl.when(pl.int_range(pl.len()) % 3 == 0).then(float("inf"))
                              .when(pl.int_range(pl.len()) % 3 == 1).then(float("nan"))
                              .otherwise(float("-inf")).alias("value"))
    _rewrite(out, "score", odd)
    loaded = run_cli("--db", db_url, "load", out)
    assert loaded.returncode == 0, loaded.stderr
    counts = run_sql(db_url, "SELECT count(*) AS n, count(value) AS v FROM score")
    assert counts["n"][0] == scores.height and counts["v"][0] == 0


@pytest.mark.parametrize("lease", ["1e308", "inf", "0", "-3", "2592001"])
def test_a_lease_a_timer_cannot_wait_is_refused(tmp_path, lease):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    _init(db, tmp_path)
    result = run_cli("--db", db, "--tensors", tmp_path / "z.zarr", "fill", toy_spec(tmp_path), "--lease", lease)
    assert result.returncode == 2 and "Invalid value for --lease" in result.stderr and "at most 2592000" in result.stderr
    assert _cells(db) == {"study": 0, "cell": 0, "study_cell": 0}


@pytest.mark.parametrize("steps, words", [('"three"', "steps must be an integer, not 'three'"),
                                          ("-5", "steps must be a positive integer, not -5"),
                                          ("2.5", "steps must be an integer, not 2.5")])
def test_the_toy_runners_refuse_bad_settings_before_any_cell(tmp_path, steps, words):
    db = f"sqlite:///{tmp_path / 't.db'}"
    _init(db, tmp_path)
    path = toy_spec(tmp_path)
    path.write_text(path.read_text().replace("steps = 2", f"steps = {steps}"))
    for command in ("plan", "fill"):
        assert_refused(run_cli("--db", db, "--tensors", tmp_path / "z.zarr", command, path), words)
    assert _cells(db) == {"study": 0, "cell": 0, "study_cell": 0}


def test_a_read_only_tensor_store_is_found_before_any_cell_is_claimed(tmp_path):
    """The store sits on a read-only mount (a bind mount in a private mount namespace, the way a
    read-only network share looks): fill stops at once, one line, nothing claimed or written."""
    db = f"sqlite:///{tmp_path / 'x.db'}"
    zarr = tmp_path / "z.zarr"
    _init(db, tmp_path)
    spec_path = toy_spec(tmp_path)
    script = (f"mount --bind -o ro {zarr} {zarr} && exec {sys.executable} -m expdb.cli --db {db} "
              f"--tensors {zarr} fill {spec_path}")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert_refused(result, f"tensor store {zarr} is not writable", "Read-only file system")
    assert _cells(db) == {"study": 0, "cell": 0, "study_cell": 0}


@pytest.mark.parametrize("statement, left_behind", [
    ("ATTACH DATABASE '{tmp}/new.db' AS a", "new.db"),
    ("VACUUM INTO '{tmp}/copy.db'", "copy.db"),
    ("  /* a comment first */ ATTACH '{tmp}/other.db' AS b", "other.db"),
    ("WITH x AS (SELECT 1) DELETE FROM score", None),
])
def test_sql_refuses_what_is_not_a_query_on_sqlite(tmp_path, statement, left_behind):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    _init(db, tmp_path)
    before = (tmp_path / "x.db").read_bytes()
    result = run_cli("--db", db, "sql", statement.format(tmp=tmp_path))
    assert_refused(result, "expdb sql only reads")
    if left_behind:
        assert not (tmp_path / left_behind).exists()
    assert (tmp_path / "x.db").read_bytes() == before


@pytest.mark.slow
def test_sql_cannot_write_a_server_file_on_postgres(pg_url, tmp_path):
    _init(pg_url, tmp_path)
    target = tmp_path / "copied.txt"
    assert_refused(run_cli("--db", pg_url, "sql", f"COPY (SELECT 1) TO '{target}'"), "expdb sql only reads")
    # a superuser's session reads as pg_read_all_data: server-side file functions are refused
    result = run_cli("--db", pg_url, "sql", f"SELECT lo_export(1, '{target}')")
    assert_refused(result, "permission denied")
    assert not target.exists()
    assert run_cli("--db", pg_url, "sql", "SELECT count(*) AS n FROM cell").returncode == 0
