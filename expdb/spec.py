"""Study specs: a TOML file that declares a grid of work, parsed and validated.

A spec is pure data: it knows axes and how they combine, and nothing of databases,
runners or torch. The grid is a set of named nodes; each node is one of

    axis    = NAME, values = [...]          one axis, listed values
    axis    = NAME, range = {start, stop, step}   one axis, an arithmetic range (stop excluded)
    fixed   = {name = value, ...}           one assignment
    zip     = {name = [...], ...}  or  zip = ["node", ...]      element-wise, equal lengths
    product = ["node", ...]                 every combination, first node slowest
    chain   = ["node", ...]                 one after the other

and any node may carry ``fixed`` beside its combinator, merged into each assignment.
Beside [study] and [grid], a spec has a section per kind of the study shape it is of
(expdb.shapes): the root kind's (runner, settings, and `grid`: the node whose assignments
are its cells) and any of the other kinds' (runner, settings, the list its kind fans out over).
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError
from .shapes import declared_shapes, shape_of_spec

COMBINATORS = ("values", "range", "zip", "product", "chain")
NODE_KEYS = {"axis", "values", "range", "fixed", "zip", "product", "chain", "description"}
STUDY_KEYS = {"name", "description"}
SCALAR = (str, int, float, bool)
# The most root-kind assignments one spec may expand to. The reference grid has 12,600; a typo
# like a range to 10**9 is refused before anything is expanded instead of filling memory.
MAX_ASSIGNMENTS = 1_000_000


@dataclass(frozen=True)
class Section:
    """One kind's part of a spec: the runner that computes it and its settings."""

    runner: str
    settings: dict[str, Any]
    choices: list[str] = field(default_factory=list)  # the names a child kind fans out over


@dataclass(frozen=True)
class Spec:
    path: str
    text: str
    name: str
    description: str
    root: str  # the [grid] node whose assignments are the root kind's cells
    grid: dict[str, dict]
    shape: str  # expdb.shapes: the shape whose kinds the spec's sections name
    sections: dict[str, Section]  # kind -> its section, root kind first

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    def assignments(self) -> list[dict[str, Any]]:
        """The grid's assignments, in the order the grid declares them."""
        return _expand(self, self.root, ())


def load_spec(path: str | Path) -> Spec:
    """Read and validate a spec file; every problem is one SpecError naming file and field."""
    path = Path(path)
    try:
        text = path.read_text()
    except FileNotFoundError:
        raise SpecError(path, None, "no such file") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise SpecError(path, None, f"cannot read: {exc.__class__.__name__}") from None
    return parse_spec(text, path)


def parse_spec(text: str, path: str | Path = "<spec>") -> Spec:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(path, None, f"not valid TOML ({exc})") from None

    # the installed study shape whose kinds the sections name (else the default shape, in whose
    # terms the parser then says what is wrong)
    shape = shape_of_spec(data)
    if shape is None:
        sections = sorted(k for k, v in data.items() if k not in ("study", "grid") and isinstance(v, dict))
        installed = "; ".join(f"{s.name}: {', '.join(s.kind_names)}" for s in declared_shapes().values())
        raise SpecError(path, None, f"its sections ({', '.join(sections) or 'none'}) are the kinds of no installed "
                                    f"study shape ({installed or 'none installed'})")
    _only(path, "", data, {"study", "grid", *shape.kind_names})
    study = _table(path, data, "study", required=True)
    _only(path, "study", study, STUDY_KEYS)
    name = study.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SpecError(path, "study.name", "expected a non-empty string")
    description = study.get("description", "")
    if not isinstance(description, str):
        raise SpecError(path, "study.description", "expected a string")
    spec = _parse_shaped(path, text, data, shape, name.strip(), description)
    if shape.check_spec is not None:
        shape.check_spec(spec)
    return spec


def _root_and_grid(path, data, section: str, default_runner: str | None) -> tuple[Section, str, dict]:
    """The root kind's section (its runner and settings; `grid` names the root node of [grid])
    and the checked [grid]."""
    table = dict(_table(path, data, section, required=True))
    runner = _runner(path, section, table, default_runner)
    root = table.pop("grid", "root")
    if not isinstance(root, str):
        raise SpecError(path, f"{section}.grid", "expected the name of a node in [grid]")
    _check_settings(path, section, table)
    grid = _table(path, data, "grid", required=True)
    for node_name, node in grid.items():
        _check_node(path, node_name, node)
    if root not in grid:
        raise SpecError(path, f"{section}.grid", f"no node [grid.{root}] (nodes: {', '.join(sorted(grid)) or 'none'})")
    return Section(runner, table), root, grid


def _refuse_too_many(spec: Spec) -> None:
    size = _count(spec, spec.root, ())
    if size > MAX_ASSIGNMENTS:
        raise SpecError(spec.path, f"grid.{spec.root}", f"expands to {size:,} assignments; a spec may plan at most "
                                                        f"{MAX_ASSIGNMENTS:,} (split the study into several specs)")


def _parse_shaped(path, text, data, shape, name, description) -> Spec:
    """[<root kind>] with runner, grid and settings; a section per other kind with runner, its
    list of choices and settings."""
    root_section, root, grid = _root_and_grid(path, data, shape.root.name, shape.root.default_runner)
    sections = {shape.root.name: root_section}
    for kind in shape.kinds:
        if kind.parent is None or kind.name not in data:
            continue
        if kind.parent not in sections:
            raise SpecError(path, kind.name, f"needs a [{kind.parent}] section")
        table = dict(_table(path, data, kind.name))
        runner = _runner(path, kind.name, table, kind.default_runner)
        if kind.choices in table:
            choices = _string_list(path, f"{kind.name}.{kind.choices}", table.pop(kind.choices))
        elif kind.default_choices:
            choices = list(kind.default_choices)
        else:
            raise SpecError(path, f"{kind.name}.{kind.choices}", f"expected a list of {kind.label} names")
        _check_settings(path, kind.name, table)
        sections[kind.name] = Section(runner, table, choices)
    spec = Spec(path=str(path), text=text, name=name, description=description, root=root, grid=grid,
                shape=shape.name, sections=sections)
    _refuse_too_many(spec)
    return spec


def _expand(spec: Spec, name: str, stack: tuple[str, ...]) -> list[dict[str, Any]]:
    path = spec.path
    if name in stack:
        raise SpecError(path, f"grid.{name}", f"refers to itself ({' -> '.join(stack + (name,))})")
    if name not in spec.grid:
        raise SpecError(path, f"grid.{stack[-1]}" if stack else f"{_root_kind(spec)}.grid", f"no node [grid.{name}]")
    node = spec.grid[name]
    stack = stack + (name,)
    field_name = f"grid.{name}"
    if "values" in node:
        out = [{node["axis"]: v} for v in node["values"]]
    elif "range" in node:
        out = [{node["axis"]: v} for v in _range(path, field_name, node["range"])]
    elif "zip" in node:
        out = _zip(spec, field_name, node["zip"], stack)
    elif "product" in node:
        out = [{}]
        for child in node["product"]:
            rows = _expand(spec, child, stack)
            merged = []
            for left in out:
                for right in rows:
                    merged.append(_merge(path, field_name, left, right))
            out = merged
    elif "chain" in node:
        out = [row for child in node["chain"] for row in _expand(spec, child, stack)]
    else:
        out = [{}]
    if "fixed" in node:
        out = [_merge(path, field_name, row, node["fixed"]) for row in out]
    if not out:
        raise SpecError(path, field_name, "expands to no assignment (an empty axis?)")
    return out


def _count(spec: Spec, name: str, stack: tuple[str, ...]) -> int:
    """How many assignments a node expands to, without expanding it. Refuses a node past
    MAX_ASSIGNMENTS as soon as it is seen, so that even a product of huge ranges costs nothing."""
    path = spec.path
    if name in stack:
        raise SpecError(path, f"grid.{name}", f"refers to itself ({' -> '.join(stack + (name,))})")
    if name not in spec.grid:
        raise SpecError(path, f"grid.{stack[-1]}" if stack else f"{_root_kind(spec)}.grid", f"no node [grid.{name}]")
    node, stack = spec.grid[name], stack + (name,)
    if "values" in node:
        n = len(node["values"])
    elif "range" in node:
        n = _range_length(path, f"grid.{name}", node["range"])
    elif "zip" in node:
        members = node["zip"]
        lengths = [len(v) for v in members.values()] if isinstance(members, dict) else \
            [_count(spec, child, stack) for child in members]
        n = min(lengths)  # unequal lengths are refused with their details when expanded
    elif "product" in node:
        n = 1
        for child in node["product"]:
            n *= _count(spec, child, stack)
            if n > MAX_ASSIGNMENTS:
                break
    elif "chain" in node:
        n = sum(_count(spec, child, stack) for child in node["chain"])
    else:
        n = 1
    if n > MAX_ASSIGNMENTS:
        raise SpecError(path, f"grid.{name}", f"expands to {n:,} or more assignments; a spec may plan at most "
                                              f"{MAX_ASSIGNMENTS:,} (split the study into several specs)")
    return n


def _zip(spec, field_name, members, stack):
    path = spec.path
    if isinstance(members, dict):
        columns = {k: [{k: v} for v in vs] for k, vs in members.items()}
    else:
        columns = {child: _expand(spec, child, stack) for child in members}
    lengths = {k: len(v) for k, v in columns.items()}
    if len(set(lengths.values())) > 1:
        detail = ", ".join(f"{k} has {n}" for k, n in lengths.items())
        raise SpecError(path, field_name + ".zip", f"members must have equal lengths ({detail})")
    rows = []
    for parts in zip(*columns.values()):
        row: dict[str, Any] = {}
        for part in parts:
            row = _merge(path, field_name, row, part)
        rows.append(row)
    return rows


def _merge(path, field_name, left: dict, right: dict) -> dict:
    clash = left.keys() & right.keys()
    if clash:
        raise SpecError(path, field_name, f"sets {', '.join(sorted(clash))} twice")
    return {**left, **right}


def _range(path, field_name, spec_range) -> list:
    start, stop, step, count = _range_parts(path, field_name, spec_range)
    if count > MAX_ASSIGNMENTS:
        raise SpecError(path, field_name + ".range", f"has {count:,} values; at most {MAX_ASSIGNMENTS:,}")
    if all(isinstance(v, int) for v in (start, stop, step)):
        values = list(range(start, stop, step))
    else:
        values = [start + i * step for i in range(count)]
    if not values:
        raise SpecError(path, field_name + ".range", f"is empty (start {start}, stop {stop}, step {step})")
    return values


def _range_length(path, field_name, spec_range) -> int:
    return _range_parts(path, field_name, spec_range)[3]


def _range_parts(path, field_name, spec_range):
    """(start, stop, step, number of values) of a range node, validated, nothing expanded."""
    if isinstance(spec_range, list):
        if not 2 <= len(spec_range) <= 3:
            raise SpecError(path, field_name + ".range", "expected [start, stop] or [start, stop, step]")
        spec_range = dict(zip(("start", "stop", "step"), spec_range))
    if not isinstance(spec_range, dict):
        raise SpecError(path, field_name + ".range", "expected {start, stop, step} or [start, stop, step]")
    _only(path, field_name + ".range", spec_range, {"start", "stop", "step"})
    start, stop, step = spec_range.get("start", 0), spec_range.get("stop"), spec_range.get("step", 1)
    for key, value in (("start", start), ("stop", stop), ("step", step)):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise SpecError(path, f"{field_name}.range.{key}", f"expected a number, got {value!r}")
        _finite(path, f"{field_name}.range.{key}", value)
    if step == 0:
        raise SpecError(path, field_name + ".range.step", "must not be zero")
    return start, stop, step, max(0, math.ceil((stop - start) / step))


def _finite(path, field_name, value) -> None:
    """TOML has nan and inf; neither can be a hyperparameter, a setting or a seed."""
    if isinstance(value, float) and not math.isfinite(value):
        raise SpecError(path, field_name, f"expected a finite number, got {value}")


def _check_node(path, name, node):
    field_name = f"grid.{name}"
    if not isinstance(node, dict):
        raise SpecError(path, field_name, "expected a table")
    _only(path, field_name, node, NODE_KEYS)
    combinators = [c for c in COMBINATORS if c in node]
    if len(combinators) > 1:
        raise SpecError(path, field_name, f"has {' and '.join(combinators)}; expected one of {', '.join(COMBINATORS)}")
    if not combinators and "fixed" not in node:
        raise SpecError(path, field_name, f"expected one of {', '.join(COMBINATORS)} or fixed")
    if ("values" in node or "range" in node) != ("axis" in node):
        raise SpecError(path, field_name, "'axis' goes with 'values' or 'range', and only with them")
    if "axis" in node and (not isinstance(node["axis"], str) or not node["axis"]):
        raise SpecError(path, field_name + ".axis", "expected an axis name")
    if "values" in node:
        values = node["values"]
        if not isinstance(values, list):
            raise SpecError(path, field_name + ".values", "expected a list")
        if not values:
            raise SpecError(path, field_name + ".values", "is empty; an axis needs at least one value")
        for v in values:
            if not isinstance(v, SCALAR):
                raise SpecError(path, field_name + ".values", f"expected numbers or strings, got {v!r}")
            _finite(path, field_name + ".values", v)
    if "fixed" in node:
        fixed = node["fixed"]
        if not isinstance(fixed, dict) or not fixed:
            raise SpecError(path, field_name + ".fixed", "expected a non-empty table of name = value")
        for k, v in fixed.items():
            if not isinstance(v, SCALAR):
                raise SpecError(path, f"{field_name}.fixed.{k}", f"expected a number or string, got {v!r}")
            _finite(path, f"{field_name}.fixed.{k}", v)
    if "zip" in node:
        members = node["zip"]
        if isinstance(members, dict):
            if not members:
                raise SpecError(path, field_name + ".zip", "is empty")
            for k, vs in members.items():
                if not isinstance(vs, list) or not vs:
                    raise SpecError(path, f"{field_name}.zip.{k}", "expected a non-empty list of values")
                for v in vs:
                    if not isinstance(v, SCALAR):
                        raise SpecError(path, f"{field_name}.zip.{k}", f"expected numbers or strings, got {v!r}")
                    _finite(path, f"{field_name}.zip.{k}", v)
        else:
            _node_list(path, field_name + ".zip", members)
    for key in ("product", "chain"):
        if key in node:
            _node_list(path, f"{field_name}.{key}", node[key])


def _node_list(path, field_name, members):
    if not isinstance(members, list) or not members or not all(isinstance(m, str) for m in members):
        raise SpecError(path, field_name, "expected a non-empty list of node names")


def _check_settings(path, section, settings):
    for key, value in settings.items():
        if isinstance(value, dict):
            raise SpecError(path, f"{section}.{key}", "expected a number, string or boolean, got a table")
        if isinstance(value, list):
            for v in value:
                if not isinstance(v, SCALAR):
                    raise SpecError(path, f"{section}.{key}", f"expected a list of scalars, got {v!r}")
                _finite(path, f"{section}.{key}", v)
        elif not isinstance(value, SCALAR):
            raise SpecError(path, f"{section}.{key}", f"expected a number, string or boolean, got {value!r}")
        _finite(path, f"{section}.{key}", value)


def _runner(path, section, table, default: str | None):
    runner = table.pop("runner", default)
    if not isinstance(runner, str) or not runner:
        raise SpecError(path, f"{section}.runner", "expected a runner name")
    return runner


def _string_list(path, field_name, value):
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise SpecError(path, field_name, "expected a non-empty list of names")
    if len(set(value)) != len(value):
        raise SpecError(path, field_name, "lists a name twice")
    return list(value)


def _table(path, data, key, required=False):
    if key not in data:
        if required:
            raise SpecError(path, f"[{key}]", "missing section")
        return {}
    value = data[key]
    if not isinstance(value, dict):
        raise SpecError(path, key, "expected a table")
    return value


def _only(path, where, table, allowed):
    unknown = sorted(set(table) - allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise SpecError(path, prefix + unknown[0], f"unknown key (expected one of: {', '.join(sorted(allowed))})")


def _root_kind(spec: Spec) -> str:
    return next(iter(spec.sections))


def show_assignment(assignment: dict) -> str:
    """An assignment as error messages show it: name=value, ..."""
    return ", ".join(f"{k}={v}" for k, v in assignment.items()) or "empty"
