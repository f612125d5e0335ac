"""plan and fill as library calls: the CLI is a thin layer over these."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .cells import PlannedCell
from .engine import FillOptions, WorkerReport
from .planner import Plan, build_plan, select
from .spec import Spec
from .store import Store

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
    before = store.selection_status(ids, options.max_attempts)
    if progress is not None:
        progress.begin(len(ids), before.done, before.failed)
    todo = before.remaining

    if not todo or not (before.claimable or before.running):
        report = WorkerReport()
    else:
        watch = Watch(store, ids, options.max_attempts, progress)
        job = Job(db_url, store_path, todo, {ids_by_key[c.key]: c.kind for c in chosen}, options,
                  settled=watch.settled)
        on_cell = (lambda c, outcome, seconds, error: progress.cell(c.kind, c.key, outcome, seconds, error)) \
            if progress is not None else None
        report = executor.run(job, on_poll=watch.poll, on_cell=on_cell)
    report.errors += [describe_dead_worker(store, owner, how) for owner, how in report.dead.items()]
    remove_checkpoints_of_done_cells(store, TensorStore(store_path))
    return FillResult(len(ids), inserted, before.done, retried, report, dropped)


class Watch:
    """A fill's periodic read of its cells' states, shared by the progress line and the
    executor's question whether anything is left open: one read per round, not one each."""

    def __init__(self, store: Store, ids: Sequence[int], max_attempts: int, progress=None):
        self.store, self.ids, self.max_attempts, self.progress = store, ids, max_attempts, progress
        self._unused = None  # a read poll() made that settled() has not looked at yet

    def _read(self):
        return self.store.selection_status(self.ids, self.max_attempts)

    def poll(self) -> None:
        if self.progress is not None:
            self._unused = self._read()
            self.progress.set(self._unused.done, self._unused.failed)

    def settled(self) -> bool:
        """No cell running or claimable: nothing is left for any claim loop to do."""
        status, self._unused = self._unused or self._read(), None
        return status.open == 0


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
