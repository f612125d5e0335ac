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
