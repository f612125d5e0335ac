"""The interface every data set offers: factors, their sampling, and observations for them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Factor:
    name: str
    size: int


class GroundTruthData:
    """A data set whose images are a function of discrete factors of variation.

    Observations are float32 arrays (n, channels, resolution, resolution) in [0, 1].
    ``source`` names where images come from ("procedural-v1" or "original"); it is part of
    every train cell's identity, so models trained on procedural and on original images
    never mix.
    """

    name: str = ""
    factors: tuple[Factor, ...] = ()
    channels: int = 1
    source: str = ""

    def __init__(self, resolution: int = 64):
        if resolution not in (64, 32):
            raise ValueError(f"resolution must be 64 or 32, not {resolution}")
        self.resolution = resolution

    @property
    def factor_names(self) -> list[str]:
        return [f.name for f in self.factors]

    @property
    def factor_sizes(self) -> np.ndarray:
        return np.array([f.size for f in self.factors], dtype=np.int64)

    @property
    def size(self) -> int:
        return int(np.prod(self.factor_sizes))

    def sample_factors(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """n rows of factor indices, each factor uniform and independent."""
        return np.stack([rng.integers(0, f.size, size=n) for f in self.factors], axis=1)

    def observations(self, factors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        images = self._render64(np.asarray(factors, dtype=np.int64), rng)
        return downsample(images, self.resolution)

    def sample(self, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        factors = self.sample_factors(n, rng)
        return factors, self.observations(factors, rng)

    def all_factors(self) -> np.ndarray:
        """Every factor combination, row-major (last factor fastest)."""
        grids = np.meshgrid(*[np.arange(f.size) for f in self.factors], indexing="ij")
        return np.stack([g.reshape(-1) for g in grids], axis=1)

    def _render64(self, factors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        raise NotImplementedError

    def _adopt_grid(self, path, codes: np.ndarray, count: int) -> None:
        """Take the factor sizes from a file's factor indices (so a smaller file in the
        original format works the same way) and check its images are in row-major order."""
        sizes = codes.max(axis=0) + 1
        self.factors = tuple(Factor(f.name, int(n)) for f, n in zip(self.factors, sizes))
        if count != int(np.prod(sizes)) or not np.array_equal(codes, self.all_factors()):
            raise ValueError(f"{path}: images are not in row-major factor order")

    def index(self, factors: np.ndarray) -> np.ndarray:
        """Row numbers of factor combinations in a row-major grid."""
        return np.ravel_multi_index(tuple(np.asarray(factors).T), tuple(self.factor_sizes))


def downsample(images: np.ndarray, resolution: int) -> np.ndarray:
    """64x64 -> 32x32 by averaging 2x2 blocks (the same scene, at a quarter of the pixels)."""
    images = images.astype(np.float32, copy=False)
    if resolution == 64:
        return images
    # four strided views summed: several times faster than a mean over reshaped axes
    total = images[..., 0::2, 0::2] + images[..., 1::2, 0::2]
    total += images[..., 0::2, 1::2]
    total += images[..., 1::2, 1::2]
    total *= 0.25
    return total


def resize_area(images: np.ndarray, size: int) -> np.ndarray:
    """Resize (n, c, h, w) images to size x size by PIL's box filter, per channel."""
    from PIL import Image

    n, c, h, w = images.shape
    if h == size and w == size:
        return images.astype(np.float32)
    out = np.empty((n, c, size, size), dtype=np.float32)
    for i in range(n):
        for ch in range(c):
            img = Image.fromarray(images[i, ch].astype(np.float32), mode="F")
            out[i, ch] = np.asarray(img.resize((size, size), Image.BOX))
    return out
