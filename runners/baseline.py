"""The mean-image baseline: the reconstruction loss of a model that outputs the data set's
mean image for every input. A trained model that learns anything reconstructs well below it.

    python -m expdb_runners.baseline [--resolution 32] [--points 10000] dsprites_full shapes3d
"""

from __future__ import annotations

import argparse

import numpy as np
import torch

from .data import load_dataset
from .model import reconstruction_loss


def mean_image_loss(name: str, resolution: int = 64, points: int = 10_000, seed: int = 0) -> float:
    """Sigmoid cross-entropy (summed over pixels, averaged over images, as in training) of
    the mean image, on images drawn with a fixed seed."""
    data = load_dataset(name, resolution=resolution)
    rng = np.random.default_rng(seed)
    images = torch.from_numpy(np.asarray(data.observations(data.sample_factors(points, rng), rng), dtype=np.float32))
    mean = images.mean(dim=0, keepdim=True).clamp(1e-6, 1 - 1e-6)
    logits = torch.log(mean) - torch.log1p(-mean)
    return float(reconstruction_loss(logits.expand_as(images), images))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+")
    parser.add_argument("--resolution", type=int, default=64)
    parser.add_argument("--points", type=int, default=10_000)
    args = parser.parse_args(argv)
    for name in args.datasets:
        print(f"{name} at {args.resolution}x{args.resolution}: mean-image reconstruction loss "
              f"{mean_image_loss(name, args.resolution, args.points):.1f}")


if __name__ == "__main__":
    main()
