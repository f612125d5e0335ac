"""Results files in disentanglement_lib's aggregated format, with structure planted in the
scores, so that a claim's answer is known without the code under test."""

from __future__ import annotations

import json
import math
import zlib
from pathlib import Path

import numpy as np

GRID = {  # method as the reference names it, its strength key, values (section 1 of study.md)
    "beta_vae": ("train_config.vae.beta", [1, 2, 4, 6, 8, 16]),
    "factor_vae": ("train_config.factor_vae.gamma", [10, 20, 30, 40, 50, 100]),
    "dip_vae_i": ("train_config.dip_vae.lambda_od", [1, 2, 5, 10, 20, 50]),
    "dip_vae_ii": ("train_config.dip_vae.lambda_od", [1, 2, 5, 10, 20, 50]),
    "beta_tc_vae": ("train_config.beta_tc_vae.beta", [1, 2, 4, 6, 8, 10]),
    "annealed_vae": ("train_config.annealed_vae.c_max", [5, 10, 25, 50, 75, 100]),
}
EVALUATIONS = {  # our metric -> (reference evaluation name, headline key)
    "beta_vae": ("beta_vae_sklearn", "eval_accuracy"),
    "factor_vae": ("factor_vae_metric", "eval_accuracy"),
    "mig": ("mig", "discrete_mig"),
    "dci": ("dci", "disentanglement"),
    "modularity": ("modularity_explicitness", "modularity_score"),
    "sap": ("sap_score", "SAP_score"),
    "unsupervised": ("unsupervised", "gaussian_total_correlation"),
    "downstream_logistic": ("downstream_task_logistic_regression", None),
    "downstream_boosted": ("downstream_task_boosted_trees", None),
}
ALL_STRENGTH_KEYS = sorted({key for key, _ in GRID.values()})


def quoted(text: str) -> str:
    return f"'{text}'"


def models(datasets, seeds, methods=None, strengths=None):
    """(dataset, method, strength index, strength, seed) in the reference's order."""
    methods = methods or list(GRID)
    for dataset in datasets:
        for method in methods:
            values = GRID[method][1] if strengths is None else GRID[method][1][:strengths]
            for i, value in enumerate(values):
                for seed in seeds:
                    yield dataset, method, i, value, seed


def record(dataset, method, value, seed, model_num, representation, metric, results, losses=None):
    """One flat record as the reference writes it (config strings quoted, absent settings NaN)."""
    name = "dip_vae" if method.startswith("dip_vae") else method
    row = {key: math.nan for key in ALL_STRENGTH_KEYS}
    row.update({
        "train_config.model.name": quoted(name),
        "train_config.model.model_num": model_num,
        "train_config.model.random_seed": str(seed),
        "train_config.dataset.name": quoted(dataset),
        "train_config.dip_vae.dip_type": quoted(method.rsplit("_", 1)[1]) if name == "dip_vae" else math.nan,
        "train_config.dip_vae.lambda_d_factor": (10.0 if method == "dip_vae_i" else 1.0) if name == "dip_vae" else math.nan,
        GRID[method][0]: f"{float(value)}",
        "postprocess_config.postprocess.name": quoted(representation),
        "evaluation_config.evaluation.name": quoted(EVALUATIONS[metric][0]),
    })
    for key, v in (losses or {}).items():
        row[f"train_results.{key}"] = v
    for key, v in results.items():
        row[f"evaluation_results.{key}"] = v
    return row


def write_columns(path: Path, records: list[dict]) -> Path:
    """pandas' column orientation: {column: {row label: value}}; NaN written as NaN."""
    columns: dict[str, dict[str, object]] = {}
    for i, r in enumerate(records):
        for key, value in r.items():
            columns.setdefault(key, {})[str(i)] = value
    path.write_text(json.dumps(columns, allow_nan=True))
    return path


def build(path: Path, datasets, seeds, scores, methods=None, strengths=None, losses=None,
          metrics=None, representations=("mean", "sampled")) -> list[dict]:
    """Write a results file. scores(dataset, method, strength_index, seed, metric, representation)
    returns the evaluation_results of one record; losses(...) the train_results of a model."""
    metrics = metrics or list(EVALUATIONS)
    records = []
    for num, (dataset, method, i, value, seed) in enumerate(models(datasets, seeds, methods, strengths)):
        model_losses = losses(dataset, method, i, seed) if losses else None
        for representation in representations:
            for metric in metrics:
                results = scores(dataset, method, i, seed, metric, representation)
                records.append(record(dataset, method, value, seed, num, representation, metric, results, model_losses))
    write_columns(path, records)
    return records


def headline(metric: str, value: float) -> dict:
    """Results holding value under the metric's headline key (and a second score beside it)."""
    if metric.startswith("downstream"):
        return {"100:mean_test_accuracy": value / 2, "10000:mean_test_accuracy": value,
                "statistical_efficiency": 0.5}
    key = EVALUATIONS[metric][1]
    return {key: value, "extra_score": 1.0}


def rng_for(*parts) -> np.random.Generator:
    return np.random.default_rng([zlib.crc32(str(p).encode()) for p in parts])


def load_into(url: str, path: Path, study: str = "planted") -> None:
    """Create the database at url and import the results file into it (as import-dlib does)."""
    from expdb_runners.dlib import build_bundle
    from expdb.store import open_store

    store = open_store(url, create=True, check=False)
    try:
        store.initialise()
        store.load_bundle(build_bundle(path, study))
    finally:
        store.dispose()


def quality_scores(noise: float = 0.1, modularity_sign: float = -1.0):
    """Every metric follows the strength index (plus seeded noise); Modularity against it;
    sampled total correlation falls and mean total correlation rises with strength."""
    def scores(d, m, i, s, metric, rep):
        r = rng_for(d, m, i, s, metric, rep)
        if metric == "unsupervised":
            return {"gaussian_total_correlation": (-i if rep == "sampled" else i) + noise * r.normal()}
        q = i + 3 * noise * rng_for(d, m, i, s).normal()
        value = modularity_sign * q if metric == "modularity" else q + noise * r.normal()
        return headline(metric, value)
    return scores
