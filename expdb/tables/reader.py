"""The quick way in for reading a SQLite database: Python's own sqlite3, with no SQLAlchemy,
SQLModel or Alembic (importing them costs about a third of a second, more than most claims
compute). Taken only where it answers exactly as the store would: a plain sqlite:///FILE URL
whose file is a SQLite database at this code's schema revision. Anything else (PostgreSQL, a
missing or damaged file, another schema) goes to open_store, which gives its one-line refusals.
Writes never come this way: Tables.store opens the full store for them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Sequence

from ..errors import DatabaseError

PREFIX = "sqlite:///"
BUSY_TIMEOUT_S = 60.0  # as the store's: a reader waits out a writer's checkpoint


class SqliteReader:
    """read(sql, params) and dispose(), as the store has them, on one sqlite3 connection that
    cannot write (query_only)."""

    def __init__(self, url: str, connection: sqlite3.Connection):
        self.url = url
        self._conn = connection

    def read(self, sql: str, params: Sequence = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot read {self.url}: {exc}") from None

    def dispose(self) -> None:
        self._conn.close()


def quick_reader(url: str) -> SqliteReader | None:
    """A SqliteReader for url, or None where the full store must answer."""
    from ..store.revision_files import VERSION_TABLE, head_from_files
    from ..store.sqlite_file import check_file

    if not url.startswith(PREFIX) or any(c in url for c in "?%#"):
        return None  # query options and escapes are SQLAlchemy's to interpret
    file = Path(url[len(PREFIX):])
    if not file.is_file() or file.stat().st_size == 0:
        return None
    try:
        check_file(file)
    except DatabaseError:
        return None
    head = head_from_files()
    conn = None
    try:
        conn = sqlite3.connect(str(file), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        found = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite3.Error:
        found = None
    if head is None or found != [(head,)]:
        if conn is not None:
            conn.close()
        return None
    return SqliteReader(url, conn)
