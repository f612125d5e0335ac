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

import polars as pl

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
    store = open_store(url)  # the same one-line refusals as every other command (URL, schema)
    try:
        names, rows = store.read_only_sql(sql, limit)  # each backend's own read-only connection
    finally:
        store.dispose()
    columns = list(zip(*rows)) if rows else [[] for _ in names]
    return pl.DataFrame({_unique(names, i): pl.Series(list(col), strict=False) for i, col in enumerate(columns)})


def _unique(names, i):
    name = names[i]
    return name if names.index(name) == i else f"{name}_{i}"


