"""Alembic environment for expdb.

The database URL comes from the caller's config (expdb sets it), else ``-x db=URL``,
else EXPDB_DB, else ./expdb.db. SQLite runs in batch mode so that ALTERs work.
"""

import os

from alembic import context
from sqlalchemy import create_engine, pool

from expdb.schema import VERSION_TABLE, metadata
# The reference study's tables (its shape's, expdb_runners.layout): revisions 0001-0005 created
# and changed them with the core's, so `alembic check` compares them with this history too.
import expdb_runners.layout.tables  # noqa: E402,F401

config = context.config


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    return context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("EXPDB_DB") or "sqlite:///expdb.db"


def _configure(**kwargs):
    context.configure(
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,
        compare_type=True,
        **kwargs,
    )


def run_offline():
    _configure(url=_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online():
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
