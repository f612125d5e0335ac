"""PostgreSQL: for many workers, on one machine or many. Claims pick their
candidate with FOR UPDATE SKIP LOCKED, so concurrent workers do not queue on one row."""

from __future__ import annotations

import time

from sqlalchemy import create_engine, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError

from ..cells import StoredCell
from ..errors import DatabaseError
from .sql import SqlStore, _claimable, _first_line, _ready, cell, chunks


class PostgresStore(SqlStore):
    def __init__(self, url):
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                               connect_args={"connect_timeout": 10})
        shown = url.render_as_string(hide_password=True)
        try:
            with engine.connect():
                pass
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError(f"cannot connect to {shown}: {_first_line(exc)}") from None
        super().__init__(engine, shown)

    def _insert_ignoring(self, table):
        return pg_insert(table).on_conflict_do_nothing()

    def claim(self, ids, owner, lease_s, max_attempts):
        for part in chunks(list(ids), 500):
            now = time.time()
            pick = (
                select(cell.c.id).where(cell.c.id.in_(part), _claimable(now), _ready())
                .order_by(cell.c.id).limit(1).with_for_update(skip_locked=True, of=cell)
                .scalar_subquery()
            )
            with self.engine.begin() as conn:
                self._retire_exhausted(conn, part, now, max_attempts)
                row = conn.execute(
                    update(cell).where(cell.c.id == pick, _claimable(now)).values(
                        state="running", lease_owner=owner, lease_expires=now + lease_s,
                        attempts=cell.c.attempts + 1, started_at=now,
                    ).returning(*cell.c)
                ).first()
            if row is not None:
                return StoredCell.from_row(row)
        return None
