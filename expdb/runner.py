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
from typing import Any, Callable, ClassVar, Hashable, Iterator

import numpy as np

from typing import TYPE_CHECKING

from .cells import Result, StoredCell
from .errors import RunnerError
from .store.base import Lineage

if TYPE_CHECKING:  # runners import this module; they need not import zarr to be loaded
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


@dataclass(frozen=True)
class GangInfo:
    """How a runner computes several cells as one computation (a gang).

    key: content -> what cells must share to be computed together; cells whose keys are equal
        can share a gang, and the engine claims them together.
    max_size: the most cells one gang takes.
    default_size: the device fill was given (auto, cpu, cuda, cuda:N) -> the gang size when
        `--gang` is not given.
    A gang is how cells are computed, never what they are: it is recorded in provenance and is
    not part of any cell's content or key.
    """

    key: Callable[[dict], Hashable]
    max_size: int = 256
    default_size: Callable[[str], int] = field(default=lambda device: 1)


class Runner:
    info: ClassVar[RunnerInfo]
    gang: ClassVar[GangInfo | None] = None

    def validate(self, content: dict) -> None:
        """Refuse content the runner cannot compute (raise ValueError with a short reason)."""

    def compute(self, cell: StoredCell, ctx: "RunContext") -> Result:
        raise NotImplementedError

    def compute_gang(self, cells: list[StoredCell], contexts: list["RunContext"]) -> Iterator[tuple[int, Result | Exception]]:
        """For runners with a GangInfo: compute the cells together, yielding (index, Result) as
        each is ready, or (index, exception) for a cell that failed alone (the others go on).
        A cell whose context says should_stop() is abandoned: yield (index, an exception)."""
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

    def __init__(self, cell: StoredCell, lineage: Lineage, tensors: "TensorStore", device: str = "auto",
                 data_dir: str | None = None, stop: threading.Event | None = None, attempt: str = "a0"):
        self.cell = cell
        self.attempt = attempt  # this attempt's own folder in the tensor store
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
        if self.should_stop():  # the cell may be another worker's now: leave its checkpoints alone
            return
        self.tensors.save_checkpoint(self.cell.key, step, payload, self.attempt)

    def load_checkpoint(self) -> tuple[int, bytes] | None:
        return self.tensors.load_checkpoint(self.cell.key)

    def should_stop(self) -> bool:
        """True once the lease is lost or the worker is asked to stop: stop early, the result is void."""
        return self._stop.is_set()
