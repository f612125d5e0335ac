"""What the schema can hold, checked when a spec is planned, the same on every backend.

SQLite stores a 300-character name or a 3,000,000,000 seed without a word; PostgreSQL refuses
them at the first write, after the work is done. So every value a cell's results will carry
into a typed column is checked against that column before anything is written: its length,
the integer range of an INTEGER column, and no NUL or other control character (PostgreSQL
text cannot hold NUL). The limits are read off the schema, never restated.
"""

from __future__ import annotations

from typing import Any

INT32 = (-(2**31), 2**31 - 1)  # PostgreSQL's INTEGER, which every int column of the schema is


def problem(value: Any, column) -> str | None:
    """Why value cannot go into column (a SQLAlchemy column), or None."""
    kind = getattr(column.type, "impl_instance", column.type).python_type  # SQLModel's strings are a TypeDecorator
    if kind is str and isinstance(value, str):
        length = getattr(column.type, "length", None)
        if length is not None and len(value) > length:
            return f"{len(value)} characters, at most {length}"
        bad = next((ch for ch in value if ord(ch) < 32 or ord(ch) == 127), None)
        if bad is not None:
            return f"contains the control character {bad!r}"
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        if not INT32[0] <= value <= INT32[1]:
            return f"{value} is outside the integer range {INT32[0]}..{INT32[1]}"
    return None


def first_problem(checks) -> str | None:
    """The first of (label, value, column) whose value the column cannot hold, in words."""
    for label, value, column in checks:
        why = problem(value, column)
        if why is not None:
            shown = value if not isinstance(value, str) or len(value) <= 40 else value[:37] + "..."
            return f"{label} {shown!r}: {why}"
    return None


def study_name_problem(name: str) -> str | None:
    from .schema import Study

    return problem(name, Study.__table__.c["name"])


def content_problem(shape, kind: str, content: dict) -> str | None:
    """The first value of a cell's content that the cell table or its shape's result rows
    could not hold (the shape says which of its columns each value fills: check_content)."""
    from .schema import Cell

    why = first_problem([("runner", content["runner"], Cell.__table__.c["runner"])])
    if why is None and shape.check_content is not None:
        why = shape.check_content(kind, content)
    return why
