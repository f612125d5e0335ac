"""Executors: who starts the claim loops of a fill. One interface, four implementations.

Every executor runs expdb's own claim loop (engine.Worker) against the database, which stays
the single source of truth: leases, retries and "never twice" hold the same way whoever
starts the loops. InProcess runs one loop in this process; LocalProcesses N loops in worker
processes on this machine; Dask and Slurm start loops on other machines, against a shared
PostgreSQL database and tensor store. There, cells are split into groups by the resources
their kind needs (e.g. train cells on GPU workers, represent and evaluate cells anywhere); a
group's workers wait while cells of another group that theirs depend on are still open.

A remote executor stops waiting for its claim loops once the database has left nothing for any
of them (see Settling): a loop that never started (a Slurm job still queued, a Dask task
rescheduled after its worker died and not yet placed) or whose worker stopped answering (a frozen
machine, which Dask notices only after its worker-ttl) cannot hold a finished fill open.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from sqlalchemy.engine import make_url

from abc import ABC, abstractmethod

from .cores import thread_limits, threads_per_worker
from .engine import FillOptions, WorkerReport, new_owner, run_in_process, run_local_processes
from .errors import DatabaseError, ExpdbError, StoreError


@dataclass(frozen=True)
class Job:
    """What a fill hands an executor: the cells to compute (ids, by kind) and how."""

    db_url: str
    store_path: str
    ids: list[int]
    kinds_by_id: dict[int, str]
    options: FillOptions
    # True when no cell among ids is running or claimable, so no loop has anything left to do;
    # None: the executor waits for every loop it started.
    settled: Callable[[], bool] | None = None


class Executor(ABC):
    """Starts claim loops for a job and says what they did. on_poll is called every few seconds
    while they run (progress from the database); on_cell(cell, outcome, seconds, error) for each
    cell a loop finished, where the executor can see it (this machine's loops)."""

    name: str = ""

    @abstractmethod
    def run(self, job: Job, on_poll: Callable[[], None] | None = None,
            on_cell: Callable | None = None) -> WorkerReport: ...


@dataclass
class InProcess(Executor):
    """One claim loop, here."""

    name = "in-process"

    def run(self, job, on_poll=None, on_cell=None):
        # this process's thread pools start when a runner first imports its libraries: the
        # variables set now (those the user did not set) size them (expdb.cores)
        os.environ.update(thread_limits(job.options.threads or threads_per_worker(1)))
        return run_in_process(job.db_url, job.store_path, job.ids, job.options, on_cell=on_cell)


@dataclass
class LocalProcesses(Executor):
    """N worker processes on this machine, each its own claim loop and its share of the cores."""

    workers: int
    name = "local processes"

    def run(self, job, on_poll=None, on_cell=None):
        return run_local_processes(job.db_url, job.store_path, job.ids, job.options, self.workers,
                                   on_poll=on_poll, on_cell=on_cell)


def local(workers: int) -> Executor:
    """This machine's executor for N workers."""
    return InProcess() if workers <= 1 else LocalProcesses(workers)


def claim_loop(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions,
               wait_for: Sequence[int] = (), tag: str | None = None) -> tuple[int, int, int]:
    """One worker on a remote machine: (computed, failed, lost). Importable by reference, so
    Dask and submitit ship only its arguments. tag: a word the loop's lease owner carries (and
    so the provenance of every cell it computes), by which a fill counts what its loops did."""
    report = run_in_process(db_url, store_path, ids, options, wait_for=wait_for, owner=new_owner(tag))
    return report.computed, report.failed, report.lost


def computed_by(db_url: str, tag: str) -> int:
    """How many cells are done with a result that a claim loop tagged `tag` committed: a fill's
    count that survives a loop whose worker died before it could report its own."""
    from .store import open_store

    store = open_store(db_url)
    try:
        return store.read("SELECT count(*) FROM cell c JOIN provenance p ON p.id = c.provenance_id "
                          "WHERE c.state = 'done' AND p.worker LIKE ?", [f"%.{tag}:%"])[0][0]
    finally:
        store.dispose()


def require_shared(db_url: str, store_path: str, executor: str) -> None:
    """Several machines need a server database and a store they all reach by one name."""
    if make_url(db_url).get_backend_name() == "sqlite":
        raise DatabaseError(f"--executor {executor} needs PostgreSQL (--db postgresql+psycopg://...): workers on other "
                            "machines cannot share a SQLite file, and SQLite over a network file system corrupts")
    if "://" not in store_path and not Path(store_path).is_absolute():
        raise StoreError(f"--executor {executor}: the tensor store {store_path!r} is a relative path, which names a "
                         "different folder on every machine; give an absolute path on a shared file system or a URL "
                         "(file://, s3://, gs://)")


def parse_resources(values: Sequence[str]) -> dict[str, dict[str, float]]:
    """--resource train:GPU=1 -> {"train": {"GPU": 1.0}}."""
    out: dict[str, dict[str, float]] = {}
    for text in values:
        try:
            kind, rest = text.split(":", 1)
            name, amount = rest.split("=", 1)
            amount_value = float(amount)
        except ValueError:
            raise ExpdbError(f"--resource {text!r}: expected KIND:NAME=AMOUNT, e.g. a kind's GPU=1") from None
        from .shapes import declared_shapes

        known = [k for shape in declared_shapes().values() for k in shape.kind_names]
        if kind not in known:
            raise ExpdbError(f"--resource {text!r}: kind must be one of {', '.join(known)}")
        out.setdefault(kind, {})[name] = amount_value
    return out


@dataclass
class Group:
    """Cells that run under the same resources, and the cells of the other groups."""
    resources: dict[str, float]
    ids: list[int]
    others: list[int] = field(default_factory=list)


def groups(kinds_by_id: dict[int, str], ids: Sequence[int], resources: dict[str, dict[str, float]]) -> list[Group]:
    by_need: dict[tuple, Group] = {}
    for cid in ids:
        need = resources.get(kinds_by_id[cid], {})
        by_need.setdefault(tuple(sorted(need.items())), Group(dict(need), [])).ids.append(cid)
    result = list(by_need.values())
    for g in result:
        g.others = [cid for other in result if other is not g for cid in other.ids]
    return result


class Settling:
    """When a remote executor may stop waiting for its claim loops: the database must show
    nothing left for them (job.settled) on every check for `grace_s` seconds. The grace lets a
    loop that is finishing return its counts; a loop that has not returned by then is cancelled,
    which loses no work: every cell it could have taken is done or failed."""

    def __init__(self, job: Job, grace_s: float | None = None):
        self.check = job.settled
        self.grace_s = max(10.0, 5 * job.options.poll_s) if grace_s is None else grace_s
        self.since: float | None = None

    def over(self) -> bool:
        if self.check is None:
            return False
        if not self.check():
            self.since = None
            return False
        now = time.monotonic()
        if self.since is None:
            self.since = now
        return now - self.since >= self.grace_s


def _note_cancelled(report: WorkerReport, count: int, what: str) -> None:
    if count:
        report.notes.append(f"{count} {what} had nothing left to do when every cell was finished and were "
                            "cancelled (not started yet, or on a worker that died or stopped answering)")


def _add(report: WorkerReport, counts) -> None:
    computed, failed, lost = counts
    report.computed += computed
    report.failed += failed
    report.lost += lost


@dataclass
class DaskExecutor(Executor):
    scheduler: str
    workers: int | None = None  # claim loops per group; default: the cluster's threads
    resources: dict[str, dict[str, float]] = field(default_factory=dict)
    name = "dask"

    def run(self, job, on_poll=None, on_cell=None) -> WorkerReport:
        db_url, store_path, ids, kinds_by_id, options = job.db_url, job.store_path, job.ids, job.kinds_by_id, job.options
        try:
            from distributed import Client, wait
        except ImportError:
            raise ExpdbError("--executor dask needs Dask: pip install 'expdb-study[dask]'") from None
        try:
            client = Client(self.scheduler, timeout=20)
        except Exception as exc:  # OSError, TimeoutError: say where we looked
            raise ExpdbError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
        report = WorkerReport()
        tag = f"dask-{uuid.uuid4().hex[:8]}"
        try:
            loops = self.workers or max(1, sum(client.nthreads().values()))
            cluster = _Membership(client)
            futures = []
            for group in groups(kinds_by_id, ids, self.resources):
                for _ in range(loops):
                    futures.append(client.submit(claim_loop, db_url, store_path, group.ids, options, group.others,
                                                 tag, resources=group.resources or None, pure=False))
            pending = set(futures)
            settling = Settling(job)
            while pending:
                try:
                    _, not_done = wait(list(pending), timeout=max(options.poll_s, 1.0), return_when="FIRST_COMPLETED")
                    pending = set(not_done)
                except TimeoutError:  # nothing finished this round: report progress and wait again
                    pass
                cluster.look()
                if on_poll is not None:
                    on_poll()
                if pending and settling.over():
                    client.cancel(list(pending))
                    _note_cancelled(report, len(pending), "Dask claim loop(s)")
                    break
            cluster.look()
            for future in futures:
                if future in pending:
                    continue
                try:
                    _add(report, future.result())
                except Exception as exc:  # a worker that died too often, a runner import error...
                    report.errors.append(f"dask task: {exc.__class__.__name__}: {exc}")
            for address, name in cluster.departed.items():
                report.errors.append(f"dask worker {name} ({address}) left the cluster during the fill (died or was "
                                     "stopped); its cells were taken over once their leases expired")
            if cluster.departed or pending or report.errors:
                # A loop whose worker died took its counts with it: count the loops' cells instead.
                report.computed = max(report.computed, computed_by(db_url, tag))
        finally:
            client.close()
        return report


class _Membership:
    """The Dask workers seen during a fill, and those that left it (a worker killed, out of
    memory or stopped; its nanny may start a new one under another address)."""

    def __init__(self, client):
        self.client = client
        self.seen: dict[str, str] = {}
        self.departed: dict[str, str] = {}
        self.look()

    def look(self) -> None:
        try:
            now = {address: str(info.get("name", address))
                   for address, info in self.client.scheduler_info()["workers"].items()}
        except Exception:  # the scheduler did not answer this time: look again next round
            return
        for address, name in self.seen.items():
            if address not in now:
                self.departed[address] = name
        self.seen.update(now)
        for address in now:
            self.departed.pop(address, None)


@dataclass
class SlurmExecutor(Executor):
    folder: str = ".expdb-slurm"
    workers: int = 4  # jobs per group (one job array each)
    partition: str | None = None
    time_min: int = 60
    gpus: int = 0  # GPUs per job for kinds that ask for a GPU (--resource train:GPU=1)
    cluster: str | None = None  # None: Slurm when sbatch exists; "local": processes on this machine
    resources: dict[str, dict[str, float]] = field(default_factory=dict)
    name = "slurm"

    def run(self, job, on_poll=None, on_cell=None) -> WorkerReport:
        db_url, store_path, ids, kinds_by_id, options = job.db_url, job.store_path, job.ids, job.kinds_by_id, job.options
        try:
            import submitit
        except ImportError:
            raise ExpdbError("--executor slurm needs submitit: pip install 'expdb-study[slurm]'") from None
        report = WorkerReport()
        jobs = []
        for group in groups(kinds_by_id, ids, self.resources):
            executor = submitit.AutoExecutor(folder=self.folder, cluster=self.cluster)
            params = {"timeout_min": self.time_min, "slurm_array_parallelism": self.workers, "name": "expdb-fill"}
            if self.partition:
                params["slurm_partition"] = self.partition
            if group.resources.get("GPU") and self.gpus:
                params["gpus_per_node"] = self.gpus
            executor.update_parameters(**params)
            n = self.workers
            jobs += executor.map_array(claim_loop, [db_url] * n, [store_path] * n, [group.ids] * n,
                                       [options] * n, [group.others] * n)
        settling = Settling(job)
        cancelled = []
        while not all(j.done() for j in jobs):
            if on_poll is not None:
                on_poll()
            if settling.over():
                cancelled = [j for j in jobs if not j.done()]
                for j in cancelled:
                    j.cancel(check=False)
                _note_cancelled(report, len(cancelled), "Slurm job(s)")
                break
            time.sleep(max(options.poll_s, 1.0))
        for submitted in jobs:
            if submitted in cancelled:
                continue
            try:
                _add(report, submitted.result())
            except Exception as exc:
                report.errors.append(f"slurm job {submitted.job_id}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc}")
        if on_poll is not None:
            on_poll()
        return report
