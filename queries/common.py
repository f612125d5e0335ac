"""What the claims share: the six metrics' headline scores, tables shaped for them, and the
pieces every claim's checks are made of (a correlation with the reason it is undefined, the
consistency of a relation across data sets, intervals over seeds)."""

from __future__ import annotations

import numpy as np
import polars as pl

from expdb.plugin import Check, NotEnoughData
from .stats import MIN_SEEDS_FOR_INTERVAL, seed_bootstrap_bands, seed_jackknife, spearman, too_few_seeds, unit_bootstrap
from .uncertainty import fisher_z_interval

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
# The cells a claim reads (Claim.needs, expdb.needs): the six metrics' evaluations of the mean
# representation, the unsupervised scores of either, the downstream tasks, the models' losses.
HEADLINE_CELLS = {"kind": "evaluate", "metric": METRICS, "representation": DISENTANGLEMENT_REPRESENTATION}
UNSUPERVISED_CELLS = {"kind": "evaluate", "metric": "unsupervised"}
DOWNSTREAM_CELLS = {"kind": "evaluate", "metric": ["downstream_logistic", "downstream_boosted"],
                    "representation": DISENTANGLEMENT_REPRESENTATION}
TRAIN_CELLS = {"kind": "train"}


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


SEED_BOOTSTRAP = "BCa bootstrap over seeds"
SEED_JACKKNIFE = "jackknife over seeds (t interval, bias-corrected)"
FISHER_Z = "Fisher z over models"
CLOPPER_PEARSON = "Clopper-Pearson over {what}"
AGREEMENT_BOX = "Fisher z box over data sets"


def _pairs(bounds) -> list:
    return [None if not np.isfinite(b).all() else (float(b[0]), float(b[1])) for b in bounds]


def unit_intervals(strata, statistic, level: float) -> tuple[list, list]:
    """Per component of statistic(counts), its interval from a bootstrap over units within
    strata (stats.unit_bootstrap) and its family band at level; None where undefined."""
    bounds, family = unit_bootstrap(strata, statistic, family_level=level)
    return _pairs(bounds), _pairs(family)


def seed_intervals(seeds, statistic, size: int, level: float) -> tuple[list, list] | None:
    """Per component of statistic(counts) (a vector of `size` figures), its BCa bootstrap
    interval over seeds and its family band at level (seed_bootstrap_bands); None when the
    seeds are too few for a seed-level interval (the claim then uses model-level ones)."""
    if too_few_seeds(seeds) is not None:
        return None
    bounds, family = seed_bootstrap_bands(seeds, statistic, family_level=level)
    return _pairs(bounds), _pairs(family)


def give_interval(check: Check, interval, family, method: str, clip=None) -> None:
    """Attach a check's 95% interval, its family-wise one and the name of their method; clip:
    the (low, high) range of the figure (shares to [0, 1], correlations to [-1, 1])."""
    def clipped(bound):
        if bound is None or clip is None:
            return bound
        return (float(np.clip(bound[0], *clip)), float(np.clip(bound[1], *clip)))
    interval, family = clipped(interval), clipped(family)
    if interval is not None and family is not None:
        # the family-wise interval is the wider one even where its method differs (a normal
        # band from a skewed bootstrap): a check refuted family-wise then fails at 95% too
        family = (min(family[0], interval[0]), max(family[1], interval[1]))
    check.interval, check.family_interval, check.uncertainty = interval, family, method


def give_model_level_rho(check: Check, n: int, level: float) -> None:
    """A correlation check over n models: its Fisher z intervals (none below 4 models)."""
    give_interval(check, fisher_z_interval(check.value, n), fisher_z_interval(check.value, n, level), FISHER_Z)


def give_intervals(checks, bounds, family, method: str = SEED_BOOTSTRAP, clip=None) -> None:
    """give_interval for each check, with its interval and family band of the lists, one method."""
    for check, bound, band in zip(checks, bounds, family):
        give_interval(check, bound, band, method, clip)


def model_level_note(seeds) -> str:
    """What a claim says of its intervals when its seeds are too few for seed-level ones."""
    n = len(np.unique(np.asarray(seeds)))
    return (f"{n} seed{'s' if n != 1 else ''}, fewer than {MIN_SEEDS_FOR_INTERVAL}: intervals over models, "
            "configurations or selections instead of seeds")


def jackknife_intervals(seeds, statistic, size: int, level: float,
                        minimum: int | None = None) -> tuple[list, list, list] | None:
    """For statistics biased by the number of seeds: per component, a jackknife interval over
    seeds, its family band at level, and the bias-corrected figure they are around (None where
    there is no interval), so that a check compares the figure its interval belongs to. All are
    clipped to [0, 1]: the figures are shares. None when the seeds are too few (fewer than
    minimum, by default stats.MIN_SEEDS_FOR_INTERVAL)."""
    minimum = MIN_SEEDS_FOR_INTERVAL if minimum is None else minimum
    if len(np.unique(np.asarray(seeds))) < minimum:
        return None
    bounds, centres, family = seed_jackknife(seeds, statistic, centres=True, family_level=level, minimum=minimum)
    out, bands, middles = [], [], []
    for b, f, c in zip(bounds, family, centres):
        if not (np.isfinite(b).all() and np.isfinite(c)):
            out.append(None)
            bands.append(None)
            middles.append(None)
            continue
        out.append((float(np.clip(b[0], 0, 1)), float(np.clip(b[1], 0, 1))))
        bands.append((float(np.clip(f[0], 0, 1)), float(np.clip(f[1], 0, 1))))
        middles.append(float(np.clip(c, 0, 1)))
    return out, bands, middles


def mean_defined(values) -> float:
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return float(values.mean()) if len(values) else float("nan")
