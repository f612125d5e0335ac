"""The metrics runner through the engine: every key a metric defines becomes a score row;
bad latents become failed cells with a clear message, never scores."""

import shutil

import numpy as np
import pytest
from sqlalchemy import select

from conftest import run_cli
from expdb.cells import StoredCell
from expdb.runner import RunContext, load_runner
from expdb.schema import Cell
from expdb_runners.layout.tables import Evaluation, Score
from expdb.store import Lineage, open_store
from expdb.tensors import TensorStore
from expdb_runners.metrics import METRICS, EvaluationSet, compute

SPEC = """
[study]
name = "metrics"
[train]
steps = 20
resolution = 32
batch_size = 16
learning_rate = 0.001
[grid.root]
fixed = {{ dataset = "dsprites_full", method = "beta_vae", beta = 1, seed = 0 }}
[represent]
points = 600
[evaluate]
metrics = {metrics}
profile = "fast"
"""


def test_every_metric_writes_one_score_row_per_key(tmp_path):
    spec = tmp_path / "s.toml"
    spec.write_text(SPEC.format(metrics=list(METRICS)).replace("'", '"'))
    db, zarr = f"sqlite:///{tmp_path / 'm.db'}", tmp_path / "m.zarr"
    assert run_cli("--db", db, "--tensors", zarr, "init").returncode == 0
    result = run_cli("--db", db, "--tensors", zarr, "fill", spec, "--device", "cpu", timeout=600)
    assert result.returncode == 0, result.stderr
    store = open_store(db)
    with store.read_engine.connect() as conn:
        rows = conn.execute(select(Evaluation.__table__.c.id, Evaluation.__table__.c.metric,
                                   Evaluation.__table__.c.profile)).all()
        names = {}
        for eid, metric, profile in rows:
            assert profile == "fast"
            names.setdefault(metric, []).append(set(conn.execute(
                select(Score.__table__.c.name).where(Score.__table__.c.evaluation_id == eid)).scalars()))
    store.dispose()
    assert sorted(names) == sorted(METRICS)
    # the keys a metric defines, computed on a stand-in set with the same shapes
    rng = np.random.default_rng(0)
    stand_in = EvaluationSet([3, 6, 40, 32, 32], np.stack([rng.integers(0, s, 600) for s in (3, 6, 40, 32, 32)], 1),
                             rng.standard_normal((600, 10)), np.zeros((600, 10)))
    for metric in METRICS:
        expected = set(compute(metric, stand_in, np.random.default_rng(0), "fast"))
        assert names[metric] == [expected, expected], metric  # mean and sampled


def _context(tmp_path, arrays, corrupt=False):
    tmp_path.mkdir()
    tensors = TensorStore(str(tmp_path / "z.zarr"))
    rep = StoredCell(2, "ab" * 16, "represent", "represent", {"settings": {}})
    refs = {name: tensors.write(rep.key, name, a) for name, a in arrays.items()}
    if corrupt:
        shutil.rmtree(tmp_path / "z.zarr" / refs["mean"].path)
    cell = StoredCell(3, "cd" * 16, "evaluate", "metrics",
                      {"representation": "mean", "metric": "mig", "settings": {"profile": "fast", "seed": 0}})
    return cell, RunContext(cell, Lineage((rep,), {rep.key: refs}), tensors, "cpu")


def arrays(mean):
    return {"mean": mean, "logvar": np.zeros_like(mean), "factors": np.zeros((len(mean), 2), dtype=np.int32),
            "factor_sizes": np.array([2, 2])}


def test_nan_latents_missing_and_corrupt_tensors_are_refused(tmp_path):
    runner = load_runner("metrics")
    bad = np.zeros((50, 3), dtype=np.float32)
    bad[4, 1] = np.nan
    cell, ctx = _context(tmp_path / "a", arrays(bad))
    with pytest.raises(ValueError, match="latents contain NaN or infinity"):
        runner.compute(cell, ctx)
    partial = arrays(np.zeros((50, 3), dtype=np.float32))
    del partial["logvar"]
    cell, ctx = _context(tmp_path / "b", partial)
    with pytest.raises(ValueError, match="no stored logvar"):
        runner.compute(cell, ctx)
    from expdb.errors import CorruptTensor

    cell, ctx = _context(tmp_path / "c", arrays(np.zeros((50, 3), dtype=np.float32)), corrupt=True)
    with pytest.raises(CorruptTensor, match="is missing"):
        runner.compute(cell, ctx)


def test_a_failed_evaluation_records_its_error_not_a_score(tmp_path):
    spec = tmp_path / "s.toml"
    spec.write_text(SPEC.format(metrics='["mig"]'))
    db, zarr = f"sqlite:///{tmp_path / 'm.db'}", tmp_path / "m.zarr"
    assert run_cli("--db", db, "--tensors", zarr, "init").returncode == 0
    assert run_cli("--db", db, "--tensors", zarr, "fill", spec, "--kind", "train", "--kind", "represent").returncode == 0
    chunks = [p for p in (zarr / "cells").rglob("*") if p.is_file() and "/mean/c/" in p.as_posix()]
    assert len(chunks) == 1  # one encode cell, read by the mean and the sampled representation
    for path in chunks:
        path.write_bytes(b"\0" * 16)
    result = run_cli("--db", db, "--tensors", zarr, "fill", spec)
    assert result.returncode == 1 and "CorruptTensor" in result.stderr
    store = open_store(db)
    with store.read_engine.connect() as conn:
        assert conn.execute(select(Score.__table__)).all() == []
        errors = conn.execute(select(Cell.__table__.c.last_error).where(Cell.__table__.c.state == "failed")).scalars().all()
    store.dispose()
    assert len(errors) == 2 and all(e.startswith("CorruptTensor: tensor cells/") for e in errors)
