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
    """A database of studies, cells and results."""

    url: str

    # schema ---------------------------------------------------------------
    @abstractmethod
    def initialise(self) -> str: ...

    @abstractmethod
    def upgrade(self) -> tuple[str | None, str]: ...

    @abstractmethod
    def check_schema(self) -> None: ...

    @abstractmethod
    def dispose(self) -> None: ...

    # planning -------------------------------------------------------------
    @abstractmethod
    def save_study(self, name: str, description: str, spec_text: str, spec_sha256: str) -> int: ...

    # results bundles (expdb.bundle) ---------------------------------------
    @abstractmethod
    def export_study(self, name: str):
        """Every done cell of the study and its result rows, as an expdb.bundle.Bundle."""

    @abstractmethod
    def load_bundle(self, bundle) -> dict[str, int]:
        """Add a bundle's rows in one transaction (cells already present keep theirs);
        returns rows added per table."""

    @abstractmethod
    def insert_cells(self, study_id: int, cells: Sequence[PlannedCell]) -> int:
        """Add the cells the database lacks (and link all to the study); returns how many were new."""

    @abstractmethod
    def states(self, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
        """key -> (state, attempts) for the keys the database holds."""

    @abstractmethod
    def cell_ids(self, keys: Sequence[str]) -> dict[str, int]: ...

    @abstractmethod
    def reset_failed(self, ids: Sequence[int], max_attempts: int) -> int: ...

    # the claim loop ---------------------------------------------------------
    @abstractmethod
    def claim(self, ids: Sequence[int], owner: str, lease_s: float, max_attempts: int) -> StoredCell | None:
        """Atomically take one ready cell among ids, or None."""

    @abstractmethod
    def claim_gang(self, ids: Sequence[int], owner: str, lease_s: float, max_attempts: int,
                   size_of: Callable[[str], int], key_of: Callable[[str, dict], Hashable]) -> list[StoredCell]:
        """Atomically take one ready cell among ids and, in the same transaction, up to
        size_of(its runner) - 1 more ready cells of the same runner whose key_of(runner,
        content) equals its own: a gang. [] when none is ready."""

    @abstractmethod
    def renew(self, cell_id: int, owner: str, lease_s: float) -> bool: ...

    @abstractmethod
    def renew_many(self, cell_ids: Sequence[int], owner: str, lease_s: float) -> set[int]:
        """Renew the leases we hold among cell_ids in one statement; returns the ids renewed."""

    @abstractmethod
    def complete(self, cell: StoredCell, owner: str, result: Result, tensors: dict[str, TensorRef],
                 provenance: dict) -> None:
        """Mark done and write the result rows in one transaction; LeaseLost if no longer ours."""

    @abstractmethod
    def fail(self, cell: StoredCell, owner: str, error: str, traceback: str) -> None: ...

    @abstractmethod
    def release(self, cell: StoredCell, owner: str) -> None:
        """Give a cell back untouched (the worker was interrupted); the attempt is not counted."""

    @abstractmethod
    def selection_status(self, ids: Iterable[int], max_attempts: int) -> SelectionStatus: ...

    @abstractmethod
    def lineage(self, cell: StoredCell) -> Lineage: ...

    # verdicts -------------------------------------------------------------
    @abstractmethod
    def record_verdicts(self, study: str, results: list[dict]) -> int:
        """Store claim results (ClaimResult.as_dict()) of a study as verdict rows, with the code
        version and the time; returns how many."""

    # reading --------------------------------------------------------------
    @abstractmethod
    def summary(self) -> list[dict]: ...

    @abstractmethod
    def failures(self, limit: int = 20) -> list[dict]: ...
