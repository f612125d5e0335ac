"""The Zarr tensor store: verified writes, verified reads, crash-safe checkpoints."""

import numpy as np
import pytest

from expdb.errors import CorruptTensor, StoreError
from expdb.tensors import TensorStore, checksum


def test_round_trip_and_checksum(tmp_path):
    store = TensorStore(str(tmp_path / "t.zarr"))
    data = np.random.default_rng(0).normal(size=(1000, 10)).astype(np.float32)
    ref = store.write("ab" * 16, "mean", data)
    assert ref.shape == (1000, 10) and ref.dtype == "float32" and ref.nbytes == data.nbytes
    assert ref.checksum == checksum(data)
    np.testing.assert_array_equal(store.read(ref), data)
    # a reopened store reads the same array
    np.testing.assert_array_equal(TensorStore(str(tmp_path / "t.zarr"), create=False).read(ref), data)


def test_checksum_sees_dtype_shape_and_values():
    a = np.arange(6, dtype=np.int32)
    assert checksum(a) != checksum(a.reshape(2, 3))
    assert checksum(a) != checksum(a.astype(np.int64))
    b = a.copy()
    b[3] += 1
    assert checksum(a) != checksum(b)


def test_corrupt_and_missing_tensors_are_refused(tmp_path):
    store = TensorStore(str(tmp_path / "t.zarr"))
    ref = store.write("cd" * 16, "x", np.arange(100, dtype=np.float64))
    other = store.write("cd" * 16, "x", np.arange(100, dtype=np.float64) + 1)  # overwritten in place
    with pytest.raises(CorruptTensor, match="does not match its recorded checksum"):
        store.read(ref)
    np.testing.assert_array_equal(store.read(other), np.arange(100) + 1)
    import dataclasses

    with pytest.raises(CorruptTensor, match="is missing"):
        store.read(dataclasses.replace(ref, path="cells/zz/none/x"))


def test_checkpoints_keep_the_newest_verified_one(tmp_path):
    store = TensorStore(str(tmp_path / "t.zarr"))
    key = "ef" * 16
    assert store.load_checkpoint(key) is None
    store.save_checkpoint(key, 10, b"first")
    store.save_checkpoint(key, 20, b"second")
    assert store.load_checkpoint(key) == (20, b"second")
    chunks = [p for p in (tmp_path / "t.zarr" / "checkpoints").rglob("*") if p.is_file() and "/c/" in p.as_posix()]
    assert len(chunks) == 1  # the older one is gone
    chunks[0].write_bytes(b"torn write")
    assert store.load_checkpoint(key) is None  # a corrupt checkpoint is never resumed from
    store.drop_checkpoints(key)
    assert store.load_checkpoint(key) is None


def test_bad_locations(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        TensorStore(str(tmp_path / "file"))
    with pytest.raises(StoreError, match="no tensor store"):
        TensorStore(str(tmp_path / "absent.zarr"), create=False)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not a Zarr 3 store"):
        TensorStore(str(tmp_path / "folder"))
