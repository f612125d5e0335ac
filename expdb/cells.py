"""Cells (units of work) and what a runner hands back for one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # the command line must start without NumPy
    import numpy as np


class PlannedCell(NamedTuple):
    """A cell as the planner wants it: content, its canonical text and key, its parents' keys.
    (A NamedTuple: the reference grid plans 252,000 of these, and tuples are cheap to make.)"""

    kind: str
    runner: str
    content: dict[str, Any]
    text: str
    key: str
    parents: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredCell:
    """A cell as the database holds it, handed to a runner."""

    id: int
    key: str
    kind: str
    runner: str
    content: dict[str, Any]
    attempts: int = 0

    @classmethod
    def from_row(cls, row) -> "StoredCell":
        return cls(row.id, row.key, row.kind, row.runner, json.loads(row.content), row.attempts)


@dataclass(frozen=True)
class TensorRef:
    """Where a verified array lives in the tensor store, and what it must hash to."""

    path: str
    shape: tuple[int, ...]
    dtype: str
    checksum: str
    nbytes: int

    @property
    def shape_text(self) -> str:
        """The shape as the tensor table stores it: "10000,10" ("" for a scalar)."""
        return ",".join(map(str, self.shape))

    @classmethod
    def from_row(cls, row) -> "TensorRef":
        """From a tensor table row (anything with path, shape, dtype, checksum and nbytes)."""
        shape = tuple(int(x) for x in row.shape.split(",") if x)
        return cls(row.path, shape, row.dtype, row.checksum, row.nbytes)


@dataclass
class Result:
    """What a runner returns for one cell. The store turns it into typed rows.

    scores: named numbers (a cell's final losses, a measure's values).
    curve: (step, name, value) points of a curve over a computation's steps.
    tensors: arrays written to the tensor store, verified, then referenced by rows.
    rows: rows of the flat tables the cell's study shape declares (expdb.shapes),
        {table name: [{column: value}, ...]}; the store adds each row's cell_id.
    fields: other named values the shape's own writer reads (Shape.write), as its study
        package documents them.
    """

    scores: dict[str, float] = field(default_factory=dict)
    curve: list[tuple[int, str, float]] = field(default_factory=list)
    tensors: dict[str, np.ndarray] = field(default_factory=dict)
    device: str = "cpu"
    versions: dict[str, str] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
