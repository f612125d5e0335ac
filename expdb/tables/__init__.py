"""The query layer: Polars tables over the database (expdb.tables.Tables) and read-only SQL
(run_sql). The study package's saved queries and claims (expdb_queries) read through these."""

from .frames import Tables, UnknownStudy
from .readonly import run_sql

__all__ = ["Tables", "UnknownStudy", "run_sql"]
