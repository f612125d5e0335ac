"""PostgreSQL: for many workers, on one machine or many. Claims pick their
candidate with FOR UPDATE SKIP LOCKED, so concurrent workers do not queue on one row."""

from __future__ import annotations

from sqlalchemy import Integer, any_, create_engine, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError

from ..cells import StoredCell
from ..errors import DatabaseError
from .sql import SqlStore, _claimable, _first_line, _ready, cell, chunks


class PostgresStore(SqlStore):
    def __init__(self, url, idle_transaction_s: float | None = None):
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        connect_args = {"connect_timeout": 10}
        if idle_transaction_s is not None:
            connect_args["options"] = f"-c idle_in_transaction_session_timeout={max(1, round(idle_transaction_s * 1000))}"
        engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4, connect_args=connect_args)
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

    CLAIM_CHUNK = 1000

    def _among(self, ids):
        # One array parameter instead of an IN list: the statement text never changes,
        # so neither SQLAlchemy nor psycopg re-prepares it per call.
        return cell.c.id == any_(literal(list(ids), ARRAY(Integer)))

    def _candidates(self, part, max_attempts):
        # SKIP LOCKED: another worker's gang being claimed right now is passed over, not waited on
        return super()._candidates(part, max_attempts).with_for_update(skip_locked=True, of=cell)

    def _claim_among(self, part, owner, lease_s, max_attempts):
        # Pick and take in one statement; SKIP LOCKED lets concurrent workers pass each other.
        now = self.now
        pick = (
            select(cell.c.id).where(self._among(part), _claimable(now, max_attempts), _ready())
            .order_by(cell.c.id).limit(1).with_for_update(skip_locked=True, of=cell)
            .scalar_subquery()
        )
        with self.engine.begin() as conn:
            row = conn.execute(
                update(cell).where(cell.c.id == pick, _claimable(now, max_attempts)).values(
                    state="running", lease_owner=owner, lease_expires=now + lease_s,
                    attempts=cell.c.attempts + 1, started_at=now,
                ).returning(*cell.c)
            ).first()
        return StoredCell.from_row(row) if row is not None else None

    def _lock_cells(self, conn, ids):
        for part in chunks(sorted(ids)):
            conn.execute(select(cell.c.id).where(cell.c.id.in_(part)).with_for_update(of=cell))

    def read_only_sql(self, sql, limit=None):
        import psycopg

        conninfo = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            conn = psycopg.connect(conninfo, options="-c default_transaction_read_only=on")
        except psycopg.Error as exc:
            raise DatabaseError(f"cannot connect: {str(exc).strip().splitlines()[0]}") from None
        try:
            conn.read_only = True
            if conn.execute("SELECT current_setting('is_superuser')").fetchone()[0] == "on":
                try:  # a superuser could write server files (lo_export); this role reads and no more
                    conn.execute("SET ROLE pg_read_all_data")
                except psycopg.Error:  # before PostgreSQL 14 the role does not exist
                    conn.rollback()
                    conn.read_only = True
            with conn.cursor() as cursor:
                try:
                    cursor.execute(sql, prepare=True)  # extended protocol: one statement
                except psycopg.Error as exc:
                    raise DatabaseError(f"sql: {str(exc).strip().splitlines()[0]}") from None
                names = [d.name for d in cursor.description or []]
                rows = (cursor.fetchmany(limit) if limit else cursor.fetchall()) if cursor.description else []
            return names, rows
        finally:
            conn.rollback()
            conn.close()
