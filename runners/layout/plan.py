"""Planning the reference layout: a train cell per grid assignment (its identity, dataset,
method and seed, at the top of its content, the method's swept numbers under
hyperparameters), one represent (encode) cell per model, whose arrays every representation
reads, and an evaluate cell per representation and metric below it. The cells' content, and so
their keys, are as they were when this layout was the core's own."""

from __future__ import annotations

from typing import Any

from expdb.plugin import (
    canonical, check_children, check_names, children, content_problem, make_cell, no_duplicates, runner_for,
    settings_for, shape_named, show_assignment, SpecError,
)
from . import EVALUATE, REPRESENT, TRAIN

IDENTITY = ("dataset", "method", "seed")


def check_spec(spec) -> None:
    """Every assignment names a model: a data set, a method and an integer seed."""
    for i, assignment in enumerate(spec.assignments()):
        for required in IDENTITY:
            if required not in assignment:
                raise SpecError(spec.path, f"grid.{spec.root}",
                                f"assignment {i} sets no '{required}' ({show_assignment(assignment)})")
        if not isinstance(assignment["seed"], int) or isinstance(assignment["seed"], bool):
            raise SpecError(spec.path, f"grid.{spec.root}",
                            f"assignment {i}: seed must be an integer, got {assignment['seed']!r}")


def plan(spec) -> list:
    shape = shape_named(spec.shape)
    train = spec.sections[TRAIN]
    train_runner = runner_for(spec, TRAIN, train.runner)
    train_settings = settings_for(spec, TRAIN, train_runner.info.settings, train.settings)
    cells = []
    for assignment in spec.assignments():
        content = {"kind": TRAIN, "runner": train.runner, "settings": dict(train_settings), "hyperparameters": {}}
        for name, value in assignment.items():
            if name in IDENTITY:
                content[name] = value
            elif name in train_runner.info.settings:
                content["settings"][name] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                content["hyperparameters"][name] = value
            else:
                raise SpecError(spec.path, f"grid.{spec.root}",
                                f"{name}={value!r} is neither a setting of runner {train.runner!r} nor a numeric hyperparameter")
        _check_method(spec, train_runner, content)
        why = content_problem(shape, TRAIN, content)
        if why is not None:
            raise SpecError(spec.path, f"grid.{spec.root}", f"{content['method']} on {content['dataset']}, "
                                                            f"seed {content['seed']}: {why}")
        cells.append(make_cell(TRAIN, train.runner, content))
    no_duplicates(spec, cells)

    represent = spec.sections.get(REPRESENT)
    if represent is not None:
        # one represent (encode) cell per model, whose arrays every representation reads; an
        # evaluate cell per representation and metric names both
        rep_runner = runner_for(spec, REPRESENT, represent.runner)
        rep_settings = canonical(settings_for(spec, REPRESENT, rep_runner.info.settings, represent.settings))
        check_names(spec, "represent.kinds", rep_runner, represent.choices)
        check_children(spec, REPRESENT, rep_runner, {}, rep_settings)
        reps = list(children(REPRESENT, represent.runner, [{}], rep_settings, [t.key for t in cells]))
        cells.extend(reps)
        evaluate = spec.sections.get(EVALUATE)
        if evaluate is not None:
            ev_runner = runner_for(spec, EVALUATE, evaluate.runner)
            ev_settings = canonical(settings_for(spec, EVALUATE, ev_runner.info.settings, evaluate.settings))
            check_names(spec, "evaluate.metrics", ev_runner, evaluate.choices)
            choices = [{"representation": r, "metric": m} for r in represent.choices for m in evaluate.choices]
            check_children(spec, EVALUATE, ev_runner, choices, ev_settings)
            cells.extend(children(EVALUATE, evaluate.runner, choices, ev_settings, [r.key for r in reps]))
    return cells


def labels(cells) -> dict[str, dict[str, Any]]:
    """What --where can filter on, per cell: identity, hyperparameters and train settings,
    inherited down the DAG, plus representation and metric."""
    out: dict[str, dict[str, Any]] = {}
    for c in cells:
        if c.kind == TRAIN:
            own = {name: c.content[name] for name in IDENTITY}
            own.update(c.content["hyperparameters"])
            own.update(c.content["settings"])
        elif c.kind == REPRESENT:
            own = out[c.parents[0]]
        else:
            own = {**out[c.parents[0]], "representation": c.content["representation"], "metric": c.content["metric"]}
        out[c.key] = own
    return out


def _check_method(spec, runner, content):
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
