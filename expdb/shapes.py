"""Study shapes: the kinds of cell a study has, how they hang together, and the typed result
tables they write, declared by study packages.

A shape is a tree of kinds. Its root kind has one cell per grid assignment; every other kind
names its parent and fans out over a list the spec gives in its section (the key `choices`
names, each choice going into the cell's content under `label`): one cell per parent cell and
choice. A spec is of the shape whose kinds its sections name.

A study package declares shapes under the entry-point group ``expdb.shapes`` (a dict of name
-> Shape). Its kinds' runners return rows for the tables the shape declares
(``Result.rows``); the store creates those tables (``expdb init``, ``expdb db upgrade``),
writes the rows in the transaction that marks the cell done, deletes them with the cell, and
``Tables.rows(name)`` reads them back for a study. Claims, saved queries, summaries and the
report say which shape they are for (``shape = NAME``), so each study sees its own.

The reference layout (train -> represent -> evaluate, written to the model, representation,
evaluation and score tables) is the built-in shape REFERENCE: its specs, planner path and
writers predate shapes and are still the core's (README, "How it works").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .errors import ExpdbError

if TYPE_CHECKING:  # the command line must start without SQLAlchemy
    from sqlalchemy import MetaData

GROUP = "expdb.shapes"
REFERENCE = "reference"
# The reserved table names: the core's own (the reference layout's included).
CORE_TABLES = {"study", "cell", "cell_dependency", "study_cell", "provenance", "tensor", "model",
               "hyperparameter", "model_setting", "training_curve", "representation", "evaluation", "score",
               "verdict", "expdb_schema_version"}


@dataclass(frozen=True)
class Kind:
    """One kind of cell. parent None: the root kind (one cell per grid assignment). Otherwise
    one cell per parent cell and per name in the spec section's list `choices` (default
    `default_choices`), the name stored in the cell's content under `label`."""

    name: str
    parent: str | None = None
    choices: str | None = None
    label: str | None = None
    default_runner: str | None = None
    default_choices: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Shape:
    """A study's kinds (parents before children) and the result tables its runners write.

    tables: returns a SQLAlchemy MetaData holding the shape's tables; each has a `cell_id`
        column (the cell whose result the row is) and is named neither like a core table nor
        like another shape's. Rows arrive as Result.rows = {table name: [row dict, ...]}, the
        store adding cell_id.
    """

    name: str
    kinds: tuple[Kind, ...]
    tables: Callable[[], "MetaData"] | None = None
    description: str = ""
    _by_name: dict = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_name", {k.name: k for k in self.kinds})
        roots = [k for k in self.kinds if k.parent is None]
        if len(roots) != 1:
            raise ExpdbError(f"shape {self.name!r}: needs exactly one root kind (one without a parent)")
        seen = set()
        for k in self.kinds:
            if k.parent is not None and k.parent not in seen:
                raise ExpdbError(f"shape {self.name!r}: kind {k.name!r} comes before its parent {k.parent!r}")
            if k.parent is not None and not (k.choices and k.label):
                raise ExpdbError(f"shape {self.name!r}: kind {k.name!r} needs choices and label")
            seen.add(k.name)

    @property
    def root(self) -> Kind:
        return next(k for k in self.kinds if k.parent is None)

    def kind(self, name: str) -> Kind:
        return self._by_name[name]

    @property
    def kind_names(self) -> list[str]:
        return [k.name for k in self.kinds]


# The reference layout, described as a shape: its kind names, parents and spec keys. Its
# planning and writing are the core's own code, and it fans out as no declared shape can: one
# represent (encode) cell per model, and an evaluate cell per representation in [represent]
# kinds and metric in [evaluate] metrics.
REFERENCE_SHAPE = Shape(REFERENCE, (
    Kind("train", default_runner="vae"),
    Kind("represent", parent="train", choices="kinds", label="representation", default_runner="represent",
         default_choices=("mean", "sampled")),
    Kind("evaluate", parent="represent", choices="metrics", label="metric", default_runner="metrics"),
), description="train -> represent -> evaluate, written to model, representation, evaluation and score")


class UnknownShape(ExpdbError):
    pass


@lru_cache(maxsize=None)
def declared_shapes() -> dict[str, Shape]:
    """Every installed study package's shapes, by name (the reference layout's first)."""
    from .extensions import merged

    shapes = {REFERENCE: REFERENCE_SHAPE}
    for name, shape in merged(GROUP).items():
        if not isinstance(shape, Shape):
            raise UnknownShape(f"the entry point {name!r} of group {GROUP} is not an expdb.shapes.Shape")
        if name in shapes:
            raise UnknownShape(f"two study packages declare a shape named {name!r}")
        shapes[name] = shape
    return shapes


def shape_named(name: str) -> Shape:
    shapes = declared_shapes()
    if name not in shapes:
        raise UnknownShape(f"no study shape {name!r} is installed (installed: {', '.join(shapes)})")
    return shapes[name]


def shape_for_sections(sections: set[str]) -> Shape | None:
    """The installed shape a spec's sections (besides [study] and [grid]) belong to: the one
    whose root kind they name and whose kinds include them all. None: the reference layout
    (or a spec that is wrong in its terms, which its parser then says)."""
    if not sections or sections & set(REFERENCE_SHAPE.kind_names):
        return None
    for shape in declared_shapes().values():
        if shape.name != REFERENCE and shape.root.name in sections and sections <= set(shape.kind_names):
            return shape
    return None


def shape_of_spec(data: dict) -> Shape | None:
    """shape_for_sections of a parsed spec (its tables besides [study] and [grid])."""
    return shape_for_sections({key for key, value in data.items()
                               if key not in ("study", "grid") and isinstance(value, dict)})


@lru_cache(maxsize=None)
def shape_tables() -> tuple:
    """The SQLAlchemy tables every installed shape declares (checked for reserved and repeated
    names and for a cell_id column)."""
    tables, owner = [], {}
    for shape in declared_shapes().values():
        if shape.tables is None:
            continue
        for table in shape.tables().sorted_tables:
            if table.name in CORE_TABLES:
                raise UnknownShape(f"shape {shape.name!r} declares a table {table.name!r}, a name the core uses")
            if table.name in owner:
                raise UnknownShape(f"shapes {owner[table.name]!r} and {shape.name!r} both declare a table {table.name!r}")
            if "cell_id" not in table.c:
                raise UnknownShape(f"shape {shape.name!r}: table {table.name!r} has no cell_id column")
            owner[table.name] = shape.name
            tables.append(table)
    return tuple(tables)


def for_shape(things: dict, shape: str) -> dict:
    """The entries of a claims, queries or summaries dict meant for a shape: each says so with
    an attribute `shape` (a claim's class attribute, a function's attribute); an entry that
    says nothing is the reference layout's."""
    return {name: thing for name, thing in things.items() if getattr(thing, "shape", REFERENCE) == shape}
