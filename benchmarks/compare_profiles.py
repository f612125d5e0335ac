"""How far the fast profile moves each score from the paper profile: Spearman rank
correlation, over a set of representations, of every score a metric returns under the two
profiles, and the mean absolute difference.

    python benchmarks/compare_profiles.py [--sets 8] [--metrics mig,dci,...]
    python benchmarks/compare_profiles.py --trained sqlite:///cpu.db --tensors cpu.zarr [--models 18]
    python benchmarks/compare_profiles.py --trained ... --models 8 --metrics dci --shard 0/2 --save a.json
    python benchmarks/compare_profiles.py --combine a.json b.json

By default the representations are synthetic: 10,000 points of the dSprites factor grid,
codes that follow the factors, rotated by an angle that grows from 0 to 45 degrees and noised
by a level that grows with it, so that disentanglement falls from set to set. With --trained,
they are the mean representations of trained models, read from a filled study's database and
tensor store (--models of the data set's models, evenly spaced in model order).

The paper profiles of DCI and the downstream tasks take minutes per representation on a small
machine, so a run can be split: --shard K/N scores every N-th set from the K-th, --save writes
each set's scores under both profiles (every score a metric returns, and the seconds taken) to a
JSON file, and --combine reads such files and prints the comparison for every score that both
profiles return (per-factor scores and the points_with_replacement flag left out)."""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from scipy.stats import spearmanr

from expdb_runners.metrics import EvaluationSet, compute

SIZES = np.array([3, 6, 40, 32, 32])
METRICS = ("beta_vae", "factor_vae", "mig", "dci", "modularity", "sap", "unsupervised", "downstream_logistic",
           "downstream_boosted")


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
    from expdb.tables import run_sql
    from expdb.tensors import TensorStore

    rows = run_sql(db, "SELECT r.model_id, t.name, t.path, t.shape, t.dtype, t.checksum, t.nbytes FROM representation r "
                       "JOIN tensor t ON t.cell_id = r.cell_id JOIN model m ON m.id = r.model_id "
                       f"WHERE r.kind = 'mean' AND m.dataset = '{dataset}' ORDER BY r.model_id").iter_rows(named=True)
    tensors = TensorStore(store, create=False)
    by_model: dict[int, dict[str, np.ndarray]] = {}
    for row in rows:
        by_model.setdefault(row["model_id"], {})[row["name"]] = tensors.read(TensorRef.from_row(SimpleNamespace(**row)))
    available = list(by_model.values())
    picked = np.unique(np.linspace(0, len(available) - 1, min(models, len(available))).round().astype(int))
    chosen = [available[i] for i in picked]
    return [EvaluationSet(t["factor_sizes"], t["factors"], t["mean"], t["logvar"], "mean") for t in chosen]


def score_sets(sets: dict[int, EvaluationSet], metrics: list[str], save: Path | None = None) -> dict:
    """Every score of every metric on every set under both profiles, with the seconds each took
    (written to `save` after each set, so a long run that is stopped keeps what it finished)."""
    found: dict = {}
    for metric in metrics:
        for index, data in sets.items():
            for profile in ("paper", "fast"):
                start = time.perf_counter()
                scores = compute(metric, data, np.random.default_rng(1), profile)
                found.setdefault(metric, {}).setdefault(str(index), {})[profile] = {
                    "scores": scores, "seconds": time.perf_counter() - start}
            print(f"  {metric} set {index}: paper {found[metric][str(index)]['paper']['seconds']:.1f} s, "
                  f"fast {found[metric][str(index)]['fast']['seconds']:.1f} s", flush=True)
            if save is not None:
                save.write_text(json.dumps(found, indent=1))
    return found


def merge(parts: list[dict]) -> dict:
    merged: dict = {}
    for part in parts:
        for metric, by_set in part.items():
            merged.setdefault(metric, {}).update(by_set)
    return merged


def report(found: dict) -> None:
    """Spearman fast vs paper and mean |paper - fast| for every score both profiles return."""
    for metric, by_set in found.items():
        indices = sorted(by_set, key=int)
        paper_seconds = [by_set[i]["paper"]["seconds"] for i in indices]
        fast_seconds = [by_set[i]["fast"]["seconds"] for i in indices]
        print(f"{metric}: {len(indices)} sets; seconds per set paper {np.mean(paper_seconds):.1f}, "
              f"fast {np.mean(fast_seconds):.1f}")
        keys = [k for k in by_set[indices[0]]["paper"]["scores"]
                if "factor_" not in k and k != "points_with_replacement"
                and all(k in by_set[i]["fast"]["scores"] for i in indices)]
        for key in keys:
            paper = np.array([by_set[i]["paper"]["scores"][key] for i in indices])
            fast = np.array([by_set[i]["fast"]["scores"][key] for i in indices])
            rho = spearmanr(paper, fast).statistic if np.ptp(paper) and np.ptp(fast) else float("nan")
            print(f"  {key:38s} spearman {rho:6.3f}  mean |paper - fast| {np.mean(np.abs(paper - fast)):.3f}  "
                  f"paper range {paper.min():.3f}-{paper.max():.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=8)
    parser.add_argument("--metrics", default=",".join(METRICS))
    parser.add_argument("--trained", default=None, metavar="DB", help="Use trained models' mean representations.")
    parser.add_argument("--tensors", dest="store", default="expdb.zarr")
    parser.add_argument("--models", type=int, default=18)
    parser.add_argument("--dataset", default="dsprites_full")
    parser.add_argument("--shard", default="0/1", help="K/N: score every N-th set, starting at the K-th.")
    parser.add_argument("--save", type=Path, default=None, help="Write every score of both profiles to this JSON file.")
    parser.add_argument("--combine", type=Path, nargs="+", default=None, help="Report on saved JSON files.")
    args = parser.parse_args()
    if args.combine:
        report(merge([json.loads(path.read_text()) for path in args.combine]))
        return
    if args.trained:
        sets = trained_sets(args.trained, args.store, args.models, args.dataset)
        print(f"{len(sets)} trained models of {args.dataset} from {args.trained}")
    else:
        sets = [graded_set(i, args.sets) for i in range(args.sets)]
    shard, shards = (int(x) for x in args.shard.split("/"))
    chosen = {i: data for i, data in enumerate(sets) if i % shards == shard}
    report(score_sets(chosen, args.metrics.split(","), args.save))


if __name__ == "__main__":
    main()
