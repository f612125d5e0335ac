"""The in-process executor: one claim loop in the fill's own process."""

from __future__ import annotations

import os
from typing import Sequence

from ..cores import thread_limits, threads_per_worker
from ..engine import FillOptions, Worker, WorkerReport
from ..store import open_store
from ..tensors import TensorStore
from .base import Executor


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


class InProcess(Executor):
    """One claim loop, here."""

    name = "in-process"

    def run(self, job, on_poll=None, on_cell=None):
        # this process's thread pools start when a runner first imports its libraries: the
        # variables set now (those the user did not set) size them (expdb.cores)
        os.environ.update(thread_limits(job.options.threads or threads_per_worker(1)))
        return run_in_process(job.db_url, job.store_path, job.ids, job.options, on_cell=on_cell)
