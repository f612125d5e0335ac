"""The stable API for study packages: every name of expdb that a study's runners, shape, claims,
saved queries, report, bundles and commands may use. A study package imports from here and from
nowhere else in expdb (tests/test_plugin_api.py holds this repository's study packages to it);
the rest of expdb may change between versions without notice.

Grouped by what a study author writes:

- runners: Runner, RunnerInfo, GangInfo (what a runner declares), Result (what it returns),
  RunnerError;
- a study shape: Shape, Kind, shape_named, and the planner's helpers for a shape that plans
  itself (make_cell, children, check_children, check_names, no_duplicates, runner_for,
  settings_for, show_assignment), content_key, canonical, dumps, and the limits the schema
  holds (first_problem, content_problem);
- claims: Claim, Check, Computed, ClaimResult, NotEnoughData, the severities ERROR and WARN, the
  outcomes, family_level and the rule EVERY_CHECK; run_claims, known_claims;
- results bundles: Bundle, BundleError, columns_of, frame;
- tables and the core's rows a study's tables refer to: UnknownStudy, CellDependency, provenance,
  head_revision, and chunks and number for a shape's own SQL;
- study commands: pass_workspace (a command receives the Workspace of the global options),
  load_into (load a bundle a command built, and say what was new);
- ExpdbError, SpecError: the errors a study raises for bad input (one line, exit 2).
"""

from __future__ import annotations

import importlib

# Where each name lives. Imported when first used (PEP 562), so that a study module that needs
# one light name (a command's decorator, at `expdb --help`) does not load Polars and SQLAlchemy.
_WHERE = {
    "bundle": ("Bundle", "BundleError", "columns_of", "frame"),
    "canonical": ("canonical", "content_key", "dumps"),
    "cells": ("Result",),
    "claims": ("ERROR", "EVERY_CHECK", "FAILS", "HOLDS", "INCONCLUSIVE", "NOT_ENOUGH", "UNDEFINED", "WARN", "Check",
               "Claim", "ClaimResult", "Computed", "EveryCheck", "NotEnoughData", "family_level"),
    "errors": ("ExpdbError", "RunnerError", "SpecError"),
    "limits": ("content_problem", "first_problem"),
    "planner": ("check_children", "check_names", "children", "make_cell", "no_duplicates", "runner_for",
                "settings_for"),
    "provenance": ("provenance",),
    "runner": ("GangInfo", "Runner", "RunnerInfo"),
    "schema": ("CellDependency",),
    "shapes": ("Kind", "Shape", "shape_named"),
    "spec": ("show_assignment",),
    "store.migrate": ("head_revision",),
    "store.values": ("chunks", "number"),
    "tables": ("UnknownStudy",),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'expdb.plugin' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"expdb.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)


def run_claims(tables, study: str, names=(), queries_dir: str | None = None, profile: str | None = None):
    """The claims about the study's shape, or those named, run on the study (expdb verify's)."""
    from .verify import run_claims as run

    return run(tables, study, names, queries_dir, profile)


def known_claims(queries_dir: str | None = None) -> dict:
    """Every installed claim by name (those of a folder of claim modules too, with queries_dir)."""
    from . import catalogue

    return catalogue.claims(queries_dir)


def load_into(workspace, bundle, what: str) -> None:
    """From a study command: load a results bundle into the command's database and say how
    many rows were new (workspace: the Workspace the command received, see pass_workspace)."""
    from .cli_query import load_into as load

    load(workspace, bundle, what)


def pass_workspace(command):
    """Decorate a study command (entry point group expdb.commands) so that it receives the
    Workspace of the global options (--db, --tensors, --data) as its first argument: its
    database, tensor store and every operation on them (expdb.workspace.Workspace)."""
    import functools

    import click

    @click.pass_context
    @functools.wraps(command)
    def with_workspace(ctx, *args, **kwargs):
        return ctx.invoke(command, ctx.obj.workspace, *args, **kwargs)

    return with_workspace


__all__ = [*_MODULE_OF, "run_claims", "known_claims", "load_into", "pass_workspace"]
