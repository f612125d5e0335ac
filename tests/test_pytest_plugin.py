"""The pytest plugin installed with expdb: `pytest --expdb-db URL` re-verifies a study's claims as
test items beside a project's own tests; without the option it adds nothing."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import run_cli
from planted import quality_scores
from test_claims import planted_db


def _pytest(project, *args):
    """pytest run as a user's project runs it: its own folder and settings, one process."""
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
                           "-c", str(project / "pytest.ini"), "--rootdir", str(project), *map(str, args)],
                          cwd=project, capture_output=True, text=True, timeout=300)


def _project(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "pytest.ini").write_text("[pytest]\n")
    (project / "test_own.py").write_text("def test_the_project_s_own():\n    assert True\n")
    return project


def test_claims_are_test_items_and_a_failing_claim_fails_its_item(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())  # mean_vs_sampled fails; unsupervised_selection is a warning
    project = _project(tmp_path)
    result = _pytest(project, "--expdb-db", url, "-rA")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED ::expdb::planted::mean_vs_sampled" in result.stdout
    assert "PASSED test_own.py::test_the_project_s_own" in result.stdout
    assert "fails, refuted family-wise: dsprites_full annealed_vae" in result.stdout  # the findings, in full
    report = json.loads(run_cli("--db", url, "verify", "--json").stdout)
    failing = sorted(c["claim"] for c in report["claims"] if c["verdict"] == "fails" and c["severity"] == "error")
    assert f"{len(failing)} failed, {len(report['claims']) - len(failing) + 1} passed" in result.stdout
    one = _pytest(project, "--expdb-db", url, "--expdb-claim", "metric_agreement", "-rA")
    assert one.returncode == 0 and "PASSED ::expdb::planted::metric_agreement" in one.stdout


def test_drift_against_a_committed_verification_fails_the_claim_that_moved(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    committed = json.loads(run_cli("--db", url, "verify", "--json").stdout)
    agreement = next(c for c in committed["claims"] if c["claim"] == "metric_agreement")
    agreement["measured"] = round(agreement["measured"] + 0.1, 6)
    edited = tmp_path / "verify.json"
    edited.write_text(json.dumps(committed))
    project = _project(tmp_path)
    result = _pytest(project, "--expdb-db", url, "--expdb-claim", "metric_agreement", "--expdb-against", edited)
    assert result.returncode == 1 and "moved since" in result.stdout and "metric_agreement: measured: " in result.stdout
    tolerant = _pytest(project, "--expdb-db", url, "--expdb-claim", "metric_agreement", "--expdb-against", edited,
                       "--expdb-tolerance", "0.2")
    assert tolerant.returncode == 0, tolerant.stdout


def test_without_the_option_the_plugin_adds_nothing_and_a_bad_database_is_a_usage_error(tmp_path):
    project = _project(tmp_path)
    plain = _pytest(project)
    assert plain.returncode == 0 and "1 passed" in plain.stdout
    bad = _pytest(project, "--expdb-db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert bad.returncode == 4 and "expdb: no database at" in bad.stderr
