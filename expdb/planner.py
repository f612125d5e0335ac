"""The planner: a spec expanded into cells, each keyed by its content.

The root kind's cells come from the grid; below them, each kind of the spec's study shape
(expdb.shapes) has a cell per parent cell and choice, unless the shape plans itself. What to
compute is what the plan wants minus what the database has (DataJoint's populate, in spirit).
The helpers below (runner_for, settings_for, check_names, check_children, children, make_cell,
no_duplicates) are for a shape that plans itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .canonical import canonical, content_key, dumps
from .cells import PlannedCell
from .errors import RunnerError, SpecError
from .gcpause import paused_gc
from .limits import content_problem, study_name_problem
from .runner import load_runner
from .shapes import shape_named
from .spec import Spec


@dataclass
class Plan:
    spec: Spec
    cells: list[PlannedCell]  # parents before children

    def count(self, kind: str) -> int:
        return sum(1 for c in self.cells if c.kind == kind)

    def with_ancestors(self, chosen: Sequence[PlannedCell]) -> list[PlannedCell]:
        """chosen plus every cell they depend on, in plan order."""
        by_key = {c.key: c for c in self.cells}
        keep = set()
        stack = [c.key for c in chosen]
        while stack:
            key = stack.pop()
            if key in keep:
                continue
            keep.add(key)
            stack.extend(by_key[key].parents)
        return [c for c in self.cells if c.key in keep]


def build_plan(spec: Spec) -> Plan:
    with paused_gc():
        return _build_plan(spec)


def _build_plan(spec: Spec) -> Plan:
    why = study_name_problem(spec.name)
    if why is not None:
        raise SpecError(spec.path, "study.name", why)
    shape = shape_named(spec.shape)
    if shape.plan is not None:
        return Plan(spec, shape.plan(spec))
    return _build_shaped_plan(spec, shape)


def _build_shaped_plan(spec: Spec, shape) -> Plan:
    """A root cell per grid assignment, whose content is the assignment (the runner's settings
    among it go to settings), and below it, per kind in the shape's order, a cell per parent
    cell and choice."""
    root_kind = shape.root.name
    section = spec.sections[root_kind]
    runner = runner_for(spec, root_kind, section.runner)
    settings = settings_for(spec, root_kind, runner.info.settings, section.settings)
    cells: list[PlannedCell] = []
    for assignment in spec.assignments():
        content = {"kind": root_kind, "runner": section.runner, "settings": dict(settings), "grid": {}}
        for name, value in assignment.items():
            (content["settings"] if name in runner.info.settings else content["grid"])[name] = value
        try:
            runner.validate(content)
        except ValueError as exc:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{_show_grid(content)}: {exc}") from None
        why = content_problem(shape, root_kind, content)
        if why is not None:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{_show_grid(content)}: {why}")
        cells.append(make_cell(root_kind, section.runner, content))
    no_duplicates(spec, cells)
    keys = {root_kind: [c.key for c in cells]}
    for kind in shape.kinds:
        if kind.parent is None or kind.name not in spec.sections:
            continue
        section = spec.sections[kind.name]
        runner = runner_for(spec, kind.name, section.runner)
        child_settings = canonical(settings_for(spec, kind.name, runner.info.settings, section.settings))
        check_names(spec, f"{kind.name}.{kind.choices}", runner, section.choices)
        choices = [{kind.label: name} for name in section.choices]
        check_children(spec, kind.name, runner, choices, child_settings)
        made = list(children(kind.name, section.runner, choices, child_settings, keys[kind.parent]))
        keys[kind.name] = [c.key for c in made]
        cells.extend(made)
    return Plan(spec, cells)


def _show_grid(content) -> str:
    return ", ".join(f"{k}={v}" for k, v in content["grid"].items()) or "the assignment"


def plan_kinds(plan: Plan) -> list[str]:
    """The kinds of the plan's shape, parents first."""
    return shape_named(plan.spec.shape).kind_names


def select(plan: Plan, kinds: Iterable[str] = (), where: Iterable[str] = (), limit: int | None = None) -> list[PlannedCell]:
    """The cells a command works on: of these kinds, matching every key=value filter,
    the first `limit` of them in plan order. A filter on a label that no cell of a kind
    has (metric on a train cell) passes that kind, so `--where metric=mig` keeps the
    train and represent cells those evaluations need; a label some cells of the kind
    have (beta, on models of other methods) must match."""
    kinds = set(kinds)
    known_kinds = plan_kinds(plan)
    unknown = kinds - set(known_kinds)
    if unknown:
        raise SpecError(plan.spec.path, "--kind", f"unknown kind {sorted(unknown)[0]!r} "
                                                  f"(expected {', '.join(known_kinds[:-1])} or {known_kinds[-1]})")
    filters = [_parse_where(plan, w) for w in where]
    chosen = [c for c in plan.cells if not kinds or c.kind in kinds]
    if filters:
        labels = _labels(plan)
        by_kind: dict[str, set] = {}
        for c in plan.cells:
            by_kind.setdefault(c.kind, set()).update(labels[c.key])
        known = set().union(*by_kind.values()) if by_kind else set()
        for name, value in filters:
            if name not in known:
                raise SpecError(plan.spec.path, "--where", f"no cell has a label {name!r} (labels: {', '.join(sorted(known))})")
            # a value no cell has (a misspelt data set) would select nothing and say nothing
            values = {str(own[name]): own[name] for own in labels.values() if name in own}
            if not any(_equal(actual, value) for actual in values.values()):
                shown = sorted(values)
                listed = ", ".join(shown[:12]) + (f" and {len(shown) - 12} more" if len(shown) > 12 else "")
                raise SpecError(plan.spec.path, "--where", f"no cell has {name}={value} ({name} is one of: {listed})")

        def keep(c):
            own = labels[c.key]
            return all(_equal(own[name], value) if name in own else name not in by_kind[c.kind]
                       for name, value in filters)

        chosen = [c for c in chosen if keep(c)]
    if limit is not None:
        if limit < 0:
            raise SpecError(plan.spec.path, "--limit", "expected a count of cells, 0 or more")
        chosen = chosen[:limit]
    return chosen


def _labels(plan: Plan) -> dict[str, dict[str, Any]]:
    """What --where can filter on, per cell: the root's grid and settings, then each kind's
    choice, inherited down the DAG (or what a shape that plans itself says)."""
    shape = shape_named(plan.spec.shape)
    if shape.labels is not None:
        return shape.labels(plan.cells)
    labels: dict[str, dict[str, Any]] = {}
    for c in plan.cells:
        kind = shape.kind(c.kind)
        if kind.parent is None:
            labels[c.key] = {**c.content["settings"], **c.content["grid"]}
        else:
            labels[c.key] = {**labels[c.parents[0]], kind.label: c.content[kind.label]}
    return labels


def _parse_where(plan, text):
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise SpecError(plan.spec.path, "--where", f"expected key=value, got {text!r}")
    return name.strip(), value.strip()


def _equal(actual, wanted: str) -> bool:
    if isinstance(actual, (int, float)) and not isinstance(actual, bool):
        try:
            return float(actual) == float(wanted)
        except ValueError:
            return False
    return str(actual) == wanted


def make_cell(kind, runner, content, parents=()) -> PlannedCell:
    content = canonical(content)
    text = dumps(content)
    return PlannedCell(kind, runner, content, text, content_key(text), tuple(parents))


def children(kind, runner, choices: list[dict], settings, parents):
    """Cells whose content is {kind, runner, parent, settings} and the fields of one choice
    ({"representation": "mean", "metric": "mig"}; {} for one child per parent), one per
    parent and choice, in that order. Their canonical text is assembled from pre-encoded
    parts (keys in sorted order), which keeps planning 239,400 of them under a second; tests
    check the text equals dumps(canonical(content))."""
    slot = "<<expdb:parent-slot>>"  # a placeholder that no key or name contains
    tails = []
    for fields in choices:
        start, end = dumps(canonical({"kind": kind, **fields, "parent": slot, "runner": runner,
                                      "settings": settings})).split(slot)
        tails.append((fields, start, end))
    sha, new = hashlib.sha256, tuple.__new__  # tuple.__new__ skips NamedTuple's Python-level __new__
    for parent in parents:
        for fields, start, end in tails:
            text = start + parent + end
            yield new(PlannedCell, (kind, runner,
                                    {"kind": kind, **fields, "parent": parent, "runner": runner, "settings": settings},
                                    text, sha(text.encode()).hexdigest()[:32], (parent,)))


def runner_for(spec, section, name):
    try:
        runner = load_runner(name)
    except RunnerError as exc:
        raise SpecError(spec.path, f"{section}.runner", str(exc)) from None
    if runner.info.kind != section:
        raise SpecError(spec.path, f"{section}.runner", f"runner {name!r} computes {runner.info.kind} cells, not {section}")
    return runner


def settings_for(spec, section, known: dict, given: dict) -> dict:
    for name in given:
        if name not in known:
            raise SpecError(spec.path, f"{section}.{name}",
                            f"unknown setting (runner takes: {', '.join(sorted(known)) or 'none'})")
    return {**known, **given}


def check_names(spec, field, runner, names):
    choices = runner.info.choices
    if choices is None:
        return
    for name in names:
        if name not in choices:
            raise SpecError(spec.path, field, f"unknown name {name!r} (known: {', '.join(sorted(choices))})")


def check_children(spec, section, runner, choices, settings):
    """Every runner validates its settings when the spec is planned, not when its first cell
    runs (an unknown metric profile would otherwise surface after all the training)."""
    shape = shape_named(spec.shape)
    for fields in choices or [{}]:
        content = {"kind": section, **fields, "parent": None,
                   "runner": spec.sections[section].runner, "settings": settings}
        try:
            runner.validate(content)
        except ValueError as exc:
            named = "/".join(str(v) for v in fields.values())
            raise SpecError(spec.path, section, f"{named + ': ' if named else ''}{exc}") from None
        why = content_problem(shape, section, content)
        if why is not None:
            raise SpecError(spec.path, section, why)


def no_duplicates(spec, cells):
    seen = {}
    for i, c in enumerate(cells):
        if c.key in seen:
            raise SpecError(spec.path, f"grid.{spec.root}", f"assignments {seen[c.key]} and {i} are the same cell ({json.dumps(c.content)})")
        seen[c.key] = i
