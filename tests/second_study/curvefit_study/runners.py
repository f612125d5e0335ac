"""The two kinds' runners: numpy only."""

import numpy as np

from expdb.plugin import Result, Runner, RunnerInfo


def samples(points: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, points)
    return x, np.sin(3 * x) + noise * rng.normal(size=points)


class Fit(Runner):
    info = RunnerInfo(kind="fit", settings={"points": 30, "noise": 0.2})

    def validate(self, content):
        grid = content["grid"]
        if not isinstance(grid.get("degree"), int) or grid["degree"] < 0:
            raise ValueError(f"degree must be a whole number >= 0, not {grid.get('degree')!r}")
        if not isinstance(grid.get("seed"), int):
            raise ValueError("every assignment needs an integer seed")

    def compute(self, cell, ctx) -> Result:
        grid, settings = cell.content["grid"], cell.content["settings"]
        x, y = samples(settings["points"], settings["noise"], grid["seed"])
        coefficients = np.polyfit(x, y, grid["degree"])
        mse = float(np.mean((np.polyval(coefficients, x) - y) ** 2))
        return Result(tensors={"coefficients": coefficients},
                      rows={"curve_fit": [{"degree": grid["degree"], "seed": grid["seed"], "train_mse": mse}]})


class Score(Runner):
    info = RunnerInfo(kind="score", settings={"points": 500}, choices={"test_mse": (), "test_r2": ()})

    def compute(self, cell, ctx) -> Result:
        fit = ctx.ancestor("fit")
        coefficients = ctx.ancestor_tensors("fit")["coefficients"]
        x, y = samples(cell.content["settings"]["points"], fit.content["settings"]["noise"],
                       10_000 + fit.content["grid"]["seed"])
        error = np.polyval(coefficients, x) - y
        value = float(np.mean(error ** 2))
        if cell.content["measure"] == "test_r2":
            value = 1.0 - value / float(np.var(y))
        return Result(rows={"curve_score": [{"measure": cell.content["measure"], "value": value}]})
