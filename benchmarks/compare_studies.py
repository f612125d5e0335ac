"""Two committed studies side by side: per data set, the median and best of MIG, DCI
disentanglement and the FactorVAE score (mean representation), and every model's final
reconstruction loss against the data set's mean image (the README's "What the GPU slice shows").

    python benchmarks/compare_studies.py results/cpu results/gpu

Each bundle is loaded into a fresh SQLite database in a temporary folder; nothing is written
beside the bundles.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SCORES = {("mig", "discrete_mig"): "MIG", ("dci", "disentanglement"): "DCI",
          ("factor_vae", "eval_accuracy"): "FactorVAE"}
PAPER_COMMON_MIG = 0.1  # "0.1-0.3 for many of the paper's models", as read off its figures


def load(bundle: Path, folder: Path) -> tuple[str, str]:
    """(database URL, study name) of the bundle loaded into folder."""
    url = f"sqlite:///{folder / (bundle.name + '.db')}"
    for args in (("init",), ("load", str(bundle))):
        done = subprocess.run([sys.executable, "-m", "expdb.cli", "--db", url, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"expdb {args[0]} failed for {bundle}: {done.stderr.strip()}")
    return url, json.loads((bundle / "manifest.json").read_text())["study"]["name"]


def rows(url: str, study: str) -> tuple[list[dict], list[dict]]:
    import polars as pl

    from expdb.tables import Tables
    from expdb_queries.learning import baseline

    with Tables(url) as tables:
        scores = tables.scores(study).filter(pl.col("representation") == "mean").collect()
        models = tables.models(study).collect()
    metrics = []
    for dataset in sorted(set(scores["dataset"])):
        for (metric, score), label in SCORES.items():
            values = scores.filter((pl.col("dataset") == dataset) & (pl.col("metric") == metric)
                                   & (pl.col("score") == score))["value"]
            metrics.append({"dataset": dataset, "score": label, "median": values.median(), "best": values.max(),
                            "n": values.len(), "common": int((values >= PAPER_COMMON_MIG).sum())})
    recon = []
    for (dataset, method), group in sorted(models.group_by("dataset", "method"), key=lambda g: g[0]):
        first = group.row(0, named=True)
        mean_image = baseline(dataset, first["resolution"], first["data_source"])
        losses = group["reconstruction_loss"]
        recon.append({"dataset": dataset, "method": method, "low": losses.min(), "high": losses.max(),
                      "baseline": mean_image, "below": int((losses < mean_image).sum()) if mean_image else None,
                      "n": losses.len()})
    return metrics, recon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", nargs=2, type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        loaded = [load(b, Path(folder)) for b in args.bundles]
        (m1, r1), (m2, r2) = (rows(url, study) for url, study in loaded)
    a, b = (study for _, study in loaded)
    print(f"| data set | score | {a} median | {a} best | {b} median | {b} best |")
    print("|---|---|---|---|---|---|")
    for x, y in zip(m1, m2):
        assert (x["dataset"], x["score"]) == (y["dataset"], y["score"])
        print(f"| {x['dataset']} | {x['score']} | {x['median']:.3f} | {x['best']:.3f} | {y['median']:.3f} | "
              f"{y['best']:.3f} |")
    for x, y in zip(m1, m2):
        if x["score"] == "MIG":
            print(f"| {x['dataset']} | models with MIG >= {PAPER_COMMON_MIG} | {x['common']} of {x['n']} | | "
                  f"{y['common']} of {y['n']} | |")
    print()
    print(f"| data set | method | mean image | {a}: final reconstruction, below the mean image's "
          f"| {b}: final reconstruction, below the mean image's |")
    print("|---|---|---|---|---|")
    for x, y in zip(r1, r2):
        assert (x["dataset"], x["method"]) == (y["dataset"], y["method"])
        print(f"| {x['dataset']} | {x['method']} | {x['baseline']:.1f} | {x['low']:.1f}-{x['high']:.1f}, "
              f"{x['below']}/{x['n']} | {y['low']:.1f}-{y['high']:.1f}, {y['below']}/{y['n']} |")


if __name__ == "__main__":
    main()
