"""The Python API: a workspace is a database, a tensor store and a data folder, and what every
command does to them. The `expdb` command is a thin layer over it (argument parsing, printing).

    from expdb import Workspace

    ws = Workspace("sqlite:///expdb.db", tensors="expdb.zarr")
    ws.init()
    ws.plan("studies/toy.toml")                 # a PlanReport: cells wanted, done, missing...
    ws.fill("studies/toy.toml", workers=2)      # a FillResult: computed, failed, dropped...
    with ws.tables() as tables:                 # the query layer: Polars LazyFrames
        tables.scores("toy").collect()
    ws.verify("toy")                            # the study's claims, each a ClaimResult
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Iterable

from .errors import ExpdbError, StoreError
from .locations import DEFAULT_STORE, DEFAULT_URL


class Workspace:
    def __init__(self, db: str = DEFAULT_URL, tensors: str = DEFAULT_STORE, data: str | None = None):
        self.db, self.tensors_path, self.data = str(db), str(tensors), data

    # the database and the tensor store ----------------------------------------------------
    def open(self, create: bool = False, check: bool = True):
        """The database's Store (expdb.store); close it with .dispose()."""
        from .store import open_store

        return open_store(self.db, create=create, check=check)

    def location(self, tensors: bool = True) -> str:
        """The line every command's human output starts with: the database (and tensor store)
        it uses, absolute, so that a default path far from where the user looks is seen at once."""
        from .locations import describe_db, describe_tensors

        return f"database {describe_db(self.db)}" + (f", tensors {describe_tensors(self.tensors_path)}" if tensors else "")

    def load(self, bundle) -> tuple[dict, dict]:
        """Load a results bundle (expdb.bundle.Bundle) into the database: (rows new per table,
        rows per table in the bundle). Loading twice adds nothing."""
        store = self.open()
        try:
            added = store.load_bundle(bundle)
        finally:
            store.dispose()
        return added, bundle.counts()

    def tensor_store(self, store, create: bool = True):
        """The tensor store, bound to the database `store` opens (a store that serves another
        database is refused: expdb.tensors.TensorStore.bind_to)."""
        return bound_tensor_store(store, self.tensors_path, create=create)

    def init(self) -> tuple[str | None, str]:
        """Create (or upgrade to) the current schema and the tensor store; (schema before, after)."""
        check_tensor_path(self.tensors_path)
        self._refuse_a_store_of_another_database()
        store = self.open(create=True, check=False)
        try:
            before, head = store.upgrade()
            self.tensor_store(store, create=True)
        finally:
            store.dispose()
        return before, head

    def _refuse_a_store_of_another_database(self) -> None:
        """Before init writes anything: a tensor store that already serves a database can only be
        this database's, which then exists and carries that id."""
        from .errors import DatabaseError
        from .tensors import recorded_database

        recorded = recorded_database(self.tensors_path)
        if recorded is None:
            return
        try:
            store = self.open(check=False)
        except DatabaseError:  # no such database yet: a new one cannot be the store's
            mine = None
        else:
            try:
                mine = store.database_id()
            except Exception:  # no schema yet, or one from before databases had ids
                mine = None
            finally:
                store.dispose()
        if mine != recorded:
            raise StoreError(f"tensor store {self.tensors_path} belongs to another database (id {recorded}); "
                             "give each database a tensor store of its own (--tensors)")

    # planning and filling ----------------------------------------------------------------------
    def plan(self, spec, kinds: Iterable[str] = (), where: Iterable[str] = (), limit: int | None = None,
             max_attempts: int = 3):
        """What the spec wants and the database has, per kind; .stale lists the cells the study
        holds that its spec no longer asks for."""
        from .fill import plan_report, selection

        spec = self._spec(spec)
        plan, chosen = selection(spec, kinds, where, limit)
        store = self.open()
        try:
            report = plan_report(store, chosen, max_attempts)
            report.stale = store.stale_members(spec.name, [c.key for c in plan.cells])
        finally:
            store.dispose()
        return report

    def fill(self, spec, kinds: Iterable[str] = (), where: Iterable[str] = (), limit: int | None = None, *,
             workers: int = 1, gang: int | None = None, lease: float = 120.0, max_attempts: int = 3,
             device: str = "auto", retry_failed: bool = False, executor=None, progress=None):
        """Compute the cells the spec wants and the database lacks: a FillResult. executor: an
        expdb.executors.Executor (default: this machine, `workers` processes)."""
        from .engine import MAX_LEASE_S, FillOptions
        from .fill import selection

        if not math.isfinite(lease) or lease <= 0 or lease > MAX_LEASE_S:
            raise ExpdbError(f"lease must be a number of seconds above 0 and at most {MAX_LEASE_S:.0f}, not {lease}")
        if workers < 1 or max_attempts < 1 or (gang is not None and gang < 1):
            raise ExpdbError("workers, max_attempts and gang must be 1 or more")
        spec = self._spec(spec)
        plan, chosen = selection(spec, kinds, where, limit)  # everything is validated before anything is written
        options = FillOptions(lease_s=lease, max_attempts=max_attempts, device=device, data_dir=self.data, gang=gang)
        return self._fill_cells(plan, chosen, options, workers=workers, executor=executor, progress=progress,
                                retry_failed=retry_failed)

    # reading --------------------------------------------------------------------------------
    def tables(self):
        """The query layer over this database (expdb.tables.Tables); use it in a with block."""
        from .tables import Tables

        return Tables(self.db)

    def verify(self, study: str | None = None, claims: Iterable[str] = (), profile: str | None = None,
               queries: str | None = None, record: bool = False, fill: bool = False, spec=None, *,
               workers: int = 1, executor=None, progress=None, gang: int | None = None, device: str = "auto"):
        """The study's claims re-checked: a Verification, the list of each claim's ClaimResult
        with the study's name and its shape's summaries; record stores them as verdict rows.

        A claim reads the cells its `needs` select of the study's spec (the one it was last filled
        with, or `spec`, a path or Spec: an edited one); one whose cells do not all exist is
        `incomplete`, saying how many of how many exist. fill: compute those missing cells first,
        for every claim verified (with `workers`, `executor`, `gang`, `device` and `progress`
        as Workspace.fill takes them)."""
        import polars as pl

        from . import catalogue
        from .claims import INCOMPLETE
        from .engine import FillOptions
        from .needs import completeness, incomplete_reason, needed_cells
        from .shapes import for_shape
        from .verify import Verification, run_claims

        with self.tables() as tables:
            study = tables.resolve_study(study)
            shape = tables.study_shape(study)
            recorded = tables.spec_text(study)
        known = for_shape(catalogue.claims(queries), shape)
        unknown = [n for n in claims if n not in known]
        if unknown:  # before anything is filled
            raise ExpdbError(f"unknown claim {unknown[0]!r} for study {study} (known: {', '.join(known) or 'none'})")
        chosen = [known[n] for n in claims] if claims else list(known.values())
        plan = self._claims_plan(study, spec, recorded, fill)
        needed = {claim.name: needed_cells(plan, claim) for claim in chosen} if plan is not None else {}
        if fill:
            cells = {c.key: c for wanted in needed.values() for c in wanted}
            if cells:
                options = FillOptions(data_dir=self.data, gang=gang, device=device)
                self._fill_cells(plan, list(cells.values()), options, workers=workers, executor=executor,
                                 progress=progress)
        with self.tables() as tables:
            state = completeness(tables.store, needed) if needed else {}
            results = run_claims(tables, study, tuple(claims), queries, profile)
            for result in results:
                done, total = state.get(result.name, (0, 0))
                if total and done < total:
                    result.verdict, result.reason = INCOMPLETE, incomplete_reason(done, total)
            summaries = {name: fn(tables, study) for name, fn in for_shape(catalogue.summaries(), shape).items()}
            if record:
                tables.store.record_verdicts(study, [r.as_dict() for r in results])
            newest = tables.read(
                "SELECT max(p.finished_at) AS t FROM provenance p JOIN cell c ON c.provenance_id = p.id"
                " JOIN study_cell sc ON sc.cell_id = c.id JOIN study st ON st.id = sc.study_id WHERE st.name = ?",
                [study], {"t": pl.Float64})["t"]
        as_of = newest[0] if len(newest) and newest[0] is not None else None
        return Verification(results, study=study, summaries=summaries, data_as_of=as_of)

    def query(self, name: str, study: str | None = None, profile: str | None = None, queries: str | None = None,
              fill: bool = False, spec=None, *, workers: int = 1, executor=None, progress=None):
        """The saved query NAME on the study, as a Polars DataFrame. fill: first compute the cells
        it reads that do not exist yet (its `needs` attribute, selections of the study's spec as a
        claim's; none: every cell), of the study's recorded spec or `spec`, an edited one."""
        import polars as pl

        from . import catalogue
        from .engine import FillOptions
        from .needs import needed_cells

        fn = catalogue.find(name, queries)
        if fill:
            with self.tables() as tables:
                resolved = tables.resolve_study(study)
                recorded = tables.spec_text(resolved)
            plan = self._claims_plan(resolved, spec, recorded, fill=True)
            cells = needed_cells(plan, fn)
            if cells:
                self._fill_cells(plan, cells, FillOptions(data_dir=self.data), workers=workers, executor=executor,
                                 progress=progress)
        with self.tables() as tables:
            tables.profile = profile
            result = fn(tables, tables.resolve_study(study))
            return result.collect() if isinstance(result, pl.LazyFrame) else result

    def _claims_plan(self, study: str, spec, recorded: str | None, fill: bool):
        """The plan a verification judges completeness by: of the spec given (which must be the
        study's), else of the one the study recorded; None when it has none (an imported study)."""
        from .planner import build_plan
        from .spec import parse_spec

        if spec is not None:
            spec = self._spec(spec)
            if spec.name != study:
                raise ExpdbError(f"--spec {spec.path}: it is the spec of study {spec.name!r}, not {study!r}")
            return build_plan(spec)
        if not recorded:
            if fill:
                raise ExpdbError(f"study {study} records no spec to fill from; give the spec: --spec FILE")
            return None
        try:
            return build_plan(parse_spec(recorded, f"the spec recorded for study {study}"))
        except ExpdbError:
            if fill:
                raise
            return None  # a spec this code no longer plans (an old study): judged by its rows alone

    def _fill_cells(self, plan, chosen, options, *, workers=1, executor=None, progress=None, retry_failed=False):
        """Compute the chosen cells of a plan (expdb.fill.fill): a FillResult. A wrong URL or
        schema is refused before the tensor store is touched, an unwritable store before any cell
        is claimed."""
        from .executors import local
        from .fill import fill

        store = self.open()
        try:
            self.tensor_store(store, create=True).probe_writable()
            return fill(store, plan, chosen, self.db, self.tensors_path, options=options, retry_failed=retry_failed,
                        progress=progress, executor=executor or local(workers))
        finally:
            store.dispose()

    def check(self, repair: bool = False):
        """Read back every tensor; (CheckReport, (reset cell keys, arrays removed) or None)."""
        from . import maintenance

        store = self.open()
        try:
            tensors = self.tensor_store(store, create=False)
            report = maintenance.check(store, tensors)
            fixed = maintenance.repair(store, tensors, report) if repair and report.findings else None
        finally:
            store.dispose()
        return report, fixed

    def _spec(self, spec):
        from .spec import Spec, load_spec

        return spec if isinstance(spec, Spec) else load_spec(spec)


def bound_tensor_store(store, path: str, create: bool = True):
    """The tensor store at path, checked to serve the database behind store (or made to)."""
    from .tensors import TensorStore

    check_tensor_path(path)
    tensors = TensorStore(path, create=create)
    tensors.bind_to(store.database_id(), store.url)
    return tensors


def check_tensor_path(path: str) -> None:
    """A local tensor store path must be a folder, or a new one whose parent exists."""
    if "://" in path:
        return
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"tensor store {path} is a file, not a Zarr store (a folder)")
    if not p.exists() and not p.parent.exists():
        raise StoreError(f"cannot create tensor store {path}: folder {p.parent} does not exist")
