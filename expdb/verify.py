"""Running claims and printing what they found: the verify table, and each claim's checks that
fail or are inconclusive, with their reasons in full."""

from __future__ import annotations

import math
import textwrap

from . import catalogue
from .claims import ERROR, FAILS, INCOMPLETE, INCONCLUSIVE, NOT_ENOUGH, Check, ClaimResult
from .errors import ExpdbError

WIDTH = 100


class Verification(list):
    """What verify found: each claim's ClaimResult, in order (it is their list), with the study's
    name and its shape's summaries (name -> (text, rows))."""

    def __init__(self, results, study: str, summaries: dict | None = None, data_as_of: float | None = None):
        super().__init__(results)
        self.study, self.summaries = study, dict(summaries or {})
        # when the newest of the study's computed rows was made (its cells' provenance): what a
        # later `verify --against` of this output counts the cells computed since from
        self.data_as_of = data_as_of

    def as_dict(self) -> dict:
        """`expdb verify --json`: JSON-ready, each claim rounded as ClaimResult.as_dict."""
        return {"study": self.study, "data_as_of": self.data_as_of, "claims": [r.as_dict() for r in self],
                "summaries": {name: {"text": text, "rows": frame.to_dicts()}
                              for name, (text, frame) in self.summaries.items()}}


def run_claims(tables, study: str, names=(), queries_dir: str | None = None,
               profile: str | None = None) -> list[ClaimResult]:
    """The claims about the study's shape (expdb.shapes), or those named, run on the study."""
    from .shapes import for_shape

    known = for_shape(catalogue.claims(queries_dir), tables.study_shape(study))
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ExpdbError(f"unknown claim {unknown[0]!r} for study {study} (known: {', '.join(known) or 'none'})")
    return [known[n].evaluate(tables, study, profile) for n in (names or known)]


def verify_table(results: list[ClaimResult]) -> str:
    header = ("claim", "published", "measured", "interval", "n", "severity", "verdict")
    rows = [(r.name, r.figure, r.measured_label, r.interval_label, str(r.n), r.severity, r.verdict)
            for r in results]
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    lines = ["  ".join(x.ljust(w) for x, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    notes = [_wrapped(f"{r.name}: {r.verdict}: {r.reason}") for r in results if r.verdict in (NOT_ENOUGH, INCOMPLETE)]
    without = {}  # the same reason for every claim is said once
    for r in results:
        if r.verdict != NOT_ENOUGH and r.interval_note:
            without.setdefault(r.interval_note, []).append(r.name)
    for note, names in without.items():
        who = "every claim" if len(names) == len(results) else ", ".join(names)
        notes.append(_wrapped(f"intervals of {who}: {note}"))
    return "\n".join(lines + ([""] + notes if notes else []))


def _number(value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.4g}"


def check_lines(check: Check) -> list[str]:
    """One check as a line (figure, threshold, margin, interval, outcome) with its reason, whole,
    on wrapped lines beneath it."""
    interval = "" if check.interval is None else f", interval [{_number(check.interval[0])}, {_number(check.interval[1])}]"
    if check.interval is not None and check.family_interval is not None:
        interval += f", family-wise [{_number(check.family_interval[0])}, {_number(check.family_interval[1])}]"
    if check.uncertainty and check.interval is not None:
        interval += f" by {check.uncertainty}"
    margin = "-" if check.margin is None else f"{check.margin:+.4g}"
    outcome = f"{check.outcome}, refuted family-wise" if check.refuted and check.severity is None else check.outcome
    head = (f"  {outcome}: {check.name} = {_number(check.value)}, wanted {check.op} {_number(check.threshold)}"
            f" (margin {margin}{interval})")
    lines = textwrap.wrap(head, WIDTH, subsequent_indent="      ")
    if check.reason:
        lines += textwrap.wrap(f"why: {check.reason}", WIDTH, initial_indent="      ", subsequent_indent="      ")
    return lines


def findings(results: list[ClaimResult]) -> str:
    """For each claim, the checks that contradict it (fail or are inconclusive) and the figures
    it could not use, each with its reason in full."""
    out = []
    for r in results:
        deciding = r.deciding
        against = [c for c in deciding if c.outcome in (FAILS, INCONCLUSIVE)]
        if against:
            refuted = sum(1 for c in deciding if c.refuted)
            level = "" if r.family_level is None else f" at {r.family_level:.2%}"
            out.append(f"\n{r.name}: {len(against)} of {len(deciding)} checks fail or are inconclusive"
                       f" ({r.severity}); {refuted} refuted family-wise{level}; rule: {r.rule}")
            for check in against:
                out += check_lines(check)
        if r.warnings:
            lesser = len(r.checks) - len(deciding)
            out.append(f"\n{r.name}: {len(r.warnings)} of {lesser} warning checks fail or are inconclusive"
                       f" (warn: reported, the verdict does not rest on them)")
            for check in r.warnings:
                out += check_lines(check)
        if r.undefined:
            out.append(f"\n{r.name}: {len(r.undefined)} undefined figure(s), counted neither way")
            for check in r.undefined:
                out += check_lines(check)
    return "\n".join(out)


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, WIDTH, subsequent_indent="  "))


def strict_failures(results: list[ClaimResult]) -> list[ClaimResult]:
    """The claims that make `verify --strict` fail: those of severity error that fail, or that are
    incomplete (what they would find is not known)."""
    return [r for r in results if r.verdict in (FAILS, INCOMPLETE) and r.severity == ERROR]
