"""The tensor store: Zarr 3 arrays addressed by cell key.

An array is written, read back and checked against its checksum before any row
points at it; a crash mid-write leaves an orphan under its own attempt's folder, never a
referenced half-array. Reads verify shape, dtype and checksum again.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import numpy as np
import zarr
from zarr.errors import ContainsGroupError

from .cells import TensorRef
from .errors import CorruptTensor, StoreError

CELLS, CHECKPOINTS = "cells", "checkpoints"


def checksum(array: np.ndarray) -> str:
    array = np.ascontiguousarray(array)
    digest = hashlib.sha256(f"{array.dtype.str}|{array.shape}|".encode())
    digest.update(array.view(np.uint8).reshape(-1) if array.size else b"")
    return digest.hexdigest()


class TensorStore:
    def __init__(self, location: str, create: bool = True):
        self.location = str(location)
        if "://" not in self.location:
            path = Path(self.location)
            if path.exists() and not path.is_dir():
                raise StoreError(f"tensor store {self.location} is a file, not a Zarr store (a folder)")
            if not path.exists():
                if not create:
                    raise StoreError(f"no tensor store at {self.location}; run: expdb --tensors {self.location} init")
                if not path.parent.exists():
                    raise StoreError(f"cannot create tensor store {self.location}: folder {path.parent} does not exist")
            elif any(path.iterdir()) and not (path / "zarr.json").exists():
                raise StoreError(f"{self.location} is a folder but not a Zarr 3 store (no zarr.json)")
        try:
            # local folders named by URL need their parent folders made as arrays are written
            options = {"auto_mkdir": True} if self.location.startswith("file://") else None
            try:
                self.root = zarr.open_group(store=self.location, mode="a", storage_options=options)
            except ContainsGroupError:
                # another command created the store between zarr's look and its write (several
                # `init`s or `fill`s starting together on a fresh store): open the one it made
                self.root = zarr.open_group(store=self.location, mode="r+", storage_options=options)
        except Exception as exc:  # fsspec and zarr raise many kinds; the user needs one line
            raise StoreError(f"cannot open tensor store {self.location}: {exc}") from None

    # tensors of a cell ----------------------------------------------------------
    # Every attempt at a cell writes under a folder of its own, cells/<kk>/<key>/<attempt>/:
    # a worker paused past its lease that wakes up after another finished the cell writes
    # beside the committed arrays, never over them. The row records the path, so only the
    # attempt that committed is ever read; the others are removed (drop_attempt,
    # keep_only_attempt) or, after a crash, found by `expdb check` and removed by `expdb gc`.
    @staticmethod
    def cell_folder(key: str) -> str:
        return f"{CELLS}/{key[:2]}/{key}"

    def write(self, key: str, name: str, array: np.ndarray, attempt: str = "a0") -> TensorRef:
        array = np.ascontiguousarray(array)
        path = f"{self.cell_folder(key)}/{attempt}/{name}"
        digest = checksum(array)
        self.root.create_array(path, data=array, overwrite=True, attributes={"sha256": digest})
        back = self.root[path][...]
        if checksum(np.asarray(back)) != digest:
            raise StoreError(f"tensor {path} did not read back as written in {self.location}")
        return TensorRef(path, tuple(array.shape), str(array.dtype), digest, int(array.nbytes))

    def read(self, ref: TensorRef) -> np.ndarray:
        try:
            array = np.asarray(self.root[ref.path][...])
        except KeyError:
            raise CorruptTensor(f"tensor {ref.path} is missing from {self.location}") from None
        except Exception as exc:
            raise CorruptTensor(f"tensor {ref.path} in {self.location} cannot be read: {exc}") from None
        if tuple(array.shape) != tuple(ref.shape) or str(array.dtype) != ref.dtype:
            raise CorruptTensor(f"tensor {ref.path} in {self.location} is {array.dtype}{list(array.shape)}, "
                                f"its row says {ref.dtype}{list(ref.shape)}")
        if checksum(array) != ref.checksum:
            raise CorruptTensor(f"tensor {ref.path} in {self.location} does not match its recorded checksum")
        return array

    def drop_attempt(self, key: str, attempt: str, checkpoints: bool = True) -> None:
        """Remove what one attempt wrote: its arrays and (unless told not to) its checkpoints."""
        self._delete(f"{self.cell_folder(key)}/{attempt}")
        if checkpoints:
            self._delete(f"{CHECKPOINTS}/{key}/{attempt}")

    def keep_only_attempt(self, key: str, attempt: str) -> None:
        """After attempt committed: remove every other attempt's arrays under the cell."""
        try:
            folder = self.root[self.cell_folder(key)]
        except KeyError:
            return
        for name, _ in folder.members():
            if name != attempt:
                self._delete(f"{self.cell_folder(key)}/{name}")

    def arrays(self) -> list[str]:
        """Paths of every array under cells/ and checkpoints/ (for `expdb check`)."""
        found = []
        for top in (CELLS, CHECKPOINTS):
            try:
                group = self.root[top]
            except KeyError:
                continue
            found += [f"{top}/{path}" for path, node in group.members(max_depth=None) if isinstance(node, zarr.Array)]
        return sorted(found)

    def delete(self, path: str) -> None:
        self._delete(path)

    def _delete(self, path: str) -> None:
        try:
            del self.root[path]
        except KeyError:
            pass

    def probe_writable(self) -> None:
        """Write, read back and remove a small array: a store that cannot be written is found
        before any cell is claimed, not after the first ones have computed and failed."""
        path = f"probes/{uuid.uuid4().hex}"
        data = np.arange(4, dtype=np.int8)
        try:
            self.root.create_array(path, data=data, overwrite=True)
            ok = np.array_equal(np.asarray(self.root[path][...]), data)
            del self.root[path]
        except Exception as exc:  # OSError (read-only, full), PermissionError, fsspec's own kinds
            raise StoreError(f"tensor store {self.location} is not writable: {_first_line(exc)}") from None
        if not ok:
            raise StoreError(f"tensor store {self.location} did not read back a test array as written")

    # checkpoints of a running cell ------------------------------------------------
    def save_checkpoint(self, key: str, step: int, payload: bytes, attempt: str = "a0") -> None:
        """Keep the newest checkpoint; older ones go only after the new one verifies. Each
        attempt writes its own (checkpoints/<key>/<attempt>/step_N), and removes its own older
        ones and other attempts' strictly older ones, so two attempts (one of them paused past
        its lease) can never delete the newest checkpoint of a cell between them."""
        group = self.root.require_group(f"{CHECKPOINTS}/{key}/{attempt}")
        array = np.frombuffer(payload, dtype=np.uint8)
        name = f"step_{step:012d}"
        digest = checksum(array)
        group.create_array(name, data=array, overwrite=True, attributes={"sha256": digest, "step": step})
        if checksum(np.asarray(group[name][...])) != digest:
            raise StoreError(f"checkpoint {key}/{attempt}/{name} did not read back as written")
        for path, old_step in self._checkpoints(key):
            mine = path.startswith(f"{attempt}/")
            if (mine and old_step != step) or (not mine and old_step < step):
                self._delete(f"{CHECKPOINTS}/{key}/{path}")

    def _checkpoints(self, key: str) -> list[tuple[str, int]]:
        """(path under checkpoints/<key>, step) of every checkpoint array, newest first."""
        try:
            group = self.root[f"{CHECKPOINTS}/{key}"]
        except KeyError:
            return []
        found = []
        for path, node in group.members(max_depth=None):
            leaf = path.rsplit("/", 1)[-1]
            if isinstance(node, zarr.Array) and leaf.startswith("step_"):
                found.append((path, int(leaf[5:])))
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def load_checkpoint(self, key: str) -> tuple[int, bytes] | None:
        """The newest checkpoint that verifies, whichever attempt wrote it."""
        for path, _ in self._checkpoints(key):
            try:
                array = self.root[f"{CHECKPOINTS}/{key}/{path}"]
                data = np.asarray(array[...])
            except Exception:  # a torn write fails to decode: fall back to an older one
                continue
            if checksum(data) == array.attrs.get("sha256"):
                return int(array.attrs["step"]), data.tobytes()
        return None

    def drop_checkpoints(self, key: str) -> None:
        self._delete(f"{CHECKPOINTS}/{key}")

    def checkpointed_keys(self) -> list[str]:
        """Keys of the cells that have a checkpoint folder (cells in flight, or left over)."""
        try:
            group = self.root[CHECKPOINTS]
        except KeyError:
            return []
        return sorted(name for name, _ in group.members())


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
