"""The "represent" runner: encodes a fixed, seeded evaluation set with a trained model.

The evaluation set is the whole factor grid when it has at most ``points`` combinations,
else ``points`` factor rows drawn uniformly with ``seed``; images for them are drawn with
the same seed (noise and colours are random in some data sets). It stores the encoder's
means and log-variances (not samples: the sampled representation is drawn from them,
reproducibly, at evaluation time), the factor indices and the factor sizes, once per model:
the mean and the sampled representation are two readings of these arrays (two
representation rows of one cell), and each evaluate cell says which one it scores.
"""

from __future__ import annotations

import io

import numpy as np

from expdb.plugin import Result, Runner, RunnerInfo

from .data import load_dataset
from .layout import REPRESENT, TRAIN
from .train import pick_device

BATCH = 500


def evaluation_factors(data, points: int, seed: int) -> np.ndarray:
    if data.size <= points:
        return data.all_factors()
    return data.sample_factors(points, np.random.default_rng([seed, 1]))


class Represent(Runner):
    info = RunnerInfo(kind=REPRESENT, settings={"points": 10_000, "seed": 0},
                      choices={"mean": (), "sampled": ()})

    def validate(self, content):
        s = content["settings"]
        if not isinstance(s["points"], int) or isinstance(s["points"], bool) or s["points"] < 1:
            raise ValueError(f"points must be a positive integer, not {s['points']!r}")
        if not isinstance(s["seed"], int) or isinstance(s["seed"], bool):
            raise ValueError(f"seed must be an integer, not {s['seed']!r}")

    def compute(self, cell, ctx) -> Result:
        import torch

        from .model import VAE

        train = ctx.ancestor(TRAIN).content
        s = train["settings"]
        points, seed = cell.content["settings"]["points"], cell.content["settings"]["seed"]
        device = pick_device(ctx.device)
        data = load_dataset(train["dataset"], s["data_source"], ctx.data_dir, s["resolution"])
        model = VAE(data.channels, s["resolution"], s["latent_dim"]).to(device)
        weights = ctx.ancestor_tensors(TRAIN)["weights"]
        model.load_state_dict(torch.load(io.BytesIO(weights.tobytes()), map_location=device, weights_only=True))
        model.eval()
        factors = evaluation_factors(data, points, seed)
        rng = np.random.default_rng([seed, 2])
        means, logvars = [], []
        with torch.no_grad():
            for start in range(0, len(factors), BATCH):
                x = torch.from_numpy(data.observations(factors[start:start + BATCH], rng)).to(device)
                mean, logvar = model.encoder(x)
                means.append(mean.cpu().numpy())
                logvars.append(logvar.cpu().numpy())
        return Result(
            device=str(device), versions={"torch_version": torch.__version__},
            # both read these arrays: one cell, two representations (expdb_runners.layout.write)
            fields={"representations": tuple(self.info.choices)},
            tensors={"mean": np.concatenate(means).astype(np.float32),
                     "logvar": np.concatenate(logvars).astype(np.float32),
                     "factors": factors.astype(np.int32),
                     "factor_sizes": data.factor_sizes.astype(np.int64)},
        )
