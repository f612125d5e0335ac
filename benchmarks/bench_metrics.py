"""Time to evaluate every metric on both representations (mean and sampled) of one model.

    python benchmarks/bench_metrics.py --profile fast
    python benchmarks/bench_metrics.py --profile paper --metrics mig,dci
    python benchmarks/bench_metrics.py --profile paper --metrics downstream_boosted --kinds mean

The evaluation set is 10,000 points of the dSprites factor grid (the represent runner's
default) with 10 codes: 5 that follow the factors (with noise) and 5 of noise, so that the
tree ensembles have real structure to fit. Targets: fast at most 30 s per model;
paper at most the reference algorithms' own time."""

from __future__ import annotations

import argparse
import time

import numpy as np

from expdb_runners.metrics import METRICS, EvaluationSet, compute

SIZES = np.array([3, 6, 40, 32, 32])


def evaluation_set(kind: str) -> EvaluationSet:
    rng = np.random.default_rng(0)
    factors = np.stack([rng.integers(0, s, 10_000) for s in SIZES], axis=1)
    signal = factors / (SIZES - 1) + 0.05 * rng.standard_normal(factors.shape)
    mean = np.concatenate([signal, rng.standard_normal((10_000, 5))], axis=1)
    return EvaluationSet(SIZES, factors, mean, np.full_like(mean, -3.0), kind)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", default="fast", choices=("fast", "paper"))
    parser.add_argument("--metrics", default=",".join(METRICS))
    parser.add_argument("--kinds", default="mean,sampled", help="Representations to time (mean, sampled or both).")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    total = 0.0
    for metric in args.metrics.split(","):
        seconds = []
        for kind in kinds:
            start = time.perf_counter()
            scores = compute(metric, evaluation_set(kind), np.random.default_rng(1), args.profile)
            seconds.append(time.perf_counter() - start)
        total += sum(seconds)
        headline = {k: round(v, 3) for k, v in scores.items() if ":" not in k or k.startswith("100")}
        shown = dict(list(headline.items())[:3])
        timings = "  ".join(f"{kind} {s:7.2f} s" for kind, s in zip(kinds, seconds))
        print(f"{args.profile:5s} {metric:20s} {timings}   {shown}")
    print(f"{args.profile:5s} total ({', '.join(kinds)}): {total:.1f} s")


if __name__ == "__main__":
    main()
