"""Keeping a database and its tensor store in step: `expdb check` and `expdb gc`.

check is a file-system check for experiments: every tensor a done row points at is read back
(shape, dtype, checksum); arrays that no row points at, rows whose arrays are gone, nodes whose
metadata cannot be read and what Zarr cannot see (folders without metadata, temporary files of
interrupted writes) are listed. Arrays of a cell that is running now are an attempt in flight,
not an orphan. gc removes the cells no study wants (with their rows and arrays) and what no row
points at.

Both are safe beside a running fill: they remove only what they judged, by its own path (an
attempt's folder, one array, one file), never a folder that a later attempt may write into. An
attempt that ended without committing can never commit later (its lease is gone), and every later
attempt writes under a folder of its own; a cell's rows are re-judged in the transaction that
resets or deletes them, and only the arrays those rows pointed at are removed after it commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import CorruptTensor
from .store import Store
from .tensors import CELLS, CHECKPOINTS, PARTIAL, TensorStore, attempt_folder

# What repair or gc does about a finding:
RESET = "reset"  # the cell's committed tensors are damaged: back to pending, fill recomputes it
REMOVE = "remove"  # no row points at it or into it: remove that path
REWRITE = "rewrite"  # a shared folder's group metadata is missing or unreadable: write it again


@dataclass(frozen=True)
class Finding:
    what: str  # "corrupt", "missing", "orphan", "unreadable" or "leftover"
    key: str | None  # the cell the path belongs to, when it names one
    path: str
    detail: str = ""
    remedy: str = REMOVE

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
        return sorted({f.key for f in self.findings if f.remedy == RESET and f.key})

    @property
    def orphans(self) -> list[Finding]:
        return [f for f in self.findings if f.what == "orphan"]

    @property
    def removable(self) -> list[Finding]:
        """What repair and gc remove or rewrite without touching the database."""
        return [f for f in self.findings if f.remedy in (REMOVE, REWRITE)]


def _key_of(path: str) -> str | None:
    """The cell key a store path belongs to: cells/<kk>/<key>/... or checkpoints/<key>/..."""
    parts = path.split("/")
    if parts[0] == CELLS and len(parts) > 2:
        return parts[2]
    if parts[0] == CHECKPOINTS and len(parts) > 1:
        return parts[1]
    return None


class _Judge:
    """Decides what each thing the store holds is, from one listing, then the cells' states,
    then the tensor rows, read in that order: an attempt that commits while we look is then seen
    either as running (in flight) or as referenced, never as garbage."""

    def __init__(self, store: Store, tensors: TensorStore, leave_alone: frozenset = frozenset()):
        self.survey = tensors.survey()
        self.states = store.cell_states()
        self.rows = store.tensor_rows()
        self.referenced = {ref.path for _, _, ref in self.rows}
        self.committed = {attempt_folder(path) for path in self.referenced}
        self.leave_alone = leave_alone  # keys whose paths are another step's (gc's unwanted cells)
        self.in_flight = 0

    def findings(self) -> list[Finding]:
        found = []
        for path in self.survey.arrays:
            if path not in self.referenced:
                found.append(self._unreferenced("orphan", path, None))
        for what, pairs in (("unreadable", self.survey.unreadable), ("leftover", self.survey.leftovers)):
            for path, detail in pairs:
                found.append(self._damaged(what, path, detail))
        return [f for f in found if f is not None]

    def _running(self, key: str | None) -> bool:
        if key is not None and self.states.get(key) == "running":
            self.in_flight += 1  # an attempt computing now; its worker removes what loses
            return True
        return False

    def _unreferenced(self, what: str, path: str, detail: str | None) -> Finding | None:
        key = _key_of(path)
        if key in self.leave_alone or self._running(key):
            return None
        state = self.states.get(key)
        if _kept_checkpoint(path, state):
            return None
        if detail is None:
            detail = ("its cell is not in the database" if state is None else
                      "an attempt that did not commit" if path.startswith(CELLS + "/") else f"its cell is {state}")
        return Finding(what, key, path, detail, REMOVE)

    def _damaged(self, what: str, path: str, detail: str) -> Finding | None:
        key = _key_of(path)
        if key in self.leave_alone or self._running(key):
            return None
        holds_rows = path in self.referenced or any(r.startswith(path + "/") for r in self.referenced)
        if attempt_folder(path) is None:  # shared structure: never removed, at most given metadata
            if path.endswith(PARTIAL):
                return Finding(what, key, path, detail, REMOVE)
            return Finding(what, key, path, detail, REWRITE)
        if attempt_folder(path) in self.committed:
            if what == "unreadable" or path in self.referenced:
                return Finding(what, key, path, detail, RESET)  # inside a committed attempt: recompute the cell
            if holds_rows:  # an attempt's folder that lost its group metadata, arrays intact
                return Finding(what, key, path, detail, REWRITE)
            return Finding(what, key, path, detail, REMOVE)  # junk beside committed arrays
        return self._unreferenced(what, path, detail)


def check(store: Store, tensors: TensorStore) -> CheckReport:
    judge = _Judge(store, tensors)
    report = CheckReport(arrays_seen=len(judge.survey.arrays))
    for key, _state, ref in judge.rows:
        report.tensors_read += 1
        try:
            tensors.read(ref)
        except CorruptTensor as exc:
            what = "missing" if "is missing" in str(exc) else "corrupt"
            report.findings.append(Finding(what, key, ref.path, "" if what == "missing" else _reason(exc), RESET))
    report.findings += judge.findings()
    report.in_flight = judge.in_flight
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


def _remove(tensors: TensorStore, findings: list[Finding]) -> int:
    """Apply REMOVE and REWRITE findings, each to its own path; returns how many were acted on."""
    done = 0
    for finding in findings:
        if finding.remedy == REWRITE:
            tensors.rewrite_group(finding.path)
        else:
            tensors.delete(finding.path)
        done += 1
    return done


def repair(store: Store, tensors: TensorStore, report: CheckReport) -> tuple[list[str], int]:
    """Cells with corrupt, missing or unreadable tensors (and the done cells computed from them)
    go back to pending, and the arrays their rows pointed at are removed; unreferenced arrays and
    leftovers are removed, shared folders given their metadata again. Returns (reset cell keys,
    paths removed or rewritten). StoreBusy if a cell to reset is running."""
    removed = store.reset_cells(report.bad_cells) if report.bad_cells else None
    # Exactly the attempts the reset rows pointed at: a fill may already be computing a new
    # attempt of a reset cell, in a folder of its own.
    folders = sorted({attempt_folder(path) for path in removed.paths} - {None}) if removed is not None else []
    tensors.drop_folders(folders)
    rest = [f for f in report.removable if attempt_folder(f.path) not in folders]  # gone with their attempt
    return (removed.keys if removed is not None else []), len(folders) + _remove(tensors, rest)


@dataclass
class GcPlan:
    cells: list[dict]  # id, key, kind, state
    orphans: list[Finding]  # everything else gc removes or rewrites (orphans, leftovers, unreadable)
    folders: dict[str, list[str]] = field(default_factory=dict)  # an unwanted cell's key -> its attempt folders

    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in self.cells:
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        return counts


def plan_gc(store: Store, tensors: TensorStore) -> GcPlan:
    unwanted = store.unwanted_cells()
    gone = frozenset(c["key"] for c in unwanted)
    # The unwanted cells' folders are listed before anything is deleted: run_gc removes exactly
    # these, and only for the cells whose rows it deleted.
    folders = {key: tensors.attempts(key) for key in gone}
    judge = _Judge(store, tensors, leave_alone=gone)  # orphans by path alone: gc does not read contents
    return GcPlan(unwanted, [f for f in judge.findings() if f.remedy in (REMOVE, REWRITE)], folders)


def run_gc(store: Store, tensors: TensorStore, plan: GcPlan) -> tuple[int, int]:
    """Delete what plan_gc found: rows first (a crash leaves orphan arrays, never rows pointing
    at nothing), then arrays. A cell that a study wants again or a fill took since the plan is
    kept, with its arrays. Returns (cells deleted, folders and arrays removed)."""
    removed = store.delete_cells([c["id"] for c in plan.cells]) if plan.cells else None
    acted = 0
    for key in removed.keys if removed is not None else ():
        folders = plan.folders.get(key, [])
        tensors.drop_folders(folders)
        acted += len(folders)
    acted += _remove(tensors, plan.orphans)
    return (len(removed.keys) if removed is not None else 0), acted


def remove_checkpoints_of_done_cells(store, tensors) -> int:
    """Remove checkpoints left under cells that are done, and say how many cells had some. A
    worker that stalls past its lease can still write a checkpoint after another worker finished
    the cell (and removed its checkpoints); killed before it notices, it leaves that one behind.
    A done cell never resumes, so such a checkpoint is garbage; fill calls this when it ends.
    The folders are listed before the states are read, and only those are removed: a cell reset
    since (expdb check --repair) may be computing again, with checkpoints of a new attempt."""
    keys = tensors.checkpointed_keys()
    if not keys:
        return 0
    listed = {key: [f for f in tensors.attempts(key) if f.startswith(CHECKPOINTS + "/")] for key in keys}
    states = store.states(keys)
    done = [k for k in keys if states.get(k, ("", 0))[0] == "done"]
    for key in done:
        tensors.drop_folders(listed[key])
    return len(done)
