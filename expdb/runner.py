"""The runner contract: how compute plugs into expdb without expdb importing it.

A runner computes one kind of cell. It is found by name through the entry-point group
``expdb.runners`` (or given as ``module:attribute``), describes the settings and choices
it accepts (so a spec is validated before anything runs, without importing torch), and
returns a Result. It never touches SQL: everything it needs comes through RunContext.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, ClassVar

import numpy as np

from .cells import Result, StoredCell
from .errors import RunnerError
from .store.base import Lineage
from .tensors import TensorStore

GROUP = "expdb.runners"


@dataclass(frozen=True)
class RunnerInfo:
    """What a runner accepts.

    kind: the cell kind it computes (train, represent or evaluate).
    settings: every setting it takes, with its default; defaults become part of each cell's
        content, so a cell's key says exactly how it was computed.
    choices: train: method -> the hyperparameter names it needs; represent: representation
        kinds; evaluate: metric names. None accepts anything.
    """

    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    choices: dict[str, tuple[str, ...]] | None = None


class Runner:
    info: ClassVar[RunnerInfo]

    def validate(self, content: dict) -> None:
        """Refuse content the runner cannot compute (raise ValueError with a short reason)."""

    def compute(self, cell: StoredCell, ctx: "RunContext") -> Result:
        raise NotImplementedError


@lru_cache(maxsize=None)
def load_runner(name: str) -> Runner:
    if ":" in name:
        module, _, attr = name.partition(":")
        try:
            obj = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise RunnerError(f"cannot load runner {name!r}: {exc}") from None
    else:
        found = [ep for ep in entry_points(group=GROUP) if ep.name == name]
        if not found:
            known = ", ".join(sorted({ep.name for ep in entry_points(group=GROUP)})) or "none"
            raise RunnerError(f"unknown runner {name!r} (installed runners: {known})")
        try:
            obj = found[0].load()
        except ImportError as exc:
            raise RunnerError(f"runner {name!r} cannot be imported: {exc}") from None
    runner = obj() if isinstance(obj, type) else obj
    if not isinstance(getattr(runner, "info", None), RunnerInfo):
        raise RunnerError(f"runner {name!r} has no RunnerInfo")
    return runner


def installed_runners() -> list[str]:
    return sorted({ep.name for ep in entry_points(group=GROUP)})


class RunContext:
    """What a runner may use while it computes a cell."""

    def __init__(self, cell: StoredCell, lineage: Lineage, tensors: TensorStore, device: str = "auto",
                 data_dir: str | None = None, stop: threading.Event | None = None):
        self.cell = cell
        self.lineage = lineage
        self.tensors = tensors
        self.device = device
        self.data_dir = data_dir
        self._stop = stop or threading.Event()

    def ancestor(self, kind: str) -> StoredCell:
        return self.lineage.ancestor(kind)

    def ancestor_tensors(self, kind: str) -> dict[str, np.ndarray]:
        """The verified arrays of the nearest ancestor of a kind (CorruptTensor if not intact)."""
        parent = self.lineage.ancestor(kind)
        refs = self.lineage.tensors.get(parent.key, {})
        return {name: self.tensors.read(ref) for name, ref in refs.items()}

    def save_checkpoint(self, step: int, payload: bytes) -> None:
        self.tensors.save_checkpoint(self.cell.key, step, payload)

    def load_checkpoint(self) -> tuple[int, bytes] | None:
        return self.tensors.load_checkpoint(self.cell.key)

    def should_stop(self) -> bool:
        """True once the lease is lost or the worker is asked to stop: stop early, the result is void."""
        return self._stop.is_set()
