"""SmallNORB from its six original files (LeCun's binary matrix format).

Factors: category 5, elevation 9, azimuth 18, lighting 6; the instance (10 per category)
is a nuisance drawn at random for each observation. Training and testing files are
pooled (48,600 images); the first image of each stereo pair is used, resized 96 -> 64.
"""

from __future__ import annotations

import numpy as np

from .base import Factor, GroundTruthData, resize_area
from .files import require

PARTS = {
    "training": "smallnorb-5x46789x9x18x6x2x96x96-training-{}.mat",
    "testing": "smallnorb-5x01235x9x18x6x2x96x96-testing-{}.mat",
}
FACTORS = (Factor("category", 5), Factor("elevation", 9), Factor("azimuth", 18), Factor("lighting", 6))
MAGIC = {0x1E3D4C55: np.uint8, 0x1E3D4C54: np.int32, 0x1E3D4C56: np.int16, 0x1E3D4C51: np.float32}


def read_matrix(path) -> np.ndarray:
    """A LeCun binary matrix: int32 magic (element type), int32 ndim, max(ndim, 3) int32
    dimensions, then the data, all little-endian."""
    raw = path.read_bytes()
    magic, ndim = np.frombuffer(raw[:8], dtype="<i4")
    if int(magic) not in MAGIC:
        raise ValueError(f"{path}: not a binary matrix file (magic {int(magic):#x})")
    dims = np.frombuffer(raw[8:8 + 4 * max(int(ndim), 3)], dtype="<i4")[:int(ndim)]
    offset = 8 + 4 * max(int(ndim), 3)
    dtype = np.dtype(MAGIC[int(magic)]).newbyteorder("<")
    data = np.frombuffer(raw[offset:], dtype=dtype)
    if data.size != int(np.prod(dims)):
        raise ValueError(f"{path}: holds {data.size} values, its header says {int(np.prod(dims))}")
    return data.reshape(tuple(int(d) for d in dims))


class SmallNORB(GroundTruthData):
    name = "smallnorb"
    factors = FACTORS
    channels = 1
    source = "original"

    def __init__(self, data_dir: str | None, resolution: int = 64):
        super().__init__(resolution)
        images, labels = [], []
        for part in PARTS.values():
            dat = read_matrix(require(data_dir, part.format("dat"), "smallnorb"))
            cat = read_matrix(require(data_dir, part.format("cat"), "smallnorb"))
            info = read_matrix(require(data_dir, part.format("info"), "smallnorb"))
            images.append(resize_area(dat[:, :1].astype(np.float32), 64) / 255.0)
            # info columns: instance, elevation, azimuth (0, 2, ..., 34), lighting
            labels.append(np.stack([cat, info[:, 1], info[:, 2] // 2, info[:, 3]], axis=1))
        self.images = np.concatenate(images).astype(np.float32)
        factors = np.concatenate(labels).astype(np.int64)
        # sizes as the files hold them (5, 9, 18, 6 in the original); a smaller file in the
        # same format works the same way
        self.factors = tuple(Factor(f.name, int(n)) for f, n in zip(FACTORS, factors.max(axis=0) + 1))
        index = self.index(factors)
        order = np.argsort(index, kind="stable")
        self.sorted_images = order
        self.starts = np.searchsorted(index[order], np.arange(self.size))
        self.ends = np.searchsorted(index[order], np.arange(self.size), side="right")
        missing = np.flatnonzero(self.starts == self.ends)
        if missing.size:
            raise ValueError(f"smallnorb: no image for {missing.size} factor combinations (e.g. {np.unravel_index(missing[0], tuple(self.factor_sizes))})")

    def _render64(self, factors, rng):
        index = self.index(factors)
        pick = self.starts[index] + (rng.random(len(index)) * (self.ends[index] - self.starts[index])).astype(int)
        return self.images[self.sorted_images[pick]]
