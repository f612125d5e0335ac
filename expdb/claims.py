"""Claims: a saved query that states one of a study's findings as a testable assertion.

In the manner of dbt's data tests, a claim is a set of checks, each a figure compared with a
threshold the claim states (a Spearman rho > 0, a share of variance < 0.5, a probability
> 0.5, ...), and it returns the rows that contradict it; none means it holds. Each check
carries its margin (figure minus threshold) and, with enough random seeds, a bootstrap
interval over seeds. The verdict follows from the checks:

- a check whose figure is undefined (a correlation of a constant score, too few models) is
  reported with its reason and counts neither for nor against;
- a check fails when its figure is on the wrong side of the threshold and its 95% interval
  (if any) is too; it is inconclusive when its interval contains the threshold. Each check
  names its interval (`uncertainty`): the claims give every check one at any number of seeds;
- the claim's rule turns the checks into its verdict. The rule a claim states is EVERY_CHECK
  (the paper's findings say "every", "all but", "no ... consistently"): the claim holds when
  every defined check holds; it fails only when some check is refuted at the family-wise level,
  its family interval (Bonferroni over the m defined deciding checks: level 1 - 0.05 / m) on
  the wrong side of the threshold, so that m checks at 95% each do not make a failure out of
  chance; it is inconclusive otherwise; and it says "not enough data" when no check is defined.
  Holding needs no correction: every check must hold, each at 95% (an intersection-union test).

Each claim states a severity: "error" (verify --strict fails on it) or "warn" (reported,
never fatal). A test has one severity wherever it is used, so a check may carry its own: in
a claim of severity error, the checks of severity warn are warnings, reported with their
outcomes beside the verdict but not deciding it (the verdict rests on the claim's own checks).
Claims are deterministic: the same rows give the same figures and intervals.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass, field

import polars as pl

HOLDS, FAILS, INCONCLUSIVE, NOT_ENOUGH = "holds", "fails", "inconclusive", "not enough data"
INCOMPLETE = "incomplete"  # some cells the claim reads do not exist yet (expdb.needs)
UNDEFINED = "undefined"
VERDICTS = (HOLDS, FAILS, INCONCLUSIVE, NOT_ENOUGH, INCOMPLETE)
ERROR, WARN = "error", "warn"
_OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}
FAMILY_ALPHA = 0.05  # the family-wise error rate of a claim's failure


def family_level(checks, severity: str | None = None) -> float:
    """The level of the family-wise intervals of checks: 1 - FAMILY_ALPHA / m, m the number of
    deciding checks (severity None, or the claim's own severity) whose figure is defined
    (Bonferroni)."""
    m = sum(1 for c in checks if c.severity in (None, severity) and _finite(c.value))
    return 1 - FAMILY_ALPHA / max(m, 1)


class NotEnoughData(Exception):
    """Raised inside a claim when the database cannot support it; the message says what is missing."""


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


@dataclass
class Check:
    """One figure a verdict rests on, compared with a threshold.

    where: the columns that say which figure this is (data set, metric, ...), kept for the
    offending rows. reason: why the figure is undefined, when it is."""

    name: str
    value: float | None
    op: str
    threshold: float
    interval: tuple[float, float] | None = None
    reason: str = ""
    where: dict = field(default_factory=dict)
    severity: str | None = None  # None: the claim's own; WARN in an error claim: a warning
    uncertainty: str = ""  # which interval: "BCa bootstrap over seeds", "Fisher z over models", ...
    family_interval: tuple[float, float] | None = None  # at the claim's family-wise level

    def _side(self, interval) -> str:
        ok = _OPS[self.op]
        if interval is not None and all(_finite(v) for v in interval):
            low_ok, high_ok = ok(interval[0], self.threshold), ok(interval[1], self.threshold)
            if low_ok != high_ok:
                return INCONCLUSIVE
        return HOLDS if ok(self.value, self.threshold) else FAILS

    @property
    def outcome(self) -> str:
        """holds, fails or inconclusive by the figure and its 95% interval; undefined."""
        return self._side(self.interval) if _finite(self.value) else UNDEFINED

    @property
    def refuted(self) -> bool:
        """Whether the check fails at the family-wise level: its family interval (or, without
        one, its 95% interval; without either, its figure) on the wrong side of the threshold."""
        if not _finite(self.value):
            return False
        has = lambda i: i is not None and all(_finite(v) for v in i)  # noqa: E731
        return self._side(self.family_interval if has(self.family_interval) else self.interval) == FAILS

    @property
    def margin(self) -> float | None:
        return self.value - self.threshold if _finite(self.value) else None

    def as_dict(self) -> dict:
        interval = None if self.interval is None or not all(_finite(v) for v in self.interval) else list(self.interval)
        return {**self.where, "check": self.name, "value": _round(self.value), "op": self.op,
                "threshold": self.threshold, "margin": _round(self.margin),
                "interval": None if interval is None else [_round(v) for v in interval],
                "outcome": self.outcome, "reason": self.reason, "severity": self.severity,
                "uncertainty": self.uncertainty,
                "family_interval": None if self.family_interval is None or not all(_finite(v) for v in self.family_interval)
                else [_round(v) for v in self.family_interval], "refuted": self.refuted}


def checks_frame(checks: list[Check]) -> pl.DataFrame:
    """The checks as rows: where columns, then check, value, op, threshold, margin, interval,
    outcome, reason."""
    if not checks:
        return pl.DataFrame()
    rows = []
    for c in checks:
        low, high = c.interval if c.interval is not None else (None, None)
        rows.append({**c.where, "check": c.name, "value": c.value if _finite(c.value) else None, "op": c.op,
                     "threshold": float(c.threshold), "margin": c.margin,
                     "low": low if _finite(low) else None, "high": high if _finite(high) else None,
                     "outcome": c.outcome, "reason": c.reason, "uncertainty": c.uncertainty})
    return pl.DataFrame(rows, infer_schema_length=None)


class EveryCheck:
    """The rule of a finding stated for every case ("every", "all but X", "no ... consistently"):
    holds when every defined deciding check holds (each at 95%: an intersection-union test
    needs no correction); fails when a deciding check is refuted at the family-wise level
    (Check.refuted, Bonferroni over the m defined deciding checks); inconclusive otherwise."""

    name = "every check"
    description = ("holds when every defined check holds at 95%; fails when a check fails at the family-wise "
                   "level (Bonferroni over the defined checks); inconclusive otherwise")

    def verdict(self, deciding: list[Check]) -> str:
        defined = [c for c in deciding if c.outcome != UNDEFINED]
        if any(c.refuted for c in defined):
            return FAILS
        return HOLDS if all(c.outcome == HOLDS for c in defined) else INCONCLUSIVE


EVERY_CHECK = EveryCheck()


@dataclass
class ClaimResult:
    name: str
    title: str
    published: str
    figure: str
    unit: str
    minimum: str
    verdict: str
    severity: str = ERROR
    thresholds: dict = field(default_factory=dict)
    profile: str | None = None
    measured: float | None = None
    adjusted: float | None = None  # a bias-corrected version of measured, where the claim has one
    measured_text: str = ""
    interval: tuple[float, float] | None = None
    interval_note: str = ""  # what kind of intervals these are when not the usual, or why there is none
    n: int = 0
    checks: list[Check] = field(default_factory=list)
    figures: dict[str, pl.DataFrame] = field(default_factory=dict)
    reason: str = ""
    wording: str = ""  # the paper's own words for the finding
    rule: str = EVERY_CHECK.name
    family_level: float | None = None

    @property
    def deciding(self) -> list[Check]:
        """The checks the verdict rests on: those of the claim's own severity."""
        return [c for c in self.checks if c.severity in (None, self.severity)]

    @property
    def warnings(self) -> list[Check]:
        """Checks of a lesser severity (warn, in a claim of severity error) that fail or are
        inconclusive: reported, not deciding the verdict."""
        return [c for c in self.checks if c.severity not in (None, self.severity) and c.outcome in (FAILS, INCONCLUSIVE)]

    @property
    def offending(self) -> pl.DataFrame:
        """The deciding checks that fail or are inconclusive: the rows that contradict the claim."""
        return checks_frame([c for c in self.deciding if c.outcome in (FAILS, INCONCLUSIVE)])

    @property
    def undefined(self) -> list[Check]:
        return [c for c in self.checks if c.outcome == UNDEFINED]

    @property
    def measured_label(self) -> str:
        return format_value(self.measured, self.unit)

    @property
    def interval_label(self) -> str:
        if self.interval is None or any(v is None or not math.isfinite(v) for v in self.interval):
            return "-"
        return f"[{format_value(self.interval[0], self.unit)}, {format_value(self.interval[1], self.unit)}]"

    def as_dict(self) -> dict:
        """JSON-ready, rounded to 6 places so that recorded results compare exactly."""
        counts = {o: sum(1 for c in self.checks if c.outcome == o) for o in (HOLDS, FAILS, INCONCLUSIVE, UNDEFINED)}
        counts["refuted"] = sum(1 for c in self.deciding if c.refuted)
        return {
            "claim": self.name, "title": self.title, "published": self.published, "published_figure": self.figure,
            "wording": self.wording, "rule": self.rule, "family_level": _round(self.family_level),
            "severity": self.severity, "thresholds": self.thresholds, "profile": self.profile,
            "measured": _round(self.measured), "adjusted": _round(self.adjusted), "measured_text": self.measured_text,
            "interval": None if self.interval is None else [_round(v) for v in self.interval],
            "interval_note": self.interval_note, "n": self.n, "verdict": self.verdict, "minimum": self.minimum,
            "reason": self.reason, "checks": counts,
            "offending_rows": self.offending.height,
            "offending": [c.as_dict() for c in self.deciding if c.outcome in (FAILS, INCONCLUSIVE)][:50],
            "warnings": [c.as_dict() for c in self.warnings][:50],
            "undefined": [c.as_dict() for c in self.undefined][:50],
        }


def format_value(value, unit: str) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.1%}" if unit == "share" else f"{value:.2f}"


def _round(value):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return round(float(value), 6)


@dataclass
class Computed:
    """What a claim's compute returns."""

    measured: float | None
    text: str
    interval: tuple[float, float] | None
    n: int
    checks: list[Check]
    figures: dict[str, pl.DataFrame] = field(default_factory=dict)
    adjusted: float | None = None
    interval_note: str = ""


class Claim:
    """Subclasses set name, title, published, figure, unit, minimum, thresholds and severity,
    and implement compute(tables, study, profile) -> Computed."""

    name: str = ""
    title: str = ""
    published: str = ""  # the published finding, in words
    figure: str = ""  # the published figure, in the unit of measured
    unit: str = "share"  # "share" (printed as a percentage) or "rho"
    minimum: str = ""
    thresholds: dict = {}  # every threshold a check compares with, by name (shown by verify --json)
    severity: str = ERROR
    shape: str | None = None  # the study shape (expdb.shapes) whose studies the claim is about; None: the default shape
    wording: str = ""  # the paper's words for the finding, which the rule implements
    rule = EVERY_CHECK  # turns the deciding checks into the verdict (see the module's docstring)
    # How far a figure may move before `expdb verify --against` calls it moved, by figure
    # ("measured", "interval", "check"); none declared: 0 (figures are compared rounded to 6 places)
    tolerances: dict = {}
    # The cells its figures read: selections of the study's spec (expdb.needs); none: every cell
    needs: tuple = ()

    def compute(self, tables, study: str, profile: str) -> Computed:  # pragma: no cover - abstract
        raise NotImplementedError

    def evaluate(self, tables, study: str | None = None, profile: str | None = None) -> ClaimResult:
        study = tables.resolve_study(study)
        base = dict(name=self.name, title=self.title, published=self.published, figure=self.figure,
                    unit=self.unit, minimum=self.minimum, severity=self.severity, thresholds=dict(self.thresholds),
                    wording=self.wording, rule=self.rule.name)
        try:
            profile = tables.resolve_profile(study, profile)
            done = self.compute(tables, study, profile)
        except NotEnoughData as exc:
            return ClaimResult(verdict=NOT_ENOUGH, reason=str(exc), profile=profile, **base)
        for check in done.checks:
            if check.severity == self.severity:
                check.severity = None  # the claim's own severity
        deciding = [c for c in done.checks if c.severity is None]
        outcomes = {c.outcome for c in deciding}
        if outcomes <= {UNDEFINED}:
            reasons = "; ".join(dict.fromkeys(c.reason for c in deciding if c.reason)) or "no figure to check"
            verdict, reason = NOT_ENOUGH, f"no defined figure: {reasons}"
        else:
            verdict, reason = self.rule.verdict(deciding), ""
        return ClaimResult(verdict=verdict, measured=done.measured, adjusted=done.adjusted, measured_text=done.text,
                           interval=done.interval, interval_note=done.interval_note, n=done.n, checks=done.checks,
                           figures=done.figures, reason=reason, profile=profile,
                           family_level=family_level(done.checks), **base)
