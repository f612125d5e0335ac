"""What the claims share: the six metrics' headline scores, tables shaped for them, and the
pieces every claim's checks are made of (a correlation with the reason it is undefined, the
consistency of a relation across data sets, intervals over seeds)."""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.claims import NotEnoughData
from .stats import seed_bootstrap, seed_jackknife, spearman, too_few_seeds

# The score each metric is reported by in the paper (docs/study.md, section 4).
HEADLINE = {
    "beta_vae": "eval_accuracy",
    "factor_vae": "eval_accuracy",
    "mig": "discrete_mig",
    "dci": "disentanglement",
    "modularity": "modularity_score",
    "sap": "SAP_score",
}
LABEL = {"beta_vae": "BetaVAE", "factor_vae": "FactorVAE", "mig": "MIG", "dci": "DCI",
         "modularity": "Modularity", "sap": "SAP"}
METRICS = list(HEADLINE)
_HEADLINE_PAIRS = pl.DataFrame({"metric": list(HEADLINE), "score": list(HEADLINE.values())})
# The paper scores disentanglement on the mean representation.
DISENTANGLEMENT_REPRESENTATION = "mean"
# A relation between two scores counts as consistent when it has the same sign and at least
# this strength (|Spearman|) on every data set (claims 4 and 6).
CONSISTENT_RHO = 0.3
KEYS = ["model_id", "dataset", "method", "strength", "regularisation", "seed"]


def headline_long(tables, study: str, profile: str | None = None) -> pl.DataFrame:
    """(model_id, dataset, method, strength, regularisation, seed, metric, value): the six
    metrics' headline scores on the mean representation, under one profile, each the mean
    over the model's evaluation seeds."""
    frame = (tables.scores_per_model(study, profile=profile, metrics=METRICS, names=sorted(set(HEADLINE.values())),
                                     representation=DISENTANGLEMENT_REPRESENTATION)
             .join(_HEADLINE_PAIRS.lazy(), on=["metric", "score"], how="semi")
             .collect())
    return frame.select(*KEYS, "metric", "value")


def headline_wide(tables, study: str, profile: str | None = None) -> pl.DataFrame:
    """One row per model, one column per metric that has a headline score in the study."""
    long = headline_long(tables, study, profile)
    if long.is_empty():
        raise NotEnoughData("no disentanglement scores on the mean representation")
    wide = long.pivot(on="metric", index=KEYS, values="value", aggregate_function=None)
    present = [m for m in METRICS if m in wide.columns]
    return wide.select(KEYS + present)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise NotEnoughData(message)


def label(name: str) -> str:
    return LABEL.get(name, name)


def rho_and_reason(x, y, x_name: str, y_name: str, where: str) -> tuple[float, str]:
    """Spearman's rho of two columns, and why it is undefined when it is (NaN)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    rho = spearman(x, y)
    if np.isfinite(rho):
        return rho, ""
    if keep.sum() < 3:
        return rho, f"fewer than 3 models with both {x_name} and {y_name} {where}"
    constant = [name for name, v in ((x_name, x[keep]), (y_name, y[keep])) if np.ptp(v) == 0]
    return rho, f"{' and '.join(constant) or 'a score'} {'is' if len(constant) < 2 else 'are'} constant {where}"


def agreement(rhos) -> float:
    """How consistently a relation holds across data sets: the smallest |rho| when every rho
    has the same sign, 0 when the signs differ; NaN when a rho is undefined or there are fewer
    than two data sets. A relation is consistent when this is at least CONSISTENT_RHO."""
    rhos = np.asarray(rhos, dtype=float)
    if len(rhos) < 2 or not np.isfinite(rhos).all():
        return float("nan")
    if np.all(rhos > 0) or np.all(rhos < 0):
        return float(np.abs(rhos).min())
    return 0.0


def intervals(seeds, statistic, size: int) -> tuple[list, str]:
    """Per component of statistic(counts) (a vector of `size` figures), its BCa bootstrap
    interval over seeds; or, when the seeds are too few, no intervals and the reason."""
    note = too_few_seeds(seeds)
    if note is not None:
        return [None] * size, note
    bounds = seed_bootstrap(seeds, statistic)
    return [None if not np.isfinite(b).all() else (float(b[0]), float(b[1])) for b in bounds], ""


def jackknife_intervals(seeds, statistic, size: int) -> tuple[list, list, str]:
    """For statistics biased by the number of seeds: per component, a jackknife interval over
    seeds and the bias-corrected figure it is around (None where there is no interval), so that
    a check compares the figure its interval belongs to. Both are clipped to [0, 1]: the figures
    are shares."""
    note = too_few_seeds(seeds)
    if note is not None:
        return [None] * size, [None] * size, note
    bounds, centres = seed_jackknife(seeds, statistic, centres=True)
    out, middles = [], []
    for b, c in zip(bounds, centres):
        if not (np.isfinite(b).all() and np.isfinite(c)):
            out.append(None)
            middles.append(None)
            continue
        out.append((float(np.clip(b[0], 0, 1)), float(np.clip(b[1], 0, 1))))
        middles.append(float(np.clip(c, 0, 1)))
    return out, middles, ""


def mean_defined(values) -> float:
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return float(values.mean()) if len(values) else float("nan")
