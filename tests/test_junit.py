"""`expdb verify --junit-xml FILE`: the claims' checks as JUnit test cases any CI system shows."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET

from conftest import run_cli
from planted import quality_scores
from test_claims import planted_db


def test_every_check_is_a_test_case_and_what_contradicts_a_claim_is_a_failure(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())  # mean_vs_sampled fails (AnnealedVAE)
    out = tmp_path / "claims.xml"
    result = run_cli("--db", url, "verify", "--junit-xml", out)
    assert result.returncode == 0, result.stderr
    report = json.loads(run_cli("--db", url, "verify", "--json").stdout)
    root = ET.parse(out).getroot()
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {f"planted.{c['claim']}" for c in report["claims"]}
    for claim in report["claims"]:
        suite = suites[f"planted.{claim['claim']}"]
        cases = suite.findall("testcase")
        checks = sum(v for k, v in claim["checks"].items() if k != "refuted")
        assert len(cases) == checks == int(suite.get("tests"))
        properties = {p.get("name"): p.get("value") for p in suite.find("properties")}
        assert properties["verdict"] == claim["verdict"] and properties["rule"] == "every check"
        failures = [c.find("failure") for c in cases if c.find("failure") is not None]
        if claim["severity"] == "error":
            assert len(failures) == len(claim["offending"]) == int(suite.get("failures"))
        else:  # a claim of severity warn never fails a build: its contradicting checks are skipped
            assert failures == [] and int(suite.get("skipped")) >= len(claim["offending"])
    mean = suites["planted.mean_vs_sampled"]
    annealed = next(c for c in mean.findall("testcase") if c.get("name") == "dsprites_full annealed_vae: sampled TC rho")
    failure = annealed.find("failure")
    assert failure.get("type") == "fails"
    assert failure.get("message").startswith("fails, refuted at the family-wise level: dsprites_full annealed_vae: "
                                              "sampled TC rho = 0.948683, wanted < 0 (margin +0.948683), 95% interval")
    assert annealed.get("classname") == "expdb.planted.mean_vs_sampled"
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


def test_a_path_that_cannot_be_written_is_refused_before_anything_is_recorded(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    for path, why in ((tmp_path / "missing" / "x.xml", "does not exist"), (tmp_path, "is a folder")):
        result = run_cli("--db", url, "verify", "--record", "--junit-xml", path)
        assert result.returncode == 2 and why in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with sqlite3.connect(tmp_path / "planted.db") as conn:
        assert conn.execute("SELECT count(*) FROM verdict").fetchone()[0] == 0  # nothing recorded
