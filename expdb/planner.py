"""The planner: a spec expanded into cells, each keyed by its content.

train cells come from the grid; each wants one represent (encode) cell, whose arrays every
representation reads, and that one an evaluate cell per representation and metric. What to
compute is what the plan wants minus what the database has (DataJoint's populate, in spirit).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .canonical import canonical, content_key, dumps
from .cells import KIND_ORDER, PlannedCell
from .errors import RunnerError, SpecError
from .gcpause import paused_gc
from .limits import content_problem, study_name_problem
from .runner import load_runner
from .spec import Spec

IDENTITY = ("dataset", "method", "seed")


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
    if spec.sections:
        return _build_shaped_plan(spec)
    train_runner = _runner(spec, "train", spec.train.runner)
    train_settings = _settings(spec, "train", train_runner.info.settings, spec.train.settings)
    cells: list[PlannedCell] = []
    for assignment in spec.assignments():
        content = {"kind": "train", "runner": spec.train.runner, "settings": dict(train_settings),
                   "hyperparameters": {}}
        for name, value in assignment.items():
            if name in IDENTITY:
                content[name] = value
            elif name in train_runner.info.settings:
                content["settings"][name] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                content["hyperparameters"][name] = value
            else:
                raise SpecError(spec.path, f"grid.{spec.root}",
                                f"{name}={value!r} is neither a setting of runner {spec.train.runner!r} nor a numeric hyperparameter")
        _check_choice(spec, train_runner, content)
        why = content_problem("train", content)
        if why is not None:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{content['method']} on {content['dataset']}, "
                                                            f"seed {content['seed']}: {why}")
        cells.append(_cell("train", spec.train.runner, content))
    _no_duplicates(spec, cells)

    if spec.represent is not None:
        # one represent (encode) cell per model, whose arrays every representation reads; an
        # evaluate cell per representation and metric names both
        rep_runner = _runner(spec, "represent", spec.represent.runner)
        rep_settings = canonical(_settings(spec, "represent", rep_runner.info.settings, spec.represent.settings))
        _check_names(spec, "represent.kinds", rep_runner, spec.represent.choices)
        _check_children(spec, "represent", rep_runner, {}, rep_settings)
        reps = list(_children("represent", spec.represent.runner, [{}], rep_settings, [t.key for t in cells]))
        cells.extend(reps)
        if spec.evaluate is not None:
            ev_runner = _runner(spec, "evaluate", spec.evaluate.runner)
            ev_settings = canonical(_settings(spec, "evaluate", ev_runner.info.settings, spec.evaluate.settings))
            _check_names(spec, "evaluate.metrics", ev_runner, spec.evaluate.choices)
            choices = [{"representation": r, "metric": m} for r in spec.represent.choices for m in spec.evaluate.choices]
            _check_children(spec, "evaluate", ev_runner, choices, ev_settings)
            cells.extend(_children("evaluate", spec.evaluate.runner, choices, ev_settings, [r.key for r in reps]))
    return Plan(spec, cells)


def _build_shaped_plan(spec: Spec) -> Plan:
    """A spec of a declared shape: a root cell per grid assignment, whose content is the
    assignment (the runner's settings among it go to settings), and below it, per kind in the
    shape's order, a cell per parent cell and choice."""
    from .shapes import shape_named

    shape = shape_named(spec.shape)
    root_kind = shape.root.name
    section = spec.sections[root_kind]
    runner = _runner(spec, root_kind, section.runner)
    settings = _settings(spec, root_kind, runner.info.settings, section.settings)
    cells: list[PlannedCell] = []
    for assignment in spec.assignments():
        content = {"kind": root_kind, "runner": section.runner, "settings": dict(settings), "grid": {}}
        for name, value in assignment.items():
            (content["settings"] if name in runner.info.settings else content["grid"])[name] = value
        try:
            runner.validate(content)
        except ValueError as exc:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{_show_grid(content)}: {exc}") from None
        why = content_problem(root_kind, content)
        if why is not None:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{_show_grid(content)}: {why}")
        cells.append(_cell(root_kind, section.runner, content))
    _no_duplicates(spec, cells)
    keys = {root_kind: [c.key for c in cells]}
    for kind in shape.kinds:
        if kind.parent is None or kind.name not in spec.sections:
            continue
        section = spec.sections[kind.name]
        runner = _runner(spec, kind.name, section.runner)
        child_settings = canonical(_settings(spec, kind.name, runner.info.settings, section.settings))
        _check_names(spec, f"{kind.name}.{kind.choices}", runner, section.choices)
        choices = [{kind.label: name} for name in section.choices]
        _check_children(spec, kind.name, runner, choices, child_settings, section.runner)
        children = list(_children(kind.name, section.runner, choices, child_settings, keys[kind.parent]))
        keys[kind.name] = [c.key for c in children]
        cells.extend(children)
    return Plan(spec, cells)


def _show_grid(content) -> str:
    return ", ".join(f"{k}={v}" for k, v in content["grid"].items()) or "the assignment"


def plan_kinds(plan: Plan) -> list[str]:
    """The kinds of the plan's shape, parents first."""
    if plan.spec.sections:
        from .shapes import shape_named

        return shape_named(plan.spec.shape).kind_names
    return list(KIND_ORDER)


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
        for name, _ in filters:
            if name not in known:
                raise SpecError(plan.spec.path, "--where", f"no cell has a label {name!r} (labels: {', '.join(sorted(known))})")

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
    """What --where can filter on, per cell: identity, hyperparameters and train settings,
    inherited down the DAG, plus representation and metric."""
    labels: dict[str, dict[str, Any]] = {}
    if plan.spec.sections:  # a declared shape: the root's grid and settings, then each kind's choice
        from .shapes import shape_named

        shape = shape_named(plan.spec.shape)
        for c in plan.cells:
            kind = shape.kind(c.kind)
            if kind.parent is None:
                labels[c.key] = {**c.content["settings"], **c.content["grid"]}
            else:
                labels[c.key] = {**labels[c.parents[0]], kind.label: c.content[kind.label]}
        return labels
    for c in plan.cells:
        if c.kind == "train":
            own = {name: c.content[name] for name in IDENTITY}
            own.update(c.content["hyperparameters"])
            own.update(c.content["settings"])
        elif c.kind == "represent":
            own = labels[c.parents[0]]
        else:
            own = {**labels[c.parents[0]], "representation": c.content["representation"], "metric": c.content["metric"]}
        labels[c.key] = own
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


def _cell(kind, runner, content, parents=()) -> PlannedCell:
    content = canonical(content)
    text = dumps(content)
    return PlannedCell(kind, runner, content, text, content_key(text), tuple(parents))


def _children(kind, runner, choices: list[dict], settings, parents):
    """Cells whose content is {kind, runner, parent, settings} and the fields of one choice
    ({"representation": "mean", "metric": "mig"}; {} for one child per parent), one per
    parent and choice, in that order. Their canonical text is assembled from pre-encoded
    parts (keys in sorted order), which keeps planning the reference grid's 239,400 of them
    under a second; tests check the text equals dumps(canonical(content))."""
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


def _runner(spec, section, name):
    try:
        runner = load_runner(name)
    except RunnerError as exc:
        raise SpecError(spec.path, f"{section}.runner", str(exc)) from None
    if runner.info.kind != section:
        raise SpecError(spec.path, f"{section}.runner", f"runner {name!r} computes {runner.info.kind} cells, not {section}")
    return runner


def _settings(spec, section, known: dict, given: dict) -> dict:
    for name in given:
        if name not in known:
            raise SpecError(spec.path, f"{section}.{name}",
                            f"unknown setting (runner takes: {', '.join(sorted(known)) or 'none'})")
    return {**known, **given}


def _check_choice(spec, runner, content):
    choices = runner.info.choices
    method = content["method"]
    field = f"grid.{spec.root}"
    if choices is not None:
        if method not in choices:
            raise SpecError(spec.path, field, f"unknown method {method!r} (known: {', '.join(sorted(choices))})")
        wanted, given = set(choices[method]), set(content["hyperparameters"])
        if wanted != given:
            missing, extra = sorted(wanted - given), sorted(given - wanted)
            detail = "; ".join(x for x in (missing and f"missing {', '.join(missing)}",
                                            extra and f"unexpected {', '.join(extra)}") if x)
            raise SpecError(spec.path, field, f"method {method!r} takes hyperparameters {', '.join(sorted(wanted)) or 'none'} ({detail})")
    try:
        runner.validate(content)
    except ValueError as exc:
        raise SpecError(spec.path, field, f"{method} on {content['dataset']}: {exc}") from None


def _check_names(spec, field, runner, names):
    choices = runner.info.choices
    if choices is None:
        return
    for name in names:
        if name not in choices:
            raise SpecError(spec.path, field, f"unknown name {name!r} (known: {', '.join(sorted(choices))})")


def _check_children(spec, section, runner, choices, settings, runner_name=None):
    """Every runner validates its settings when the spec is planned, not when its first cell
    runs (an unknown metric profile would otherwise surface after all the training)."""
    for fields in choices or [{}]:
        content = {"kind": section, **fields, "parent": None,
                   "runner": runner_name or getattr(spec, section).runner, "settings": settings}
        try:
            runner.validate(content)
        except ValueError as exc:
            named = "/".join(str(v) for v in fields.values())
            raise SpecError(spec.path, section, f"{named + ': ' if named else ''}{exc}") from None
        why = content_problem(section, content)
        if why is not None:
            raise SpecError(spec.path, section, why)


def _no_duplicates(spec, cells):
    seen = {}
    for i, c in enumerate(cells):
        if c.key in seen:
            raise SpecError(spec.path, f"grid.{spec.root}", f"assignments {seen[c.key]} and {i} are the same cell ({json.dumps(c.content)})")
        seen[c.key] = i
