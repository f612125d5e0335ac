"""The query API: Polars tables over the database, saved queries and read-only SQL."""

from .readonly import run_sql
from .tables import Tables, UnknownStudy

__all__ = ["Tables", "UnknownStudy", "run_sql"]
