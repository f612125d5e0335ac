"""What the claims share: the six metrics' headline scores, and tables shaped for them."""

from __future__ import annotations

import polars as pl

from expdb.claims import NotEnoughData

# The score each metric is reported by in the paper (../shared/spec/study.md, section 4).
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


def headline_long(tables, study: str) -> pl.DataFrame:
    """(model_id, dataset, method, strength, regularisation, seed, metric, value): the six
    metrics' headline scores on the mean representation."""
    frame = (tables.scores(study, metrics=METRICS, names=sorted(set(HEADLINE.values())),
                           representation=DISENTANGLEMENT_REPRESENTATION)
             .join(_HEADLINE_PAIRS.lazy(), on=["metric", "score"], how="semi")
             .collect())
    return frame.select("model_id", "dataset", "method", "strength", "regularisation", "seed", "metric", "value")


def headline_wide(tables, study: str) -> pl.DataFrame:
    """One row per model, one column per metric that has a headline score in the study."""
    long = headline_long(tables, study)
    if long.is_empty():
        raise NotEnoughData("no disentanglement scores on the mean representation")
    wide = long.pivot(on="metric", index=["model_id", "dataset", "method", "strength", "regularisation", "seed"],
                      values="value", aggregate_function="first")
    present = [m for m in METRICS if m in wide.columns]
    return wide.select(["model_id", "dataset", "method", "strength", "regularisation", "seed"] + present)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise NotEnoughData(message)
