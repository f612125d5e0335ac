"""Keeping a database and its tensor store in step: `expdb check` and `expdb gc`.

check is a file-system check for experiments: every tensor a done row points at is read back
(shape, dtype, checksum); arrays that no row points at, and rows whose arrays are gone, are
listed. Arrays of a cell that is running now are an attempt in flight, not an orphan.
gc removes the cells no study wants (with their rows and arrays) and the orphan arrays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import CorruptTensor
from .store import Store
from .tensors import CELLS, CHECKPOINTS, TensorStore


@dataclass(frozen=True)
class Finding:
    what: str  # "corrupt", "missing" or "orphan"
    key: str | None  # the cell the path belongs to, when it names one
    path: str
    detail: str = ""

    def line(self) -> str:
        cell = f" (cell {self.key})" if self.key else ""
        return f"{self.what}: {self.path}{cell}{': ' + self.detail if self.detail else ''}"


@dataclass
class CheckReport:
    tensors_read: int = 0
    arrays_seen: int = 0
    in_flight: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def bad_cells(self) -> list[str]:
        return sorted({f.key for f in self.findings if f.what in ("corrupt", "missing") and f.key})

    @property
    def orphans(self) -> list[Finding]:
        return [f for f in self.findings if f.what == "orphan"]


def _key_of(path: str) -> str | None:
    """The cell key a store path belongs to: cells/<kk>/<key>/... or checkpoints/<key>/..."""
    parts = path.split("/")
    if parts[0] == CELLS and len(parts) > 2:
        return parts[2]
    if parts[0] == CHECKPOINTS and len(parts) > 1:
        return parts[1]
    return None


def check(store: Store, tensors: TensorStore) -> CheckReport:
    report = CheckReport()
    # Arrays first, then states, then rows: an attempt that commits while we look is then seen
    # either as running (in flight) or as referenced, never as an orphan.
    arrays = tensors.arrays()
    states = store.cell_states()
    rows = store.tensor_rows()
    referenced = {ref.path for _, _, ref in rows}
    for key, _state, ref in rows:
        report.tensors_read += 1
        try:
            tensors.read(ref)
        except CorruptTensor as exc:
            what = "missing" if "is missing" in str(exc) else "corrupt"
            report.findings.append(Finding(what, key, ref.path, "" if what == "missing" else _reason(exc)))
    report.arrays_seen = len(arrays)
    for path in arrays:
        if path in referenced:
            continue
        key = _key_of(path)
        state = states.get(key)
        if state == "running":
            report.in_flight += 1  # an attempt computing now; its worker removes what loses
        elif not _kept_checkpoint(path, state):
            why = ("its cell is not in the database" if state is None else
                   "an attempt that did not commit" if path.startswith(CELLS + "/") else f"its cell is {state}")
            report.findings.append(Finding("orphan", key, path, why))
    return report


def _kept_checkpoint(path: str, state: str | None) -> bool:
    """A checkpoint of a cell still to be computed is kept for the next attempt to resume from."""
    return path.startswith(CHECKPOINTS + "/") and state in ("pending", "failed")


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in (" does not match", " is ", " cannot be read"):
        if marker in text:
            return text[text.index(marker) + 1:]
    return text


def repair(store: Store, tensors: TensorStore, report: CheckReport) -> tuple[list[str], int]:
    """Cells with corrupt or missing tensors (and the done cells computed from them) go back
    to pending; orphan arrays are removed. Returns (reset cell keys, arrays removed)."""
    reset = store.reset_cells(report.bad_cells) if report.bad_cells else []
    removed = 0
    for key in reset:  # their arrays are no row's any more
        tensors.delete(TensorStore.cell_folder(key))
    for finding in report.orphans:
        tensors.delete(finding.path)
        removed += 1
    return reset, removed


@dataclass
class GcPlan:
    cells: list[dict]  # id, key, kind, state
    orphans: list[Finding]

    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in self.cells:
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        return counts


def plan_gc(store: Store, tensors: TensorStore) -> GcPlan:
    unwanted = store.unwanted_cells()
    gone = {c["key"] for c in unwanted}
    # orphans by path alone (check reads contents; gc need not)
    arrays = tensors.arrays()
    states = store.cell_states()
    referenced = {ref.path for _, _, ref in store.tensor_rows()}
    orphans = [Finding("orphan", _key_of(path), path) for path in arrays
               if path not in referenced and _key_of(path) not in gone and states.get(_key_of(path)) != "running"
               and not _kept_checkpoint(path, states.get(_key_of(path)))]
    return GcPlan(unwanted, orphans)


def run_gc(store: Store, tensors: TensorStore, plan: GcPlan) -> tuple[int, int]:
    """Delete what plan_gc found: rows first (a crash leaves orphan arrays, never rows
    pointing at nothing), then arrays. Returns (cells deleted, array folders removed)."""
    deleted = store.delete_cells([c["id"] for c in plan.cells]) if plan.cells else 0
    removed = 0
    for c in plan.cells:
        tensors.delete(TensorStore.cell_folder(c["key"]))
        tensors.delete(f"{CHECKPOINTS}/{c['key']}")
        removed += 1
    for finding in plan.orphans:
        tensors.delete(finding.path)
        removed += 1
    return deleted, removed


def remove_checkpoints_of_done_cells(store, tensors) -> int:
    """Remove checkpoints left under cells that are done, and say how many cells had some. A
    worker that stalls past its lease can still write a checkpoint after another worker finished
    the cell (and removed its checkpoints); killed before it notices, it leaves that one behind.
    A done cell never resumes, so such a checkpoint is garbage; fill calls this when it ends."""
    keys = tensors.checkpointed_keys()
    if not keys:
        return 0
    states = store.states(keys)
    done = [k for k in keys if states.get(k, ("", 0))[0] == "done"]
    for key in done:
        tensors.drop_checkpoints(key)
    return len(done)
