"""Running claims and printing the verify table."""

from __future__ import annotations

from . import saved
from .claims import ClaimResult
from .errors import ExpdbError


def run_claims(tables, study: str, names=(), queries_dir: str | None = None) -> list[ClaimResult]:
    known = saved.claims(queries_dir)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ExpdbError(f"unknown claim {unknown[0]!r} (known: {', '.join(known)})")
    return [known[n].evaluate(tables, study) for n in (names or known)]


def verify_table(results: list[ClaimResult]) -> str:
    header = ("claim", "published", "measured", "interval", "n", "verdict")
    rows = [(r.name, r.figure, r.measured_label, r.interval_label, str(r.n),
             r.verdict if r.verdict != "not enough data" else f"not enough data ({r.reason})") for r in results]
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    lines = ["  ".join(x.ljust(w) for x, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    return "\n".join(lines)
