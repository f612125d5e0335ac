"""SQLite: the embedded default. WAL mode and a busy timeout let several local
worker processes share one file; every transaction begins IMMEDIATE so that a
reader never has to upgrade to a writer (which SQLite answers with 'locked')."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event, func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.pool import QueuePool

from ..errors import DatabaseError
from .sql import SqlStore
from .sqlite_file import check_file as _check_file

BUSY_TIMEOUT_MS = 60_000


class SqliteStore(SqlStore):
    SERVER_NOW = "((julianday('now') - 2440587.5) * 86400.0)"  # SQLite's server is this machine
    PLACEHOLDER = "?"

    @staticmethod
    def at_least_zero(expression):
        return func.max(expression, 0)

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
        self.path = path
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

    def read_only_sql(self, sql, limit=None):
        conn = sqlite3.connect(f"file:{Path(self.path).resolve()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.set_authorizer(_reads_only)
            try:
                cursor = conn.execute(sql)
            except (sqlite3.Error, sqlite3.Warning) as exc:
                why = "this statement would write, and expdb sql only reads" if "not authorized" in str(exc) else exc
                raise DatabaseError(f"sql: {why}") from None
            names = [d[0] for d in cursor.description or []]
            rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
            return names, rows
        finally:
            conn.close()


# SQLite authorizer actions that only read (sqlite3.SQLITE_READ and friends).
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


# Pragmas that describe the schema, usable as table-valued functions (pragma_table_info('cell')).
_READ_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                 "foreign_key_list"}


def _reads_only(action, arg1, *_args):
    if action in _READ_ACTIONS or (action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # SQLite asks this while it sets up a pragma's table-valued function
    return sqlite3.SQLITE_DENY
