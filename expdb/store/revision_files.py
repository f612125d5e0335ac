"""This code's schema revision read off the migration files themselves, without Alembic (whose
import a read-only command would otherwise pay for one string). expdb.store.migrate asks
Alembic; a test checks that both agree."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# Alembic keeps its revision here, not in "alembic_version", which other tools use.
VERSION_TABLE = "expdb_schema_version"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@lru_cache(maxsize=None)
def head_from_files() -> str | None:
    """The one revision no other revision builds on; None when that is not exactly one (a
    branched history is Alembic's to judge)."""
    import expdb_migrations

    revisions, downs = set(), set()
    for file in (Path(expdb_migrations.__file__).parent / "versions").glob("*.py"):
        text = file.read_text()
        revisions.update(_REVISION.findall(text))
        downs.update(_DOWN.findall(text))
    heads = revisions - downs
    return next(iter(heads)) if len(heads) == 1 else None
