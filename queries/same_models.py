"""Configurations that trained the same model under two names. Beta-TCVAE at beta 1 adds
(beta - 1) x TC = 0 to beta-VAE's objective at beta 1, so with the same seed the two train the
same weights; the reference grid trains that model twice and counts it twice. Found from the
data, not from a list: two configurations of a data set are the same model when, for every
seed both have, their final reconstruction and KL losses are equal to the last bit."""

from __future__ import annotations

import polars as pl

SCHEMA = {"dataset": pl.String, "method": pl.String, "strength_name": pl.String, "strength": pl.Float64,
          "same_as_method": pl.String, "same_as_strength_name": pl.String, "same_as_strength": pl.Float64,
          "seeds": pl.Int64}


def same_models(tables, study) -> pl.DataFrame:
    """One row per configuration that repeats an earlier one (earlier: the reference's model
    numbering, when the models carry it, else method and strength order): which, and on how many
    seeds."""
    models = (tables.models(study).collect()
              .filter(pl.col("reconstruction_loss").is_not_null() & pl.col("kl_loss").is_not_null()))
    if models.is_empty():
        return pl.DataFrame(schema=SCHEMA)
    config = ["dataset", "method", "strength_name", "strength"]
    order = pl.struct(pl.col("model_num").min().over(config).fill_null(2**62), "method", "strength")
    left = models.with_columns(order.rank("dense").alias("order")).select(*config, "order", "seed", "reconstruction_loss",
                                                                             "kl_loss")
    right = left.rename({"method": "same_as_method", "strength_name": "same_as_strength_name",
                         "strength": "same_as_strength", "order": "same_as_order"})
    pairs = (left.join(right, on=["dataset", "seed", "reconstruction_loss", "kl_loss"])
             .filter(pl.col("order") > pl.col("same_as_order")))
    left, right = left.drop("order"), right.drop("same_as_order")
    seeds = left.group_by(config).agg(pl.col("seed").n_unique().alias("all_seeds"))
    other = (right.group_by(["dataset", "same_as_method", "same_as_strength_name", "same_as_strength"])
             .agg(pl.col("seed").n_unique().alias("other_seeds")))
    found = (pairs.group_by(config + ["same_as_method", "same_as_strength_name", "same_as_strength"])
             .agg(pl.col("seed").n_unique().alias("seeds"))
             .join(seeds, on=config)
             .join(other, on=["dataset", "same_as_method", "same_as_strength_name", "same_as_strength"])
             # every seed of both, not a coincidence on one
             .filter((pl.col("seeds") == pl.col("all_seeds")) & (pl.col("seeds") == pl.col("other_seeds"))))
    return found.select(list(SCHEMA)).cast(SCHEMA).sort(config)


def describe(row: dict) -> str:
    return (f"{row['method']} at {row['strength_name']} {row['strength']:g} is {row['same_as_method']} at "
            f"{row['same_as_strength_name']} {row['same_as_strength']:g} ({row['seeds']} seeds: equal final losses)")
