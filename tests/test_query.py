"""The query API (Polars tables over the typed schema) and `expdb query`."""

from __future__ import annotations

import json

import polars as pl
import pytest

from expdb.tables import Tables, UnknownStudy

from conftest import run_cli
from planted import build, load_into, quality_scores


@pytest.fixture
def planted(db_url, tmp_path):
    path = tmp_path / "r.json"
    records = build(path, ["dsprites_full", "cars3d"], [0, 1], quality_scores(), methods=["beta_vae", "annealed_vae"],
                    strengths=2, losses=lambda d, m, i, s: {"reconstruction_loss": 5.0 + i + s, "kl_loss": 1.0, "elbo": -6.0})
    load_into(db_url, path)
    return db_url, records


def test_tidy_table(planted):
    url, records = planted
    with Tables(url) as tables:
        tidy = tables.scores().collect()
        mig = tables.scores(metrics=["mig"], representation="mean").collect()
    expected = sum(sum(1 for k in r if k.startswith("evaluation_results.")) for r in records)
    assert tidy.height == expected
    assert tidy.columns == ["study", "model_key", "model_id", "dataset", "method", "strength_name", "strength",
                            "regularisation", "seed", "representation", "metric", "profile", "eval_seed", "score", "value"]
    assert set(mig["metric"]) == {"mig"} and set(mig["representation"]) == {"mean"}
    assert mig.height == 16 * 2  # 16 models x (discrete_mig, extra_score)
    # the value read back is the value written
    one = [r for r in records if r["evaluation_config.evaluation.name"] == "'mig'"
           and r["postprocess_config.postprocess.name"] == "'mean'" and r["train_config.model.model_num"] == 5][0]
    model = tidy.filter(pl.col("score") == "discrete_mig").join(
        Tables(url).models().collect().filter(pl.col("model_num") == 5).select("model_id"), on="model_id")
    assert model.filter(pl.col("representation") == "mean")["value"][0] == one["evaluation_results.discrete_mig"]


def test_models_and_wide(planted):
    url, _ = planted
    with Tables(url) as tables:
        models = tables.models().collect()
        wide = tables.wide(metrics=["mig", "sap"]).collect()
    assert models.height == 16 and models["model_key"].n_unique() == 16
    assert set(models["strength_name"]) == {"beta", "c_max"}
    annealed = models.filter(pl.col("method") == "annealed_vae")
    assert (annealed["regularisation"] == -annealed["strength"]).all()
    assert wide.height == 16
    assert {"mean.mig.discrete_mig", "sampled.sap.SAP_score"} <= set(wide.columns)
    assert models["reconstruction_loss"].sort().to_list() == wide["reconstruction_loss"].sort().to_list()


def test_study_resolution(tmp_path):
    url = f"sqlite:///{tmp_path / 'two.db'}"
    path = tmp_path / "r.json"
    build(path, ["dsprites_full"], [0], quality_scores(), methods=["beta_vae"], strengths=1, metrics=["mig"])
    load_into(url, path, study="one")
    load_into(url, path, study="two")
    with Tables(url) as tables:
        assert tables.studies() == ["one", "two"]
        with pytest.raises(UnknownStudy, match="several studies"):
            tables.scores()
        with pytest.raises(UnknownStudy, match="no study 'three'"):
            tables.scores("three")
        # the same cells belong to both studies; each study sees them once
        assert tables.scores("one").collect().height == tables.scores("two").collect().height == 4


@pytest.mark.slow
def test_query_command_formats(planted, tmp_path):
    url, _ = planted
    listing = run_cli("--db", url, "query")
    assert listing.returncode == 0 and "scores" in listing.stdout and "transfer" in listing.stdout
    as_json = run_cli("--db", url, "query", "models", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert len(json.loads(as_json.stdout)) == 16
    out = tmp_path / "scores.parquet"
    parquet = run_cli("--db", url, "query", "scores", "--format", "parquet", "--out", out)
    assert parquet.returncode == 0, parquet.stderr
    with Tables(url) as tables:
        assert pl.read_parquet(out).height == tables.scores().collect().height
    csv = run_cli("--db", url, "query", "headline", "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("model_id,dataset,method")
    claim = run_cli("--db", url, "query", "metric_agreement")
    assert claim.returncode == 0 and "metric_a" in claim.stdout
    missing = run_cli("--db", url, "query", "nope")
    assert missing.returncode == 2 and "no saved query 'nope'" in missing.stderr
    no_out = run_cli("--db", url, "query", "scores", "--format", "parquet")
    assert no_out.returncode == 2 and "needs --out" in no_out.stderr


def test_user_queries_folder(planted, tmp_path):
    url, _ = planted
    folder = tmp_path / "my_queries"
    folder.mkdir()
    (folder / "best_mig.py").write_text(
        "import polars as pl\n"
        "def query(tables, study):\n"
        "    '''Best MIG per data set.'''\n"
        "    s = tables.scores(study, metrics=['mig'], names=['discrete_mig'], representation='mean')\n"
        "    return s.group_by('dataset').agg(pl.col('value').max()).sort('dataset')\n")
    result = run_cli("--db", url, "query", "best_mig", "--queries", folder, "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    with Tables(url) as tables:
        mig = tables.scores(metrics=["mig"], names=["discrete_mig"], representation="mean").collect()
    assert rows == [{"dataset": d, "value": mig.filter(pl.col("dataset") == d)["value"].max()} for d in ["cars3d", "dsprites_full"]]
    (folder / "broken.py").write_text("def query(:\n")
    broken = run_cli("--db", url, "query", "best_mig", "--queries", folder)
    assert broken.returncode == 2 and "broken.py" in broken.stderr
