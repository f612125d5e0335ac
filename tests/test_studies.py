"""The shipped specs parse, validate against their runners and plan the cells they promise."""

from pathlib import Path

import pytest

from conftest import ROOT
from expdb.planner import build_plan
from expdb.spec import load_spec

EXPECTED = {
    "toy.toml": {"train": 30, "represent": 60, "evaluate": 120},
    "demo.toml": {"train": 6, "represent": 12, "evaluate": 108},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_study_plans(name):
    plan = build_plan(load_spec(ROOT / "studies" / name))
    assert {k: plan.count(k) for k in EXPECTED[name]} == EXPECTED[name]


def test_every_shipped_study_is_covered():
    assert {p.name for p in Path(ROOT / "studies").glob("*.toml")} == set(EXPECTED)
