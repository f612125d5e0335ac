"""The committed reference result (results/cpu): loaded into an empty database, every claim
must give exactly the recorded figures and verdicts, so a change that moves a claim fails CI."""

from __future__ import annotations

import json

from expdb.tables import Tables

from conftest import ROOT, run_cli

RESULTS = ROOT / "results" / "cpu"


def test_committed_results_reverify_exactly(tmp_path):
    url = f"sqlite:///{tmp_path / 'cpu.db'}"
    assert run_cli("--db", url, "init").returncode == 0
    loaded = run_cli("--db", url, "load", RESULTS)
    assert loaded.returncode == 0, loaded.stderr
    verify = run_cli("--db", url, "verify", "--json")
    assert verify.returncode == 0, verify.stderr
    recorded = json.loads((RESULTS / "verify.json").read_text())
    assert json.loads(verify.stdout) == recorded
    table = run_cli("--db", url, "verify")
    first, rest = table.stdout.split("\n", 1)
    assert first == f"database {url}"  # the database used, then the recorded table
    assert rest == (RESULTS / "verify.txt").read_text()


def test_committed_results_are_the_shipped_study(tmp_path):
    manifest = json.loads((RESULTS / "manifest.json").read_text())
    assert manifest["study"]["spec_text"] == (ROOT / "studies" / "cpu.toml").read_text()
    url = f"sqlite:///{tmp_path / 'cpu.db'}"
    assert run_cli("--db", url, "init").returncode == 0
    assert run_cli("--db", url, "load", RESULTS).returncode == 0
    with Tables(url) as tables:
        models = tables.models("cpu").collect()
        scores = tables.scores("cpu").collect()
    assert models.height == 108 and models["model_key"].n_unique() == 108
    assert scores.select("model_id", "representation", "metric").unique().height == 108 * 2 * 9
    assert set(scores["profile"]) == {"fast"}
    # every cell the spec wants is there: planning it against the loaded database finds nothing missing
    plan = run_cli("--db", url, "plan", ROOT / "studies" / "cpu.toml", "--json")
    kinds = json.loads(plan.stdout)["kinds"]
    assert all(row["missing"] == 0 and row["done"] == row["wanted"] for row in kinds.values())
