"""verify's findings as a JUnit XML file, which CI systems show as test results.

One test suite per claim, one test case per check (named by the check, classname
`expdb.STUDY.CLAIM`): a check that holds passes; one that fails or is inconclusive is a failure
whose message carries the figure, threshold, margin and interval, and whose type is its outcome;
a check of lesser severity (a warning, or any check of a claim of severity warn) that fails or
is inconclusive, and an undefined figure, are skipped with the reason, so they show without
failing the build. A claim with no defined
check (not enough data) is one skipped case saying why; one whose cells do not all exist
(incomplete) has a case for its cells that fails (skipped, for a claim of severity warn). The
claim's verdict and rule are the suite's properties.
"""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from .claims import FAILS, HOLDS, INCOMPLETE, INCONCLUSIVE, NOT_ENOUGH, UNDEFINED, WARN, Check, ClaimResult
from .errors import ExpdbError


def _number(value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.6g}"


def _describe(check: Check) -> str:
    text = f"{check.name} = {_number(check.value)}, wanted {check.op} {_number(check.threshold)}"
    if check.margin is not None:
        text += f" (margin {check.margin:+.6g})"
    if check.interval is not None:
        text += f", 95% interval [{_number(check.interval[0])}, {_number(check.interval[1])}]"
    if check.family_interval is not None:
        text += f", family-wise [{_number(check.family_interval[0])}, {_number(check.family_interval[1])}]"
    if check.uncertainty:
        text += f" by {check.uncertainty}"
    return text


def junit_xml(study: str, results: list[ClaimResult]) -> bytes:
    """The JUnit XML document of a verification."""
    root = ET.Element("testsuites", name=f"expdb verify {study}")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for result in results:
        suite = ET.SubElement(root, "testsuite", name=f"{study}.{result.name}")
        properties = ET.SubElement(suite, "properties")
        for name, value in (("verdict", result.verdict), ("severity", result.severity), ("rule", result.rule),
                            ("published", result.published), ("measured", _number(result.measured))):
            ET.SubElement(properties, "property", name=name, value=str(value))
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        classname = f"expdb.{study}.{result.name}"
        if result.verdict == NOT_ENOUGH and not result.checks:
            case = ET.SubElement(suite, "testcase", name=f"{result.name}: not enough data", classname=classname)
            ET.SubElement(case, "skipped", message=result.reason or "not enough data")
            counts["tests"] += 1
            counts["skipped"] += 1
        if result.verdict == INCOMPLETE:  # its figures rest on a subset of what it reads
            case = ET.SubElement(suite, "testcase", name=f"{result.name}: the cells it reads", classname=classname)
            counts["tests"] += 1
            if result.severity == WARN:
                ET.SubElement(case, "skipped", message=f"incomplete: {result.reason}")
                counts["skipped"] += 1
            else:
                ET.SubElement(case, "failure", type=INCOMPLETE, message=f"incomplete: {result.reason}")
                counts["failures"] += 1
        deciding = {id(c) for c in result.deciding}
        for check in result.checks:
            case = ET.SubElement(suite, "testcase", name=check.name, classname=classname)
            counts["tests"] += 1
            outcome = check.outcome
            if outcome == HOLDS:
                continue
            if outcome == UNDEFINED:
                ET.SubElement(case, "skipped", message=f"undefined: {check.reason or 'no figure'}")
                counts["skipped"] += 1
            elif id(check) not in deciding or result.severity == WARN:
                ET.SubElement(case, "skipped", message=f"warning ({outcome}): {_describe(check)}")
                counts["skipped"] += 1
            elif outcome in (FAILS, INCONCLUSIVE):
                refuted = ", refuted at the family-wise level" if check.refuted else ""
                failure = ET.SubElement(case, "failure", type=outcome, message=f"{outcome}{refuted}: {_describe(check)}")
                failure.text = "\n".join(f"{k}: {v}" for k, v in check.as_dict().items())
                counts["failures"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def check_writable(path: str) -> None:
    """Raise ExpdbError in one line when path cannot be written as a file (asked before verify
    runs, so that nothing is recorded for a report that could not be kept)."""
    target = Path(path)
    if target.is_dir():
        raise ExpdbError(f"--junit-xml {path}: is a folder, not a file")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExpdbError(f"--junit-xml {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise ExpdbError(f"--junit-xml {path}: cannot be written (permission denied)")


def write_junit(path: str, study: str, results: list[ClaimResult]) -> None:
    """Write the document, or raise ExpdbError in one line when the path cannot be written."""
    check_writable(path)
    target = Path(path)
    try:
        target.write_bytes(junit_xml(study, results))
    except OSError as exc:
        raise ExpdbError(f"--junit-xml {path}: cannot write it ({exc.strerror or exc})") from None
