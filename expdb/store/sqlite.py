"""SQLite: the embedded default. WAL mode and a busy timeout let several local
worker processes share one file; every transaction begins IMMEDIATE so that a
reader never has to upgrade to a writer (which SQLite answers with 'locked')."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.pool import QueuePool

from ..errors import DatabaseError
from .sql import SqlStore

BUSY_TIMEOUT_MS = 60_000


class SqliteStore(SqlStore):
    def __init__(self, url, create: bool = False):
        path = url.database
        if not path or path == ":memory:":
            raise DatabaseError(f"{url}: give SQLite a file path (sqlite:///path/to/expdb.db)")
        file = Path(path)
        if file.is_dir():
            raise DatabaseError(f"{url}: {path} is a directory, not a database file")
        if not file.exists():
            if not create:
                raise DatabaseError(f"no database at {path}; run: expdb --db {url} init")
            if not file.parent.exists():
                raise DatabaseError(f"cannot create {path}: folder {file.parent} does not exist")
        else:
            _check_file(file)
        # Small pools: reconnecting (and re-running the PRAGMAs) per transaction costs
        # milliseconds per claim. Writers begin IMMEDIATE; readers begin deferred, so a
        # long read never holds the write lock (WAL lets them run beside a writer).
        writer = self._engine(url, "BEGIN IMMEDIATE")
        reader = self._engine(url, "BEGIN")
        super().__init__(writer, str(url), read_engine=reader)

    @staticmethod
    def _engine(url, begin: str):
        engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=4,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql(begin)

        return engine

    def _insert_ignoring(self, table):
        return sqlite_insert(table).on_conflict_do_nothing()


HEADER = b"SQLite format 3\x00"


def _check_file(file: Path) -> None:
    """Refuse a file that is not a SQLite database, or one cut short, before SQLite sees it:
    SQLite itself reports either only when a page it needs is read, in the middle of a command."""
    try:
        with file.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(f"cannot read {file}: {exc.strerror}") from None
    if not header:
        return  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(HEADER):
        raise DatabaseError(f"{file} is not a SQLite database (its first bytes are not SQLite's header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages and header[24:28] == header[92:96]  # the header's page count is current
    size = file.stat().st_size
    if valid and size < pages * page_size:
        raise DatabaseError(f"{file} is truncated: {size} bytes where its header says {pages * page_size}")
