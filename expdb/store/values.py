"""Small helpers every module of the store shares (the SQL of both backends, bundle rows, a
shape's own writer): parameter chunks, values a column can hold, one line of a driver error."""

from __future__ import annotations

import math
from typing import Sequence

CHUNK = 900  # bound parameters per statement: below SQLite's oldest limit (999)


def chunks(seq: Sequence, size: int = CHUNK):
    """Consecutive slices of a sequence (lazily: a claim usually stops at the first one)."""
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def number(value) -> float | None:
    """A finite float, or None (NULL: SQLite cannot store NaN)."""
    value = float(value)
    return value if math.isfinite(value) else None


def first_line(exc) -> str:
    """The first line of a database error: the driver's own message, without SQLAlchemy's."""
    text = str(getattr(exc, "orig", exc)) or exc.__class__.__name__
    return text.strip().splitlines()[0]
