"""Paper-profile metrics whose per-factor fits dominate (DCI, the two downstream tasks) on one
representation (10,000 dSprites-grid points, see bench_metrics.py): our per-factor fits over
the cores against the reference's serial loop, side by side, same code, one after the other.

    python benchmarks/bench_parallel_fits.py                 # dci
    python benchmarks/bench_parallel_fits.py --metric downstream_boosted
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import numpy as np  # noqa: E402
from bench_metrics import evaluation_set  # noqa: E402

from expdb_runners.metrics import compute  # noqa: E402


def timed(metric: str, jobs: str):
    os.environ["EXPDB_METRIC_JOBS"] = jobs
    start = time.perf_counter()
    scores = compute(metric, evaluation_set("mean"), np.random.default_rng(1), "paper")
    return time.perf_counter() - start, scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--metric", default="dci", choices=("dci", "downstream_boosted", "downstream_logistic"))
    args = parser.parse_args()
    parallel, a = timed(args.metric, "0")  # 0: one process per core
    serial, b = timed(args.metric, "1")
    print(f"{args.metric} paper, mean representation: {parallel:.1f} s over the cores, {serial:.1f} s serial; "
          f"scores identical: {a == b}")


if __name__ == "__main__":
    main()
