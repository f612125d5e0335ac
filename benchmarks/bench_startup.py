"""How long the command line takes to answer before doing any work: `expdb --help` and a
mistyped command, in fresh processes (CPU seconds, user + system, the mean of --runs).

    python benchmarks/bench_startup.py [--runs 20]

Target: under 0.15 s of CPU. The commands import SQLAlchemy, Zarr, NumPy and
Polars when they run, not when the command line starts (expdb/cli.py)."""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys


def cpu_seconds(args: list[str], runs: int) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        subprocess.run(args, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    expdb = shutil.which("expdb") or sys.exit("expdb is not installed here (pip install -e .)")
    python = cpu_seconds([sys.executable, "-c", "pass"], args.runs)
    print(f"python -c pass       {python:.3f} s CPU (the interpreter alone)")
    for label, command in (("expdb --help", [expdb, "--help"]), ("expdb nosuchcommand", [expdb, "nosuchcommand"])):
        print(f"{label:20s} {cpu_seconds(command, args.runs):.3f} s CPU")


if __name__ == "__main__":
    main()
