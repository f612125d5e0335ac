"""Claims: a saved query that states one of a study's findings as a testable assertion.

In the manner of dbt's data tests, a claim returns the rows that contradict it; zero rows
means it holds. Each result also carries the figure the paper published, the figure measured
on this database, a bootstrap interval over random seeds, the number of models it rests on,
and a verdict: holds, fails, or not enough data (with the minimum the claim needs).
Claims are deterministic: the same rows give the same figures, intervals included.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import polars as pl

HOLDS, FAILS, NOT_ENOUGH = "holds", "fails", "not enough data"
VERDICTS = (HOLDS, FAILS, NOT_ENOUGH)


class NotEnoughData(Exception):
    """Raised inside a claim when the database cannot support it; the message says what is missing."""


@dataclass
class ClaimResult:
    name: str
    title: str
    published: str
    figure: str
    unit: str
    minimum: str
    verdict: str
    measured: float | None = None
    measured_text: str = ""
    interval: tuple[float, float] | None = None
    n: int = 0
    offending: pl.DataFrame = field(default_factory=pl.DataFrame)
    figures: dict[str, pl.DataFrame] = field(default_factory=dict)
    reason: str = ""

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
        return {
            "claim": self.name, "title": self.title, "published": self.published, "published_figure": self.figure,
            "measured": _round(self.measured), "measured_text": self.measured_text,
            "interval": None if self.interval is None else [_round(v) for v in self.interval],
            "n": self.n, "verdict": self.verdict, "minimum": self.minimum, "reason": self.reason,
            "offending_rows": self.offending.height,
            "offending": [{k: _round(v) if isinstance(v, float) else v for k, v in row.items()}
                          for row in self.offending.head(50).iter_rows(named=True)],
        }


def format_value(value, unit: str) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.1%}" if unit == "share" else f"{value:.2f}"


def _round(value):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return round(float(value), 6)


class Claim:
    """Subclasses set name, title, published, minimum and implement compute(tables, study),
    returning (measured, measured_text, interval, n, offending, figures)."""

    name: str = ""
    title: str = ""
    published: str = ""  # the published finding, in words
    figure: str = ""  # the published figure, in the unit of measured
    unit: str = "share"  # "share" (printed as a percentage) or "rho"
    minimum: str = ""

    def compute(self, tables, study: str):  # pragma: no cover - abstract
        raise NotImplementedError

    def evaluate(self, tables, study: str | None = None) -> ClaimResult:
        study = tables.resolve_study(study)
        base = dict(name=self.name, title=self.title, published=self.published, figure=self.figure,
                    unit=self.unit, minimum=self.minimum)
        try:
            measured, text, interval, n, offending, figures = self.compute(tables, study)
        except NotEnoughData as exc:
            return ClaimResult(verdict=NOT_ENOUGH, reason=str(exc), **base)
        verdict = HOLDS if offending.is_empty() else FAILS
        return ClaimResult(verdict=verdict, measured=measured, measured_text=text, interval=interval,
                           n=n, offending=offending, figures=figures, **base)
