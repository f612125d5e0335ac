"""Cars3D from its per-car .mat files (``im``: (128, 128, 3, 24, 4) = height, width,
colour, azimuth, elevation), in sorted file order as the object factor.
Factors: elevation 4, azimuth 24, object (183 cars in the original); resized 128 -> 64."""

from __future__ import annotations

import numpy as np

from .base import Factor, GroundTruthData, resize_area
from .files import MissingDataFile, data_root

CARS_DIR = "cars"


class Cars3D(GroundTruthData):
    name = "cars3d"
    channels = 3
    source = "original"

    def __init__(self, data_dir: str | None, resolution: int = 64):
        super().__init__(resolution)
        import scipy.io

        root = data_root(data_dir)
        folder = root / CARS_DIR if root else None
        files = sorted(folder.glob("*.mat")) if folder and folder.is_dir() else []
        if not files:
            where = folder if folder else f"<data dir>/{CARS_DIR}"
            raise MissingDataFile(f"cars3d: missing files {CARS_DIR}/*_mesh.mat; expected in {where}")
        per_car = []
        for path in files:
            im = np.asarray(scipy.io.loadmat(str(path))["im"])  # (128, 128, 3, 24, 4)
            if im.ndim != 5 or im.shape[2] != 3:
                raise ValueError(f"{path}: 'im' has shape {im.shape}, expected (H, W, 3, 24, 4)")
            views = im.transpose(4, 3, 2, 0, 1).reshape(-1, 3, im.shape[0], im.shape[1])  # elevation, azimuth
            per_car.append(resize_area(views.astype(np.float32) / 255.0, 64))
            elevations, azimuths = im.shape[4], im.shape[3]
        self.factors = (Factor("elevation", elevations), Factor("azimuth", azimuths), Factor("object", len(files)))
        stacked = np.stack(per_car)  # object, elevation*azimuth, c, h, w
        self.images = stacked.reshape(len(files), elevations, azimuths, 3, 64, 64)

    def _render64(self, factors, rng):
        return self.images[factors[:, 2], factors[:, 0], factors[:, 1]]
