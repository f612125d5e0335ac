"""Rows on demand: a claim knows which cells its figures read (Claim.needs); verify says a claim
whose cells do not all exist is incomplete, never computing it on a subset, and `verify --fill`
computes exactly those cells first. On the second study, whose claim reads the fits only."""

from __future__ import annotations

import json

from test_second_study import SPEC, second

FITS_AND_SCORES = {"fit": "fit", "score": "score"}


def _spec(tmp_path, name, degrees, measures):
    path = tmp_path / name
    text = SPEC.replace("DEGREES", ", ".join(map(str, degrees)))
    path.write_text(text.replace('measures = ["test_mse", "test_r2"]', f"measures = {json.dumps(measures)}"))
    return path


def _counts(db, spec, tmp_path):
    planned = json.loads(second(*db, "plan", str(spec), "--json", tmp_path=tmp_path).stdout)
    return {kind: (row["done"], row["wanted"]) for kind, row in planned["kinds"].items()}


def test_a_grown_spec_makes_a_claim_incomplete_and_verify_fill_computes_only_what_it_reads(tmp_path):
    db = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--tensors", str(tmp_path / "c.zarr")]
    first = _spec(tmp_path, "first.toml", [1, 3], ["test_mse"])
    assert second(*db, "init", tmp_path=tmp_path).returncode == 0
    assert second(*db, "fill", str(first), "--quiet", tmp_path=tmp_path).returncode == 0
    complete = json.loads(second(*db, "verify", "--json", tmp_path=tmp_path).stdout)
    assert complete["claims"][0]["verdict"] != "incomplete"

    grown = _spec(tmp_path, "grown.toml", [1, 3, 5], ["test_mse", "test_r2"])  # a degree and a measure more
    judged = second(*db, "verify", "--spec", str(grown), "--json", tmp_path=tmp_path)
    assert judged.returncode == 0, judged.stderr
    claim = json.loads(judged.stdout)["claims"][0]
    assert claim["verdict"] == "incomplete"
    assert claim["reason"].startswith("4 of 6 cells it reads exist")  # the fits: 3 degrees x 2 seeds
    assert second(*db, "verify", "--spec", str(grown), "--strict", tmp_path=tmp_path).returncode == 1
    junit = tmp_path / "claims.xml"
    assert second(*db, "verify", "--spec", str(grown), "--junit-xml", str(junit), tmp_path=tmp_path).returncode == 0
    assert 'type="incomplete" message="incomplete: 4 of 6 cells it reads exist' in junit.read_text()
    assert _counts(db, grown, tmp_path) == {"fit": (4, 6), "score": (4, 12)}  # nothing was computed

    filled = second(*db, "verify", "--spec", str(grown), "--fill", tmp_path=tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert "incomplete" not in filled.stdout.split("\n\n")[0]
    # only the cells the claim reads: the two new fits, none of the scores it does not read
    assert _counts(db, grown, tmp_path) == {"fit": (6, 6), "score": (4, 12)}
    again = json.loads(second(*db, "verify", "--spec", str(grown), "--json", tmp_path=tmp_path).stdout)
    assert again["claims"][0]["verdict"] != "incomplete" and again["claims"][0]["n"] == 6


def test_a_spec_of_another_study_is_refused_before_anything_is_filled(tmp_path):
    db = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--tensors", str(tmp_path / "c.zarr")]
    first = _spec(tmp_path, "first.toml", [1], ["test_mse"])
    assert second(*db, "init", tmp_path=tmp_path).returncode == 0
    assert second(*db, "fill", str(first), "--quiet", tmp_path=tmp_path).returncode == 0
    other = tmp_path / "other.toml"
    other.write_text(first.read_text().replace('name = "curves"', 'name = "other"'))
    refused = second(*db, "verify", "--spec", str(other), "--fill", tmp_path=tmp_path)
    assert refused.returncode == 2 and "it is the spec of study 'other', not 'curves'" in refused.stderr
    assert _counts(db, first, tmp_path) == {"fit": (2, 2), "score": (2, 2)}


def test_query_fill_computes_the_cells_a_saved_query_reads(tmp_path):
    db = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--tensors", str(tmp_path / "c.zarr")]
    first = _spec(tmp_path, "first.toml", [1], ["test_mse"])
    assert second(*db, "init", tmp_path=tmp_path).returncode == 0
    assert second(*db, "fill", str(first), "--quiet", tmp_path=tmp_path).returncode == 0
    grown = _spec(tmp_path, "grown.toml", [1, 2], ["test_mse"])
    before = json.loads(second(*db, "query", "fits", "--format", "json", tmp_path=tmp_path).stdout)
    assert len(before) == 2  # without --fill a query answers on what exists
    after = second(*db, "query", "fits", "--fill", "--spec", str(grown), "--format", "json", tmp_path=tmp_path)
    assert after.returncode == 0, after.stderr
    rows = json.loads(after.stdout)
    assert len(rows) == 4 and all(r["test_mse"] is not None for r in rows)  # fits and their scores: all it reads
    assert second(*db, "query", "fits", "--spec", str(grown), tmp_path=tmp_path).returncode == 2
