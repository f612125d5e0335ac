"""`expdb dump` / `expdb load`: a study's rows out of one database and into another."""

from __future__ import annotations

import json

import pytest

from expdb.tables import run_sql

from conftest import run_cli, toy_spec
from planted import build, load_into, quality_scores

TABLES = ("cell", "cell_dependency", "study_cell", "model", "hyperparameter", "model_setting", "training_curve",
          "representation", "evaluation", "score", "provenance")


def _counts(url):
    return {t: run_sql(url, f"SELECT count(*) AS n FROM {t}")["n"][0] for t in TABLES}


@pytest.mark.slow
def test_filled_study_round_trip(db_url, tmp_path):
    """A study filled by the engine (toy runners) dumps and loads into an empty database on
    each backend with every row, key and provenance; loading twice adds nothing."""
    source = f"sqlite:///{tmp_path / 'source.db'}"
    spec = toy_spec(tmp_path, datasets=("a", "b"), seeds=2)
    store = str(tmp_path / "zarr")
    assert run_cli("--db", source, "--tensors", store, "init").returncode == 0
    filled = run_cli("--db", source, "--tensors", store, "fill", spec, "--quiet")
    assert filled.returncode == 0, filled.stderr
    out = tmp_path / "bundle"
    dumped = run_cli("--db", source, "dump", out)
    assert dumped.returncode == 0, dumped.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["format"] == "expdb-results" and manifest["study"]["name"] == "toy"

    assert run_cli("--db", db_url, "--tensors", tmp_path / "target.zarr", "init").returncode == 0
    loaded = run_cli("--db", db_url, "load", out)
    assert loaded.returncode == 0, loaded.stderr
    assert _counts(db_url) == _counts(source)
    keys = "SELECT key, kind, state, content FROM cell ORDER BY key"
    assert run_sql(db_url, keys).rows() == run_sql(source, keys).rows()
    scores = ("SELECT c.key, s.name, s.value FROM score s JOIN evaluation e ON e.id = s.evaluation_id "
              "JOIN cell c ON c.id = e.cell_id ORDER BY 1, 2")
    assert run_sql(db_url, scores).rows() == run_sql(source, scores).rows()
    prov = "SELECT c.key, p.host, p.python_version FROM cell c JOIN provenance p ON p.id = c.provenance_id ORDER BY 1"
    assert run_sql(db_url, prov).rows() == run_sql(source, prov).rows()
    again = run_cli("--db", db_url, "load", out)
    assert again.returncode == 0 and "0 of" in again.stdout
    assert _counts(db_url) == _counts(source)
    # the loaded study is the same study: planning it finds nothing missing
    plan = run_cli("--db", db_url, "--tensors", store, "plan", spec, "--json")
    assert plan.returncode == 0, plan.stderr
    kinds = json.loads(plan.stdout)["kinds"]
    assert all(row["missing"] == 0 and row["done"] == row["wanted"] for row in kinds.values())


@pytest.mark.slow
def test_claims_equal_after_round_trip(tmp_path):
    source = f"sqlite:///{tmp_path / 'source.db'}"
    path = tmp_path / "r.json"
    build(path, ["dsprites_full", "shapes3d"], [0, 1], quality_scores(noise=0.4), strengths=2)
    load_into(source, path)
    assert run_cli("--db", source, "dump", tmp_path / "b").returncode == 0
    target = f"sqlite:///{tmp_path / 'target.db'}"
    assert run_cli("--db", target, "--tensors", tmp_path / "target.zarr", "init").returncode == 0
    assert run_cli("--db", target, "load", tmp_path / "b").returncode == 0
    verify = [json.loads(run_cli("--db", url, "verify", "--json").stdout) for url in (source, target)]
    assert verify[0] == verify[1]


@pytest.mark.parametrize("damage, message", [
    (lambda folder: (folder / "score.parquet").write_bytes((folder / "score.parquet").read_bytes()[:-10]), "checksum mismatch"),
    (lambda folder: (folder / "model.parquet").unlink(), "table model is missing"),
    (lambda folder: (folder / "manifest.json").write_text(
        (folder / "manifest.json").read_text().replace('"version": 1', '"version": 9')), "bundle version 9"),
])
def test_damaged_bundle_loads_nothing(tmp_path, damage, message):
    source = f"sqlite:///{tmp_path / 'source.db'}"
    path = tmp_path / "r.json"
    build(path, ["shapes3d"], [0], quality_scores(), methods=["beta_vae"], strengths=2, metrics=["mig"])
    load_into(source, path)
    folder = tmp_path / "b"
    assert run_cli("--db", source, "dump", folder).returncode == 0
    damage(folder)
    target = f"sqlite:///{tmp_path / 'target.db'}"
    assert run_cli("--db", target, "--tensors", tmp_path / "target.zarr", "init").returncode == 0
    result = run_cli("--db", target, "load", folder)
    assert result.returncode == 2 and message in result.stderr
    assert _counts(target)["cell"] == 0
