"""How far the fast profile moves each score from the paper profile: Spearman rank
correlation, over a graded set of representations, of each metric's headline score under
the two profiles.

    python benchmarks/compare_profiles.py [--sets 8] [--metrics mig,dci,...]

The representations are synthetic, not trained models: 10,000 points of the dSprites factor
grid, codes that follow the factors, rotated by an angle that grows from 0 to 45 degrees and
noised by a level that grows with it, so that disentanglement falls from set to set."""

from __future__ import annotations

import argparse
import math
import time

import numpy as np
from scipy.stats import spearmanr

from expdb_runners.metrics import EvaluationSet, compute

SIZES = np.array([3, 6, 40, 32, 32])
HEADLINE = {"beta_vae": "eval_accuracy", "factor_vae": "eval_accuracy", "mig": "discrete_mig",
            "dci": "disentanglement", "modularity": "modularity_score", "sap": "SAP_score",
            "unsupervised": "gaussian_total_correlation", "downstream_logistic": "100:mean_test_accuracy",
            "downstream_boosted": "100:mean_test_accuracy"}


def graded_set(i: int, count: int) -> EvaluationSet:
    rng = np.random.default_rng(100 + i)
    factors = np.stack([rng.integers(0, s, 10_000) for s in SIZES], axis=1)
    codes = factors / (SIZES - 1)
    t = i / max(1, count - 1)
    angle = t * math.pi / 4
    mixed = codes.copy()
    for a, b in ((0, 1), (2, 3)):
        mixed[:, a] = math.cos(angle) * codes[:, a] - math.sin(angle) * codes[:, b]
        mixed[:, b] = math.sin(angle) * codes[:, a] + math.cos(angle) * codes[:, b]
    mixed += (0.02 + 0.3 * t) * rng.standard_normal(mixed.shape)
    mean = np.concatenate([mixed, rng.standard_normal((10_000, 5))], axis=1)
    return EvaluationSet(SIZES, factors, mean, np.full_like(mean, -3.0), "mean")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=8)
    parser.add_argument("--metrics", default=",".join(HEADLINE))
    args = parser.parse_args()
    sets = [graded_set(i, args.sets) for i in range(args.sets)]
    for metric in args.metrics.split(","):
        key = HEADLINE[metric]
        start = time.perf_counter()
        paper = [compute(metric, s, np.random.default_rng(1), "paper")[key] for s in sets]
        fast = [compute(metric, s, np.random.default_rng(1), "fast")[key] for s in sets]
        rho = spearmanr(paper, fast).statistic
        gap = np.mean(np.abs(np.array(paper) - np.array(fast)))
        print(f"{metric:20s} {key:28s} spearman {rho:6.3f}  mean |paper - fast| {gap:.3f}  "
              f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
