"""The SQL behind the storage contract, shared by both backends.

Backends differ only in how they connect, how they pick a cell to claim and the few SQL
expressions their dialects spell differently (SERVER_NOW, at_least_zero, PLACEHOLDER), which
each backend's class states; everything else is the same SQLAlchemy Core, so both pass one
conformance suite.
"""

from __future__ import annotations

import json
import time
from typing import Iterable, Sequence

from sqlalchemy import and_, delete, exists, func, insert, literal_column, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from ..cells import PlannedCell, Result, StoredCell, TensorRef
from ..errors import DatabaseError, RunnerError, StoreBusy
from ..gcpause import paused_gc
from ..schema import Cell, CellDependency, DatabaseIdentity, Provenance, Study, StudyCell, Tensor, Verdict
from ..shapes import declared_shapes, shape_of_kind, shape_tables
from . import migrate
from .base import LeaseLost, Lineage, Removed, SelectionStatus, Store
from .values import chunks, first_line as _first_line, number

cell = Cell.__table__
dep = CellDependency.__table__
study_cell = StudyCell.__table__
FULL_SCAN_ABOVE = 20_000  # reading every key beats many IN lists past this many keys


def _claimable(now, max_attempts: int):
    """Pending, or running on a lease that expired with attempts left (now: the store's SERVER_NOW)."""
    return or_(cell.c.state == "pending",
               and_(cell.c.state == "running", cell.c.lease_expires < now, cell.c.attempts < max_attempts))


def _ready():
    parent = cell.alias("parent")
    waiting = (
        select(dep.c.parent_id)
        .join(parent, parent.c.id == dep.c.parent_id)
        .where(dep.c.child_id == cell.c.id, parent.c.state != "done")
    )
    return ~exists(waiting)


class SqlStore(Store):
    # What each backend's dialect spells its own way:
    # the database server's clock, in seconds since the epoch, as SQL. Every lease is set and
    # judged by this one clock, so workers on machines whose clocks disagree never free each
    # other's leases early.
    SERVER_NOW: str = ""
    PLACEHOLDER: str = "?"  # the driver's parameter marker, for read()'s plain SQL

    @staticmethod
    def at_least_zero(expression):
        """max(expression, 0) in the backend's SQL."""
        raise NotImplementedError

    def __init__(self, engine: Engine, url_for_humans: str, read_engine: Engine | None = None):
        self.engine = engine  # transactions that write
        self.read_engine = read_engine or engine  # transactions that only read
        self.url = url_for_humans
        self.now = literal_column(self.SERVER_NOW)

    # schema ---------------------------------------------------------------
    def initialise(self) -> str:
        _, head = migrate.upgrade(self.engine)
        return head

    def upgrade(self):
        return migrate.upgrade(self.engine)

    def check_schema(self) -> None:
        try:
            migrate.check(self.engine, self.url)
        except DBAPIError as exc:  # not a database, damaged, locked, unreachable
            raise DatabaseError(f"cannot open {self.url}: {_first_line(exc)}") from None

    def dispose(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    # planning -------------------------------------------------------------
    def save_study(self, name, description, spec_text, spec_sha256) -> int:
        with self.engine.begin() as conn:
            return self._save_study(conn, name, description, spec_text, spec_sha256)

    def _save_study(self, conn, name, description, spec_text, spec_sha256) -> int:
        """Create the study if missing (an upsert: two commands starting together on a fresh
        database both get the one row) and keep its spec current."""
        table = Study.__table__
        now = time.time()
        conn.execute(self._insert_ignoring(table).values(
            name=name, description=description, spec_text=spec_text, spec_sha256=spec_sha256,
            created_at=now, updated_at=now))
        row = conn.execute(select(table.c.id, table.c.spec_sha256).where(table.c.name == name)).one()
        if row.spec_sha256 != spec_sha256:
            # A grown or edited spec keeps its study; its cells are reused by key.
            conn.execute(update(table).where(table.c.id == row.id).values(
                description=description, spec_text=spec_text, spec_sha256=spec_sha256, updated_at=now))
        return row.id

    def export_study(self, name):
        from .bundle_rows import export_study

        return export_study(self, name)

    def load_bundle(self, bundle):
        from .bundle_rows import load

        return load(self, bundle)

    def insert_cells(self, study_id: int, cells: Sequence[PlannedCell]) -> int:
        existing = self.cell_ids([c.key for c in cells])
        # In plan order, so that ids (and so claims) follow the plan. Two commands inserting
        # overlapping cells in different orders can deadlock on PostgreSQL: the server aborts
        # one transaction, which is then simply run again.
        fresh = [c for c in cells if c.key not in existing]
        for attempt in range(5):
            try:
                return self._insert_cells(study_id, fresh, existing)
            except DBAPIError as exc:
                if attempt == 4 or getattr(getattr(exc, "orig", None), "sqlstate", None) != "40P01":
                    raise
        return 0  # unreachable

    def _insert_cells(self, study_id, fresh, existing) -> int:
        now = time.time()
        # Cells, their edges and the study's links commit together: a kill in between would
        # leave cells without the edges that tell a child where its parent is.
        with self.engine.begin() as conn:
            for part in chunks(fresh, 2000):
                conn.execute(self._insert_ignoring(cell), [
                    {"key": c.key, "kind": c.kind, "runner": c.runner, "content": c.text,
                     "state": "pending", "attempts": 0, "created_at": now} for c in part
                ])
            ids = dict(existing)
            if fresh:
                ids.update(self._lookup_in(conn, [c.key for c in fresh], ("id",), single=True))
            edges = [{"child_id": ids[c.key], "parent_id": ids[p]} for c in fresh for p in c.parents]
            for part in chunks(edges, 5000):
                conn.execute(self._insert_ignoring(dep), part)
            linked = self._study_cell_ids(conn, study_id)
            links = [{"study_id": study_id, "cell_id": i} for i in ids.values() if i not in linked]
            for part in chunks(links, 5000):
                conn.execute(self._insert_ignoring(study_cell), part)
        return len(fresh)

    def _study_cell_ids(self, conn, study_id: int) -> set[int]:
        return set(conn.execute(select(study_cell.c.cell_id).where(study_cell.c.study_id == study_id)).scalars())

    def stale_members(self, name: str, wanted_keys: Sequence[str]) -> list[str]:
        study = Study.__table__
        wanted = set(wanted_keys)
        with self.read_engine.connect() as conn:
            rows = conn.execute(
                select(cell.c.key).select_from(study_cell.join(cell, cell.c.id == study_cell.c.cell_id)
                                               .join(study, study.c.id == study_cell.c.study_id))
                .where(study.c.name == name)).scalars().all()
        return sorted(k for k in rows if k not in wanted)

    def drop_members(self, study_id: int, keys: Sequence[str]) -> int:
        dropped = 0
        with self.engine.begin() as conn:
            ids = [v[0] for v in self._lookup_in(conn, keys, ("id",)).values()]
            for part in chunks(sorted(ids)):
                dropped += conn.execute(delete(study_cell).where(
                    study_cell.c.study_id == study_id, study_cell.c.cell_id.in_(part))).rowcount
        return dropped

    def _insert_ignoring(self, table):
        raise NotImplementedError

    def states(self, keys):
        return self._lookup(keys, "state", "attempts")

    def cell_ids(self, keys):
        return {k: v[0] for k, v in self._lookup(keys, "id").items()}

    def _lookup(self, keys, *columns: str) -> dict[str, tuple]:
        """key -> (columns...) for the keys the database holds."""
        with self.read_engine.connect() as conn:
            return self._lookup_in(conn, keys, columns)

    def _lookup_in(self, conn, keys, columns, single: bool = False) -> dict:
        found = {}
        with paused_gc():
            if len(keys) > FULL_SCAN_ABOVE:
                # The driver's own cursor: SQLAlchemy's row objects cost more than the scan itself.
                wanted = set(keys)
                cursor = conn.connection.driver_connection.cursor()
                try:
                    cursor.execute(f"SELECT key, {', '.join(columns)} FROM cell")
                    for row in cursor.fetchall():
                        if row[0] in wanted:
                            found[row[0]] = row[1] if single else row[1:]
                finally:
                    cursor.close()
            else:
                selected = [cell.c[name] for name in columns]
                for part in chunks(list(keys)):
                    for row in conn.execute(select(cell.c.key, *selected).where(cell.c.key.in_(part))):
                        found[row[0]] = row[1] if single else tuple(row[1:])
        return found

    def reset_failed(self, ids, max_attempts) -> int:
        count = 0
        with self.engine.begin() as conn:
            for part in chunks(list(ids)):
                count += conn.execute(update(cell).where(
                    cell.c.id.in_(part), cell.c.state == "failed", cell.c.attempts < max_attempts,
                ).values(state="pending", lease_owner=None, lease_expires=None)).rowcount
        return count

    # the claim loop ---------------------------------------------------------
    CLAIM_CHUNK = 64  # a worker drops the cells it finished, so ready ones sit near the front

    def claim(self, ids, owner, lease_s, max_attempts):
        for part in chunks(ids, self.CLAIM_CHUNK):
            claimed = self._claim_among(part, owner, lease_s, max_attempts)
            if claimed is not None:
                return claimed
        self._retire_exhausted(ids, max_attempts)
        return None

    def _claim_among(self, part, owner, lease_s, max_attempts) -> StoredCell | None:
        """Pick ready candidates among part, then take one with the conditional UPDATE."""
        with self.read_engine.connect() as conn:
            candidates = conn.execute(
                select(cell.c.id).where(self._among(part), _claimable(self.now, max_attempts), _ready())
                .order_by(cell.c.id).limit(8)
            ).scalars().all()
        for cid in candidates:
            claimed = self._take(cid, owner, lease_s, max_attempts)
            if claimed is not None:
                return claimed
        return None

    def _among(self, ids):
        return cell.c.id.in_(ids)

    def _retire_exhausted(self, ids, max_attempts):
        # A cell whose workers keep dying (out of memory, killed) must not loop forever.
        now = self.now
        with self.engine.begin() as conn:
            for part in chunks(ids):
                conn.execute(update(cell).where(
                    cell.c.id.in_(part), cell.c.state == "running", cell.c.lease_expires < now,
                    cell.c.attempts >= max_attempts,
                ).values(state="failed", lease_owner=None, lease_expires=None, finished_at=now,
                         last_error=f"lease expired on its last attempt (worker died {max_attempts} times?)"))

    def _take(self, cid, owner, lease_s, max_attempts) -> StoredCell | None:
        """The one conditional UPDATE that makes a claim atomic on every backend."""
        now = self.now
        with self.engine.begin() as conn:
            taken = conn.execute(update(cell).where(cell.c.id == cid, _claimable(now, max_attempts)).values(
                state="running", lease_owner=owner, lease_expires=now + lease_s,
                attempts=cell.c.attempts + 1, started_at=now,
            )).rowcount
            if taken != 1:
                return None
            row = conn.execute(select(cell).where(cell.c.id == cid)).first()
        return StoredCell.from_row(row)

    def claim_gang(self, ids, owner, lease_s, max_attempts, size_of, key_of) -> list[StoredCell]:
        for part in chunks(ids, max(self.CLAIM_CHUNK, 1000)):
            claimed = self._claim_gang_among(part, owner, lease_s, max_attempts, size_of, key_of)
            if claimed:
                return claimed
        self._retire_exhausted(ids, max_attempts)
        return []

    GANG_LOOKAHEAD = 8  # candidates read per gang place: cells of other keys sit among them

    def _claim_gang_among(self, part, owner, lease_s, max_attempts, size_of, key_of) -> list[StoredCell]:
        with self.engine.begin() as conn:
            first = conn.execute(self._candidates(part, max_attempts).limit(1)).first()
            if first is None:
                return []
            size = size_of(first.runner)
            chosen = [first.id]
            if size > 1:
                wanted = key_of(first.runner, json.loads(first.content))
                rows = conn.execute(self._candidates(part, max_attempts)
                                    .where(cell.c.runner == first.runner, cell.c.id != first.id)
                                    .limit(size * self.GANG_LOOKAHEAD)).all()
                chosen += [r.id for r in rows if key_of(r.runner, json.loads(r.content)) == wanted][:size - 1]
            now = self.now
            taken = conn.execute(update(cell).where(cell.c.id.in_(chosen), _claimable(now, max_attempts)).values(
                state="running", lease_owner=owner, lease_expires=now + lease_s,
                attempts=cell.c.attempts + 1, started_at=now,
            ).returning(*cell.c)).all()
        return sorted((StoredCell.from_row(r) for r in taken), key=lambda c: c.id)

    def _candidates(self, part, max_attempts):
        """Ready, claimable cells among part, in id order (locked for us on PostgreSQL)."""
        return (select(cell.c.id, cell.c.runner, cell.c.content)
                .where(self._among(part), _claimable(self.now, max_attempts), _ready()).order_by(cell.c.id))

    def renew(self, cell_id, owner, lease_s) -> bool:
        return cell_id in self.renew_many([cell_id], owner, lease_s)

    def renew_many(self, cell_ids, owner, lease_s) -> set[int]:
        with self.engine.begin() as conn:
            return set(conn.execute(update(cell).where(
                cell.c.id.in_(list(cell_ids)), cell.c.lease_owner == owner, cell.c.state == "running",
            ).values(lease_expires=self.now + lease_s).returning(cell.c.id)).scalars())

    def complete(self, stored, owner, result: Result, tensors, provenance) -> None:
        now = self.now
        with self.engine.begin() as conn:
            prov_id = conn.execute(insert(Provenance.__table__).values(**provenance)).inserted_primary_key[0]
            done = conn.execute(update(cell).where(
                cell.c.id == stored.id, cell.c.lease_owner == owner, cell.c.state == "running",
            ).values(state="done", lease_owner=None, lease_expires=None, finished_at=now,
                     last_error=None, traceback=None, provenance_id=prov_id)).rowcount
            if done != 1:
                raise LeaseLost(stored.key)  # rolls the whole transaction back
            if tensors:
                conn.execute(insert(Tensor.__table__), [
                    {"cell_id": stored.id, "name": name, "path": ref.path,
                     "shape": ref.shape_text, "dtype": ref.dtype,
                     "nbytes": ref.nbytes, "checksum": ref.checksum}
                    for name, ref in tensors.items()
                ])
            shape = shape_of_kind(stored.kind)
            if shape is not None and shape.write is not None:
                shape.write(conn, stored, result, tensors, prov_id)
            if result.rows:
                _write_declared_rows(conn, stored, result.rows)

    def fail(self, stored, owner, error, traceback) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(cell).where(
                cell.c.id == stored.id, cell.c.lease_owner == owner, cell.c.state == "running",
            ).values(state="failed", lease_owner=None, lease_expires=None, finished_at=self.now,
                     last_error=error[:2000], traceback=traceback[-20000:]))

    def release(self, stored, owner) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(cell).where(
                cell.c.id == stored.id, cell.c.lease_owner == owner, cell.c.state == "running",
            ).values(**self._given_back()))

    def selection_status(self, ids: Iterable[int], max_attempts: int) -> SelectionStatus:
        status = SelectionStatus()
        now = self.now
        ids = list(ids)
        with self.read_engine.connect() as conn:
            for part in chunks(ids):
                rows = conn.execute(select(
                    cell.c.id, cell.c.state, (cell.c.lease_expires < now).label("expired"), _ready().label("ready"),
                ).where(cell.c.id.in_(part)).order_by(cell.c.id)).all()
                for cid, state, expired, ready in rows:
                    if state not in ("done", "failed"):
                        status.remaining.append(cid)
                    if state == "done":
                        status.done += 1
                    elif state == "failed":
                        status.failed += 1
                    elif state == "running" and not expired:
                        status.running += 1
                    elif state == "running" or ready:
                        status.claimable += 1
                    else:
                        status.blocked += 1
        return status

    def lineage(self, stored: StoredCell) -> Lineage:
        cells, tensors = [], {}
        current = stored.id
        with self.read_engine.connect() as conn:
            while True:
                parent = conn.execute(select(dep.c.parent_id).where(dep.c.child_id == current)).scalar()
                if parent is None:
                    break
                row = conn.execute(select(cell).where(cell.c.id == parent)).first()
                cells.append(StoredCell.from_row(row))
                t = Tensor.__table__
                tensors[row.key] = {r.name: TensorRef.from_row(r) for r in conn.execute(select(t).where(t.c.cell_id == parent))}
                current = parent
        return Lineage(tuple(cells), tensors)

    def database_id(self) -> str:
        with self.read_engine.connect() as conn:
            return conn.execute(select(DatabaseIdentity.__table__.c.id)).scalar_one()

    def server_time(self) -> float:
        with self.read_engine.connect() as conn:
            return float(conn.execute(select(self.now)).scalar_one())

    def _given_back(self) -> dict:
        """A released cell's new values: pending, no lease, and the claim's attempt not counted."""
        return dict(state="pending", lease_owner=None, lease_expires=None,
                    attempts=self.at_least_zero(cell.c.attempts - 1))

    def release_owned(self, owner: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(update(cell).where(cell.c.lease_owner == owner, cell.c.state == "running")
                                .values(**self._given_back())).rowcount

    def lease_owners(self) -> list[str]:
        with self.read_engine.connect() as conn:
            return sorted(conn.execute(select(cell.c.lease_owner).distinct().where(
                cell.c.state == "running", cell.c.lease_expires >= self.now)).scalars())

    def running_among(self, ids: Iterable[int]) -> list[dict]:
        out = []
        with self.read_engine.connect() as conn:
            for part in chunks(list(ids)):
                out += [dict(row._mapping) for row in conn.execute(
                    select(cell.c.id, cell.c.kind, cell.c.key, cell.c.lease_owner, cell.c.lease_expires,
                           cell.c.started_at)
                    .where(cell.c.id.in_(part), cell.c.state == "running", cell.c.lease_expires >= self.now))]
        return [{k: v for k, v in row.items() if k != "id"} for row in sorted(out, key=lambda r: r["id"])]

    def leased_by(self, owner: str) -> list[dict]:
        query = (select(cell.c.kind, cell.c.key, cell.c.lease_expires)
                 .where(cell.c.lease_owner == owner, cell.c.state == "running").order_by(cell.c.id))
        with self.read_engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # verdicts -----------------------------------------------------------------
    def record_verdicts(self, study: str, results: list[dict]) -> int:
        from ..provenance import environment

        table = Verdict.__table__
        env, now = environment(), time.time()
        with self.engine.begin() as conn:
            study_id = conn.execute(select(Study.__table__.c.id).where(Study.__table__.c.name == study)).scalar_one()
            rows = [{"study_id": study_id, "claim": r["claim"], "profile": r.get("profile"), "verdict": r["verdict"],
                     "severity": r.get("severity", "error"), "measured": r.get("measured"),
                     "interval_low": (r.get("interval") or [None, None])[0],
                     "interval_high": (r.get("interval") or [None, None])[1], "n": r.get("n", 0),
                     "offending_rows": r.get("offending_rows", 0), "result": json.dumps(r, sort_keys=True),
                     "expdb_version": env["expdb_version"], "git_commit": env["git_commit"], "recorded_at": now}
                    for r in results]
            if rows:
                conn.execute(insert(table), rows)
        return len(rows)

    # maintenance (expdb check, expdb gc) -------------------------------------
    def cell_states(self) -> dict[str, str]:
        with self.read_engine.connect() as conn:
            return dict(conn.execute(select(cell.c.key, cell.c.state)).all())

    def tensor_rows(self) -> list[tuple[str, str, TensorRef]]:
        t = Tensor.__table__
        query = (select(cell.c.key, cell.c.state, t.c.name, t.c.path, t.c.shape, t.c.dtype, t.c.checksum, t.c.nbytes)
                 .join(cell, cell.c.id == t.c.cell_id).order_by(t.c.id))
        with self.read_engine.connect() as conn:
            return [(row.key, row.state, TensorRef.from_row(row)) for row in conn.execute(query)]

    def unwanted_cells(self) -> list[dict]:
        """Cells no study links to, none running, and none that a wanted cell depends on."""
        with self.read_engine.connect() as conn:
            return self._unwanted(conn)

    @staticmethod
    def _unwanted(conn) -> list[dict]:
        linked = set(conn.execute(select(study_cell.c.cell_id).distinct()).scalars())
        rows = conn.execute(select(cell.c.id, cell.c.key, cell.c.kind, cell.c.state)).all()
        edges = conn.execute(select(dep.c.child_id, dep.c.parent_id)).all()
        running = {r.id for r in rows if r.state == "running"}
        wanted = linked | running
        parents: dict[int, list[int]] = {}
        for child, parent in edges:
            parents.setdefault(child, []).append(parent)
        stack = list(wanted)
        while stack:  # everything a wanted cell depends on is wanted too
            for parent in parents.get(stack.pop(), ()):
                if parent not in wanted:
                    wanted.add(parent)
                    stack.append(parent)
        return [{"id": r.id, "key": r.key, "kind": r.kind, "state": r.state} for r in rows if r.id not in wanted]

    def delete_cells(self, ids: Sequence[int]) -> Removed:
        """Remove those of these cells that are still unwanted, judged again in the deleting
        transaction (a fill may have linked or claimed one since they were listed), with their
        result rows, tensor rows and edges (the caller removes the arrays)."""
        with self.engine.begin() as conn:
            self._lock_cells(conn, ids)
            still = {r["id"]: r["key"] for r in self._unwanted(conn)}
            ids = sorted(i for i in ids if i in still)
            paths = self._delete_results(conn, ids)
            for part in chunks(ids):
                conn.execute(delete(dep).where(or_(dep.c.child_id.in_(part), dep.c.parent_id.in_(part))))
                conn.execute(delete(study_cell).where(study_cell.c.cell_id.in_(part)))
            for part in chunks(ids):
                conn.execute(delete(cell).where(cell.c.id.in_(part)))
        return Removed(sorted(still[i] for i in ids), paths)

    def _lock_cells(self, conn, ids: Sequence[int]) -> None:
        """Hold these cells' rows for the rest of the transaction (SQLite's writer holds the
        whole file already): a claim or a link to them waits until it ends."""

    def reset_cells(self, keys: Sequence[str]) -> Removed:
        """Return done cells and every done cell computed from them to pending, without their
        result rows, so that fill computes them again. Refuses while any of them runs."""
        with self.engine.begin() as conn:
            start = [v[0] for v in self._lookup_in(conn, keys, ("id",)).values()]
            children: dict[int, list[int]] = {}
            for child, parent in conn.execute(select(dep.c.child_id, dep.c.parent_id)):
                children.setdefault(parent, []).append(child)
            affected, stack = set(start), list(start)
            while stack:
                for child in children.get(stack.pop(), ()):
                    if child not in affected:
                        affected.add(child)
                        stack.append(child)
            self._lock_cells(conn, sorted(affected))
            rows = []
            for part in chunks(sorted(affected)):
                rows += conn.execute(select(cell.c.id, cell.c.key, cell.c.state).where(cell.c.id.in_(part))).all()
            running = [r.key for r in rows if r.state == "running"]
            if running:
                raise StoreBusy(f"{len(running)} of the cells to reset are running (e.g. {running[0]}); "
                                "let the fill finish or stop it first")
            done = sorted(r.id for r in rows if r.state == "done")
            paths = self._delete_results(conn, done)
            for part in chunks(done):
                conn.execute(update(cell).where(cell.c.id.in_(part)).values(
                    state="pending", attempts=0, lease_owner=None, lease_expires=None, started_at=None,
                    finished_at=None, provenance_id=None, last_error=None, traceback=None))
        return Removed(sorted(r.key for r in rows if r.state == "done"), paths)

    def _delete_results(self, conn, ids: Sequence[int]) -> list[str]:
        """Every result row of these cells, tables that refer to others first: a shape's table
        with a cell_id by it, one without through the table it refers to that has one. Table by
        table over all the cells (a row of one chunk may refer to a row of another: an evaluation
        to another cell's representation). Returns the paths of the tensor rows deleted."""
        tables = list(shape_tables())
        names = {t.name for t in tables}
        for table in reversed(tables):
            for part in chunks(list(ids)):
                if "cell_id" in table.c:
                    conn.execute(delete(table).where(table.c.cell_id.in_(part)))
                    continue
                for fk in table.foreign_keys:
                    owner = fk.column.table
                    if "cell_id" in owner.c and owner.name in names:
                        conn.execute(delete(table).where(fk.parent.in_(
                            select(fk.column).where(owner.c.cell_id.in_(part)))))
                        break
        tensor, paths = Tensor.__table__, []
        for part in chunks(list(ids)):
            paths += conn.execute(delete(tensor).where(tensor.c.cell_id.in_(part)).returning(tensor.c.path)).scalars()
        return paths

    # reading --------------------------------------------------------------
    def read(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self.read_engine.connect() as conn:
            # the driver's own rows: SQLAlchemy's row objects cost more than the query on large reads
            return conn.exec_driver_sql(sql.replace("?", self.PLACEHOLDER), tuple(params)).cursor.fetchall()

    def schema_revision(self) -> tuple[str | None, str]:
        return migrate.current_revision(self.read_engine), migrate.head_revision()

    def summary(self) -> list[dict]:
        s = Study.__table__
        query = (
            select(s.c.name, cell.c.kind, cell.c.state, func.count().label("n"))
            .select_from(study_cell.join(s, s.c.id == study_cell.c.study_id).join(cell, cell.c.id == study_cell.c.cell_id))
            .group_by(s.c.name, cell.c.kind, cell.c.state)
            .order_by(s.c.name, cell.c.kind, cell.c.state)
        )
        with self.read_engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def table_counts(self) -> dict[str, int]:
        declared = {t.name: t for t in shape_tables()}
        counted = [(label, declared[table]) for shape in declared_shapes().values()
                   for label, table in shape.counted if table in declared]
        with self.read_engine.connect() as conn:
            return {label: conn.execute(select(func.count()).select_from(t)).scalar_one() for label, t in counted}

    def failures(self, limit=20) -> list[dict]:
        query = (select(cell.c.key, cell.c.kind, cell.c.attempts, cell.c.last_error)
                 .where(cell.c.state == "failed").order_by(cell.c.finished_at.desc()).limit(limit))
        with self.read_engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def _write_declared_rows(conn, stored, rows: dict) -> None:
    """A declared shape's result rows, each with its cell's id (expdb.shapes)."""
    tables = {t.name: t for t in shape_tables()}
    for name, records in rows.items():
        table = tables.get(name)
        if table is None:
            raise RunnerError(f"result rows for {name!r}, a table no installed study shape declares "
                              f"(declared: {', '.join(sorted(tables)) or 'none'})")
        if "cell_id" not in table.c:
            raise RunnerError(f"result rows for {name!r}, which refers to its cell through another table: "
                              "its shape's own writer fills it (Shape.write)")
        columns = set(table.c.keys()) - {"cell_id"}
        for record in records:
            extra = sorted(set(record) - columns)
            if extra:
                raise RunnerError(f"table {name!r} has no column {extra[0]!r} (columns: {', '.join(sorted(columns))})")
        if records:
            conn.execute(insert(table), [{**{k: number(v) if isinstance(v, float) else v for k, v in r.items()},
                                          "cell_id": stored.id} for r in records])
