"""A pytest plugin that re-verifies a study's claims beside a project's own tests.

Installed with expdb (entry point group pytest11) and idle unless asked:

    pytest --expdb-db sqlite:///results.db [--expdb-study NAME] [--expdb-claim NAME ...]
           [--expdb-against results/NAME/verify.json] [--expdb-tolerance X]

adds one test item per claim of the study (`expdb::STUDY::CLAIM`). A claim of severity error
fails its item when its verdict is "fails" or "incomplete"; a claim of severity warn never does, its findings
are a pytest warning. With --expdb-against, an item also fails when a figure of its claim moved
since the committed verification (expdb verify --against). The claims run once, on the first
item, read-only: nothing is written to the database.
"""

from __future__ import annotations

import pytest

_RESULTS = pytest.StashKey[dict]()


def pytest_addoption(parser):
    group = parser.getgroup("expdb", "re-verify an expdb study's claims")
    group.addoption("--expdb-db", default=None, metavar="URL", help="Database of the study whose claims to verify.")
    group.addoption("--expdb-study", default=None, metavar="NAME", help="The study (default: the database's only one).")
    group.addoption("--expdb-claim", action="append", default=[], metavar="NAME", help="Only this claim (repeatable).")
    group.addoption("--expdb-profile", default=None, metavar="P", help="The profile whose results the claims read (default: the study's).")
    group.addoption("--expdb-against", default=None, metavar="FILE",
                    help="Also fail a claim whose figures moved since this committed `expdb verify --json` output.")
    group.addoption("--expdb-tolerance", type=float, default=None, metavar="X",
                    help="With --expdb-against: how far any figure may move.")


class ClaimItem(pytest.Item):
    def __init__(self, *, claim: str, study: str, **kwargs):
        super().__init__(**kwargs)
        self.claim, self.study = claim, study

    def runtest(self):
        outcome = _verification(self.config)
        result = outcome["results"][self.claim]
        moved = [line for line in outcome["moved"] if line.startswith(f"{self.claim}: ")]
        from .claims import ERROR, FAILS, INCOMPLETE
        from .verify import findings

        text = findings([result]).strip()
        if moved:
            raise ClaimFailed(f"moved since {self.config.getoption('expdb_against')}:\n  " + "\n  ".join(moved))
        if result.verdict == INCOMPLETE and result.severity == ERROR:
            raise ClaimFailed(f"{self.claim} is incomplete: {result.reason}")
        if result.verdict == FAILS and result.severity == ERROR:
            raise ClaimFailed(f"{self.claim} fails: {result.measured_text}\n{text}")
        if text and result.severity != ERROR:
            self.warn(pytest.PytestWarning(f"expdb claim {self.claim} ({result.severity}, {result.verdict}): "
                                           f"{result.measured_text}"))

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, ClaimFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"expdb claim {self.study}::{self.claim}"


class ClaimFailed(Exception):
    """A claim's verdict or drift, reported as the item's failure."""


def _verification(config) -> dict:
    if _RESULTS not in config.stash:
        from .drift import compare, declared_tolerances, read_committed
        from .workspace import Workspace

        workspace = Workspace(config.getoption("expdb_db"))
        results = workspace.verify(config.getoption("expdb_study"), config.getoption("expdb_claim"),
                                   config.getoption("expdb_profile"))
        moved = []
        against = config.getoption("expdb_against")
        if against:
            moved = compare(read_committed(against), results.as_dict(), declared_tolerances(),
                            config.getoption("expdb_tolerance"))
        config.stash[_RESULTS] = {"study": results.study, "results": {r.name: r for r in results}, "moved": moved}
    return config.stash[_RESULTS]


def pytest_collection_modifyitems(session, config, items):
    if not config.getoption("expdb_db"):
        return
    from .errors import ExpdbError

    try:
        outcome = _verification(config)
    except ExpdbError as exc:
        raise pytest.UsageError(f"expdb: {exc}") from None
    study = outcome["study"]
    for name in outcome["results"]:
        items.append(ClaimItem.from_parent(session, name=f"expdb::{study}::{name}", claim=name, study=study))

