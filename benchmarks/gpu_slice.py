"""The GPU slice as one run that ends inside a fixed budget of seconds.

A GPU machine held for a fixed time (a reservation, a queue's time limit) is held for minutes: this run must bring back a usable study even
when the GPU is slower than planned. So it

1. fills the spec's train and represent cells on the device in gangs, with each gang printing
   its rate (EXPDB_PROGRESS_SECONDS); after --decide-after seconds it projects when the slowest
   gang will finish, and if that leaves less than --after-train seconds it stops and starts over
   in a fresh database with the largest of --fallback-steps that fits at the measured rate
   (AnnealedVAE's iteration_threshold scaled with it, the spec written to gpu_spec.toml, so the
   study that ran is the study that comes back). A fill that fails outright before any gang
   reports (the ganged path broken on this device) is retried alone (--gang 1);
2. fills the evaluate cells on the machine's CPU cores until the budget's last --pack seconds;
3. brings back the database (a consistent copy, gzipped) and, when some evaluations are still
   missing, the representation arrays they need (reps.tar.NN parts, at most --tar-limit MiB),
   to be evaluated here: `python benchmarks/gpu_slice.py --unpack BACK --into DIR`.

Everything it says goes to timings.txt and the fill logs under WORK/logs (benchmarks/gpu_slice.sh
packs them). With a tiny spec and --device cpu it runs as a test (tests/test_gpu_slice.py).
"""

from __future__ import annotations

import argparse
import gzip
import io
import math
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

PROGRESS = re.compile(r"progress: (.+?): update (\d+) of (\d+), ([\d.]+) updates/s")


class Budget:
    def __init__(self, seconds: float, log_path: Path):
        self.start, self.seconds, self.log_path = time.monotonic(), seconds, log_path

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def left(self) -> float:
        return self.seconds - self.elapsed()

    def log(self, message: str) -> None:
        line = f"[{self.elapsed():6.1f} s] {message}"
        print(line, flush=True)
        with open(self.log_path, "a") as f:
            f.write(line + "\n")


def expdb_command(db: Path, tensors: Path, *args) -> list[str]:
    return [sys.executable, "-m", "expdb.cli", "--db", f"sqlite:///{db}", "--tensors", str(tensors), *map(str, args)]


def stop(proc: subprocess.Popen) -> None:
    """The fill and its workers (one process group) stop now."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def rates_in(log: Path) -> dict[str, tuple[int, int, float]]:
    """The latest (update, of, updates/s) each gang or model has printed."""
    latest = {}
    for match in PROGRESS.finditer(log.read_text(errors="replace") if log.exists() else ""):
        if float(match.group(4)) > 0:  # a gang that has not yet measured a rate has not reported
            latest[match.group(1)] = (int(match.group(2)), int(match.group(3)), float(match.group(4)))
    return latest


def rounds_of_gangs(db: Path, rates: dict, workers: int) -> int:
    """How many rounds of gangs the train cells take, one after another: the cells still to train
    over what the running gangs hold (their size is in their progress label, "x9"); the fill has
    planned its cells by the time gangs report."""
    with sqlite3.connect(db) as con:
        models = con.execute("SELECT count(*) FROM cell WHERE kind = 'train' AND state != 'done'").fetchone()[0]
    sizes = [int(m.group(1)) for m in (re.search(r" x(\d+)$", label) for label in rates) if m]
    per_round = workers * max(sizes or [1])
    return max(1, math.ceil(models / per_round))


def spec_with_steps(text: str, steps: int) -> str:
    """The spec with `steps` changed, and AnnealedVAE's ramp scaled with it (rounded down, as
    cpu.toml's 333 of 1,000)."""
    old = int(re.search(r"^steps = (\d+)", text, re.M).group(1))
    text = re.sub(r"^steps = \d+", f"steps = {steps}", text, count=1, flags=re.M)
    scaled = lambda m: f"iteration_threshold = {int(m.group(1)) * steps // old}"  # noqa: E731
    return "".join(line if line.lstrip().startswith("#") else re.sub(r"iteration_threshold = (\d+)", scaled, line)
                   for line in text.splitlines(keepends=True))


def train(args, budget: Budget, spec: Path, db: Path, tensors: Path, logs: Path, gang: int, attempt: int):
    """One fill of the train and represent cells. Returns (exit code, None) when it ran to its
    end, (None, slowest rate in updates/s) when it was stopped because it would not finish, or
    ("deadline", None) when the budget ended during it."""
    for command in (("init",), ("plan", spec)):
        done = subprocess.run(expdb_command(db, tensors, *command), capture_output=True, text=True)
        with open(logs / f"plan{attempt}.txt", "a") as f:
            f.write(done.stdout + done.stderr)
        if done.returncode != 0:
            budget.log(f"expdb {command[0]} failed: {done.stderr.strip()}")
            return done.returncode, None
    log = logs / f"fill_train{attempt}.log"
    env = {**os.environ, "EXPDB_PROGRESS_SECONDS": str(args.progress_seconds), "OMP_NUM_THREADS": "1"}
    budget.log(f"train and represent: {spec.name}, --workers {args.train_workers} --gang {gang} on {args.device}")
    began = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen(expdb_command(db, tensors, "fill", spec, "--kind", "train", "--kind", "represent",
                                              "--device", args.device, "--workers", args.train_workers,
                                              "--gang", gang),
                                stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        decided = False
        while proc.poll() is None:
            time.sleep(1.0)
            if budget.left() < args.pack + 5:  # slower than projected: keep what is done, bring it back
                budget.log("the budget ends during training: stopping the fill with what is done")
                stop(proc)
                return "deadline", None
            if decided or time.monotonic() - began < args.decide_after:
                continue
            rates = rates_in(log)
            # every worker's gang has reported, or half a minute more has passed
            if not rates or (len(rates) < args.train_workers
                             and time.monotonic() - began < args.decide_after + 30):
                continue
            decided = True
            waves = rounds_of_gangs(db, rates, args.train_workers)
            slowest = min(rate for _, _, rate in rates.values())
            finish = max((total - step) / rate for step, total, rate in rates.values())  # rates are > 0
            finish += (waves - 1) * max(total / rate for _, total, rate in rates.values())
            budget.log(f"rates after {time.monotonic() - began:.0f} s: {len(rates)} gangs, "
                       + ", ".join(f"{k} {r:.1f}/s at {s}" for k, (s, _, r) in sorted(rates.items()))
                       + f"; {waves} rounds of gangs, the last finishing in about {finish:.0f} s")
            if finish * args.margin > budget.left() - args.after_train:
                budget.log(f"that leaves under {args.after_train} s after training: stopping this fill")
                stop(proc)
                return None, slowest / waves
    budget.log(f"train and represent ended with exit code {proc.returncode} after {time.monotonic() - began:.0f} s")
    return proc.returncode, None


def evaluate(args, budget: Budget, spec: Path, db: Path, tensors: Path, logs: Path) -> None:
    seconds = budget.left() - args.pack
    if args.evaluate_for is not None:
        seconds = min(seconds, args.evaluate_for)
    if seconds <= 0:
        budget.log("no time left to evaluate here; everything is evaluated where the results land")
        return
    budget.log(f"evaluate: --workers {args.eval_workers} on cpu, at most {seconds:.0f} s")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    with open(logs / "fill_evaluate.log", "w") as out:
        proc = subprocess.Popen(expdb_command(db, tensors, "fill", spec, "--workers", args.eval_workers,
                                              "--device", "cpu"),
                                stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try:
            proc.wait(timeout=seconds)
            budget.log(f"evaluate ended with exit code {proc.returncode}")
        except subprocess.TimeoutExpired:
            stop(proc)
            budget.log("evaluate stopped at the budget's end; the rest is evaluated where the results land")


def representations_still_needed(db: Path) -> list[str]:
    """Store paths of the representations not yet evaluated in full: some evaluate cell that
    reads one is not done, or none is planned yet (an evaluate fill stopped before its plan was
    written, or never started, plans them where the results land)."""
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT DISTINCT r.store_path FROM representation r WHERE r.store_path IS NOT NULL AND ("
            " NOT EXISTS (SELECT 1 FROM cell_dependency d JOIN cell c ON c.id = d.child_id"
            "             WHERE d.parent_id = r.cell_id AND c.kind = 'evaluate')"
            " OR EXISTS (SELECT 1 FROM cell_dependency d JOIN cell c ON c.id = d.child_id"
            "            WHERE d.parent_id = r.cell_id AND c.kind = 'evaluate' AND c.state != 'done'))"
            " ORDER BY r.store_path").fetchall()
    return [path for (path,) in rows]


def pack(args, budget: Budget, db: Path, tensors: Path, out: Path) -> None:
    copy = db.with_name("copy.db")
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # consistent even if a killed writer left a journal behind
    with open(copy, "rb") as f, gzip.open(out / "gpu.db.gz", "wb", compresslevel=6) as g:
        shutil.copyfileobj(f, g)
    budget.log(f"database: {(out / 'gpu.db.gz').stat().st_size / 2**20:.1f} MiB gzipped")
    needed = representations_still_needed(copy)
    if not needed:
        return
    buffer = io.BytesIO()
    taken = 0
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        folders = [path.rsplit("/", 1)[0] for path in needed]  # a representation's attempt folder
        metadata = {"zarr.json"}
        for folder in folders:
            parts = folder.split("/")
            metadata |= {"/".join(parts[:i] + ["zarr.json"]) for i in range(1, len(parts) + 1)}
        for name in sorted(metadata):
            if (tensors / name).exists():
                tar.add(tensors / name, arcname=name)
        for folder in folders:
            if buffer.tell() > args.tar_limit * 2**20:
                break
            tar.add(tensors / folder, arcname=folder)
            taken += 1
    data, part = buffer.getvalue(), int(args.part * 2**20)
    for i in range(math.ceil(len(data) / part)):
        (out / f"reps.tar.{i:02d}").write_bytes(data[i * part:(i + 1) * part])
    budget.log(f"{taken} of the {len(needed)} representations still to evaluate: {len(data) / 2**20:.1f} MiB "
               f"in {math.ceil(len(data) / part)} parts")


def unpack(back: Path, into: Path) -> None:
    """Here: the database and the representations a run brought back, ready for
    `expdb --db sqlite:///INTO/gpu.db --tensors INTO/gpu.zarr fill SPEC`."""
    into.mkdir(parents=True, exist_ok=True)
    with gzip.open(back / "gpu.db.gz", "rb") as g, open(into / "gpu.db", "wb") as f:
        shutil.copyfileobj(g, f)
    parts = sorted(back.glob("reps.tar.*"))
    store = into / "gpu.zarr"
    store.mkdir(exist_ok=True)
    if parts:
        data = b"".join(p.read_bytes() for p in parts)
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(store, filter="data")
    print(f"{into / 'gpu.db'} and {len(parts)} parts of representations in {store}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", default="studies/gpu.toml")
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "/tmp/gpu-slice")))
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--budget", type=float, default=500.0, help="Seconds this run may take in all.")
    parser.add_argument("--train-workers", type=int, default=12)
    parser.add_argument("--gang", type=int, default=9)
    parser.add_argument("--eval-workers", type=int, default=16)
    parser.add_argument("--fallback-steps", default="10000,5000,2000")
    parser.add_argument("--decide-after", type=float, default=45.0,
                        help="Seconds of the train fill before its rates are judged (once every worker's "
                             "gang has reported, or 30 s later).")
    parser.add_argument("--after-train", type=float, default=130.0,
                        help="Seconds kept for representing, evaluating and packing.")
    parser.add_argument("--margin", type=float, default=1.1, help="Factor on the projected training time.")
    parser.add_argument("--restart", type=float, default=30.0,
                        help="Seconds a fresh fill takes to start training (planning, workers, gangs).")
    parser.add_argument("--progress-seconds", type=float, default=10.0)
    parser.add_argument("--pack", type=float, default=25.0, help="Seconds kept for packing.")
    parser.add_argument("--evaluate-for", type=float, default=None,
                        help="At most this many seconds of evaluation here (default: until --pack).")
    parser.add_argument("--tar-limit", type=float, default=50.0, help="MiB of representations brought back.")
    parser.add_argument("--part", type=float, default=14.0, help="MiB per part.")
    parser.add_argument("--unpack", type=Path, default=None, help="Here: a run's files to unpack (see --into).")
    parser.add_argument("--into", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.unpack:
        unpack(args.unpack, args.into or Path("."))
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    work = args.work or Path(os.environ.get("WORK", "/tmp/gpu-slice-work"))
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    budget = Budget(args.budget, logs / "timings.txt")
    text = Path(args.spec).read_text()
    steps = int(tomllib.loads(text)["train"]["steps"])
    gang, attempt = args.gang, 0
    while True:
        attempt += 1
        run_dir = work / f"run{attempt}"
        run_dir.mkdir()
        spec = args.out / "gpu_spec.toml"
        spec.write_text(text)
        db, tensors = run_dir / "gpu.db", run_dir / "gpu.zarr"
        began = budget.elapsed()
        code, slowest = train(args, budget, spec, db, tensors, logs, gang, attempt)
        if slowest is not None:  # would not finish: fewer steps, at the rate just measured
            fits = [s for s in sorted(map(int, args.fallback_steps.split(",")), reverse=True)
                    if s < steps and s / slowest * args.margin + args.restart < budget.left() - args.after_train]
            if not fits:
                budget.log("no fallback length fits the time left; stopping")
                return 1
            steps = fits[0]
            text = spec_with_steps(text, steps)
            budget.log(f"starting over at {steps} steps")
            continue
        if code not in (0, "deadline") and gang > 1 and budget.elapsed() - began < args.decide_after and not rates_in(
                logs / f"fill_train{attempt}.log"):
            budget.log("the ganged fill failed before any gang trained: once more, one model per worker")
            gang = 1
            continue
        break
    evaluate(args, budget, spec, db, tensors, logs)
    status = subprocess.run(expdb_command(db, tensors, "status"), capture_output=True, text=True)
    budget.log("status:\n" + status.stdout + status.stderr)
    pack(args, budget, db, tensors, args.out)
    budget.log(f"done, {budget.left():.0f} s of the budget left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
