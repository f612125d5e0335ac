"""PostgreSQL: for many workers, on one machine or many. Claims pick their
candidate with FOR UPDATE SKIP LOCKED, so concurrent workers do not queue on one row."""

from __future__ import annotations

from sqlalchemy import Integer, any_, create_engine, func, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError

from ..cells import StoredCell
from ..errors import DatabaseError
from .sql import SqlStore, _claimable, _ready, cell
from .values import chunks, first_line as _first_line


class PostgresStore(SqlStore):
    SERVER_NOW = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS DOUBLE PRECISION)"
    PLACEHOLDER = "%s"

    @staticmethod
    def at_least_zero(expression):
        return func.greatest(expression, 0)

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

        url = self.engine.url.set(drivername="postgresql")
        conn = _connect(url.render_as_string(hide_password=False))
        try:
            if conn.execute("SELECT current_setting('is_superuser')").fetchone()[0] == "on":
                # A superuser's session can always become the superuser again (set_config('role',
                # ...), SET SESSION AUTHORIZATION) and then write server files, open replication
                # slots or end other sessions: the statement runs as a role that cannot, logged
                # in as that role from the start.
                conn.close()
                conn = _reader_connection(url)
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
            if not conn.closed:
                conn.rollback()
                conn.close()


# The role `expdb sql` runs a superuser's statements as: it may log in and read this database's
# tables, and nothing else (no superuser, role, database or replication rights, no membership).
READER_ROLE = "expdb_sql_reader"


def _connect(conninfo: str, **kwargs):
    import psycopg

    try:
        return psycopg.connect(conninfo, options="-c default_transaction_read_only=on", connect_timeout=10, **kwargs)
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect: {str(exc).strip().splitlines()[0]}") from None


def _reader_connection(url):
    """A new session logged in as READER_ROLE, which the superuser at `url` creates or resets
    first (_prepare_reader)."""
    import psycopg

    for tries in range(3):
        reader = url.set(username=READER_ROLE, password=_prepare_reader(url))
        try:
            return psycopg.connect(reader.render_as_string(hide_password=False),
                                   options="-c default_transaction_read_only=on", connect_timeout=10)
        except psycopg.OperationalError as exc:
            # another expdb sql may have given the role a new password meanwhile: try again
            if tries == 2:
                raise DatabaseError(
                    f"sql: connected as a superuser, expdb sql runs the statement as the read-only role "
                    f"{READER_ROLE}, which could not log in ({str(exc).strip().splitlines()[0]}); allow it to "
                    "connect (pg_hba.conf), or connect as a role without superuser rights") from None


def _prepare_reader(url) -> str:
    """Create READER_ROLE if missing and reset it: no rights but logging in and reading this
    database's tables as they are now, no membership of any role, and a fresh random password
    valid for a minute, which is returned.

    Roles belong to the whole server, so an expdb sql on another database may reset the role at
    the same moment; PostgreSQL then fails the later of two catalog updates ("tuple concurrently
    updated"), and the reset is simply made again."""
    import time

    import psycopg

    for attempt in range(5):
        try:
            return _reset_reader(url)
        except psycopg.errors.InternalError as exc:
            if "concurrently" not in str(exc) or attempt == 4:
                raise DatabaseError(f"sql: cannot prepare the read-only role {READER_ROLE}: "
                                    f"{str(exc).strip().splitlines()[0]}") from None
            time.sleep(0.05 * (attempt + 1))


def _reset_reader(url) -> str:
    """_prepare_reader's one try: a concurrent reset of the role surfaces as InternalError."""
    import secrets

    import psycopg
    from psycopg import sql as q

    role = q.Identifier(READER_ROLE)
    password = secrets.token_urlsafe(24)
    admin = _connect(url.render_as_string(hide_password=False), autocommit=True)
    try:
        admin.execute("SET default_transaction_read_only = off")
        try:
            admin.execute(q.SQL("CREATE ROLE {} LOGIN").format(role))
        except (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation):
            pass  # made before (or by another expdb sql at this moment)
        until = admin.execute("SELECT (now() + interval '1 minute')::text").fetchone()[0]
        admin.execute(q.SQL("ALTER ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                            "NOINHERIT PASSWORD {} VALID UNTIL {}").format(role, q.Literal(password), q.Literal(until)))
        member_of = admin.execute("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                  "WHERE r.rolname = %s", (READER_ROLE,)).fetchone()[0]
        if member_of:
            raise DatabaseError(f"sql: role {READER_ROLE} has been made a member of other roles; expdb sql will not "
                                "run a superuser's statement as it (revoke those memberships)")
        admin.execute(q.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(q.Identifier(url.database), role))
        admin.execute(q.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
        admin.execute(q.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(role))
    except psycopg.errors.InternalError:
        raise  # a concurrent reset: _prepare_reader makes it again
    except psycopg.Error as exc:
        raise DatabaseError(f"sql: cannot prepare the read-only role {READER_ROLE}: {str(exc).strip().splitlines()[0]}") from None
    finally:
        admin.close()
    return password
