"""plan and fill as library calls: the CLI is a thin layer over these."""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .cells import PlannedCell
from .engine import FillOptions, WorkerReport
from .planner import Plan, build_plan, select
from .spec import Spec
from .store import Store
from .store.base import SelectionStatus

STATE_COLUMNS = ("wanted", "done", "missing", "running", "failed")


@dataclass
class PlanReport:
    rows: dict[str, Counter] = field(default_factory=dict)  # kind -> counts
    exhausted: int = 0  # failed cells that --retry-failed will not retry
    stale: list[str] = field(default_factory=list)  # keys the study holds that its spec no longer asks for

    def total(self, column: str) -> int:
        return sum(row[column] for row in self.rows.values())


def plan_report(store: Store, cells: Sequence[PlannedCell], max_attempts: int) -> PlanReport:
    states = store.states([c.key for c in cells])
    absent = ("pending", 0)
    pairs = Counter((c.kind, states.get(c.key, absent)[0]) for c in cells)
    report = PlanReport()
    for kind in dict.fromkeys(c.kind for c in cells):  # plan order: parents' kinds first
        row = report.rows[kind] = Counter()
        for (k, state), n in pairs.items():
            if k == kind:
                row["wanted"] += n
                row["missing" if state == "pending" else state] += n
    report.exhausted = sum(1 for state, attempts in states.values() if state == "failed" and attempts >= max_attempts)
    return report


def selection(spec: Spec, kinds: Iterable[str] = (), where: Iterable[str] = (), limit: int | None = None):
    plan: Plan = build_plan(spec)
    return plan, select(plan, kinds, where, limit)


@dataclass
class FillResult:
    selected: int
    inserted: int
    already_done: int
    retried: int
    report: WorkerReport
    dropped: int = 0  # cells the study held that its spec no longer asks for
    after: PlanReport | None = None  # the selection's states when the fill ended


def fill(store: Store, plan: Plan, chosen: Sequence[PlannedCell], db_url: str, store_path: str, *,
         options: FillOptions | None = None, retry_failed: bool = False, progress=None,
         executor=None) -> FillResult:
    """Compute the chosen cells of a plan (see selection) that the database lacks, with an
    executor (expdb.executors; default: one claim loop in this process)."""
    from .executors import InProcess, Job
    from .maintenance import remove_checkpoints_of_done_cells
    from .tensors import TensorStore

    options = options or FillOptions()
    executor = executor or InProcess()
    spec = plan.spec
    study_id = store.save_study(spec.name, spec.description, spec.text, spec.sha256)
    inserted = store.insert_cells(study_id, plan.with_ancestors(chosen))
    # A study is what its spec asks for now: cells an edited spec left behind leave the study
    # (they stay in the database, for other studies and for expdb gc).
    stale = store.stale_members(spec.name, [c.key for c in plan.cells])
    dropped = store.drop_members(study_id, stale) if stale else 0
    ids_by_key = store.cell_ids([c.key for c in chosen])
    ids = [ids_by_key[c.key] for c in chosen]
    retried = store.reset_failed(ids, options.max_attempts) if retry_failed else 0
    kind_of = {ids_by_key[c.key]: c.kind for c in chosen}
    watch = Watch(store, ids, kind_of, options.max_attempts, progress)
    before, by_kind = watch.read()
    if progress is not None:
        progress.begin(len(ids), before.done, before.failed,
                       {kind: (len(watch.ids_of[kind]), s.done, s.failed) for kind, s in by_kind.items()})
    todo = before.remaining

    if not todo or not (before.claimable or before.running):
        report = WorkerReport()
    else:
        if before.running and progress is not None:
            progress.note(waiting_for_leases(store, ids))
        options, sharing = with_thread_budget(store, options, executor)
        if sharing and progress is not None:
            progress.note(sharing)
        job = Job(db_url, store_path, todo, kind_of, options, settled=watch.settled)
        on_cell = (lambda c, outcome, seconds, error: progress.cell(c.kind, c.key, outcome, seconds, error)) \
            if progress is not None else None
        watch.start()
        try:
            report = executor.run(job, on_poll=watch.poll, on_cell=on_cell)
        finally:
            watch.stop()
    report.errors += [describe_dead_worker(store, owner, how) for owner, how in report.dead.items()]
    remove_checkpoints_of_done_cells(store, TensorStore(store_path))
    after = plan_report(store, chosen, options.max_attempts)
    return FillResult(len(ids), inserted, before.done, retried, report, dropped, after)


class Watch:
    """A fill's periodic read of its cells' states, per kind, shared by the progress display and
    the executor's question whether anything is left open: one read per round, not one each.
    It reads on a clock of its own (every executor, the in-process one included, gets a display
    that moves) and when an executor polls, at most every MIN_READ_S either way."""

    MIN_READ_S = 2.0
    RUNNING_READ_S = 5.0  # the running cells (a query over the selection) are read less often

    def __init__(self, store: Store, ids: Sequence[int], kind_of: dict[int, str], max_attempts: int, progress=None):
        self.store, self.ids, self.max_attempts, self.progress = store, ids, max_attempts, progress
        self.ids_of: dict[str, list[int]] = {}
        for cid in ids:
            self.ids_of.setdefault(kind_of.get(cid, "?"), []).append(cid)
        self._unused = None  # a read poll() made that settled() has not looked at yet
        self._last = self._last_running = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def read(self) -> tuple[SelectionStatus, dict[str, SelectionStatus]]:
        """The selection's status in all and per kind."""
        by_kind = {kind: self.store.selection_status(ids, self.max_attempts) for kind, ids in self.ids_of.items()}
        total = SelectionStatus()
        for status in by_kind.values():
            total.done += status.done
            total.failed += status.failed
            total.running += status.running
            total.claimable += status.claimable
            total.blocked += status.blocked
            total.remaining += status.remaining
        total.remaining.sort()
        return total, by_kind

    def poll(self) -> None:
        if self.progress is None:
            return
        with self._lock:
            if time.time() - self._last < self.MIN_READ_S:
                return
            self._last = time.time()
            total, by_kind = self.read()
            self._unused = total
            running = None
            if time.time() - self._last_running >= self.RUNNING_READ_S:
                self._last_running = time.time()
                now = self.store.server_time()
                running = [{"kind": r["kind"], "key": r["key"], "age": max(0.0, now - (r["started_at"] or now))}
                           for r in self.store.running_among(self.ids)]
        self.progress.set(total.done, total.failed, {k: (s.done, s.failed) for k, s in by_kind.items()}, running)

    def settled(self) -> bool:
        """No cell running or claimable: nothing is left for any claim loop to do."""
        with self._lock:
            status, self._unused = self._unused or self.read()[0], None
        return status.open == 0

    def start(self) -> None:
        if self.progress is None or self.progress.quiet:
            return
        self._thread = threading.Thread(target=self._run, name="fill-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.MIN_READ_S):
            try:
                self.poll()
            except Exception:  # a database hiccup: the display waits for the next read
                continue

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)


def with_thread_budget(store: Store, options: FillOptions, executor) -> tuple[FillOptions, str]:
    """The options with the threads each claim loop on this machine gets (expdb.cores), unless
    the user chose (options.threads, or OMP_NUM_THREADS), and a line to say when other fills
    claim from this database on this host or the machine is busy ("" otherwise). Executors on
    other machines size their own."""
    from dataclasses import replace

    from .cores import busy_cores, other_fills_here, threads_per_worker, usable_cores

    workers = getattr(executor, "workers", 1) if executor.name in ("in-process", "local processes") else None
    if workers is None or options.threads is not None or "OMP_NUM_THREADS" in os.environ:
        return options, ""
    others, cores, busy = other_fills_here(store.lease_owners()), usable_cores(), busy_cores()
    threads = threads_per_worker(workers, len(others), cores, busy)
    options = replace(options, threads=threads)
    each = f"each of this fill's {workers} workers gets" if workers > 1 else "this fill gets"
    if others:
        return options, (f"another fill is claiming cells of this database on this host ({len(others)} process(es)): "
                         f"{each} {threads} thread(s) of {cores} cores")
    if round(busy) >= 1 and threads * workers < cores:
        return options, f"this machine is busy (load {busy:.1f} on {cores} cores): {each} {threads} thread(s)"
    return options, ""


def waiting_for_leases(store: Store, ids: Sequence[int], shown: int = 5) -> str:
    """One line: the cells of the selection running under another worker's live lease (another
    fill, or one stopped without giving them back), and when each is claimable again."""
    running = store.running_among(ids)
    now = store.server_time()
    listed = ", ".join(f"{r['kind']} {r['key']} (until {time.strftime('%H:%M:%S', time.localtime(time.time() + r['lease_expires'] - now))})"
                       for r in running[:shown])
    more = f" and {len(running) - shown} more" if len(running) > shown else ""
    return (f"{len(running)} cell(s) of this selection are running under another worker's lease: {listed}{more}; "
            "this fill computes the rest meanwhile and takes each one if its lease runs out")


def describe_dead_worker(store: Store, owner: str, how: str) -> str:
    """One line: which worker died, the cells it held, and when each is claimable again."""
    left = store.leased_by(owner)
    if not left:
        return f"{how}; it held no cell"
    now = store.server_time()
    cells = ", ".join(f"{c['kind']} {c['key']} (claimable again in {max(0, c['lease_expires'] - now):.0f} s)"
                      for c in left[:5])
    more = f" and {len(left) - 5} more" if len(left) > 5 else ""
    return f"{how}; it left {len(left)} cell(s) running: {cells}{more}"
