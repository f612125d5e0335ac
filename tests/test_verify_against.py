"""`expdb verify --against FILE`: drift against a committed verification, figure by figure."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from planted import quality_scores
from test_claims import planted_db


@pytest.fixture
def verified(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    committed = tmp_path / "verify.json"
    committed.write_text(run_cli("--db", url, "verify", "--json").stdout)
    return url, committed


def test_nothing_moved_is_exit_0_and_a_moved_figure_is_named_with_how_far(tmp_path, verified):
    url, committed = verified
    same = run_cli("--db", url, "verify", "--against", committed)
    assert same.returncode == 0 and f"nothing moved since {committed}" in same.stdout
    data = json.loads(committed.read_text())
    mean = next(c for c in data["claims"] if c["claim"] == "mean_vs_sampled")
    mean["measured"] = round(mean["measured"] - 0.05, 6)
    mean["offending"][0]["value"] = 0.5
    agreement = next(c for c in data["claims"] if c["claim"] == "metric_agreement")
    agreement["verdict"] = "fails"
    assert data["data_as_of"] > 0  # when the newest computed row of the study was made
    data["data_as_of"] -= 1.0  # as if the cells had been computed again after the commit
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data))
    moved = run_cli("--db", url, "verify", "--against", edited)
    assert moved.returncode == 1
    lines = moved.stdout.split(f"moved since {edited}:")[1].strip().splitlines()
    assert lines[0].strip().startswith("mean_vs_sampled: measured: ") and lines[0].strip().endswith("(+0.05)")
    assert any(f"check '{mean['offending'][0]['check']}': 0.5 -> " in line for line in lines)
    assert any(line.strip() == f"metric_agreement: verdict: fails -> {agreement_now(url)}" for line in lines)
    # which cells changed since the committed verification, and what computed them
    since = next(line for line in lines if "computed since the committed verification" in line)
    assert since.strip().endswith("cell(s) of the study were computed since the committed verification:")
    assert any(line.strip().startswith(f"{int(since.split()[0])} by expdb ") for line in lines)
    # a tolerance covers the numbers, never a verdict
    tolerant = run_cli("--db", url, "verify", "--against", edited, "--tolerance", "0.6")
    assert tolerant.returncode == 1 and "1 figure(s) moved" in tolerant.stdout
    # with --json the JSON stays on stdout, the drift goes to stderr
    as_json = run_cli("--db", url, "verify", "--json", "--against", edited)
    assert as_json.returncode == 1 and json.loads(as_json.stdout)["study"] == "planted" and "moved since" in as_json.stderr


def agreement_now(url) -> str:
    report = json.loads(run_cli("--db", url, "verify", "--json", "--claim", "metric_agreement").stdout)
    return report["claims"][0]["verdict"]


@pytest.mark.parametrize("args, message", [
    (["--against", "{dir}/missing.json"], "no such file"),
    (["--against", "{dir}/planted.db"], "not the JSON of expdb verify --json"),
    (["--against", "{dir}/other.json"], "the file verifies study 'other', not 'planted'"),
    (["--against", "{dir}/verify.json", "--tolerance", "-1"], "--tolerance must be a finite number 0 or above"),
    (["--against", "{dir}/verify.json", "--tolerance", "nan"], "--tolerance must be a finite number 0 or above"),
    (["--tolerance", "0.1"], "--tolerance goes with --against FILE"),
])
def test_bad_input_is_one_line_and_exit_2_before_anything_runs(tmp_path, verified, args, message):
    url, committed = verified
    other = json.loads(committed.read_text())
    other["study"] = "other"
    (tmp_path / "other.json").write_text(json.dumps(other))
    result = run_cli("--db", url, "verify", "--record", *[a.format(dir=tmp_path) for a in args])
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""  # nothing printed, so nothing verified or recorded
