"""The committed results (results/cpu, the CPU study; results/gpu, the GPU slice): loaded into an
empty database, every claim must give exactly the recorded figures and verdicts, so a change
that moves a claim fails CI."""

from __future__ import annotations

import json

import pytest

from expdb.tables import Tables

from conftest import ROOT, run_cli

STUDIES = ["cpu", "gpu"]  # results/NAME holds the bundle of studies/NAME.toml


@pytest.mark.slow
@pytest.mark.parametrize("name", STUDIES)
def test_committed_results_reverify_exactly(tmp_path, name):
    results = ROOT / "results" / name
    url = f"sqlite:///{tmp_path / 'study.db'}"
    assert run_cli("--db", url, "--tensors", tmp_path / "study.zarr", "init").returncode == 0
    loaded = run_cli("--db", url, "load", results)
    assert loaded.returncode == 0, loaded.stderr
    verify = run_cli("--db", url, "verify", "--json")
    assert verify.returncode == 0, verify.stderr
    recorded = json.loads((results / "verify.json").read_text())
    assert json.loads(verify.stdout) == recorded
    table = run_cli("--db", url, "verify")
    first, rest = table.stdout.split("\n", 1)
    assert first == f"database {url}"  # the database used, then the recorded table
    assert rest == (results / "verify.txt").read_text()


@pytest.mark.slow
@pytest.mark.parametrize("name", STUDIES)
def test_committed_results_are_the_shipped_study(tmp_path, name):
    results = ROOT / "results" / name
    manifest = json.loads((results / "manifest.json").read_text())
    assert manifest["study"]["spec_text"] == (ROOT / "studies" / f"{name}.toml").read_text()
    url = f"sqlite:///{tmp_path / 'study.db'}"
    assert run_cli("--db", url, "--tensors", tmp_path / "study.zarr", "init").returncode == 0
    assert run_cli("--db", url, "load", results).returncode == 0
    with Tables(url) as tables:
        models = tables.models(name).collect()
        scores = tables.scores(name).collect()
    assert models.height == 108 and models["model_key"].n_unique() == 108
    assert scores.select("model_id", "representation", "metric").unique().height == 108 * 2 * 9
    assert set(scores["profile"]) == {"fast"}
    # every cell the spec wants is there: planning it against the loaded database finds nothing missing
    plan = run_cli("--db", url, "plan", ROOT / "studies" / f"{name}.toml", "--json")
    kinds = json.loads(plan.stdout)["kinds"]
    assert all(row["missing"] == 0 and row["done"] == row["wanted"] for row in kinds.values())


@pytest.mark.slow
def test_the_gpu_slice_was_trained_on_a_gpu_in_gangs(tmp_path):
    """results/gpu records how its cells were computed: every model on CUDA in a gang of 9 (one
    method's 3 strengths x 3 seeds of a data set), every model's encode (represent) cell on CUDA, every
    evaluation on the CPU."""
    url = f"sqlite:///{tmp_path / 'gpu.db'}"
    assert run_cli("--db", url, "--tensors", tmp_path / "study.zarr", "init").returncode == 0
    assert run_cli("--db", url, "load", ROOT / "results" / "gpu").returncode == 0
    rows = json.loads(run_cli("--db", url, "sql", "SELECT c.kind, p.device, p.gang_size, count(*) AS n FROM cell c "
                                                 "JOIN provenance p ON p.id = c.provenance_id GROUP BY 1, 2, 3 "
                                                 "ORDER BY 1", "--format", "json").stdout)
    assert rows == [{"kind": "evaluate", "device": "cpu", "gang_size": None, "n": 1944},
                    {"kind": "represent", "device": "cuda", "gang_size": None, "n": 108},
                    {"kind": "train", "device": "cuda", "gang_size": 9, "n": 108}]
