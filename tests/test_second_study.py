"""A second study package, of another shape than the reference's (fit -> score, with its own
result tables, claim, saved query, summary and report), installed only for these commands
(tests/second_study on PYTHONPATH, with its dist-info): filled, grown, verified, queried and
reported on both backends, with nothing in expdb/ naming it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
SECOND = Path(__file__).resolve().parent / "second_study"

SPEC = """
[study]
name = "curves"
description = "polynomials of several degrees fitted to a noisy sine"

[fit]
noise = 0.2

[grid.root]
product = ["degrees", "seeds"]

[grid.degrees]
axis = "degree"
values = [DEGREES]

[grid.seeds]
axis = "seed"
values = [0, 1]

[score]
measures = ["test_mse", "test_r2"]
"""


def second(*args, tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SECOND), os.environ.get("PYTHONPATH", "")])}
    return run_cli(*args, env=env)


def write_spec(tmp_path: Path, degrees) -> Path:
    path = tmp_path / "curves.toml"
    path.write_text(SPEC.replace("DEGREES", ", ".join(map(str, degrees))))
    return path


@pytest.mark.slow
def test_a_study_of_another_shape_fills_verifies_queries_and_reports(db_url, tmp_path):
    db = ["--db", db_url, "--tensors", str(tmp_path / "z.zarr")]
    spec = write_spec(tmp_path, [1, 3])
    assert second(*db, "init", tmp_path=tmp_path).returncode == 0

    planned = second(*db, "plan", str(spec), "--json", tmp_path=tmp_path)
    assert planned.returncode == 0, planned.stderr
    kinds = json.loads(planned.stdout)["kinds"]
    assert {k: v["missing"] for k, v in kinds.items()} == {"fit": 4, "score": 8}

    filled = second(*db, "fill", str(spec), "--quiet", tmp_path=tmp_path)
    assert filled.returncode == 0, filled.stderr

    # grown: only the new degree's cells are computed
    spec = write_spec(tmp_path, [1, 3, 6])
    planned = json.loads(second(*db, "plan", str(spec), "--json", tmp_path=tmp_path).stdout)["kinds"]
    assert {k: (v["done"], v["missing"]) for k, v in planned.items()} == {"fit": (4, 2), "score": (8, 4)}
    assert second(*db, "fill", str(spec), "--quiet", "--kind", "fit", tmp_path=tmp_path).returncode == 0
    only = second(*db, "plan", str(spec), "--json", "--where", "measure=test_r2", tmp_path=tmp_path)
    assert json.loads(only.stdout)["kinds"]["score"]["missing"] == 2
    assert second(*db, "fill", str(spec), "--quiet", tmp_path=tmp_path).returncode == 0

    rows = second(*db, "query", "fits", "--format", "json", tmp_path=tmp_path)
    assert rows.returncode == 0, rows.stderr
    fits = json.loads(rows.stdout)
    assert sorted((f["degree"], f["seed"]) for f in fits) == [(d, s) for d in (1, 3, 6) for s in (0, 1)]
    assert all(f["test_mse"] > 0 and f["test_r2"] < 1 for f in fits)
    # more freedom, less training error, seed by seed (least squares on nested models)
    by_seed = {}
    for f in sorted(fits, key=lambda f: f["degree"]):
        by_seed.setdefault(f["seed"], []).append(f["train_mse"])
    assert all(errors == sorted(errors, reverse=True) for errors in by_seed.values())

    verified = second(*db, "verify", "--json", tmp_path=tmp_path)
    assert verified.returncode == 0, verified.stderr
    result = json.loads(verified.stdout)
    assert [c["claim"] for c in result["claims"]] == ["training_error_falls"]  # not the reference's six
    assert result["claims"][0]["verdict"] == "holds"
    assert list(result["summaries"]) == ["best_degree"]

    report = second(*db, "report", str(tmp_path / "report"), tmp_path=tmp_path)
    assert report.returncode == 0, report.stderr
    assert "training_error_falls" in (tmp_path / "report" / "index.html").read_text()

    # a results bundle carries the shape's tables: loaded elsewhere, the same fits and verdict
    dump = second(*db, "dump", str(tmp_path / "bundle"), tmp_path=tmp_path)
    assert dump.returncode == 0 and "6 curve_fit" in dump.stdout and "12 curve_score" in dump.stdout, dump.stderr
    copy = ["--db", f"sqlite:///{tmp_path / 'copy.db'}", "--tensors", str(tmp_path / "copy.zarr")]
    assert second(*copy, "init", tmp_path=tmp_path).returncode == 0
    loaded = second(*copy, "load", str(tmp_path / "bundle"), tmp_path=tmp_path)
    assert loaded.returncode == 0 and "12 of 12 curve_score rows new" in loaded.stdout, loaded.stderr
    again = json.loads(second(*copy, "query", "fits", "--format", "json", tmp_path=tmp_path).stdout)
    assert sorted(again, key=lambda f: (f["degree"], f["seed"])) == sorted(fits, key=lambda f: (f["degree"], f["seed"]))
    assert json.loads(second(*copy, "verify", "--json", tmp_path=tmp_path).stdout)["claims"] == result["claims"]
    # without the study's package, its tables are nobody's: refused in one line, nothing loaded
    bare = ["--db", f"sqlite:///{tmp_path / 'bare.db'}", "--tensors", str(tmp_path / "bare.zarr")]
    assert run_cli(*bare, "init").returncode == 0
    refused = run_cli(*bare, "load", str(tmp_path / "bundle"))
    assert refused.returncode != 0 and "no installed study shape declares it" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "curves" not in run_cli(*bare, "status").stdout

    status = second(*db, "status", tmp_path=tmp_path)
    assert status.returncode == 0 and "fit" in status.stdout and "score" in status.stdout


@pytest.mark.slow
def test_bad_input_in_a_study_of_another_shape(tmp_path):
    db = ["--db", f"sqlite:///{tmp_path / 'x.db'}", "--tensors", str(tmp_path / "z.zarr")]
    assert second(*db, "init", tmp_path=tmp_path).returncode == 0
    spec = write_spec(tmp_path, [1])
    cases = {
        "measures = [\"test_mse\", \"test_r2\"]": ("measures = [\"test_mae\"]", "unknown name 'test_mae'"),
        "values = [1]": ("values = [-1]", "degree must be a whole number"),
        "noise = 0.2": ("noise = 0.2\nwobble = 1", "fit.wobble"),
    }
    for old, (new, message) in cases.items():
        spec.write_text(write_spec(tmp_path, [1]).read_text().replace(old, new))
        out = second(*db, "plan", str(spec), tmp_path=tmp_path)
        assert out.returncode != 0 and message in out.stderr, (new, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1
    spec = write_spec(tmp_path, [1])
    out = second(*db, "plan", str(spec), "--kind", "train", tmp_path=tmp_path)
    assert out.returncode != 0 and "expected fit or score" in out.stderr


def test_the_core_names_nothing_of_the_second_study():
    names = ("curvefit", "curve_fit", "curve_score", "curve-fit", "curve-score", "training_error_falls", "measures")
    for path in (ROOT / "expdb").rglob("*.py"):
        text = path.read_text().lower()
        assert not [n for n in names if n in text], path


def test_a_shape_is_checked_when_declared():
    from expdb.errors import ExpdbError
    from expdb.shapes import Kind, Shape

    with pytest.raises(ExpdbError, match="exactly one root"):
        Shape("two-roots", (Kind("a"), Kind("b")))
    with pytest.raises(ExpdbError, match="before its parent"):
        Shape("orphan", (Kind("a"), Kind("c", parent="b", choices="xs", label="x"), Kind("b", parent="a", choices="ys", label="y")))
    with pytest.raises(ExpdbError, match="needs choices and label"):
        Shape("unlabelled", (Kind("a"), Kind("b", parent="a")))
    shape = Shape("fine", (Kind("a"), Kind("b", parent="a", choices="xs", label="x")))
    assert shape.root.name == "a" and shape.kind_names == ["a", "b"]


def test_expdb_shapes_lists_every_installed_shape(tmp_path):
    listed = second("shapes", "--json", tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr
    shapes = {s["shape"]: s for s in json.loads(listed.stdout)}
    assert set(shapes) == {"reference", "curvefit"}
    assert [k["kind"] for k in shapes["curvefit"]["kinds"]] == ["fit", "score"]
    assert shapes["curvefit"]["tables"] == ["curve_fit", "curve_score"] and not shapes["curvefit"]["default"]
    assert shapes["reference"]["default"] and shapes["reference"]["plans_itself"]
    assert {"model", "hyperparameter", "score"} <= set(shapes["reference"]["tables"])
    text = second("shapes", tmp_path=tmp_path).stdout
    assert "curvefit: fit -> score" in text and "kind score <- fit, one per parent and name in [score] measures" in text


def test_a_registered_shape_lives_for_its_block_and_may_not_reuse_a_kind():
    from expdb.shapes import Kind, Shape, UnknownShape, declared_shapes, registered

    clash = Shape("clash", (Kind("train"),))  # the reference's root kind
    with pytest.raises(UnknownShape, match="both have a kind 'train'"):
        with registered(clash):
            pass
    assert "clash" not in declared_shapes()
    mine = Shape("mine", (Kind("mine-root"),))
    with registered(mine):
        assert declared_shapes()["mine"] is mine
    assert "mine" not in declared_shapes()
