"""The tensor store: Zarr 3 arrays addressed by cell key.

An array is written, read back and checked against its checksum before any row
points at it; a crash mid-write leaves an orphan under its own attempt's folder, never a
referenced half-array. Reads verify shape, dtype and checksum again.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import zarr
from zarr.core.sync import sync
from zarr.errors import ContainsGroupError

from .cells import TensorRef
from .errors import CorruptTensor, StoreError

CELLS, CHECKPOINTS = "cells", "checkpoints"
# How many parts an attempt's own folder has: cells/<kk>/<key>/<attempt>, checkpoints/<key>/<attempt>.
# Everything above it is shared structure: groups that many attempts and cells write under.
ATTEMPT_DEPTH = {CELLS: 4, CHECKPOINTS: 3}
METADATA = "zarr.json"
DATABASE_ATTRIBUTE = "expdb_database"  # the root's attribute naming the database it serves
PARTIAL = ".partial"  # Zarr writes a file under a temporary name ending so, then renames it
# A temporary file above every attempt's folder may belong to a write in progress (a worker
# creating a shared group); one this old does not.
STALE_PARTIAL_S = 3600.0


def attempt_folder(path: str) -> str | None:
    """The attempt folder a store path lies in (cells/<kk>/<key>/<attempt> or
    checkpoints/<key>/<attempt>), or None for a path above every attempt's folder."""
    parts = path.split("/")
    depth = ATTEMPT_DEPTH.get(parts[0])
    return "/".join(parts[:depth]) if depth and len(parts) >= depth else None


@dataclass
class Survey:
    """What a walk of cells/ and checkpoints/ found, read node by node so that damage is listed,
    never raised. Paths are relative to the store's root."""

    arrays: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, why): metadata that does not parse
    leftovers: list[tuple[str, str]] = field(default_factory=list)  # (path, what): things Zarr cannot see


def recorded_database(location: str) -> str | None:
    """The id of the database a local tensor store serves, read without opening or creating
    anything (None: no store there, a remote one, or none recorded yet)."""
    import json

    if "://" in location:
        return None
    try:
        return json.loads((Path(location) / METADATA).read_text()).get("attributes", {}).get(DATABASE_ATTRIBUTE)
    except (OSError, ValueError, AttributeError):
        return None


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
            elif not (path / METADATA).exists() and any(not entry.name.endswith(PARTIAL) for entry in path.iterdir()):
                # a folder holding only zarr.json.partial is another command creating this store
                # right now (Zarr writes the file under that name, then renames it): not foreign
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

    def attempts(self, key: str) -> list[str]:
        """Every attempt folder under a cell, arrays' and checkpoints', by store path. Read from
        the store's listing, not from Zarr's metadata: a damaged attempt is listed too."""
        return [f"{folder}/{name}" for folder in (self.cell_folder(key), f"{CHECKPOINTS}/{key}")
                for name in self._names(folder) if name != METADATA and not name.endswith(PARTIAL)]

    def drop_folders(self, folders) -> None:
        """Remove these folders, each on its own; one gone already, or that cannot be removed now,
        is left (callers have committed, and clean-up must not undo that; `expdb gc` finds it)."""
        for folder in folders:
            try:
                self._delete(folder)
            except Exception:
                pass

    def arrays(self) -> list[str]:
        """Paths of every readable array under cells/ and checkpoints/."""
        return self.survey().arrays

    def survey(self) -> Survey:
        """Walk cells/ and checkpoints/ folder by folder (the store's listing, one node's metadata
        at a time): readable arrays, nodes whose metadata does not parse, and what Zarr cannot see
        (folders without metadata, temporary files of interrupted writes)."""
        found = Survey()
        for top in (CELLS, CHECKPOINTS):
            self._walk(top, found)
        found.arrays.sort()
        return found

    def _walk(self, path: str, found: Survey) -> None:
        names = self._names(path)
        if not names:
            if attempt_folder(path) is not None and self._is_folder(path):
                found.leftovers.append((path, "an empty folder"))  # an attempt killed before its first write
            return  # not there, or an empty shared folder: nothing to read or lose
        for name in names:
            if name.endswith(PARTIAL):
                self._note_partial(f"{path}/{name}", found)
        node = None
        if METADATA not in names:
            found.leftovers.append((path, "a folder without Zarr metadata"))
        else:
            node = self._node_type(path)
            if node not in ("array", "group"):
                found.unreadable.append((path, f"its metadata cannot be read ({node})"))
                node = None
        if node == "array":
            found.arrays.append(path)
            for key in self._keys_below(path):  # interrupted chunk writes inside the array
                if key.endswith(PARTIAL):
                    self._note_partial(f"{path}/{key}", found)
            return
        inside = attempt_folder(path)
        if node is None and inside is not None and inside != path:
            return  # inside an attempt, a node that cannot be read may be an array: not walked into
        for name in names:
            if name != METADATA and not name.endswith(PARTIAL):
                self._walk(f"{path}/{name}", found)

    def _node_type(self, path: str) -> str:
        """"array" or "group" from a node's zarr.json, or why it is neither. The JSON is read and
        judged here, not through Zarr's node objects: a walk of a whole store reads thousands, and
        an array a row points at is read back in full by `expdb check` anyway."""
        import json

        try:
            local = self._local(f"{path}/{METADATA}")
            raw = local.read_bytes() if local is not None else sync(self.root.store.get(
                f"{path}/{METADATA}", prototype=_prototype())).to_bytes()
            metadata = json.loads(raw)
        except Exception as exc:  # truncated, garbled, vanished meanwhile
            return _first_line(exc)
        if not isinstance(metadata, dict) or metadata.get("zarr_format") != 3:
            return "not Zarr 3 metadata"
        kind = metadata.get("node_type")
        return kind if kind in ("array", "group") else f"node_type {kind!r}"

    def _local(self, path: str) -> Path | None:
        """The file or folder behind a store path, for a store in a local folder."""
        location = self.location[len("file://"):] if self.location.startswith("file://") else self.location
        return None if "://" in location else Path(location) / path

    def _is_folder(self, path: str) -> bool:
        local = self._local(path)
        return local is not None and local.is_dir()

    def _note_partial(self, path: str, found: Survey) -> None:
        if attempt_folder(path) is None and not self._older_than(path, STALE_PARTIAL_S):
            return  # maybe a shared group being created right now
        found.leftovers.append((path, "a temporary file of an interrupted write"))

    def _older_than(self, path: str, seconds: float) -> bool:
        local = self._local(path)
        if local is None:
            return False  # a remote store's file ages are not read: left to whoever writes there
        try:
            return time.time() - local.stat().st_mtime > seconds
        except FileNotFoundError:
            return False  # renamed or removed meanwhile

    def _names(self, path: str) -> list[str]:
        """The entries directly under a store path (files and folders), without reading any."""
        local = self._local(path)
        if local is not None:  # the file system's own listing: Zarr's async one costs more per folder
            try:
                return sorted(os.listdir(local))
            except (FileNotFoundError, NotADirectoryError):
                return []

        async def listing():
            return [name async for name in self.root.store.list_dir(path)]

        try:
            return sorted(sync(listing()))
        except FileNotFoundError:
            return []

    def _keys_below(self, path: str) -> list[str]:
        local = self._local(path)
        if local is not None:
            return [str(Path(folder, name).relative_to(local)) for folder, _, files in os.walk(local) for name in files]

        async def listing():
            return [key async for key in self.root.store.list_prefix(path + "/")]

        try:
            return [key[len(path) + 1:] for key in sync(listing())]
        except FileNotFoundError:
            return []

    def rewrite_group(self, path: str) -> None:
        """Give a shared folder (above every attempt's) the plain group metadata all of them have,
        where its own is missing or unreadable. Only that one file is written: nothing under the
        folder is touched."""
        from zarr.core.buffer import default_buffer_prototype

        data = default_buffer_prototype().buffer.from_bytes(b'{"zarr_format": 3, "node_type": "group", "attributes": {}}')
        sync(self.root.store.set(f"{path}/{METADATA}", data))

    def delete(self, path: str) -> None:
        """Remove a folder (an array, a group, an attempt) and all it holds, or one file."""
        if path.endswith(PARTIAL) or path.endswith(METADATA):
            try:
                sync(self.root.store.delete(path))
            except FileNotFoundError:
                pass
            return
        self._delete(path)

    def _delete(self, path: str) -> None:
        """Idempotent: a folder already gone, or emptied by another process while this one walks
        it (two clean-ups of one attempt), is not an error."""
        for tries in range(5):
            try:
                del self.root[path]
                return
            except KeyError:
                return
            except FileNotFoundError:  # another remover took part of it first: look again
                continue
            except OSError:  # a file appeared while the folder was emptied: its writer is alive
                if tries == 4:
                    raise
                time.sleep(0.05)

    # the database this store serves ------------------------------------------------
    # Arrays are judged garbage by what one database's rows point at: a store that two databases
    # shared would have each one's `gc` and `check --repair` delete the other's arrays. A store
    # records the id of its database the first time a command uses the two together, and is
    # refused with any other.
    def bind_to(self, database_id: str, database: str) -> None:
        """Record database_id as this store's database, or raise StoreError if it serves another."""
        recorded = self.root.attrs.get(DATABASE_ATTRIBUTE)
        if recorded is None:
            self.root.attrs[DATABASE_ATTRIBUTE] = database_id
        elif recorded != database_id:
            raise StoreError(f"tensor store {self.location} belongs to another database, not {database} "
                             f"(store's database id {recorded}, this database's {database_id}); "
                             "give each database a tensor store of its own (--tensors)")

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
        """(path under checkpoints/<key>, step) of every checkpoint array, newest first; read from
        the listing, so that one attempt's damaged folder does not hide the others'."""
        found = []
        for attempt in self._names(f"{CHECKPOINTS}/{key}"):
            if attempt == METADATA or attempt.endswith(PARTIAL):
                continue
            for leaf in self._names(f"{CHECKPOINTS}/{key}/{attempt}"):
                if leaf.startswith("step_") and not leaf.endswith(PARTIAL) and leaf[5:].isdigit():
                    found.append((f"{attempt}/{leaf}", int(leaf[5:])))
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
        return [name for name in self._names(CHECKPOINTS) if name != METADATA and not name.endswith(PARTIAL)]


def _prototype():
    from zarr.core.buffer import default_buffer_prototype

    return default_buffer_prototype()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
