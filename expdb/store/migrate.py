"""Schema versions: create, upgrade, and refuse to run on a schema this code does not know."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from ..errors import DatabaseError
from ..schema import VERSION_TABLE

MIGRATION_LOCK = 0x65787064  # "expd": the advisory lock migrations take on PostgreSQL


def _script_location() -> str:
    import expdb_migrations

    return str(Path(expdb_migrations.__file__).parent)


def alembic_config(engine: Engine | None = None, connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", _script_location())
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revisions() -> list[str]:
    """Every schema revision this code knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head; returns (from, to)."""
    before = current_revision(engine)
    _refuse_newer(engine, before)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A migration that rebuilds a table (SQLite alters few things in place) must drop it
            # while other tables refer to it: foreign keys are off for the migration, set before
            # its transaction begins (SQLite ignores the pragma inside one), and every one of them
            # is checked before the transaction commits.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                if not sqlite:
                    # Two `expdb init` (or `db upgrade`) at once: the second waits here and then finds
                    # the schema already at head. (SQLite's IMMEDIATE transaction serialises them.)
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
                command.upgrade(alembic_config(connection=conn), "head")
                create_shape_tables(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise DatabaseError(f"the upgrade would leave a row of {broken[0]} pointing at a missing "
                                            f"row of {broken[2]}; nothing was changed")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")
    return before, head_revision()


def create_shape_tables(conn) -> None:
    """The result tables installed study shapes declare (expdb.shapes), where missing: a
    shape's own tables are its package's to evolve, the core only creates them."""
    from ..shapes import shape_tables

    for table in shape_tables():
        table.create(conn, checkfirst=True)


def check(engine: Engine, url_for_humans: str) -> None:
    """Raise a one-line DatabaseError unless the schema is exactly this code's head."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        _check_shape_tables(engine, url_for_humans)
        return
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if "cell" in tables:
            raise DatabaseError(f"{url_for_humans} has expdb tables but no schema version; it was not made by expdb init")
        raise DatabaseError(f"{url_for_humans} holds no expdb schema; run: expdb --db {url_for_humans} init")
    _refuse_newer(engine, current)
    raise DatabaseError(
        f"{url_for_humans} has schema {current}, this expdb needs {head}; run: expdb --db {url_for_humans} db upgrade"
    )


def _refuse_newer(engine: Engine, current: str | None) -> None:
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseError(
            f"database schema {current} is newer than this expdb (it knows up to {script.get_current_head()}); "
            f"upgrade expdb: pip install -U expdb-study"
        )


def _check_shape_tables(engine: Engine, url_for_humans: str) -> None:
    from ..shapes import shape_tables

    wanted = [t.name for t in shape_tables()]
    if wanted:
        missing = sorted(set(wanted) - set(inspect(engine).get_table_names()))
        if missing:
            raise DatabaseError(f"{url_for_humans} lacks the table {missing[0]!r} an installed study shape declares; "
                                f"run: expdb --db {url_for_humans} db upgrade")
