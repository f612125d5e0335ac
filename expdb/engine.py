"""The fill engine: claim a ready cell, compute it with no transaction open, write its
result and mark it done in one transaction. A heartbeat renews the lease while the
runner works; a worker that dies leaves a lease that expires, and the next worker
reclaims the cell. The engine knows cells and runners, never models or metrics.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import traceback as tb
import uuid
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from .cells import Result, StoredCell
from .cores import threads_in_use
from .errors import ExpdbError
from .provenance import provenance
from .runner import RunContext, load_runner
from .store import LeaseLost, Store
from .tensors import TensorStore


# The longest lease: its heartbeat waits a third of it on a timer, and a timer refuses waits past
# threading.TIMEOUT_MAX (1e308 s crashed every heartbeat thread). A month is past any cell.
MAX_LEASE_S = 30 * 24 * 3600.0


@dataclass
class FillOptions:
    lease_s: float = 120.0
    max_attempts: int = 3
    poll_s: float = 1.0
    device: str = "auto"
    data_dir: str | None = None
    gang: int | None = None  # cells per gang; None: each runner's default for the device
    threads: int | None = None  # threads per claim loop on this machine; None: expdb.cores decides


@dataclass
class WorkerReport:
    computed: int = 0
    failed: int = 0
    lost: int = 0
    errors: list[str] = field(default_factory=list)
    dead: dict[str, str] = field(default_factory=dict)  # owner -> how its worker process ended
    notes: list[str] = field(default_factory=list)  # worth saying, not a failure


def new_owner(tag: str | None = None) -> str:
    return f"{socket.gethostname()}:{os.getpid()}{'.' + tag if tag else ''}:{uuid.uuid4().hex[:8]}"


class Heartbeat(threading.Thread):
    """Renews the leases of the cells a worker computes (one, or a gang's) every third of their
    length, in one statement; sets a cell's `lost` event if another worker took it."""

    def __init__(self, store: Store, cell_ids: Sequence[int], owner: str, lease_s: float):
        super().__init__(daemon=True, name=f"heartbeat-{cell_ids[0]}")
        self.store, self.owner, self.lease_s = store, owner, lease_s
        self.lost = {cid: threading.Event() for cid in cell_ids}
        self._beating = set(cell_ids)
        self._lock = threading.Lock()
        self.finished = threading.Event()

    def done_with(self, cell_id: int) -> None:
        with self._lock:
            self._beating.discard(cell_id)

    def run(self):
        while not self.finished.wait(self.lease_s / 3):
            with self._lock:
                ids = sorted(self._beating)
            if not ids:
                return
            try:
                kept = self.store.renew_many(ids, self.owner, self.lease_s)
            except Exception:  # a database hiccup: try again next beat, the lease has slack
                continue
            with self._lock:
                for cid in ids:
                    if cid not in kept and cid in self._beating:
                        self.lost[cid].set()
                        self._beating.discard(cid)


class Worker:
    def __init__(self, store: Store, tensors: TensorStore, options: FillOptions, owner: str | None = None,
                 on_cell: Callable[[StoredCell, str, float, str | None], None] | None = None):
        self.store, self.tensors, self.options = store, tensors, options
        self.owner = owner or new_owner()
        self.on_cell = on_cell

    def run(self, ids: Sequence[int], wait_for: Sequence[int] = ()) -> WorkerReport:
        """Work until no cell among ids can be claimed now or later. wait_for: cells that
        other workers compute (another kind, on other machines); while any is open, cells
        of ours that wait on them are worth waiting for."""
        report = WorkerReport()
        remaining = list(ids)
        finished: set[int] = set()
        missed = 0  # claims in a row that found nothing although a cell was claimable
        while remaining:
            cells = self._claim(remaining)
            if not cells:
                status = self.store.selection_status(remaining, self.options.max_attempts)
                remaining, finished = status.remaining, set()
                if status.claimable:
                    # Lost a race for it: try again at once. Missing it several times running is no
                    # race but a row claims pass over (locked by a session that froze mid-transaction):
                    # then wait between tries instead of spinning on the database.
                    missed += 1
                    if missed > 3:
                        time.sleep(self.options.poll_s)
                    continue
                if not status.running and not (status.blocked and wait_for and self._others_open(wait_for)):
                    break  # the rest is done, failed, or waits on cells outside this fill
                time.sleep(self.options.poll_s)
                continue
            missed = 0
            for stored, outcome in zip(cells, self.compute_gang(cells, report)):
                if outcome in ("done", "failed"):
                    finished.add(stored.id)
            # Drop finished cells in batches: one list pass per cell would be quadratic
            # on the reference grid's 252,000 cells; claims look at the front of the list.
            if len(finished) >= 64 or len(finished) == len(remaining):
                remaining = [i for i in remaining if i not in finished]
                finished = set()
        return report

    def _claim(self, ids: Sequence[int]) -> list[StoredCell]:
        """One ready cell, or a gang of them when its runner trains cells together."""
        if self.options.gang == 1:
            stored = self.store.claim(ids, self.owner, self.options.lease_s, self.options.max_attempts)
            return [stored] if stored is not None else []
        return self.store.claim_gang(ids, self.owner, self.options.lease_s, self.options.max_attempts,
                                     self._gang_size, _gang_key)

    def _gang_size(self, runner_name: str) -> int:
        try:
            gang = load_runner(runner_name).gang
        except ExpdbError:
            return 1  # the cell fails with the runner's error when it is computed
        if gang is None:
            return 1
        wanted = self.options.gang or gang.default_size(self.options.device)
        return max(1, min(wanted, gang.max_size))

    def _others_open(self, wait_for: Sequence[int]) -> bool:
        return self.store.selection_status(wait_for, self.options.max_attempts).open > 0

    def compute(self, stored: StoredCell, report: WorkerReport) -> str:
        return self.compute_gang([stored], report)[0]

    def compute_gang(self, cells: Sequence[StoredCell], report: WorkerReport) -> list[str]:
        """Compute one cell, or a gang of cells as one computation (runner.compute_gang). Each
        cell completes in its own transaction as soon as its result is ready; a cell whose
        runner raised, or whose lease was lost, fails or is lost alone."""
        started = time.time()
        beat = Heartbeat(self.store, [c.id for c in cells], self.owner, self.options.lease_s)
        beat.start()
        attempts = {c.id: f"a{c.attempts}-{uuid.uuid4().hex[:8]}" for c in cells}
        gang = (uuid.uuid4().hex[:16], len(cells)) if len(cells) > 1 else None
        outcomes: dict[int, str] = {}
        try:
            runner = load_runner(cells[0].runner)
            contexts = [RunContext(c, self.store.lineage(c), self.tensors, self.options.device, self.options.data_dir,
                                   beat.lost[c.id], attempt=attempts[c.id]) for c in cells]
            if len(cells) == 1:
                results = iter([(0, _outcome_of(runner.compute, cells[0], contexts[0]))])
            else:
                results = runner.compute_gang(list(cells), contexts)
            for index, result in results:
                if index in outcomes:
                    raise RuntimeError(f"runner {cells[0].runner!r} reported cell {cells[index].key} twice")
                outcomes[index] = self._finish(cells[index], result, report, beat, attempts, started, gang)
        except KeyboardInterrupt:
            for i, stored in enumerate(cells):
                if i not in outcomes:
                    self.store.release(stored, self.owner)
            raise
        except Exception as exc:  # the runner, its lineage or the gang as a whole failed
            for i, stored in enumerate(cells):
                if i not in outcomes:
                    outcomes[i] = self._finish(stored, exc, report, beat, attempts, started, gang)
        finally:
            beat.finished.set()
        for i, stored in enumerate(cells):
            if i not in outcomes:  # a gang runner that ended without a word about this cell
                outcomes[i] = self._finish(stored, RuntimeError("the gang ended without a result for this cell"),
                                           report, beat, attempts, started, gang)
        return [outcomes[i] for i in range(len(cells))]

    def _finish(self, stored: StoredCell, result, report: WorkerReport, beat: Heartbeat, attempts: dict,
                started: float, gang) -> str:
        """Commit one cell's result (or record its failure), then stop beating for it."""
        attempt, lost, error = attempts[stored.id], beat.lost[stored.id], None
        try:
            if isinstance(result, BaseException):
                raise result
            _check_result(result)
            if lost.is_set():
                raise LeaseLost(stored.key)
            refs = {name: self.tensors.write(stored.key, name, array, attempt) for name, array in result.tensors.items()}
            prov = provenance(result.device, self.owner, started, time.time(), result.versions, gang,
                              threads=threads_in_use())
            # What earlier (killed, paused) attempts left under the cell, listed before the commit:
            # once it commits, those can never commit, while a later attempt (after a repair reset
            # the cell) could, so only these may be removed afterwards.
            earlier = self._earlier_attempts(stored.key, attempt)
            self.store.complete(stored, self.owner, result, refs, prov)
            outcome = "done"
            report.computed += 1
        except LeaseLost:
            self.tensors.drop_attempt(stored.key, attempt)
            outcome = "lost"
            report.lost += 1
        except Exception as exc:
            # A failed cell keeps its checkpoints: a retry (--retry-failed) resumes from them. A
            # lost one does not: the cell is another worker's, which may have completed it (and
            # removed its checkpoints) while this one was paused mid-write.
            self.tensors.drop_attempt(stored.key, attempt, checkpoints=lost.is_set())
            if lost.is_set():  # the runner stopped because another worker took the cell
                outcome = "lost"
                report.lost += 1
            else:
                error = _one_line(exc)
                self.store.fail(stored, self.owner, error, "".join(tb.format_exception(exc)))
                outcome = "failed"
                report.failed += 1
                report.errors.append(f"{stored.kind} {stored.key}: {error}")
        finally:
            beat.done_with(stored.id)
        if outcome == "done":
            # After the commit nothing may remove the committed attempt: clean-up that fails (a
            # sweep removing the same folder, a damaged node) leaves garbage for expdb gc, no more.
            self.tensors.drop_folders(earlier)
        if self.on_cell is not None:
            self.on_cell(stored, outcome, time.time() - started, error)
        return outcome


    def _earlier_attempts(self, key: str, attempt: str) -> list[str]:
        """The attempt folders under a cell other than this attempt's arrays (its checkpoints go too)."""
        try:
            return [f for f in self.tensors.attempts(key) if f != f"{TensorStore.cell_folder(key)}/{attempt}"]
        except Exception:  # a listing that fails now costs garbage, not the result
            return []


def _outcome_of(compute, stored, ctx):
    """A runner's result, or the exception it raised (KeyboardInterrupt goes through)."""
    try:
        return compute(stored, ctx)
    except Exception as exc:
        return exc


def _gang_key(runner_name: str, content: dict):
    gang = load_runner(runner_name).gang
    return None if gang is None else gang.key(content)


def _check_result(result) -> None:
    if not isinstance(result, Result):
        raise TypeError(f"runner returned {type(result).__name__}, not a Result")
    for name, array in result.tensors.items():
        if not isinstance(array, np.ndarray):
            raise TypeError(f"tensor {name!r} is a {type(array).__name__}, not a numpy array")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


# ---- executors --------------------------------------------------------------------
