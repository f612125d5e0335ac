"""The tensor store: Zarr 3 arrays addressed by cell key.

An array is written, read back and checked against its checksum before any row
points at it; a crash mid-write leaves an orphan that the next attempt overwrites,
never a referenced half-array. Reads verify the checksum again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import zarr

from .cells import TensorRef
from .errors import CorruptTensor, StoreError

DEFAULT_STORE = "expdb.zarr"


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
                    raise StoreError(f"no tensor store at {self.location}; run: expdb --store {self.location} init")
                if not path.parent.exists():
                    raise StoreError(f"cannot create tensor store {self.location}: folder {path.parent} does not exist")
            elif any(path.iterdir()) and not (path / "zarr.json").exists():
                raise StoreError(f"{self.location} is a folder but not a Zarr 3 store (no zarr.json)")
        try:
            # local folders named by URL need their parent folders made as arrays are written
            options = {"auto_mkdir": True} if self.location.startswith("file://") else None
            self.root = zarr.open_group(store=self.location, mode="a", storage_options=options)
        except Exception as exc:  # fsspec and zarr raise many kinds; the user needs one line
            raise StoreError(f"cannot open tensor store {self.location}: {exc}") from None

    # tensors of a cell ----------------------------------------------------------
    def write(self, key: str, name: str, array: np.ndarray) -> TensorRef:
        array = np.ascontiguousarray(array)
        path = f"cells/{key[:2]}/{key}/{name}"
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
        if checksum(array) != ref.checksum:
            raise CorruptTensor(f"tensor {ref.path} in {self.location} does not match its recorded checksum")
        return array

    # checkpoints of a running cell ------------------------------------------------
    def save_checkpoint(self, key: str, step: int, payload: bytes) -> None:
        """Keep the newest checkpoint; the previous one goes only after the new one verifies."""
        group = self.root.require_group(f"checkpoints/{key}")
        array = np.frombuffer(payload, dtype=np.uint8)
        name = f"step_{step:012d}"
        digest = checksum(array)
        group.create_array(name, data=array, overwrite=True, attributes={"sha256": digest, "step": step})
        if checksum(np.asarray(group[name][...])) != digest:
            raise StoreError(f"checkpoint {key}/{name} did not read back as written")
        group.attrs["latest"] = name
        for old in list(group.array_keys()):
            if old != name:
                del group[old]

    def load_checkpoint(self, key: str) -> tuple[int, bytes] | None:
        try:
            group = self.root[f"checkpoints/{key}"]
        except KeyError:
            return None
        names = sorted(group.array_keys(), reverse=True)
        for name in names:
            try:
                array = group[name]
                data = np.asarray(array[...])
            except Exception:  # a torn write fails to decode: fall back to an older one
                continue
            if checksum(data) == array.attrs.get("sha256"):
                return int(array.attrs["step"]), data.tobytes()
        return None

    def drop_checkpoints(self, key: str) -> None:
        try:
            del self.root[f"checkpoints/{key}"]
        except KeyError:
            pass
