"""The paper profile's boosted metrics with the batched gradient boosting against sklearn's
estimator (one fit per factor, over the cores: the paper profile before it), side by side in
one run, on one representation of 10,000 dSprites-grid points (bench_metrics.py's set).

    python benchmarks/bench_paper_estimators.py                      # dci and downstream_boosted, mean
    python benchmarks/bench_paper_estimators.py --kinds mean,sampled --metrics dci

Prints each metric's seconds both ways and whether every score is identical."""

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


def timed(metric: str, kind: str, way: str):
    os.environ["EXPDB_PAPER_BOOSTING"] = way
    start = time.perf_counter()
    scores = compute(metric, evaluation_set(kind), np.random.default_rng(1), "paper")
    return time.perf_counter() - start, scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--metrics", default="dci,downstream_boosted")
    parser.add_argument("--kinds", default="mean")
    args = parser.parse_args()
    os.environ.setdefault("EXPDB_METRIC_JOBS", "0")  # every core, both ways
    from expdb_runners.metrics.boosting import fit_boosted

    # compile (or load the compiled code) before timing
    warm = np.random.default_rng(0).standard_normal((50, 2))
    fit_boosted(warm, (warm[:, :1] > 0).astype(int), warm, [0], n_stages=1)
    for metric in args.metrics.split(","):
        for kind in args.kinds.split(","):
            batched, a = timed(metric, kind, "batched")
            reference, b = timed(metric, kind, "sklearn")
            print(f"paper {metric:20s} {kind:7s}  sklearn {reference:7.1f} s  batched {batched:6.1f} s  "
                  f"({reference / batched:.1f}x)  scores identical: {a == b}", flush=True)


if __name__ == "__main__":
    main()
