"""The fill engine: claim a ready cell, compute it with no transaction open, write its
result and mark it done in one transaction. A heartbeat renews the lease while the
runner works; a worker that dies leaves a lease that expires, and the next worker
reclaims the cell. The engine knows cells and runners, never models or metrics.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import time
import traceback as tb
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from .cells import Result, StoredCell
from .errors import ExpdbError
from .provenance import provenance
from .runner import RunContext, load_runner
from .store import LeaseLost, Store, open_store
from .tensors import TensorStore


@dataclass
class FillOptions:
    lease_s: float = 120.0
    max_attempts: int = 3
    poll_s: float = 1.0
    device: str = "auto"
    data_dir: str | None = None


@dataclass
class WorkerReport:
    computed: int = 0
    failed: int = 0
    lost: int = 0
    errors: list[str] = field(default_factory=list)


def new_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Heartbeat(threading.Thread):
    """Renews a lease every third of its length; sets `lost` if another worker took it."""

    def __init__(self, store: Store, cell_id: int, owner: str, lease_s: float):
        super().__init__(daemon=True, name=f"heartbeat-{cell_id}")
        self.store, self.cell_id, self.owner, self.lease_s = store, cell_id, owner, lease_s
        self.finished = threading.Event()
        self.lost = threading.Event()

    def run(self):
        while not self.finished.wait(self.lease_s / 3):
            try:
                if not self.store.renew(self.cell_id, self.owner, self.lease_s):
                    self.lost.set()
                    return
            except Exception:  # a database hiccup: try again next beat, the lease has slack
                continue


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
        while remaining:
            stored = self.store.claim(remaining, self.owner, self.options.lease_s, self.options.max_attempts)
            if stored is None:
                status = self.store.selection_status(remaining, self.options.max_attempts)
                remaining, finished = status.remaining, set()
                if status.claimable:
                    continue  # lost a race for it; try again at once
                if not status.running and not (status.blocked and wait_for and self._others_open(wait_for)):
                    break  # the rest is done, failed, or waits on cells outside this fill
                time.sleep(self.options.poll_s)
                continue
            if self.compute(stored, report) in ("done", "failed"):
                finished.add(stored.id)
                # Drop finished cells in batches: one list pass per cell would be quadratic
                # on the reference grid's 264,600 cells; claims look at the front of the list.
                if len(finished) >= 64 or len(finished) == len(remaining):
                    remaining = [i for i in remaining if i not in finished]
                    finished = set()
        return report

    def _others_open(self, wait_for: Sequence[int]) -> bool:
        return self.store.selection_status(wait_for, self.options.max_attempts).open > 0

    def compute(self, stored: StoredCell, report: WorkerReport) -> str:
        started = time.time()
        beat = Heartbeat(self.store, stored.id, self.owner, self.options.lease_s)
        beat.start()
        error = None
        try:
            runner = load_runner(stored.runner)
            ctx = RunContext(stored, self.store.lineage(stored), self.tensors, self.options.device,
                             self.options.data_dir, beat.lost)
            result = runner.compute(stored, ctx)
            _check_result(result)
            if beat.lost.is_set():
                raise LeaseLost(stored.key)
            refs = {name: self.tensors.write(stored.key, name, array) for name, array in result.tensors.items()}
            prov = provenance(result.device, self.owner, started, time.time(), result.versions)
            self.store.complete(stored, self.owner, result, refs, prov)
            self.tensors.drop_checkpoints(stored.key)
            outcome = "done"
            report.computed += 1
        except LeaseLost:
            outcome = "lost"
            report.lost += 1
        except KeyboardInterrupt:
            self.store.release(stored, self.owner)
            raise
        except Exception as exc:
            if beat.lost.is_set():  # the runner stopped because another worker took the cell
                outcome = "lost"
                report.lost += 1
            else:
                error = _one_line(exc)
                self.store.fail(stored, self.owner, error, tb.format_exc())
                outcome = "failed"
                report.failed += 1
                report.errors.append(f"{stored.kind} {stored.key}: {error}")
        finally:
            beat.finished.set()
        if self.on_cell is not None:
            self.on_cell(stored, outcome, time.time() - started, error)
        return outcome


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

def run_in_process(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions,
                   on_cell=None, wait_for: Sequence[int] = ()) -> WorkerReport:
    store = open_store(db_url)
    try:
        return Worker(store, TensorStore(store_path), options, on_cell=on_cell).run(ids, wait_for)
    finally:
        store.dispose()


def _process_main(db_url, store_path, ids, options, queue):
    try:
        report = run_in_process(db_url, store_path, ids, options)
        queue.put(("ok", report.computed, report.failed, report.lost))
    except KeyboardInterrupt:
        queue.put(("interrupted", 0, 0, 0))
    except ExpdbError as exc:
        queue.put(("error", str(exc), 0, 0))
    except Exception:
        queue.put(("error", tb.format_exc(limit=3), 0, 0))


# Every library that starts a thread pool per process: OpenMP (torch, sklearn's trees), the BLAS
# builds numpy and torch ship with, and the metrics' per-factor fits (runners/metrics/estimators.py).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "EXPDB_METRIC_JOBS")


def worker_thread_limits(workers: int, cores: int | None = None, environ=None) -> dict[str, str]:
    """The thread limits each of N worker processes on this machine gets: its share of the cores.
    Left alone, each process starts one thread per core, and N processes' OpenMP threads spinning
    on the same cores made training 4.3 times slower with 2 workers on 2 cores (BENCHMARKS.md,
    "Threads per worker"). A variable the user set is kept."""
    environ = os.environ if environ is None else environ
    share = str(max(1, (cores or os.cpu_count() or 1) // max(1, workers)))
    return {name: share for name in THREAD_VARIABLES if name not in environ}


@contextmanager
def _environment(overrides: dict[str, str]):
    """Spawned processes copy os.environ when they start; this is the only way to give them
    variables that libraries read at import, before any of our code runs in them."""
    saved = {name: os.environ.get(name) for name in overrides}
    os.environ.update(overrides)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_local_processes(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions, workers: int,
                        on_poll: Callable[[], None] | None = None) -> WorkerReport:
    """N worker processes on this machine, each its own claim loop on the shared database and its
    share of the cores."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_process_main, args=(db_url, store_path, list(ids), options, queue), daemon=False)
             for _ in range(workers)]
    with _environment(worker_thread_limits(workers)):
        for p in procs:
            p.start()
    report = WorkerReport()
    try:
        while any(p.is_alive() for p in procs):
            if on_poll is not None:
                on_poll()
            for p in procs:
                p.join(timeout=max(0.2, options.poll_s / len(procs)))
        while not queue.empty():
            status, a, b, c = queue.get()
            if status == "ok":
                report.computed += a
                report.failed += b
                report.lost += c
            elif status == "error":
                report.errors.append(a)
    except KeyboardInterrupt:
        for p in procs:
            p.terminate()
        raise
    if on_poll is not None:
        on_poll()
    for p in procs:
        if p.exitcode not in (0, None):
            report.errors.append(f"worker process {p.pid} exited with code {p.exitcode}")
    return report


