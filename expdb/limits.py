"""What the schema can hold, checked when a spec is planned, the same on every backend.

SQLite stores a 300-character name or a 3,000,000,000 seed without a word; PostgreSQL refuses
them at the first write, after the work is done. So every value a cell's results will carry
into a typed column is checked against that column before anything is written: its length,
the integer range of an INTEGER column, and no NUL or other control character (PostgreSQL
text cannot hold NUL). The limits are read off the schema, never restated.
"""

from __future__ import annotations

from typing import Any

from .schema import Cell, Evaluation, Hyperparameter, Model, ModelSetting, Representation, Study

INT32 = (-(2**31), 2**31 - 1)  # PostgreSQL's INTEGER, which every int column of the schema is


def _column(table, name):
    return table.__table__.c[name]


def problem(value: Any, column) -> str | None:
    """Why value cannot go into column, or None."""
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


def study_name_problem(name: str) -> str | None:
    return problem(name, _column(Study, "name"))


def _train_checks(content: dict):
    yield "runner", content["runner"], _column(Cell, "runner")
    for name in ("dataset", "method", "seed"):
        yield name, content[name], _column(Model, name)
    for name, value in content.get("hyperparameters", {}).items():
        yield f"hyperparameter name {name!r}", name, _column(Hyperparameter, "name")
    for name, value in content.get("settings", {}).items():
        yield f"setting name {name!r}", name, _column(ModelSetting, "name")
        if name in Model.__table__.c:
            yield name, value, _column(Model, name)
        elif isinstance(value, str):
            yield name, value, _column(ModelSetting, "value_text")


def _child_checks(content: dict):
    yield "runner", content["runner"], _column(Cell, "runner")
    if "representation" in content:
        yield "representation", content["representation"], _column(Representation, "kind")
    if "metric" in content:
        yield "metric", content["metric"], _column(Evaluation, "metric")
        settings = content.get("settings", {})
        if "profile" in settings:
            yield "profile", settings["profile"], _column(Evaluation, "profile")
        if "seed" in settings:
            yield "seed", settings["seed"], _column(Evaluation, "eval_seed")


def content_problem(kind: str, content: dict) -> str | None:
    """The first value of a cell's content that its result rows could not hold, in words."""
    checks = _train_checks(content) if kind == "train" else _child_checks(content)
    for label, value, column in checks:
        why = problem(value, column)
        if why is not None:
            shown = value if not isinstance(value, str) or len(value) <= 40 else value[:37] + "..."
            return f"{label} {shown!r}: {why}"
    return None
