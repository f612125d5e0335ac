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
- study commands: load_into (load a bundle a command built, and say what was new);
- ExpdbError, SpecError: the errors a study raises for bad input (one line, exit 2).
"""

from __future__ import annotations

from .bundle import Bundle, BundleError, columns_of, frame
from .canonical import canonical, content_key, dumps
from .cells import Result
from .claims import (ERROR, EVERY_CHECK, FAILS, HOLDS, INCONCLUSIVE, NOT_ENOUGH, UNDEFINED, WARN, Check, Claim,
                     ClaimResult, Computed, EveryCheck, NotEnoughData, family_level)
from .errors import ExpdbError, RunnerError, SpecError
from .limits import content_problem, first_problem
from .planner import check_children, check_names, children, make_cell, no_duplicates, runner_for, settings_for
from .provenance import provenance
from .runner import GangInfo, Runner, RunnerInfo
from .schema import CellDependency
from .shapes import Kind, Shape, shape_named
from .spec import show_assignment
from .store.migrate import head_revision
from .store.sql import chunks, number
from .tables import UnknownStudy


def run_claims(tables, study: str, names=(), queries_dir: str | None = None, profile: str | None = None):
    """The claims about the study's shape, or those named, run on the study (expdb verify's)."""
    from .verify import run_claims as run

    return run(tables, study, names, queries_dir, profile)


def known_claims(queries_dir: str | None = None) -> dict:
    """Every installed claim by name (those of a folder of claim modules too, with queries_dir)."""
    from . import catalogue

    return catalogue.claims(queries_dir)


def load_into(context, bundle, what: str) -> None:
    """From a study command: load a results bundle into the command's database and say how
    many rows were new (context: what the command receives as its click object)."""
    from .cli_query import load_into as load

    load(context, bundle, what)


__all__ = [
    "Bundle", "BundleError", "columns_of", "frame", "canonical", "content_key", "dumps", "Result",
    "ERROR", "WARN", "HOLDS", "FAILS", "INCONCLUSIVE", "NOT_ENOUGH", "UNDEFINED", "EVERY_CHECK", "EveryCheck",
    "Check", "Claim", "ClaimResult", "Computed", "NotEnoughData", "family_level", "ExpdbError", "RunnerError",
    "SpecError", "content_problem", "first_problem", "check_children", "check_names", "children", "make_cell",
    "no_duplicates", "runner_for", "settings_for", "provenance", "GangInfo", "Runner", "RunnerInfo",
    "CellDependency", "Kind", "Shape", "shape_named", "show_assignment", "head_revision", "chunks", "number",
    "UnknownStudy", "run_claims", "known_claims", "load_into",
]
