"""The maintenance commands are as safe as fill: a committed attempt is never removed by its own
worker's clean-up, check/repair/gc list damage instead of dying on it, remove only what they
judged (a fill committing beside them keeps its arrays), and see what Zarr cannot (leftovers).
Each race is made deterministic by running the other party at the exact moment in between."""

import json
import os
import pytest

import numpy as np

from conftest import run_cli, toy_counts, toy_spec
from test_check_gc import _check, _fill
from expdb import maintenance
from expdb.engine import FillOptions, Worker
from expdb.planner import build_plan
from expdb.spec import load_spec
from expdb.store import open_store
from expdb.tensors import CHECKPOINTS, TensorStore


def _rows(db_url):
    store = open_store(db_url)
    try:
        return store.tensor_rows()
    finally:
        store.dispose()


def _plan_ids(store, spec):
    plan = build_plan(load_spec(spec))
    store.insert_cells(store.save_study(plan.spec.name, "", plan.spec.text, plan.spec.sha256), plan.cells)
    ids = store.cell_ids([c.key for c in plan.cells])
    return plan, [ids[c.key] for c in plan.cells]


class SweptStore(TensorStore):
    """A tensor store whose cells' checkpoint folders another process removes first whenever
    this one removes them (the end-of-fill sweep racing a worker), so that the removal fails
    midway as shutil.rmtree does when a file vanishes under it. (One checkpoint replacing an
    older one is the runner's business, before any commit, and is left alone.)"""

    def _delete(self, path):
        if path.startswith(CHECKPOINTS + "/") and len(path.split("/")) <= 3:
            super()._delete(path)  # the other process wins
            raise FileNotFoundError(f"[Errno 2] No such file or directory: '{path}/zarr.json'")
        super()._delete(path)


def test_clean_up_that_fails_after_the_commit_keeps_the_committed_arrays(store, tmp_path):
    zarr = str(tmp_path / "z.zarr")
    tensors = SweptStore(zarr)
    plan, ids = _plan_ids(store, toy_spec(tmp_path, steps=3))
    train = [i for c, i in zip(plan.cells, ids) if c.kind == "train"]
    # an earlier attempt of the first model, killed after a checkpoint: the commit clears it away
    first = plan.cells[0]
    tensors.save_checkpoint(first.key, 1, np.zeros(3).tobytes(), attempt="a1-killed0")
    report = Worker(store, tensors, FillOptions(gang=1)).run(train)
    assert (report.computed, report.failed, report.errors) == (len(train), 0, [])
    states = store.states([c.key for c in plan.cells if c.kind == "train"])
    assert {s for s, _ in states.values()} == {"done"}
    for key, _, ref in store.tensor_rows():
        assert tensors.read(ref).dtype == np.float32, key  # every committed array is still there
    assert maintenance.check(store, TensorStore(zarr)).bad_cells == []


def test_idempotent_removal(tmp_path):
    tensors = TensorStore(str(tmp_path / "z.zarr"))
    tensors.write("ab" * 32, "w", np.arange(3), "a1-x")
    folder = f"{TensorStore.cell_folder('ab' * 32)}/a1-x"
    tensors.drop_folders([folder])
    tensors.drop_folders([folder])  # gone already: not an error
    tensors.delete(folder)
    assert tensors.attempts("ab" * 32) == []


def _truncate(path):
    text = path.read_text()
    path.write_text(text[: len(text) // 3])


@pytest.mark.slow
def test_check_repair_and_gc_list_damaged_metadata_instead_of_dying(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path)
    _fill(db_url, zarr, spec)
    rows = _rows(db_url)
    committed = next(ref.path for _, _, ref in rows if ref.path.endswith("/weights"))
    attempt = committed.rsplit("/", 1)[0]
    _truncate(zarr / attempt / "zarr.json")  # a committed attempt's group
    tensors = TensorStore(str(zarr), create=False)
    other_key = next(ref.path for _, _, ref in rows if ref.path.endswith("/mean")).split("/")[2]
    orphan = tensors.write(other_key, "stray", np.zeros(4, dtype=np.float32), "a7-dead0000")
    _truncate(zarr / orphan.path / "zarr.json")  # an array no row points at
    shard = "cells/" + committed.split("/")[1]
    _truncate(zarr / shard / "zarr.json")  # a folder every cell of the shard shares

    found = _check(db_url, zarr, "--json")
    assert found.returncode == 1 and "Traceback" not in found.stderr, found.stderr
    findings = {(f["what"], f["path"]): f["remedy"] for f in json.loads(found.stdout)["findings"]}
    assert findings[("unreadable", attempt)] == "reset"
    assert findings[("unreadable", orphan.path)] == "remove"
    assert findings[("unreadable", shard)] == "rewrite"
    text = _check(db_url, zarr)
    assert text.returncode == 1 and f"unreadable: {attempt}" in text.stdout and "Traceback" not in text.stderr

    dry = run_cli("--db", db_url, "--tensors", zarr, "gc")
    assert dry.returncode == 0 and "Traceback" not in dry.stderr, dry.stderr
    repaired = _check(db_url, zarr, "--repair", "--json")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    reset = json.loads(repaired.stdout)["reset"]
    assert committed.split("/")[2] in reset and len(reset) == 6  # the model, its encode cell, 4 evaluations
    assert not (zarr / orphan.path).exists() and not (zarr / attempt).exists()
    assert json.loads((zarr / shard / "zarr.json").read_text())["node_type"] == "group"
    _fill(db_url, zarr, spec)
    after = _check(db_url, zarr)
    assert after.returncode == 0 and "0 finding(s)" in after.stdout, after.stdout

    # gc removes what no row points at, damaged or not
    again = tensors.write(other_key, "stray", np.zeros(4, dtype=np.float32), "a8-dead0000")
    _truncate(zarr / again.path / "zarr.json")
    swept = run_cli("--db", db_url, "--tensors", zarr, "gc", "--yes")
    assert swept.returncode == 0 and "Traceback" not in swept.stderr, swept.stderr
    assert not (zarr / again.path).exists()
    assert "0 finding(s)" in _check(db_url, zarr).stdout


@pytest.mark.slow
def test_leftovers_are_found_removed_and_never_warned_about(db_url, tmp_path):
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path)
    _fill(db_url, zarr, spec)
    committed = next(ref.path for _, _, ref in _rows(db_url) if ref.path.endswith("/weights"))
    cell = zarr / committed.rsplit("/", 2)[0]
    (cell / "a5-nometa0").mkdir()  # an attempt folder a killed worker made before any metadata
    (cell / "a5-nometa0" / "weights").mkdir()
    (cell / "a5-nometa0" / "weights" / "zarr.json.3f2a.partial").write_text("{")
    (cell / "a6-empty000").mkdir()  # killed before its first write
    partial = zarr / committed / "zarr.json.9c1d.partial"  # beside committed arrays
    partial.write_text('{"zarr_format"')
    old = zarr / "cells" / "zarr.json.77aa.partial"  # above every attempt, from long ago
    old.write_text("{")
    os.utime(old, (1, 1))
    young = zarr / "cells" / "zarr.json.88bb.partial"  # maybe a group being created right now
    young.write_text("{")

    found = _check(db_url, zarr, "--json")
    assert found.returncode == 1
    listed = {f["path"] for f in json.loads(found.stdout)["findings"] if f["what"] == "leftover"}
    rel = lambda p: str(p.relative_to(zarr))  # noqa: E731
    assert listed == {rel(cell / "a5-nometa0"), rel(cell / "a5-nometa0" / "weights"), rel(cell / "a6-empty000"),
                      rel(cell / "a5-nometa0" / "weights" / "zarr.json.3f2a.partial"), rel(partial), rel(old)}
    for command in (("check",), ("gc",), ("status",), ("plan", str(spec)), ("fill", str(spec), "--quiet")):
        result = run_cli("--db", db_url, "--tensors", zarr, *command)
        assert "ZarrUserWarning" not in result.stderr and "not recognized" not in result.stderr, (command, result.stderr)
    swept = run_cli("--db", db_url, "--tensors", zarr, "gc", "--yes")
    assert swept.returncode == 0, swept.stderr
    assert not (cell / "a5-nometa0").exists() and not (cell / "a6-empty000").exists()
    assert not partial.exists() and not old.exists() and young.exists()
    assert (zarr / committed / "zarr.json").exists()
    clean = _check(db_url, zarr)
    assert clean.returncode == 0 and "0 finding(s)" in clean.stdout, clean.stdout


class FillBetween(TensorStore):
    """A tensor store that, the first time a maintenance command removes anything, lets a fill
    compute every cell left to compute first: a fill that commits new attempts between the
    command's database transaction and its removal of arrays."""

    def arm(self, fill):
        self.fill = fill

    def _before_removal(self):
        fill, self.fill = getattr(self, "fill", None), None
        if fill is not None:
            fill()

    def delete(self, path):
        self._before_removal()
        super().delete(path)

    def drop_folders(self, folders):
        self._before_removal()
        super().drop_folders(folders)


def test_repair_beside_a_fill_removes_only_the_attempts_it_judged(store, db_url, tmp_path):
    zarr = str(tmp_path / "z.zarr")
    plan, ids = _plan_ids(store, toy_spec(tmp_path))
    assert Worker(store, TensorStore(zarr), FillOptions()).run(ids).computed == len(ids)
    weights = next(ref for _, _, ref in store.tensor_rows() if ref.path.endswith("/weights"))
    (TensorStore(zarr).root.store.root / weights.path / "c" / "0").write_bytes(b"\x00" * 7)  # a bad chunk
    tensors = FillBetween(zarr)
    report = maintenance.check(store, tensors)
    assert report.bad_cells == [weights.path.split("/")[2]]
    recomputed = []
    tensors.arm(lambda: recomputed.append(Worker(store, TensorStore(zarr), FillOptions()).run(ids).computed))
    reset, _ = maintenance.repair(store, tensors, report)
    assert len(reset) == 6 and recomputed == [6]  # the fill recomputed them before the arrays were removed
    after = maintenance.check(store, TensorStore(zarr))
    assert after.findings == [], [f.line() for f in after.findings]
    assert {s for s, _ in store.states([c.key for c in plan.cells]).values()} == {"done"}


def test_gc_beside_a_fill_keeps_what_the_fill_commits(store, tmp_path):
    zarr = str(tmp_path / "z.zarr")
    spec = toy_spec(tmp_path)
    plan, ids = _plan_ids(store, spec)
    Worker(store, TensorStore(zarr), FillOptions()).run(ids)
    study = store.save_study(plan.spec.name, "", plan.spec.text, plan.spec.sha256)
    store.drop_members(study, [c.key for c in plan.cells])  # an edited spec left them all behind
    tensors = FillBetween(zarr)
    found = maintenance.plan_gc(store, tensors)
    assert len(found.cells) == len(ids)

    def fill_the_old_spec_again():
        # the rows are gone by now; the spec is filled again: new rows, new attempts, same keys
        again, new_ids = _plan_ids(store, spec)
        assert Worker(store, TensorStore(zarr), FillOptions()).run(new_ids).computed == len(new_ids)

    tensors.arm(fill_the_old_spec_again)
    deleted, _ = maintenance.run_gc(store, tensors, found)
    assert deleted == len(ids)
    after = maintenance.check(store, TensorStore(zarr))
    assert after.findings == [], [f.line() for f in after.findings]
    assert {s for s, _ in store.states([c.key for c in plan.cells]).values()} == {"done"}
    assert len(store.tensor_rows()) == 4 * toy_counts()["train"]  # weights; mean, logvar and factors


@pytest.mark.slow
def test_reset_and_delete_past_one_statement_s_worth_of_cells(store, tmp_path):
    """Thousands of cells whose rows refer to rows of cells in other chunks of 900 (an evaluation
    to its encode cell's representation): reset and delete take them all, in one transaction."""
    plan, ids = _plan_ids(store, toy_spec(tmp_path, datasets=("a", "b"), seeds=60))
    assert len(ids) == sum(toy_counts(datasets=2, seeds=60).values()) == 2880
    from expdb.cells import Result, TensorRef
    from expdb.provenance import provenance

    import time

    def prov():
        now = time.time()
        return provenance("cpu", "w", now, now)

    ref = lambda cell, name: TensorRef(f"cells/{cell.key[:2]}/{cell.key}/a1/{name}", (2,), "float32", "0" * 64, 8)  # noqa: E731
    results = {"train": lambda c: (Result(scores={"loss": 1.0}, curve=[(1, "loss", 1.0)]), {"weights": ref(c, "weights")}),
               "represent": lambda c: (Result(fields={"representations": ("mean", "sampled")}), {"mean": ref(c, "mean")}),
               "evaluate": lambda c: (Result(scores={"magnitude": 1.0}), {})}
    for cid in ids:  # plan order: parents first
        cell = store.claim([cid], "w", 600, 3)
        result, tensors = results[cell.kind](cell)
        store.complete(cell, "w", result, tensors, prov())
    count = lambda table: store.read(f"SELECT count(*) FROM {table}")[0][0]  # noqa: E731
    assert (count("model"), count("representation"), count("evaluation")) == (480, 960, 1920)

    trains = [c.key for c in plan.cells if c.kind == "train"]
    reset = store.reset_cells(trains[:300])
    assert len(reset.keys) == 300 * 6 and len(reset.paths) == 300 * 2
    assert (count("model"), count("representation"), count("evaluation")) == (180, 360, 720)
    study = store.save_study(plan.spec.name, "", plan.spec.text, plan.spec.sha256)
    store.drop_members(study, [c.key for c in plan.cells])
    deleted = store.delete_cells(ids)
    assert len(deleted.keys) == 2880 and len(deleted.paths) == 180 * 2
    assert (count("cell"), count("model"), count("representation"), count("evaluation"), count("score"),
            count("tensor")) == (0, 0, 0, 0, 0, 0)


@pytest.mark.slow
def test_a_tensor_store_serves_one_database(db_url, tmp_path):
    """gc on a database that shared another's store would delete all of the other's arrays: a
    store records its database at init and every command refuses it with any other."""
    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    spec = toy_spec(tmp_path)
    _fill(db_url, zarr, spec)
    arrays = sorted(p for p in zarr.rglob("*") if p.is_file())
    other = f"sqlite:///{tmp_path / 'other.db'}"
    refused = run_cli("--db", other, "--tensors", zarr, "init")
    assert refused.returncode == 2 and "belongs to another database" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not (tmp_path / "other.db").exists()
    assert run_cli("--db", other, "--tensors", tmp_path / "own.zarr", "init").returncode == 0
    for command in (("gc", "--yes"), ("check", "--repair"), ("fill", str(spec))):
        result = run_cli("--db", other, "--tensors", zarr, *command)
        assert result.returncode == 2 and "belongs to another database" in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert sorted(p for p in zarr.rglob("*") if p.is_file()) == arrays  # nothing removed or added
    again = _check(db_url, zarr)
    assert again.returncode == 0 and "0 finding(s)" in again.stdout
