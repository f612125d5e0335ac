"""Shapes3D: floor hue 10, wall hue 10, object hue 10, scale 8, shape 4, orientation 15.

- ``Shapes3DFile``: the original 3dshapes.h5 (``images`` uint8 (N, 64, 64, 3), ``labels``
  (N, 6) of factor values), row-major over the factors.
- ``ProceduralShapes3D``: our own flat-shaded rendering of the same six factors: a floor
  and a wall meeting at a horizon that tilts with the camera orientation, and an object
  (cube, cylinder, sphere or capsule, drawn as silhouettes with simple shading) whose size
  follows the scale and whose place follows the orientation. It matches the factor grid,
  not the pixels.
"""

from __future__ import annotations

import numpy as np

from .base import Factor, GroundTruthData
from .files import require

SHAPES3D_FILE = "3dshapes.h5"
FACTORS = (Factor("floor_hue", 10), Factor("wall_hue", 10), Factor("object_hue", 10),
           Factor("scale", 8), Factor("shape", 4), Factor("orientation", 15))
HUES = np.linspace(0.0, 1.0, 10, endpoint=False)
SCALES = np.linspace(0.75, 1.25, 8)
ORIENTATIONS = np.linspace(-30.0, 30.0, 15)  # degrees


def hue_to_rgb(hue: np.ndarray) -> np.ndarray:
    """Fully saturated, full-value colours for hues in [0, 1): (n, 3)."""
    h = (np.asarray(hue) * 6.0)[:, None]
    k = (np.array([5.0, 3.0, 1.0])[None, :] + h) % 6
    return 1 - np.clip(np.minimum(k, 4 - k), 0, 1)


class ProceduralShapes3D(GroundTruthData):
    name = "shapes3d"
    factors = FACTORS
    channels = 3
    source = "procedural-v1"
    _parts = None

    @classmethod
    def parts(cls):
        """The scene in two precomputed layers, so a batch is a gather and a blend:
        backgrounds per (floor hue, wall hue, orientation), uint8 (10, 10, 15, 3, 64, 64);
        object masks and shading per (scale, shape, orientation), (8, 4, 15, 64, 64)."""
        if cls._parts is None:
            y, x = np.mgrid[0:64, 0:64] + 0.5
            angle = np.deg2rad(ORIENTATIONS)[:, None, None]
            # the horizon tilts and the room shifts sideways as the camera turns
            horizon = 34 + np.tan(angle) * (x - 32) * 0.35
            below = y > horizon  # (15, 64, 64)
            depth = np.clip((y - horizon) / 30, 0, 1)
            rgb = hue_to_rgb(HUES)  # (10, 3)
            floor = rgb[:, None, :, None, None] * (0.55 + 0.45 * depth)[None, :, None]  # (10, 15, 3, 64, 64)
            wall = rgb[:, :, None, None] * (0.75 + 0.25 * (x / 64))[None, None]  # (10, 3, 64, 64)
            backgrounds = np.where(below[None, None, :, None], floor[:, None], wall[None, :, None])
            scale = SCALES[:, None, None, None, None]
            size = 9.0 * scale
            cx = (32 - 14 * np.sin(np.deg2rad(ORIENTATIONS)))[None, None, :, None, None]
            dx = (x - cx) / size
            dy = (y - (46 - size * 0.2)) / size
            dx, dy = np.broadcast_arrays(dx, dy)
            dx, dy = dx[:, 0], dy[:, 0]  # (8, 15, 64, 64)
            cube = (np.abs(dx) <= 0.9) & (np.abs(dy) <= 0.9)
            cylinder = ((np.abs(dx) <= 0.75) & (np.abs(dy) <= 1.0)) | (dx ** 2 / 0.5625 + (dy + 1.0) ** 2 / 0.09 <= 1)
            sphere = dx ** 2 + dy ** 2 <= 1.0
            capsule = ((np.abs(dx) <= 0.5) & (np.abs(dy) <= 0.6)) | (dx ** 2 + (np.abs(dy) - 0.6) ** 2 <= 0.25)
            masks = np.stack([cube, cylinder, sphere, capsule], axis=1)  # (8, 4, 15, 64, 64)
            shade = np.clip(0.8 + 0.25 * (-dx - dy) / 1.5, 0.55, 1.0)[:, None] * masks
            cls._parts = ((backgrounds * 255).round().astype(np.uint8), masks, shade.astype(np.float32))
        return cls._parts

    def _render64(self, factors, rng):
        backgrounds, masks, shade = self.parts()
        f = factors.T
        image = backgrounds[f[0], f[1], f[5]].astype(np.float32) / 255.0
        obj = hue_to_rgb(HUES[f[2]]).astype(np.float32)[:, :, None, None] * shade[f[3], f[4], f[5]][:, None]
        return np.where(masks[f[3], f[4], f[5]][:, None], obj, image)


class Shapes3DFile(GroundTruthData):
    """The original h5; factor indices are the ranks of each column's distinct label values."""

    name = "shapes3d"
    factors = FACTORS
    channels = 3
    source = "original"

    def __init__(self, data_dir: str | None, resolution: int = 64):
        super().__init__(resolution)
        import h5py

        path = require(data_dir, SHAPES3D_FILE, "shapes3d")
        with h5py.File(path, "r") as fh:
            self.images = np.asarray(fh["images"][...], dtype=np.uint8)
            labels = np.asarray(fh["labels"][...])
        codes = np.stack([np.unique(labels[:, i], return_inverse=True)[1] for i in range(labels.shape[1])], axis=1)
        self._adopt_grid(path, codes, len(self.images))

    def _render64(self, factors, rng):
        return self.images[self.index(factors)].transpose(0, 3, 1, 2).astype(np.float32) / 255.0
