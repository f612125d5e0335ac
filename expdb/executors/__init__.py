"""Executors: who starts the claim loops of a fill. One interface (base.Executor), four
implementations, a module each: in_process, local_processes, dask_executor, slurm_executor.

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

from .base import Executor, Group, Job, Settling, claim_loop, computed_by, groups, parse_resources, require_shared
from .dask_executor import DaskExecutor
from .in_process import InProcess, run_in_process
from .local_processes import LocalProcesses, run_local_processes
from .slurm_executor import SlurmExecutor


def local(workers: int) -> Executor:
    """This machine's executor for N workers."""
    return InProcess() if workers <= 1 else LocalProcesses(workers)


__all__ = ["Executor", "Job", "Group", "Settling", "InProcess", "LocalProcesses", "DaskExecutor", "SlurmExecutor",
           "local", "claim_loop", "computed_by", "groups", "parse_resources", "require_shared", "run_in_process",
           "run_local_processes"]
