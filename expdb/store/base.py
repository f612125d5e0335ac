"""The storage contract. Only the store writes SQL; everything else calls these methods.

One implementation per backend (SQLite, PostgreSQL) and one conformance suite
(tests/test_store_conformance.py) run against each.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable, Sequence

from ..cells import PlannedCell, Result, StoredCell, TensorRef


class LeaseLost(Exception):
    """Another worker took the cell over (our lease expired); our result is discarded."""


@dataclass
class SelectionStatus:
    done: int = 0
    failed: int = 0
    running: int = 0  # lease alive
    claimable: int = 0  # pending and ready, or running with an expired lease
    blocked: int = 0  # pending, waiting for a parent that is not done
    remaining: list[int] = field(default_factory=list)  # ids neither done nor failed

    @property
    def open(self) -> int:
        return self.running + self.claimable


@dataclass(frozen=True)
class Removed:
    """What reset_cells or delete_cells took out of the database, in one transaction."""

    keys: list[str]  # the cells reset or deleted
    paths: list[str]  # the tensor paths their deleted tensor rows named: arrays no row points at now


@dataclass(frozen=True)
class Lineage:
    """A cell's ancestors (nearest first) with their tensors, for runners that build on them."""

    cells: tuple[StoredCell, ...]
    tensors: dict[str, dict[str, TensorRef]]  # cell key -> tensor name -> ref

    def ancestor(self, kind: str) -> StoredCell:
        for cell in self.cells:
            if cell.kind == kind:
                return cell
        raise KeyError(f"no {kind} ancestor")


class Store(ABC):
    """A database of studies, cells and results: the one way anything reads or writes it.

    Every method a caller uses is here, each with what it guarantees; a backend (SqliteStore,
    PostgresStore, on the shared SqlStore) implements them and keeps its dialect to itself, and
    the conformance suite (expdb.testing.StoreContract) checks every backend against this text.
    Unless a method says otherwise, it commits what it writes before it returns, and a write
    that fails leaves nothing behind.
    """

    url: str

    # schema ---------------------------------------------------------------
    @abstractmethod
    def initialise(self) -> str:
        """Bring an empty (or older) database to this code's schema; returns the revision."""

    @abstractmethod
    def upgrade(self) -> tuple[str | None, str]:
        """Migrate to this code's schema; (revision before, after). Several at once are serialised.
        A schema newer than this code is refused (DatabaseError)."""

    @abstractmethod
    def check_schema(self) -> None:
        """Raise a one-line DatabaseError unless the schema is exactly this code's."""

    @abstractmethod
    def schema_revision(self) -> tuple[str | None, str]:
        """(the database's schema revision or None, the revision this code needs)."""

    @abstractmethod
    def database_id(self) -> str:
        """A random id made once, when the database got its schema (or was first upgraded to
        carry one); it never changes. A tensor store records the id of the database it serves."""

    @abstractmethod
    def dispose(self) -> None:
        """Close every connection."""

    # studies and cells --------------------------------------------------------
    @abstractmethod
    def save_study(self, name: str, description: str, spec_text: str, spec_sha256: str) -> int:
        """The study's id, creating it if missing (an upsert: commands starting together get one
        row) and keeping its spec text current."""

    @abstractmethod
    def insert_cells(self, study_id: int, cells: Sequence[PlannedCell]) -> int:
        """Add the cells the database lacks, their dependency edges and the study's links to all
        of them, in one transaction (a kill leaves all or none); returns how many were new."""

    @abstractmethod
    def stale_members(self, name: str, wanted_keys: Sequence[str]) -> list[str]:
        """Keys of the cells study `name` holds that are not among wanted_keys ([] for no study)."""

    @abstractmethod
    def drop_members(self, study_id: int, keys: Sequence[str]) -> int:
        """Unlink these cells from the study (the cells and their rows stay); returns how many."""

    @abstractmethod
    def states(self, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
        """key -> (state, attempts) for the keys the database holds."""

    @abstractmethod
    def cell_ids(self, keys: Sequence[str]) -> dict[str, int]:
        """key -> id for the keys the database holds."""

    @abstractmethod
    def reset_failed(self, ids: Sequence[int], max_attempts: int) -> int:
        """Failed cells among ids with attempts left go back to pending; returns how many."""

    # results bundles (expdb.bundle) ---------------------------------------
    @abstractmethod
    def export_study(self, name: str):
        """Every done cell of the study and its result rows, as an expdb.bundle.Bundle."""

    @abstractmethod
    def load_bundle(self, bundle) -> dict[str, int]:
        """Check a bundle (schema revision, duplicated rows, keys against contents, references),
        then add its rows and its study in one transaction (cells already present keep theirs);
        returns rows added per table. A refused bundle leaves nothing, not even its study."""

    # the claim loop ---------------------------------------------------------
    # Leases are set and judged by the database server's clock, never the worker's.
    @abstractmethod
    def claim(self, ids: Sequence[int], owner: str, lease_s: float, max_attempts: int) -> StoredCell | None:
        """Atomically take one ready cell among ids (pending, or running on an expired lease with
        attempts left, and every parent done), or None; two owners never hold one cell. Cells
        whose lease expired on their last attempt are retired as failed."""

    @abstractmethod
    def claim_gang(self, ids: Sequence[int], owner: str, lease_s: float, max_attempts: int,
                   size_of: Callable[[str], int], key_of: Callable[[str, dict], Hashable]) -> list[StoredCell]:
        """Atomically take one ready cell among ids and, in the same transaction, up to
        size_of(its runner) - 1 more ready cells of the same runner whose key_of(runner,
        content) equals its own: a gang. [] when none is ready."""

    @abstractmethod
    def renew(self, cell_id: int, owner: str, lease_s: float) -> bool:
        """Extend the lease if owner still holds it; False when another worker took the cell."""

    @abstractmethod
    def renew_many(self, cell_ids: Sequence[int], owner: str, lease_s: float) -> set[int]:
        """Renew the leases we hold among cell_ids in one statement; returns the ids renewed."""

    @abstractmethod
    def complete(self, cell: StoredCell, owner: str, result: Result, tensors: dict[str, TensorRef],
                 provenance: dict) -> None:
        """Mark done and write the result rows (the cell's shape's own writer, then
        Result.rows into its declared tables), tensor rows and provenance in one transaction;
        LeaseLost (and nothing written) if the cell is no longer owner's, RunnerError (and
        nothing written) for rows no installed shape declares."""

    @abstractmethod
    def fail(self, cell: StoredCell, owner: str, error: str, traceback: str) -> None:
        """Mark failed with the error, if owner still holds the cell (else nothing)."""

    @abstractmethod
    def release(self, cell: StoredCell, owner: str) -> None:
        """Give a cell back untouched (the worker was interrupted); the attempt is not counted."""

    @abstractmethod
    def release_owned(self, owner: str) -> int:
        """Give back every cell owner still holds as running, untouched and without counting
        the attempt, in one transaction (a fill's parent, after its interrupted worker process
        ended without releasing what it held). Returns how many. A cell another owner has
        taken since (owner's lease ran out) is not owner's and is left alone."""

    @abstractmethod
    def lease_owners(self) -> list[str]:
        """The distinct owners holding a live lease on any cell of the database, sorted (who is
        claiming now: a starting fill shares the host's cores with those on its host)."""

    @abstractmethod
    def running_among(self, ids: Iterable[int]) -> list[dict]:
        """The cells among ids that are running under a live lease, in id order: kind, key,
        lease_owner, lease_expires and started_at (server time; started_at None when not
        recorded). What a starting fill reports it must wait for."""

    @abstractmethod
    def selection_status(self, ids: Iterable[int], max_attempts: int) -> SelectionStatus:
        """Counts of done, failed, running, claimable and blocked cells among ids, and the ids
        neither done nor failed, in id order."""

    @abstractmethod
    def lineage(self, cell: StoredCell) -> Lineage:
        """The cell's ancestors, nearest first, with their tensor references."""

    @abstractmethod
    def leased_by(self, owner: str) -> list[dict]:
        """The running cells owner holds: kind, key, lease_expires (server time)."""

    @abstractmethod
    def server_time(self) -> float:
        """The database server's clock, seconds since the epoch (the clock leases are judged by)."""

    # maintenance (expdb check, expdb gc) -------------------------------------
    @abstractmethod
    def cell_states(self) -> dict[str, str]:
        """key -> state for every cell."""

    @abstractmethod
    def tensor_rows(self) -> list[tuple[str, str, TensorRef]]:
        """(cell key, cell state, reference) for every tensor row."""

    @abstractmethod
    def unwanted_cells(self) -> list[dict]:
        """Cells no study links to, none running, none that a wanted cell depends on."""

    @abstractmethod
    def delete_cells(self, ids: Sequence[int]) -> Removed:
        """Remove those of these cells that are still unwanted (see unwanted_cells), judged again
        inside the deleting transaction, with their result rows, tensor rows and edges, in one
        transaction; a cell that a study links to or a worker holds by then is kept. Their arrays
        are the caller's to remove (Removed.paths, and folders it listed before). Rows that refer
        to rows of other deleted cells never block the deletion, whatever their number."""

    @abstractmethod
    def reset_cells(self, keys: Sequence[str]) -> Removed:
        """These done cells and every done cell computed from them back to pending, without their
        result and tensor rows, in one transaction; StoreBusy (and nothing changed) if any of them
        is running. Returns the keys reset and the tensor paths their rows named."""

    # verdicts -------------------------------------------------------------
    @abstractmethod
    def record_verdicts(self, study: str, results: list[dict]) -> int:
        """Store claim results (ClaimResult.as_dict()) of a study as verdict rows, with the code
        version and the time; returns how many."""

    # reading --------------------------------------------------------------
    @abstractmethod
    def read(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """The rows of one SELECT with ? placeholders, as plain tuples (the query layer's reads)."""

    @abstractmethod
    def read_only_sql(self, sql: str, limit: int | None = None) -> tuple[list[str], list[tuple]]:
        """(column names, rows) of a user's statement on a connection that cannot write; a
        statement that would write is refused with a one-line DatabaseError and changes nothing."""

    @abstractmethod
    def summary(self) -> list[dict]:
        """Per study, kind and state: the number of cells."""

    @abstractmethod
    def table_counts(self) -> dict[str, int]:
        """Rows of the tables installed study shapes count (Shape.counted), by their labels."""

    @abstractmethod
    def failures(self, limit: int = 20) -> list[dict]:
        """The most recently failed cells: key, kind, attempts, last error."""
