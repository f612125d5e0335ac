"""The shipped specs parse, validate against their runners and plan the cells they promise."""

from pathlib import Path

import pytest

from conftest import ROOT
from expdb.planner import build_plan
from expdb.spec import load_spec

EXPECTED = {
    "toy.toml": {"train": 30, "represent": 30, "evaluate": 120},
    "demo.toml": {"train": 6, "represent": 6, "evaluate": 108},
    "smoke.toml": {"train": 16, "represent": 16, "evaluate": 288},
    "cpu.toml": {"train": 108, "represent": 108, "evaluate": 1944},
    "gpu.toml": {"train": 108, "represent": 108, "evaluate": 1944},
    # the reference grid: 12,600 models, one encode cell each read as 2 representations, 9 metric
    # configurations on both
    "locatello2019.toml": {"train": 12_600, "represent": 12_600, "evaluate": 226_800},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_study_plans(name):
    plan = build_plan(load_spec(ROOT / "studies" / name))
    assert {k: plan.count(k) for k in EXPECTED[name]} == EXPECTED[name]


def test_every_shipped_study_is_covered():
    assert {p.name for p in Path(ROOT / "studies").glob("*.toml")} == set(EXPECTED)


def test_reference_study_is_the_papers_grid():
    spec = load_spec(ROOT / "studies" / "locatello2019.toml")
    plan = build_plan(spec)
    train = [c.content for c in plan.cells if c.kind == "train"]
    assert {c["settings"]["steps"] for c in train} == {300_000}
    assert {c["settings"]["resolution"] for c in train} == {64}
    assert {c["settings"]["learning_rate"] for c in train} == {0.0001}
    assert len({c["dataset"] for c in train}) == 7 and len({c["seed"] for c in train}) == 50
    strengths = {(c["method"], tuple(sorted(c["hyperparameters"].items()))) for c in train}
    assert len(strengths) == 36
    profiles = {c.content["settings"]["profile"] for c in plan.cells if c.kind == "evaluate"}
    assert profiles == {"paper"}


def test_the_gpu_study_is_the_cpu_study_trained_longer():
    """Cell for cell the CPU study's grid, but for the number of steps (and AnnealedVAE's ramp,
    which reaches c_max after a third of training in both)."""
    def grid(name):
        cells = [c.content for c in build_plan(load_spec(ROOT / "studies" / name)).cells if c.kind == "train"]
        out = []
        for c in cells:
            hp = dict(c["hyperparameters"])
            ramp = hp.pop("iteration_threshold", None)
            settings = {k: v for k, v in c["settings"].items() if k != "steps"}
            out.append((c["dataset"], c["method"], c["seed"], tuple(sorted(hp.items())), tuple(sorted(settings.items())),
                        None if ramp is None else round(c["settings"]["steps"] / ramp)))
        return out, {c["settings"]["steps"] for c in cells}

    cpu, cpu_steps = grid("cpu.toml")
    gpu, gpu_steps = grid("gpu.toml")
    assert cpu == gpu
    assert cpu_steps == {1000} and gpu_steps == {2_000}
