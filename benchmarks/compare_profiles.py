"""How far the fast profile moves each score from the paper profile: Spearman rank
correlation, over a graded set of representations, of each metric's headline score under
the two profiles.

    python benchmarks/compare_profiles.py [--sets 8] [--metrics mig,dci,...]
    python benchmarks/compare_profiles.py --trained sqlite:///cpu.db --store cpu.zarr [--models 18]

By default the representations are synthetic: 10,000 points of the dSprites factor grid,
codes that follow the factors, rotated by an angle that grows from 0 to 45 degrees and noised
by a level that grows with it, so that disentanglement falls from set to set. With --trained,
they are the mean representations of trained models, read from a filled study's database and
tensor store (the first --models models of --dataset, in model order)."""

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


def trained_sets(db: str, store: str, models: int, dataset: str) -> list[EvaluationSet]:
    from expdb.cells import TensorRef
    from expdb.query import run_sql
    from expdb.tensors import TensorStore

    rows = run_sql(db, "SELECT r.model_id, t.name, t.path, t.shape, t.dtype, t.checksum, t.nbytes FROM representation r "
                       "JOIN tensor t ON t.cell_id = r.cell_id JOIN model m ON m.id = r.model_id "
                       f"WHERE r.kind = 'mean' AND m.dataset = '{dataset}' ORDER BY r.model_id").rows()
    tensors = TensorStore(store, create=False)
    by_model: dict[int, dict[str, np.ndarray]] = {}
    for model_id, name, path, shape, dtype, digest, nbytes in rows:
        ref = TensorRef(path, tuple(int(x) for x in shape.split(",")), dtype, digest, nbytes)
        by_model.setdefault(model_id, {})[name] = tensors.read(ref)
    chosen = list(by_model.values())[:models]
    return [EvaluationSet(t["factor_sizes"], t["factors"], t["mean"], t["logvar"], "mean") for t in chosen]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=8)
    parser.add_argument("--metrics", default=",".join(HEADLINE))
    parser.add_argument("--trained", default=None, metavar="DB", help="Use trained models' mean representations.")
    parser.add_argument("--store", default="expdb.zarr")
    parser.add_argument("--models", type=int, default=18)
    parser.add_argument("--dataset", default="dsprites_full")
    args = parser.parse_args()
    if args.trained:
        sets = trained_sets(args.trained, args.store, args.models, args.dataset)
        print(f"{len(sets)} trained models of {args.dataset} from {args.trained}")
    else:
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
