"""`expdb sql`: arbitrary SQL over a connection that cannot write.

Three layers, each enough for the writes it knows of. First, only a query is sent: the
statement must begin with SELECT, WITH, VALUES, TABLE or EXPLAIN (comments aside), so
ATTACH, VACUUM INTO, COPY ... TO and every DDL or DML statement are refused before the
database sees them. Second, the connection cannot write: SQLite files are opened with mode=ro
and query_only, with an authorizer that allows reads alone; PostgreSQL sessions run every
transaction READ ONLY, a superuser's session drops to the pg_read_all_data role (so no
function can write a server file), and the statement goes through the extended protocol,
which takes exactly one statement. A write fails with one line and changes nothing.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import polars as pl
from sqlalchemy.engine import make_url

from ..errors import DatabaseError
from ..store import open_store


QUERIES = ("select", "with", "values", "table", "explain")


def first_word(sql: str) -> str:
    """The statement's first keyword, lower case, past comments and opening parentheses."""
    text = sql
    while True:
        text = text.lstrip().lstrip("(").lstrip()
        if text.startswith("--"):
            text = text.partition("\n")[2]
        elif text.startswith("/*"):
            end = text.find("*/")
            text = "" if end < 0 else text[end + 2:]
        else:
            break
    match = re.match(r"[A-Za-z_]+", text)
    return match.group(0).lower() if match else ""


def require_query(sql: str) -> None:
    word = first_word(sql)
    if word not in QUERIES:
        shown = word.upper() if word else "an empty statement"
        raise DatabaseError(f"sql: expdb sql only reads: it runs a query (SELECT, WITH, VALUES, TABLE or EXPLAIN), not {shown}")


def run_sql(url: str, sql: str, limit: int | None = None) -> pl.DataFrame:
    require_query(sql)
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


def _postgres(parsed, sql: str, limit):
    import psycopg

    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
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
