"""Save a picture of the procedural data sets for a person to look at.

    python -m expdb_runners.sample_grid samples.png [--resolution 64]

One block per data set; in each, row k varies factor k over evenly spaced values while
the other factors stay at a fixed draw, so every factor's effect is visible."""

from __future__ import annotations

import argparse

import numpy as np

from .data import load_dataset

PROCEDURAL_SETS = ("dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "shapes3d")
COLUMNS = 8


def factor_sweeps(name: str, resolution: int = 64, seed: int = 0) -> np.ndarray:
    """(factors, COLUMNS, 3, r, r) images: row k sweeps factor k."""
    data = load_dataset(name, resolution=resolution)
    rng = np.random.default_rng(seed)
    base = data.sample_factors(1, rng)[0]
    rows = []
    for k, size in enumerate(data.factor_sizes):
        factors = np.repeat(base[None], COLUMNS, axis=0)
        factors[:, k] = np.linspace(0, size - 1, COLUMNS).round().astype(int)
        images = data.observations(factors, np.random.default_rng(seed))
        rows.append(np.repeat(images, 3 // images.shape[1], axis=1))
    return np.stack(rows)


def save_grid(path: str, resolution: int = 64) -> tuple[int, int]:
    from PIL import Image

    pad = 2
    blocks = [factor_sweeps(name, resolution) for name in PROCEDURAL_SETS]
    height = sum(b.shape[0] for b in blocks) * (resolution + pad) + pad * len(blocks) * 3
    width = COLUMNS * (resolution + pad) + pad
    canvas = np.full((height, width, 3), 0.35, dtype=np.float32)
    y = pad
    for block in blocks:
        for row in block:
            for col, image in enumerate(row):
                x = pad + col * (resolution + pad)
                canvas[y:y + resolution, x:x + resolution] = image.transpose(1, 2, 0)
            y += resolution + pad
        y += pad * 3
    Image.fromarray((canvas * 255).round().astype(np.uint8)).save(path)
    return canvas.shape[1], canvas.shape[0]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--resolution", type=int, default=64, choices=(64, 32))
    args = parser.parse_args(argv)
    width, height = save_grid(args.out, args.resolution)
    print(f"wrote {args.out} ({width}x{height})")


if __name__ == "__main__":
    main()
