"""The GPU slice's prepared run (benchmarks/gpu_slice.sh), on the CPU at a tiny size: the same
script, a STUDY cut down from studies/gpu.toml (one data set and seed, 20 steps, two metrics on
the smoke profile), gangs of 9, and the database it brings back holds the study, done."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_cli


def tiny_study(tmp_path: Path) -> Path:
    text = (ROOT / "studies" / "gpu.toml").read_text()
    for old, new in (('values = ["dsprites_full", "shapes3d"]', 'values = ["dsprites_full"]'),
                     ("range = { start = 0, stop = 3 }", "range = { start = 0, stop = 1 }"),
                     ("steps = 20000", "steps = 20\nbatch_size = 16"), ("points = 10000", "points = 300"),
                     ('profile = "fast"', 'profile = "smoke"')):
        assert old in text, old
        text = text.replace(old, new)
    start = text.index("metrics = [")
    text = text[:start] + 'metrics = ["mig", "unsupervised"]\n' + text[text.index("\n", text.index("]", start)) + 1:]
    path = tmp_path / "tiny_gpu.toml"
    path.write_text(text)
    return path


def test_the_gpu_slice_script_runs_end_to_end_on_a_cpu(tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "OUT": str(out), "WORK": str(tmp_path / "work"), "STUDY": str(tiny_study(tmp_path)),
           "DEVICE": "cpu", "TRAIN_WORKERS": "2", "GANG": "9", "EVAL_WORKERS": "2",
           "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}  # python3 is this environment's
    result = subprocess.run(["bash", str(ROOT / "benchmarks" / "gpu_slice.sh")], env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    timings = (out / "timings.txt").read_text()
    assert "train and represent ended with exit code 0" in timings and "evaluate ended with exit code 0" in timings
    db = tmp_path / "back.db"
    db.write_bytes(gzip.decompress((out / "gpu.db.gz").read_bytes()))
    url = f"sqlite:///{db}"
    plan = json.loads(run_cli("--db", url, "plan", env["STUDY"], "--json").stdout)
    assert {k: (v["done"], v["missing"]) for k, v in plan["kinds"].items()} == {
        "train": (18, 0), "represent": (36, 0), "evaluate": (72, 0)}
    gangs = json.loads(run_cli("--db", url, "sql", "SELECT p.gang_size, count(*) AS n FROM model m JOIN provenance p "
                                                 "ON p.id = m.provenance_id GROUP BY p.gang_size", "--format", "json").stdout)
    assert gangs == [{"gang_size": 3, "n": 18}]  # per method, its 3 strengths (one seed here) trained as one gang
    dumped = run_cli("--db", url, "dump", tmp_path / "bundle")
    assert dumped.returncode == 0, dumped.stderr
