"""Open the database behind a URL: SQLite (default) or PostgreSQL."""

from __future__ import annotations

from ..errors import DatabaseError
from .base import LeaseLost, Lineage, Removed, SelectionStatus, Store

from ..locations import DEFAULT_URL


def open_store(url: str, *, create: bool = False, check: bool = True,
               idle_transaction_s: float | None = None) -> Store:
    """The store behind url. Refuses (one-line DatabaseError) a bad URL, an unreachable
    server, a missing SQLite file (unless create) and, when check, a schema other than
    this code's. idle_transaction_s (PostgreSQL): the server ends a session of this store that
    sits that long inside a transaction, releasing its row locks (see executors.in_process)."""
    from sqlalchemy.engine import make_url  # here, not at import: runners import this package's base
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {url!r} (expected sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        from .sqlite import SqliteStore

        store = SqliteStore(parsed, create=create)
    elif backend in ("postgresql", "postgres"):
        if parsed.drivername not in ("postgresql", "postgres", "postgresql+psycopg"):
            raise DatabaseError(f"{url}: use the psycopg driver (postgresql+psycopg://...)")
        from .postgres import PostgresStore

        store = PostgresStore(parsed, idle_transaction_s=idle_transaction_s)
    else:
        raise DatabaseError(f"unsupported database {backend!r} in {url}; expdb runs on sqlite and postgresql")
    if check:
        try:
            store.check_schema()
        except Exception:
            store.dispose()
            raise
    return store


__all__ = ["open_store", "Store", "LeaseLost", "Lineage", "Removed", "SelectionStatus", "DEFAULT_URL"]
