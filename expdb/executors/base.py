"""What every executor shares: the job a fill hands it, the interface, and the helpers of the
executors that start claim loops on other machines (groups by resources, settling, counting)."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from sqlalchemy.engine import make_url

from ..engine import FillOptions, WorkerReport, new_owner
from ..errors import DatabaseError, ExpdbError, StoreError


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




def claim_loop(db_url: str, store_path: str, ids: Sequence[int], options: FillOptions,
               wait_for: Sequence[int] = (), tag: str | None = None) -> tuple[int, int, int]:
    """One worker on a remote machine: (computed, failed, lost). Importable by reference, so
    Dask and submitit ship only its arguments. tag: a word the loop's lease owner carries (and
    so the provenance of every cell it computes), by which a fill counts what its loops did."""
    from .in_process import run_in_process

    report = run_in_process(db_url, store_path, ids, options, wait_for=wait_for, owner=new_owner(tag))
    return report.computed, report.failed, report.lost


def computed_by(db_url: str, tag: str) -> int:
    """How many cells are done with a result that a claim loop tagged `tag` committed: a fill's
    count that survives a loop whose worker died before it could report its own."""
    from ..store import open_store

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
        from ..shapes import declared_shapes

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

