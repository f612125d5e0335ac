"""`expdb check` (a file-system check for experiments), `expdb gc`, and a study whose membership
follows its current spec."""

import json
import shutil
import pytest

import numpy as np

from conftest import run_cli, toy_counts, toy_spec
from expdb.tables import Tables
from expdb.store import open_store
from expdb.tensors import TensorStore


def _fill(db_url, zarr, spec):
    result = run_cli("--db", db_url, "--tensors", zarr, "fill", spec, "--quiet")
    assert result.returncode == 0, result.stderr
    return result


def _check(db_url, zarr, *args):
    return run_cli("--db", db_url, "--tensors", zarr, "check", *args)


def _cell_keys(db_url):
    store = open_store(db_url)
    try:
        return set(store.cell_states())
    finally:
        store.dispose()


@pytest.mark.slow
def test_an_edited_spec_drops_cells_from_its_study_and_gc_removes_them(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    _fill(db_url, zarr, toy_spec(tmp_path))
    per_method = sum(toy_counts().values()) // 2  # m1 and m2 have two strengths each
    renamed = toy_spec(tmp_path, m2="m3", filename="renamed.toml")

    plan = run_cli("--db", db_url, "--tensors", zarr, "plan", renamed)
    assert f"{per_method} cell(s) of study toy are no longer in its spec" in plan.stdout
    assert json.loads(run_cli("--db", db_url, "plan", renamed, "--json").stdout)["dropped"] == per_method
    filled = _fill(db_url, zarr, renamed)
    assert f"dropped {per_method} cell(s)" in filled.stdout
    with Tables(db_url) as tables:
        models = tables.models("toy").collect()
    assert sorted(set(models["method"])) == ["m1", "m3"] and models.height == toy_counts()["train"]
    status = run_cli("--db", db_url, "status")
    assert f"{per_method} cell(s) belong to no study" in status.stdout

    store = open_store(db_url)
    try:
        gone = {c["key"] for c in store.unwanted_cells()}
    finally:
        store.dispose()
    assert len(gone) == per_method
    tensors = TensorStore(str(zarr), create=False)
    assert any(any(key in path for key in gone) for path in tensors.arrays())
    dry = run_cli("--db", db_url, "--tensors", zarr, "gc")
    assert dry.returncode == 0 and f"would delete {per_method} cell(s)" in dry.stdout
    assert len(_cell_keys(db_url)) == 3 * per_method  # nothing deleted yet
    wet = run_cli("--db", db_url, "--tensors", zarr, "gc", "--yes")
    assert wet.returncode == 0 and f"deleted {per_method} cell(s)" in wet.stdout, wet.stdout + wet.stderr
    kept = _cell_keys(db_url)
    assert not gone & kept and len(kept) == 2 * per_method
    assert not any(any(key in path for key in gone) for path in tensors.arrays())
    assert _check(db_url, zarr).returncode == 0
    again = json.loads(run_cli("--db", db_url, "plan", renamed, "--json").stdout)
    assert all(row["missing"] == 0 for row in again["kinds"].values()) and again["dropped"] == 0


def test_check_finds_corrupt_missing_and_orphan_tensors_and_repair_recomputes(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path)
    _fill(db_url, zarr, spec)
    clean = _check(db_url, zarr)
    assert clean.returncode == 0 and "0 finding(s)" in clean.stdout
    for command in ("status", "verify"):  # the other commands do not read tensors
        assert run_cli("--db", db_url, "--tensors", zarr, command).returncode == 0

    store = open_store(db_url)
    try:
        rows = store.tensor_rows()
    finally:
        store.dispose()
    weights = next(ref for key, _, ref in rows if ref.path.endswith("/weights"))
    means = [ref for key, _, ref in rows if ref.path.endswith("/mean")][-1]  # another model's
    chunk = next(p for p in (zarr / weights.path).rglob("*") if p.is_file() and p.name != "zarr.json")
    chunk.write_bytes(chunk.read_bytes()[:-3] + b"\x00\x01\x02")  # a flipped chunk under a done cell
    shutil.rmtree(zarr / means.path)
    tensors = TensorStore(str(zarr), create=False)
    weights_key = weights.path.split("/")[2]
    orphan = tensors.write(weights_key, "weights", np.zeros(3, dtype=np.float32), "a9-deadbeef")

    found = _check(db_url, zarr, "--json")
    assert found.returncode == 1
    findings = {(f["what"], f["path"]) for f in json.loads(found.stdout)["findings"]}
    assert findings == {("corrupt", weights.path), ("missing", means.path), ("orphan", orphan.path)}
    text = _check(db_url, zarr)
    assert text.returncode == 1 and "run expdb check --repair" in text.stdout

    repaired = _check(db_url, zarr, "--repair", "--json")
    assert repaired.returncode == 0, repaired.stdout
    reset = json.loads(repaired.stdout)["reset"]
    # the corrupt model, everything computed from it (its encode cell and 4 evaluations), and the
    # encode cell whose array was lost with its evaluations (2 representations x 2 metrics)
    assert len(reset) == 6 + 5 and weights_key in reset
    plan = json.loads(run_cli("--db", db_url, "plan", spec, "--json").stdout)
    assert sum(row["missing"] for row in plan["kinds"].values()) == 11
    _fill(db_url, zarr, spec)
    after = _check(db_url, zarr)
    assert after.returncode == 0 and "0 finding(s)" in after.stdout, after.stdout
