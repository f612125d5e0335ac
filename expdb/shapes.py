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

A shape whose kinds fan out in a way this rule cannot say (one cell per parent for a list of
choices, or a child per pair of choices) plans itself (``Shape.plan``); a shape whose results
are linked rows rather than flat ones writes them itself (``Shape.write``); a shape that moves
its rows between databases in a format of its own says how (``Shape.bundle``). The reference
study (train -> represent -> evaluate, in expdb_runners.layout) is such a package: the core
knows it only through its declaration.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from .errors import ExpdbError

if TYPE_CHECKING:  # the command line must start without SQLAlchemy
    from sqlalchemy import Table

GROUP = "expdb.shapes"
# The core's own tables (expdb.schema), whose names no shape may declare.
CORE_TABLES = {"study", "cell", "cell_dependency", "study_cell", "provenance", "tensor", "verdict",
               "expdb_schema_version"}


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
    """A study's kinds (parents before children), the result tables its runners write, and the
    hooks of a shape that the generic rules do not cover. Every hook is optional.

    tables: returns a SQLAlchemy MetaData (or a sequence of Tables) holding the shape's tables;
        each has a `cell_id` column (the cell whose result the row is) or a foreign key to one
        of the shape's tables that has one, and is named neither like a core table nor like
        another shape's. Flat rows arrive as Result.rows = {table name: [row dict, ...]}, the
        store adding cell_id.
    default: the shape a spec whose sections name no installed shape is read as, so that its
        parser says what is wrong in that shape's terms (at most one installed shape says so).
    check_spec(spec): further checks of a parsed spec of this shape; raises SpecError.
    plan(spec) -> [PlannedCell]: the spec's cells, parents first, for kinds that fan out in a
        way the generic rule cannot say; then labels(cells) -> {key: {label: value}} says what
        `--where` filters on.
    check_content(kind, content) -> why or None: whether a planned cell's content fits the
        columns its result rows will fill (checked before anything runs; expdb.limits).
    write(conn, stored, result, tensors, provenance_id): the shape's rows for a completed cell
        of one of its kinds, in the transaction that marks the cell done (tensors: name ->
        TensorRef, already verified). Raise RunnerError for a result it cannot hold.
    counted: (label, table) pairs that `expdb status` counts.
    frames: {name: function(tables, ...)}: frames the shape adds to expdb.tables.Tables, called
        as its methods (the reference's tables.models(study)); "resolve_profile", when given,
        is how a study of the shape picks the profile its claims read.
    bundle: how results bundles carry the shape's tables, when not as flat rows by cell key
        (expdb.bundle; the reference's expdb_runners.layout.bundle is one): an object with
        `columns` ({bundle table: [column, ...]}, in load order), `sources` ({bundle table:
        the SQLAlchemy table that types its columns}), `identity` ({bundle table: the columns
        that identify a row}), `references` ([(bundle table, column)] of cell keys that must be
        cells of the bundle), `export(conn, done_cells_sql, params)` -> {bundle table:
        DataFrame}, `provenance_ids(bundle, cell_keys=None)` -> the provenance ids its rows
        use, `upgraded(bundle, revisions)` -> the bundle in this schema's terms, and
        `load(conn, bundle, cell_ids, fresh_keys, provenance_ids, added)`, which inserts the
        fresh cells' rows and counts them in `added`.
    """

    name: str
    kinds: tuple[Kind, ...]
    tables: Callable[[], Any] | None = None
    description: str = ""
    default: bool = False
    check_spec: Callable | None = None
    plan: Callable | None = None
    labels: Callable | None = None
    check_content: Callable | None = None
    write: Callable | None = None
    counted: tuple[tuple[str, str], ...] = ()
    frames: dict = field(default_factory=dict)
    bundle: Any = None
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
        if (self.plan is None) != (self.labels is None):
            raise ExpdbError(f"shape {self.name!r}: a shape that plans itself also says its labels")

    @property
    def root(self) -> Kind:
        return next(k for k in self.kinds if k.parent is None)

    def kind(self, name: str) -> Kind:
        return self._by_name[name]

    @property
    def kind_names(self) -> list[str]:
        return [k.name for k in self.kinds]

    def table_list(self) -> list["Table"]:
        """The shape's tables, parents before the tables that refer to them."""
        if self.tables is None:
            return []
        from sqlalchemy import MetaData
        from sqlalchemy.schema import sort_tables

        declared = self.tables()
        return list(declared.sorted_tables) if isinstance(declared, MetaData) else sort_tables(list(declared))


class UnknownShape(ExpdbError):
    pass


_REGISTERED: dict[str, Shape] = {}  # declared in-process (registered), beside the installed ones


@contextmanager
def registered(shape: Shape):
    """Declare a shape for the length of a with block, beside the installed ones, in this
    process only (a test, a notebook): its tables are created by the next `expdb init` or
    Store.upgrade() made inside the block."""
    if shape.name in _REGISTERED:
        raise UnknownShape(f"a shape named {shape.name!r} is registered already")
    _REGISTERED[shape.name] = shape
    _forget()
    try:
        declared_shapes()  # refused at once if it clashes with an installed shape
        yield shape
    finally:
        del _REGISTERED[shape.name]
        _forget()


def _forget() -> None:
    """Drop what was worked out from the declared shapes (they changed)."""
    import sys

    for cached in (declared_shapes, _declared_tables, shape_frames):
        cached.cache_clear()
    bundle = sys.modules.get("expdb.bundle")
    if bundle is not None:
        bundle.formats.cache_clear()


@lru_cache(maxsize=None)
def declared_shapes() -> dict[str, Shape]:
    """Every installed study package's shapes (and any registered in-process), by name. Two
    shapes may not share a kind's name (a cell's kind says which shape writes its rows), and
    at most one is the default."""
    from .extensions import merged

    shapes: dict[str, Shape] = {}
    owner: dict[str, str] = {}
    for name, shape in [*sorted(merged(GROUP).items()), *_REGISTERED.items()]:
        if not isinstance(shape, Shape):
            raise UnknownShape(f"the entry point {name!r} of group {GROUP} is not an expdb.shapes.Shape")
        if name in shapes:
            raise UnknownShape(f"two study packages declare a shape named {name!r}")
        for kind in shape.kind_names:
            if kind in owner:
                raise UnknownShape(f"shapes {owner[kind]!r} and {name!r} both have a kind {kind!r}")
            owner[kind] = name
        shapes[name] = shape
    defaults = [name for name, shape in shapes.items() if shape.default]
    if len(defaults) > 1:
        raise UnknownShape(f"shapes {defaults[0]!r} and {defaults[1]!r} both say they are the default")
    return shapes


def shape_named(name: str) -> Shape:
    shapes = declared_shapes()
    if name not in shapes:
        raise UnknownShape(f"no study shape {name!r} is installed (installed: {', '.join(shapes) or 'none'})")
    return shapes[name]


def default_shape() -> Shape | None:
    return next((s for s in declared_shapes().values() if s.default), None)


def shape_of_kind(kind: str) -> Shape | None:
    """The installed shape that has a kind of this name."""
    return next((s for s in declared_shapes().values() if kind in s.kind_names), None)


def shape_for_sections(sections: set[str]) -> Shape | None:
    """The installed shape a spec's sections (besides [study] and [grid]) belong to: the one
    whose root kind they name and whose kinds include them all; else the default shape (whose
    parser then says what is wrong); None when there is none."""
    for shape in declared_shapes().values():
        if shape.root.name in sections and sections <= set(shape.kind_names):
            return shape
    return default_shape()


def shape_of_spec(data: dict) -> Shape | None:
    """shape_for_sections of a parsed spec (its tables besides [study] and [grid])."""
    return shape_for_sections({key for key, value in data.items()
                               if key not in ("study", "grid") and isinstance(value, dict)})


def shape_tables() -> tuple:
    """The SQLAlchemy tables every installed shape declares (checked for reserved and repeated
    names, and for a way to the cell each row belongs to), parents before children."""
    return _declared_tables()[0]


def table_shape(name: str) -> Shape:
    """The installed shape that declares the table of this name."""
    return declared_shapes()[_declared_tables()[1][name]]


@lru_cache(maxsize=None)
def _declared_tables() -> tuple[tuple, dict[str, str]]:
    """(every declared table, {table name: the name of the shape that declares it})."""
    tables, owner = [], {}
    for shape in declared_shapes().values():
        mine = shape.table_list()
        names = {t.name for t in mine}
        for table in mine:
            if table.name in CORE_TABLES:
                raise UnknownShape(f"shape {shape.name!r} declares a table {table.name!r}, a name the core uses")
            if table.name in owner:
                raise UnknownShape(f"shapes {owner[table.name]!r} and {shape.name!r} both declare a table {table.name!r}")
            if "cell_id" not in table.c and not any(fk.column.table.name in names for fk in table.foreign_keys):
                raise UnknownShape(f"shape {shape.name!r}: table {table.name!r} has no cell_id column "
                                   "(nor a foreign key to a table of the shape that has one)")
            owner[table.name] = shape.name
            tables.append(table)
    return tuple(tables), owner


@lru_cache(maxsize=None)
def shape_frames() -> dict:
    """Every frame installed shapes add to Tables, by name (two shapes may not add one name)."""
    frames, owner = {}, {}
    for shape in declared_shapes().values():
        for name, frame in shape.frames.items():
            if name in owner:
                raise UnknownShape(f"shapes {owner[name]!r} and {shape.name!r} both add a frame {name!r}")
            owner[name] = shape.name
            frames[name] = frame
    return frames


def for_shape(things: dict, shape: str) -> dict:
    """The entries of a claims, queries or summaries dict meant for a shape: each says so with
    an attribute `shape` (a claim's class attribute, a function's attribute); an entry that
    says nothing is the default shape's."""
    default = default_shape()
    fallback = default.name if default is not None else None
    return {name: thing for name, thing in things.items() if (getattr(thing, "shape", None) or fallback) == shape}
