"""The local-processes executor: N worker processes on this machine (`python -m expdb.worker`),
each its own claim loop and its share of the cores, read through their JSON lines."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
import traceback as tb
from dataclasses import asdict, dataclass
from typing import Callable, NamedTuple, Sequence

from ..cores import thread_limits, threads_per_worker
from ..engine import FillOptions, WorkerReport, new_owner
from ..errors import ExpdbError
from ..store import open_store
from .base import Executor
from .in_process import run_in_process


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


@dataclass
class LocalProcesses(Executor):
    """N worker processes on this machine, each its own claim loop and its share of the cores."""

    workers: int
    name = "local processes"

    def run(self, job, on_poll=None, on_cell=None):
        return run_local_processes(job.db_url, job.store_path, job.ids, job.options, self.workers,
                                   on_poll=on_poll, on_cell=on_cell)
