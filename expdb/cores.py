"""How many threads each claim loop of a fill gets on this machine.

Left alone, every process starts one thread per core, and processes whose threads spin on the
same cores slow each other down by far more than their share: two workers' OpenMP threads on two
cores made training 4.3 times slower (BENCHMARKS.md, "Threads per worker"), and torch with two
threads beside one other busy process ran 10 times slower. So a fill sizes its threads from the
cores it can actually have: the cores this process may run on (its CPU affinity, which a
container or `taskset` narrows), less those the machine is already busy with (the one-minute load
average), shared with the other fills claiming from this database on this host, and split over
its own workers. A variable the user set is kept. OpenMP threads wait passively
(OMP_WAIT_POLICY), so a machine oversubscribed anyway slows down in proportion instead of
collapsing.
"""

from __future__ import annotations

import os
import socket

# Every library that starts a thread pool per process: OpenMP (torch, sklearn's trees), the BLAS
# builds numpy and torch ship with, Numba's parallel loops, and the metrics' per-factor fits
# (runners/metrics/estimators.py).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMBA_NUM_THREADS",
                    "EXPDB_METRIC_JOBS")
# Idle OpenMP threads sleep instead of spinning (GNU and LLVM OpenMP; KMP_BLOCKTIME for Intel's).
PASSIVE_WAITING = {"OMP_WAIT_POLICY": "PASSIVE", "KMP_BLOCKTIME": "0"}


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def busy_cores() -> float:
    """Cores the machine is already busy with: the one-minute load average (0 where unknown)."""
    try:
        return max(0.0, os.getloadavg()[0])
    except (AttributeError, OSError):
        return 0.0


def other_fills_here(owners, host: str | None = None, pid: int | None = None) -> set[int]:
    """The processes of this host, other than this one, that hold leases (lease owners are
    host:pid[.tag]:id, expdb.engine.new_owner): other fills claiming from the same database."""
    host = host or socket.gethostname()
    pid = os.getpid() if pid is None else pid
    found = set()
    for owner in owners:
        parts = str(owner).split(":")
        if len(parts) >= 3 and parts[0] == host:
            number = parts[1].split(".")[0]
            if number.isdigit() and int(number) != pid:
                found.add(int(number))
    return found


def threads_per_worker(workers: int, others: int = 0, cores: int | None = None, busy: float | None = None) -> int:
    """Threads for each of this fill's workers: the free cores (usable less busy, at least one),
    at most this fill's share of the usable cores beside `others` processes of other fills on this
    host, split over the workers; at least one."""
    cores = usable_cores() if cores is None else cores
    busy = busy_cores() if busy is None else busy
    free = max(1, cores - int(round(busy)))
    share = max(1, cores * workers // max(1, workers + others))
    return max(1, min(free, share) // max(1, workers))


def thread_limits(threads: int, environ=None) -> dict[str, str]:
    """The variables a worker process gets for `threads` threads, and passive waiting; a variable
    the user set is kept."""
    environ = os.environ if environ is None else environ
    limits = {name: str(threads) for name in THREAD_VARIABLES}
    limits.update(PASSIVE_WAITING)
    return {name: value for name, value in limits.items() if name not in environ}


def threads_in_use(environ=None) -> int:
    """How many threads this process computes with, for provenance: OMP_NUM_THREADS where it is
    set, else the usable cores (what OpenMP starts with)."""
    environ = os.environ if environ is None else environ
    value = str(environ.get("OMP_NUM_THREADS", "")).strip()
    return int(value) if value.isdigit() and int(value) > 0 else usable_cores()
