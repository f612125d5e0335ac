"""The CI recipe under docs/ci: its workflow installs on the CPU wheel and runs the script, and
the script's commands, run here on the committed CPU study, re-verify it and write JUnit XML."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_the_workflow_installs_on_the_cpu_wheel_and_runs_the_script():
    workflow = yaml.safe_load((ROOT / "docs" / "ci" / "verify-claims.yml").read_text())
    steps = workflow["jobs"]["verify"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "--index-url https://download.pytorch.org/whl/cpu" in runs
    assert "bash docs/ci/verify_claims.sh results/cpu claims.xml" in runs
    assert any(step.get("with", {}).get("path") == "claims.xml" for step in steps)


@pytest.mark.slow
def test_the_script_re_verifies_the_committed_study_and_writes_junit(tmp_path):
    result = subprocess.run(["bash", str(ROOT / "docs" / "ci" / "verify_claims.sh"), str(ROOT / "results" / "cpu"),
                             str(tmp_path / "claims.xml")], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ}, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr  # nothing moved
    assert f"nothing moved since {ROOT / 'results' / 'cpu'}/verify.json" in result.stdout
    root = ET.parse(tmp_path / "claims.xml").getroot()
    assert root.get("name") == "expdb verify cpu" and int(root.get("tests")) > 50
    assert list(tmp_path.iterdir()) == [tmp_path / "claims.xml"]  # its database and store were temporary
    # STRICT=1 also fails the build on a failing claim of severity error (the CPU study's mean_vs_sampled)
    strict = subprocess.run(["bash", str(ROOT / "docs" / "ci" / "verify_claims.sh"), str(ROOT / "results" / "cpu"),
                             str(tmp_path / "strict.xml")], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "STRICT": "1"}, timeout=600)
    assert strict.returncode == 1 and (tmp_path / "strict.xml").exists()
