"""The GPU slice's prepared run (benchmarks/gpu_slice.sh and gpu_slice.py), on the CPU at a tiny
size: the same scripts, a STUDY cut down from studies/gpu.toml (one data set and seed, batch 16,
two metrics on the smoke profile), gangs of 9, and a budget it must fit."""

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import pytest
from pathlib import Path

from conftest import ROOT, run_cli

_spec = importlib.util.spec_from_file_location("gpu_slice", ROOT / "benchmarks" / "gpu_slice.py")
gpu_slice = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gpu_slice)


def tiny_study(tmp_path: Path) -> Path:
    text = (ROOT / "studies" / "gpu.toml").read_text()
    for old, new in (('values = ["dsprites_full", "shapes3d"]', 'values = ["dsprites_full"]'),
                     ("range = { start = 0, stop = 3 }", "range = { start = 0, stop = 1 }"),
                     ("steps = 2000\n", "steps = 20000\nbatch_size = 16\n"),
                     ("iteration_threshold = 666 }", "iteration_threshold = 6667 }"), ("points = 10000", "points = 300"),
                     ('profile = "fast"', 'profile = "smoke"')):
        assert old in text, old
        text = text.replace(old, new)
    start = text.index("metrics = [")
    text = text[:start] + 'metrics = ["mig", "unsupervised"]\n' + text[text.index("\n", text.index("]", start)) + 1:]
    path = tmp_path / "tiny_gpu.toml"
    path.write_text(text)
    return path


@pytest.mark.slow
def test_the_gpu_slice_fits_its_budget_and_brings_back_what_is_left_to_evaluate(tmp_path):
    """The prepared device run on a CPU: 20,000 steps would not fit the budget, so after the
    first rates it starts over at the fallback length (20 steps); evaluation gets no time (so
    not even its cells are planned there: CI once stopped an evaluate fill before its plan was
    written, and no representation came back), so the representations come back in parts;
    unpacked here, a plain fill finishes the study."""
    out, work = tmp_path / "out", tmp_path / "work"
    study = tiny_study(tmp_path)
    # 900 s with 240 kept after training: 20,000 steps cannot fit at a CPU's rate (they take
    # hours), 20 steps fit even on a loaded CI machine (the run ends as soon as it is done)
    env = {**os.environ, "OUT": str(out), "WORK": str(work), "STUDY": str(study), "DEVICE": "cpu",
           "TRAIN_WORKERS": "2", "GANG": "9", "EVAL_WORKERS": "2", "GANG_SIZES": "", "BUDGET": "900",
           "SLICE_ARGS": "--decide-after 3 --after-train 240 --fallback-steps 20 --restart 0 "
                         "--progress-seconds 1 --evaluate-for 0 --part 0.5",
           "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}  # python3 is this environment's
    result = subprocess.run(["bash", str(ROOT / "benchmarks" / "gpu_slice.sh")], env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    timings = (work / "logs" / "timings.txt").read_text()
    assert "stopping this fill" in timings and "starting over at 20 steps" in timings, timings
    assert "; 3 rounds of gangs" in timings, timings  # 18 models in gangs of 3 (a method's), 2 at a time
    assert "train and represent ended with exit code 0" in timings, timings
    assert "no time left to evaluate here" in timings, timings
    ran = (out / "gpu_spec.toml").read_text()
    assert "steps = 20\n" in ran 
    assert "iteration_threshold = 6 }" in ran  # 6,667 of 20,000 steps scaled to 20, rounded down
    with tarfile.open(out / "logs.tar.gz") as tar:
        assert "logs/fill_train1.log" in tar.getnames() and "logs/fill_train2.log" in tar.getnames()
    parts = sorted(out.glob("reps.tar.*"))
    assert len(parts) > 1 and all(p.stat().st_size <= 2**19 for p in parts), timings

    back = tmp_path / "back"
    unpacked = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gpu_slice.py"), "--unpack", str(out),
                               "--into", str(back)], capture_output=True, text=True)
    assert unpacked.returncode == 0, unpacked.stderr
    url = f"sqlite:///{back / 'gpu.db'}"
    before = json.loads(run_cli("--db", url, "plan", out / "gpu_spec.toml", "--json").stdout)
    assert before["kinds"]["train"]["done"] == 18 and before["kinds"]["evaluate"]["missing"] == 72
    assert len(gpu_slice.representations_still_needed(back / "gpu.db")) == 18  # no evaluation planned yet
    some = run_cli("--db", url, "--tensors", back / "gpu.zarr", "fill", out / "gpu_spec.toml", "--kind", "evaluate",
                   "--limit", "12", "--quiet")
    assert some.returncode == 0, some.stderr
    assert 0 < len(gpu_slice.representations_still_needed(back / "gpu.db")) < 18  # those evaluated in full drop out
    filled = run_cli("--db", url, "--tensors", back / "gpu.zarr", "fill", out / "gpu_spec.toml", "--workers", "2",
                     "--quiet")
    assert filled.returncode == 0, filled.stderr
    plan = json.loads(run_cli("--db", url, "plan", out / "gpu_spec.toml", "--json").stdout)
    assert {k: (v["done"], v["missing"]) for k, v in plan["kinds"].items()} == {
        "train": (18, 0), "represent": (18, 0), "evaluate": (72, 0)}
    assert gpu_slice.representations_still_needed(back / "gpu.db") == []
    gangs = json.loads(run_cli("--db", url, "sql", "SELECT p.gang_size, count(*) AS n FROM model m JOIN provenance p "
                                                 "ON p.id = m.provenance_id GROUP BY p.gang_size", "--format", "json").stdout)
    assert gangs == [{"gang_size": 3, "n": 18}]  # per method, its 3 strengths (one seed here) trained as one gang
    dumped = run_cli("--db", url, "dump", tmp_path / "bundle")
    assert dumped.returncode == 0, dumped.stderr


def test_a_spec_shortened_for_the_budget_scales_the_annealing_ramp_with_it():
    text = (ROOT / "studies" / "gpu.toml").read_text()
    short = gpu_slice.spec_with_steps(text, 1000)
    assert "steps = 1000\n" in short and "iteration_threshold = 333 }" in short  # as cpu.toml's
    assert short.replace("steps = 1000\n", "steps = 2000\n").replace("= 333 }", "= 666 }") == text


def test_progress_lines_are_read_back_as_the_latest_rate_per_gang(tmp_path):
    log = tmp_path / "fill.log"
    log.write_text("noise\nprogress: shapes3d factor_vae x9: update 100 of 20000, 50.0 updates/s\n"
                   "progress: shapes3d factor_vae x9: update 900 of 20000, 61.5 updates/s\n"
                   "progress: dsprites_full beta_vae x9: update 1500 of 20000, 120.0 updates/s\n"
                   "progress: shapes3d beta_vae x9: update 1 of 20000, 0.0 updates/s\n")  # no rate yet: not reported
    assert gpu_slice.rates_in(log) == {"shapes3d factor_vae x9": (900, 20000, 61.5),
                                       "dsprites_full beta_vae x9": (1500, 20000, 120.0)}
