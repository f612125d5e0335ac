"""`expdb verify --against FILE`: what moved since a committed verification.

FILE is what `expdb verify --json` printed when the results were committed. Each claim is
compared figure by figure with today's: its verdict, its counts of checks by outcome, its
measured and adjusted figures and interval, and every check the file lists (those that failed,
were inconclusive, warned or were undefined, with their figures, intervals and outcomes), and a
check today's verification lists that the file does not. A number moves when it differs by
more than its tolerance: the claim's own (Claim.tolerances, by figure: "measured", "interval",
"check"; none declared is 0, both sides being rounded to 6 places already), or the one the
command gives for every figure. A verdict or an outcome moves whenever it differs.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from .errors import ExpdbError

FIGURES = ("measured", "adjusted")


def read_committed(path: str) -> dict:
    """The committed verification, or ExpdbError in one line for a file that is not one."""
    try:
        data = json.loads(Path(path).read_text())
    except FileNotFoundError:
        raise ExpdbError(f"--against {path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ExpdbError(f"--against {path}: not the JSON of expdb verify --json ({exc.__class__.__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list) or "study" not in data or \
            not all(isinstance(c, dict) and "claim" in c and "verdict" in c for c in data["claims"]):
        raise ExpdbError(f"--against {path}: not the JSON of expdb verify --json (no study and claims)")
    return data


def declared_tolerances(queries_dir: str | None = None) -> dict[str, dict]:
    """claim name -> the tolerances it declares (Claim.tolerances), for compare."""
    from . import catalogue

    return {name: dict(claim.tolerances) for name, claim in catalogue.claims(queries_dir).items()}


def check_tolerance(value) -> float | None:
    if value is None:
        return None
    if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise ExpdbError(f"--tolerance must be a finite number 0 or above, not {value}")
    return float(value)


def _differs(old, new, tolerance: float) -> bool:
    if old is None or new is None:
        return (old is None) != (new is None)
    return abs(float(old) - float(new)) > tolerance + 1e-12


def _moved_number(what: str, old, new, tolerance: float) -> str | None:
    if not _differs(old, new, tolerance):
        return None
    if old is None or new is None:
        return f"{what}: {old} -> {new}"
    return f"{what}: {old} -> {new} ({float(new) - float(old):+.6g})"


def _moved_interval(what: str, old, new, tolerance: float) -> str | None:
    old, new = old or [None, None], new or [None, None]
    if any(_differs(a, b, tolerance) for a, b in zip(old, new)):
        return f"{what}: {old} -> {new}"
    return None


def _checks(claim: dict) -> dict[str, dict]:
    return {c["check"]: c for part in ("offending", "warnings", "undefined") for c in claim.get(part, [])}


def compare(committed: dict, today: dict, tolerances: dict[str, dict] | None = None,
            tolerance: float | None = None) -> list[str]:
    """One line per thing that moved (empty: nothing did). today: Verification.as_dict();
    tolerances: claim name -> {figure: tolerance}; tolerance: one for every figure instead."""
    if committed["study"] != today["study"]:
        raise ExpdbError(f"--against: the file verifies study {committed['study']!r}, not {today['study']!r}")
    moved = []
    before = {c["claim"]: c for c in committed["claims"]}
    now = {c["claim"]: c for c in today["claims"]}
    for name in before.keys() - now.keys():
        moved.append(f"{name}: in the committed verification, not verified now")
    for name in now.keys() - before.keys():
        moved.append(f"{name}: verified now, not in the committed verification")
    for name in [n for n in now if n in before]:
        old, new = before[name], now[name]
        own = (tolerances or {}).get(name, {})

        def tol(figure):
            return tolerance if tolerance is not None else float(own.get(figure, 0.0))

        lines = []
        if old["verdict"] != new["verdict"]:
            lines.append(f"verdict: {old['verdict']} -> {new['verdict']}")
        if old.get("checks") != new.get("checks"):
            lines.append(f"checks by outcome: {old.get('checks')} -> {new.get('checks')}")
        for figure in FIGURES:
            lines.append(_moved_number(figure, old.get(figure), new.get(figure), tol("measured")))
        lines.append(_moved_interval("interval", old.get("interval"), new.get("interval"), tol("interval")))
        old_checks, new_checks = _checks(old), _checks(new)
        for check, was in old_checks.items():
            is_ = new_checks.get(check)
            if is_ is None:
                lines.append(f"check {check!r}: {was.get('outcome')} -> holds")
                continue
            if was.get("outcome") != is_.get("outcome"):
                lines.append(f"check {check!r}: {was.get('outcome')} -> {is_.get('outcome')}")
            lines.append(_moved_number(f"check {check!r}", was.get("value"), is_.get("value"), tol("check")))
            lines.append(_moved_interval(f"check {check!r} interval", was.get("interval"), is_.get("interval"),
                                         tol("check")))
        for check in new_checks.keys() - old_checks.keys():
            lines.append(f"check {check!r}: holds -> {new_checks[check].get('outcome')}")
        moved += [f"{name}: {line}" for line in lines if line]
    return moved


def computed_since(tables, study: str, since: float | None, shown: int = 5) -> list[str]:
    """The study's cells computed after `since` (a committed verification's data_as_of), counted
    by what computed them: code version, package versions and device; [] when none or unknown."""
    if since is None:
        return []
    import polars as pl

    rows = tables.read(
        "SELECT p.expdb_version, p.git_commit, p.torch_version, p.sklearn_version, p.device, count(*) AS n"
        " FROM provenance p JOIN cell c ON c.provenance_id = p.id JOIN study_cell sc ON sc.cell_id = c.id"
        " JOIN study st ON st.id = sc.study_id WHERE st.name = ? AND p.finished_at > ?"
        " GROUP BY p.expdb_version, p.git_commit, p.torch_version, p.sklearn_version, p.device ORDER BY n DESC",
        [study, since], {"expdb_version": pl.String, "git_commit": pl.String, "torch_version": pl.String,
                         "sklearn_version": pl.String, "device": pl.String, "n": pl.Int64})
    if rows.is_empty():
        return []
    lines = [f"{rows['n'].sum()} cell(s) of the study were computed since the committed verification:"]
    for r in rows.head(shown).iter_rows(named=True):
        code = r["expdb_version"] + (f" ({r['git_commit'][:8]})" if r["git_commit"] else "")
        packages = ", ".join(f"{name} {r[column]}" for name, column in (("torch", "torch_version"),
                                                                       ("scikit-learn", "sklearn_version")) if r[column])
        lines.append(f"{r['n']} by expdb {code}" + (f", {packages}" if packages else "") + f", on {r['device']}")
    return lines
