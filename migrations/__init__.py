"""Alembic migrations of the expdb schema (installed as the package expdb_migrations)."""
