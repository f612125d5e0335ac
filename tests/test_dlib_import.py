"""`expdb import-dlib`: the reference's aggregated results as typed rows."""

from __future__ import annotations

import json
import math

import pytest

from expdb.tables import Tables, run_sql

from conftest import run_cli
from planted import build, headline, quality_scores, record, write_columns


def _init(url, tmp_path):
    result = run_cli("--db", url, "--tensors", tmp_path / "z.zarr", "init")
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_import_typed_rows_and_idempotent(db_url, tmp_path):
    path = tmp_path / "results.json"
    records = build(path, ["dsprites_full"], [0, 1], quality_scores(), methods=["beta_vae", "dip_vae_ii", "annealed_vae"],
                    strengths=2, losses=lambda d, m, i, s: {"reconstruction_loss": 10.0 + i, "kl_loss": math.nan, "elbo": -3.5})
    _init(db_url, tmp_path)
    first = run_cli("--db", db_url, "import-dlib", path)
    assert first.returncode == 0, first.stderr
    assert "12 of 12 model rows new" in first.stdout
    second = run_cli("--db", db_url, "import-dlib", path)  # the same file: known by its digest, not parsed again
    assert second.returncode == 0 and "is already imported into study disentanglement_lib" in second.stdout
    renamed = tmp_path / "renamed.json"  # another file of the same records: parsed, and nothing is new
    renamed.write_bytes(path.read_bytes())
    third = run_cli("--db", db_url, "import-dlib", renamed)
    assert third.returncode == 0 and "0 of 12 model rows new" in third.stdout

    with Tables(db_url) as tables:
        models = tables.models("disentanglement_lib").collect()
        scores = tables.scores("disentanglement_lib").collect()
        hyper = tables.hyperparameters("disentanglement_lib").collect()
    assert models.height == 12
    assert set(models["source"]) == {"disentanglement_lib"}
    # quoted strings unquoted; NaN for an absent setting is no value, not a number
    assert set(models["method"]) == {"beta_vae", "dip_vae_ii", "annealed_vae"}
    assert models["kl_loss"].null_count() == 12 and set(models["reconstruction_loss"]) == {10.0, 11.0}
    annealed = models.filter(models["method"] == "annealed_vae")
    assert sorted(set(annealed["strength"])) == [5.0, 10.0] and set(annealed["strength_name"]) == {"c_max"}
    assert sorted(set(annealed["regularisation"])) == [-10.0, -5.0]
    # DIP-VAE-II: lambda_d = 1 x lambda_od; AnnealedVAE's absent gamma gets the reference's 1000
    named = hyper.join(models.select("model_id", "method"), on="model_id")
    by_model = {}
    for model_id, method, name, value in named.select("model_id", "method", "name", "value").iter_rows():
        by_model.setdefault((model_id, method), {})[name] = value
    for (_, method), values in by_model.items():
        if method == "dip_vae_ii":
            assert values["lambda_d"] == values["lambda_od"]
        if method == "annealed_vae":
            assert values["gamma"] == 1000 and values["iteration_threshold"] == 100000
    # one score row per evaluation_results key of every record
    expected = sum(sum(1 for k in r if k.startswith("evaluation_results.")) for r in records)
    assert scores.height == expected


def test_lambda_d_follows_the_factor(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    path = tmp_path / "r.json"
    build(path, ["dsprites_full"], [0], quality_scores(), methods=["dip_vae_i", "dip_vae_ii"], strengths=3,
          metrics=["mig"], representations=("mean",))
    _init(url, tmp_path)
    assert run_cli("--db", url, "import-dlib", path).returncode == 0
    with Tables(url) as tables:
        hyper = tables.hyperparameters().collect().join(tables.models().collect().select("model_id", "method"), on="model_id")
    for (model_id, method), g in hyper.group_by(["model_id", "method"]):
        values = dict(zip(g["name"], g["value"]))
        assert values["lambda_d"] == values["lambda_od"] * (10 if method == "dip_vae_i" else 1)


@pytest.mark.parametrize("damage, message", [
    (lambda r: r.update({"train_config.model.name": "'gan'"}), "unknown model 'gan'"),
    (lambda r: r.update({"evaluation_config.evaluation.name": "'nope'"}), "unknown evaluation 'nope'"),
    (lambda r: r.pop("train_config.dataset.name"), "train_config.dataset.name is missing"),
    (lambda r: r.update({"evaluation_results.discrete_mig": "high"}), "expected a number"),
    (lambda r: r.update({"postprocess_config.postprocess.name": "'median'"}), "neither 'mean' nor 'sampled'"),
])
def test_malformed_record_named_and_nothing_loaded(db_url, tmp_path, damage, message):
    path = tmp_path / "bad.json"
    records = [record("dsprites_full", "beta_vae", 4, seed, seed, "mean", "mig", headline("mig", 0.1 * seed))
               for seed in range(5)]
    damage(records[3])
    write_columns(path, records)
    _init(db_url, tmp_path)
    result = run_cli("--db", db_url, "import-dlib", path)
    assert result.returncode == 2
    assert "record 3 (row 3)" in result.stderr and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for table in ("cell", "model", "score", "study"):
        assert run_sql(db_url, f"SELECT count(*) AS n FROM {table}")["n"][0] == 0


def test_conflicting_duplicate_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    path = tmp_path / "dup.json"
    one = record("shapes3d", "beta_vae", 4, 0, 7, "mean", "mig", headline("mig", 0.2))
    other = record("shapes3d", "beta_vae", 4, 0, 7, "mean", "mig", headline("mig", 0.3))
    write_columns(path, [one, dict(one), other])
    _init(url, tmp_path)
    result = run_cli("--db", url, "import-dlib", path)
    assert result.returncode == 2 and "record 2 (row 2) repeats record 0" in result.stderr


def test_not_json_and_records_orientation(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    _init(url, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run_cli("--db", url, "import-dlib", bad)
    assert result.returncode == 2 and "not a JSON file" in result.stderr
    good = tmp_path / "records.json"
    good.write_text(json.dumps([record("cars3d", "factor_vae", 10, 1, 3, "sampled", "sap", headline("sap", 0.05))]))
    result = run_cli("--db", url, "import-dlib", good, "--study", "mine")
    assert result.returncode == 0, result.stderr
    with Tables(url) as tables:
        scores = tables.scores("mine").collect()
    assert scores.filter(scores["score"] == "SAP_score")["value"].to_list() == [0.05]
    assert set(scores["representation"]) == {"sampled"} and set(scores["method"]) == {"factor_vae"}
