"""The fill engine: claim a ready cell, compute it with no transaction open, write its
result and mark it done in one transaction. A heartbeat renews the lease while the
runner works; a worker that dies leaves a lease that expires, and the next worker
reclaims the cell. The engine knows cells and runners, never models or metrics.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import socket
import threading
import time
import traceback as tb
import uuid
from dataclasses import asdict, dataclass, field
from typing import Callable, NamedTuple, Sequence

import numpy as np

from .cells import Result, StoredCell
from .cores import thread_limits, threads_in_use, threads_per_worker
from .errors import ExpdbError
from .provenance import provenance
from .runner import RunContext, load_runner
from .store import LeaseLost, Store, open_store
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

# A claim loop's transactions last milliseconds. One that a worker left open when it froze (a
# stopped machine, SIGSTOP) would keep its row locks for as long as it stays frozen, and claims,
# which pass over locked rows, would never take its cell back although its lease expired: on
# PostgreSQL the server ends a claim loop's session idle that long inside a transaction (less
# than the default lease, so the cell is claimable when its lease runs out).
CLAIM_LOOP_IDLE_TRANSACTION_S = 30.0


def run_in_process(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions,
                   on_cell=None, wait_for: Sequence[int] = (), owner: str | None = None) -> WorkerReport:
    store = open_store(db_url, idle_transaction_s=CLAIM_LOOP_IDLE_TRANSACTION_S)
    try:
        tensors = TensorStore(store_path)
        tensors.bind_to(store.database_id(), store.url)  # a worker elsewhere checks the store it was given
        return Worker(store, tensors, options, owner=owner, on_cell=on_cell).run(ids, wait_for)
    finally:
        store.dispose()


class CellSeen(NamedTuple):
    """A cell a worker process finished, as its parent hears of it."""

    kind: str
    key: str


def worker_process_main() -> None:
    """`python -m expdb.worker`: one claim loop in a worker process of run_local_processes. The
    job comes as one JSON object on stdin; what happened goes out as JSON lines on stdout, a
    line per finished cell and a last line with the counts (or the error). A plain process, not
    multiprocessing's spawn: that would import the parent's main script again in every worker,
    which runs a user's script (or a notebook's code) once more per worker."""
    job = json.loads(sys.stdin.read())
    owner = job["owner"]
    # Interrupted (a terminal's Ctrl-C reaches the whole process group), stopped by its parent or
    # by `kill`: unwind as on Ctrl-C, so the claim loop gives back the cells it holds without
    # counting their attempts. Once: a second signal (the parent's, after the terminal's) must not
    # cut that giving back short.
    signal.signal(signal.SIGINT, _interrupt_once)
    signal.signal(signal.SIGTERM, _interrupt_once)

    def say(event: dict) -> None:
        sys.stdout.write(json.dumps(event) + "\n")
        sys.stdout.flush()

    def tell(cell, outcome, seconds, error):
        say({"event": "cell", "kind": cell.kind, "key": cell.key, "outcome": outcome, "seconds": seconds,
             "error": error})

    try:
        report = run_in_process(job["db_url"], job["store_path"], job["ids"], FillOptions(**job["options"]),
                                owner=owner, on_cell=tell)
        say({"event": "ok", "computed": report.computed, "failed": report.failed, "lost": report.lost})
    except KeyboardInterrupt:
        say({"event": "interrupted"})
    except ExpdbError as exc:
        say({"event": "error", "message": str(exc)})
    except Exception:
        say({"event": "error", "message": tb.format_exc(limit=3)})


def _interrupt_once(signum, frame):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


# How long an interrupted fill waits for its worker processes to give back their cells before it
# kills them (and gives back for them what they still hold).
STOP_GRACE_S = 10.0


def stop_workers(procs, grace_s: float = STOP_GRACE_S) -> None:
    """Interrupt every worker process still running (SIGINT: a terminal's Ctrl-C reaches them
    already, a signal sent to the parent alone does not), wait up to grace_s for all of them,
    then kill what is left."""
    for proc in procs:
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGINT)
            except OSError:
                pass
    deadline = time.time() + grace_s
    for proc in procs:
        try:
            proc.wait(timeout=max(0.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def give_back(db_url: str, owners) -> int:
    """After an interrupt: give back whatever the owners still hold (a worker killed before it
    could), without counting the attempts. Returns how many cells."""
    store = open_store(db_url)
    try:
        return sum(store.release_owned(owner) for owner in owners)
    finally:
        store.dispose()


def run_local_processes(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions, workers: int,
                        on_poll: Callable[[], None] | None = None, on_cell=None) -> WorkerReport:
    """N worker processes on this machine (`python -m expdb.worker`), each its own claim loop on
    the shared database and its share of the cores. A process that ends without reporting
    (killed, out of memory) is named in report.dead under the lease owner it claimed cells as."""
    owners = [new_owner(f"w{i}") for i in range(workers)]
    threads = options.threads or threads_per_worker(workers)
    env = {**os.environ, **thread_limits(threads)}
    job = {"db_url": db_url, "store_path": store_path, "ids": list(ids), "options": asdict(options)}
    procs = []
    try:
        for owner in owners:
            proc = subprocess.Popen([sys.executable, "-m", "expdb.worker"], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, env=env, text=True)
            proc.stdin.write(json.dumps({**job, "owner": owner}))
            proc.stdin.close()
            procs.append(proc)
        report = WorkerReport()
        reported: set[str] = set()
        selector = selectors.DefaultSelector()
        for owner, proc in zip(owners, procs):
            selector.register(proc.stdout, selectors.EVENT_READ, owner)
        last_poll = 0.0
        while selector.get_map():
            for key, _ in selector.select(timeout=0.2):
                line = key.fileobj.readline()
                if not line:
                    selector.unregister(key.fileobj)
                    continue
                event = json.loads(line)
                if event["event"] == "cell":
                    if on_cell is not None:
                        on_cell(CellSeen(event["kind"], event["key"]), event["outcome"], event["seconds"], event["error"])
                    continue
                reported.add(key.data)
                if event["event"] == "ok":
                    report.computed += event["computed"]
                    report.failed += event["failed"]
                    report.lost += event["lost"]
                elif event["event"] == "error":
                    report.errors.append(event["message"])
            if on_poll is not None and time.time() - last_poll >= options.poll_s:
                on_poll()
                last_poll = time.time()
    except KeyboardInterrupt:
        # every worker gives back what it holds; the parent gives back what a killed one could not
        try:
            stop_workers(procs)
        finally:
            give_back(db_url, owners)
        raise
    for proc in procs:
        proc.wait()
    if on_poll is not None:
        on_poll()
    for owner, proc in zip(owners, procs):
        if owner not in reported:
            how = (f"was killed by signal {-proc.returncode}" if proc.returncode and proc.returncode < 0
                   else f"exited with code {proc.returncode}")
            report.dead[owner] = f"worker process {proc.pid} {how}"
        elif proc.returncode not in (0, None):
            report.errors.append(f"worker process {proc.pid} exited with code {proc.returncode}")
    return report

