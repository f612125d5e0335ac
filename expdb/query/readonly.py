"""`expdb sql`: arbitrary SQL over a connection that cannot write.

Read-only is a property of the connection, not a parse of the statement: SQLite files are
opened with mode=ro and query_only; PostgreSQL sessions run every transaction READ ONLY and
the statement goes through the extended protocol, which takes exactly one statement (so a
"SET TRANSACTION READ WRITE; DELETE ..." pair cannot slip through). A write fails with the
database's own error and changes nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import polars as pl
from sqlalchemy.engine import make_url

from ..errors import DatabaseError
from ..store import open_store


def run_sql(url: str, sql: str, limit: int | None = None) -> pl.DataFrame:
    open_store(url).dispose()  # the same one-line refusals as every other command (URL, schema)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        names, rows = _sqlite(Path(parsed.database), sql, limit)
    else:
        names, rows = _postgres(parsed, sql, limit)
    columns = list(zip(*rows)) if rows else [[] for _ in names]
    return pl.DataFrame({_unique(names, i): pl.Series(list(col), strict=False) for i, col in enumerate(columns)})


def _unique(names, i):
    name = names[i]
    return name if names.index(name) == i else f"{name}_{i}"


def _sqlite(path: Path, sql: str, limit):
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        try:
            cursor = conn.execute(sql)
        except (sqlite3.Error, sqlite3.Warning) as exc:
            raise DatabaseError(f"sql: {exc}") from None
        names = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
        return names, rows
    finally:
        conn.close()


def _postgres(parsed, sql: str, limit):
    import psycopg

    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        conn = psycopg.connect(conninfo, options="-c default_transaction_read_only=on")
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect: {str(exc).strip().splitlines()[0]}") from None
    try:
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
