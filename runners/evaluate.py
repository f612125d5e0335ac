"""The "metrics" runner: one metric on one representation of one model.

It reads the evaluation set its represent cell stored (means, log-variances, factor indices
and sizes; each checked against its checksum), draws the sampled representation from the
means and log-variances with the cell's seed when the representation is "sampled", and
returns every number the metric defines as its own score. Settings: profile ("paper",
the reference's point counts and estimators, "fast" or "smoke"), seed (0). The sklearn version
goes into each evaluation's provenance.
"""

from __future__ import annotations

import numpy as np

from expdb.plugin import Result, Runner, RunnerInfo

from .layout import EVALUATE, REPRESENT
from .metrics import METRICS, PROFILES, EvaluationSet, compute


class Metrics(Runner):
    info = RunnerInfo(kind=EVALUATE, settings={"profile": "paper", "seed": 0},
                      choices={name: () for name in METRICS})

    def validate(self, content):
        s = content["settings"]
        if s["profile"] not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {s['profile']!r}")
        if not isinstance(s["seed"], int) or isinstance(s["seed"], bool):
            raise ValueError(f"seed must be an integer, not {s['seed']!r}")

    def compute(self, cell, ctx) -> Result:
        import sklearn

        arrays = ctx.ancestor_tensors(REPRESENT)
        missing = {"mean", "logvar", "factors", "factor_sizes"} - set(arrays)
        if missing:
            raise ValueError(f"the representation has no stored {', '.join(sorted(missing))}")
        kind = cell.content["representation"]
        data = EvaluationSet(arrays["factor_sizes"], arrays["factors"], arrays["mean"], arrays["logvar"], kind)
        settings = cell.content["settings"]
        rng = np.random.default_rng([settings["seed"], METRICS.index(cell.content["metric"])])
        scores = compute(cell.content["metric"], data, rng, settings["profile"])
        return Result(scores=scores, versions={"sklearn_version": sklearn.__version__})
