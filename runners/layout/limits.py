"""Which column of the reference layout's tables each value of a planned cell's content will
fill, so that expdb.limits refuses a value no backend could hold before anything runs."""

from __future__ import annotations

from expdb.plugin import first_problem

from . import TRAIN
from .tables import Evaluation, Hyperparameter, Model, ModelSetting, Representation


def _column(table, name):
    return table.__table__.c[name]


def _train_checks(content: dict):
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
    if "representation" in content:
        yield "representation", content["representation"], _column(Representation, "kind")
    if "metric" in content:
        yield "metric", content["metric"], _column(Evaluation, "metric")
        settings = content.get("settings", {})
        if "profile" in settings:
            yield "profile", settings["profile"], _column(Evaluation, "profile")
        if "seed" in settings:
            yield "seed", settings["seed"], _column(Evaluation, "eval_seed")


def check_content(kind: str, content: dict) -> str | None:
    return first_problem(_train_checks(content) if kind == TRAIN else _child_checks(content))
