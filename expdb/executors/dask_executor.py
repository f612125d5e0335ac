"""The Dask executor: claim loops as tasks of a Dask cluster, against a shared PostgreSQL
database and tensor store; cells grouped by the resources their kind needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..engine import WorkerReport
from ..errors import ExpdbError
from .base import Executor, Settling, _add, _note_cancelled, claim_loop, computed_by, groups


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
