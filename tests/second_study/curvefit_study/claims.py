"""The second study's claim, saved query and summary, read from its own tables."""

import numpy as np
import polars as pl

from expdb.plugin import Check, Claim, Computed, NotEnoughData


def fits(tables, study):
    """One row per fit: degree, seed, training error and each test measure."""
    fit = tables.rows("curve_fit", study).select("cell_key", "degree", "seed", "train_mse")
    score = (tables.rows("curve_score", study).collect()
             .pivot(on="measure", index="parent_key", values="value", aggregate_function=None))
    return fit.join(score.lazy(), left_on="cell_key", right_on="parent_key", how="left").sort("degree", "seed")


def _spearman(x, y) -> float:
    rx, ry = pl.Series(x).rank().to_numpy(), pl.Series(y).rank().to_numpy()
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denominator = np.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / denominator) if denominator > 0 else float("nan")


class TrainingErrorFalls(Claim):
    name = "training_error_falls"
    shape = "curvefit"
    title = "A polynomial of higher degree fits its own samples more closely"
    published = "least squares: more freedom, less training error"
    figure, unit = "-1.00", "rho"
    minimum = "fits of at least 2 degrees"
    thresholds = {"rho": 0.0}
    needs = ({"kind": "fit"},)  # the fits' own training errors, not the scores

    def compute(self, tables, study, profile):
        frame = fits(tables, study).collect()
        if frame["degree"].n_unique() < 2:
            raise NotEnoughData("fits of fewer than 2 degrees")
        rho = _spearman(frame["degree"], frame["train_mse"])
        checks = [Check("degree ~ training error rho", rho, "<", 0.0, where={"fits": frame.height})]
        for seed, g in frame.group_by("seed", maintain_order=True):
            checks.append(Check(f"seed {seed[0]}: degree ~ training error rho", _spearman(g["degree"], g["train_mse"]),
                                "<", 0.0, where={"seed": seed[0], "fits": g.height}))
        return Computed(rho, f"Spearman rho of degree and training error {rho:.2f} over {frame.height} fits",
                        None, frame.height, checks, {"fits": frame})


def best_degree(tables, study):
    frame = fits(tables, study).collect()
    by_degree = frame.group_by("degree").agg(pl.col("test_mse").mean()).sort("test_mse")
    return f"lowest test error at degree {by_degree['degree'][0]}", by_degree


best_degree.shape = "curvefit"
CLAIMS = {"training_error_falls": TrainingErrorFalls()}
QUERIES = {"fits": fits}
SUMMARIES = {"best_degree": best_degree}
