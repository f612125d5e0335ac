"""Save a picture of the procedural data sets for a person to look at.

    python -m expdb_runners.sample_grid samples.png [--resolution 64]

One block per data set, titled with its name; in each, row k (labelled with factor k's name
and number of values) varies factor k over evenly spaced values while the other factors stay
at a fixed draw, so every factor's effect is visible."""

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


LABEL_WIDTH, TITLE_HEIGHT = 150, 16


def save_grid(path: str, resolution: int = 64) -> tuple[int, int]:
    """One block per data set under its name; each row labelled with the factor it sweeps and
    that factor's number of values."""
    from PIL import Image, ImageDraw

    pad = 2
    blocks = [(name, load_dataset(name, resolution=resolution).factors, factor_sweeps(name, resolution))
              for name in PROCEDURAL_SETS]
    height = sum(TITLE_HEIGHT + b.shape[0] * (resolution + pad) + pad * 3 for _, _, b in blocks) + pad
    width = LABEL_WIDTH + COLUMNS * (resolution + pad) + pad
    canvas = np.full((height, width, 3), 0.35, dtype=np.float32)
    labels = []  # (x, y, text)
    y = pad
    for name, factors, block in blocks:
        labels.append((pad, y + 2, name))
        y += TITLE_HEIGHT
        for factor, row in zip(factors, block):
            labels.append((pad + 8, y + resolution // 2 - 6, f"{factor.name} ({factor.size} values)"))
            for col, image in enumerate(row):
                x = LABEL_WIDTH + pad + col * (resolution + pad)
                canvas[y:y + resolution, x:x + resolution] = image.transpose(1, 2, 0)
            y += resolution + pad
        y += pad * 3
    picture = Image.fromarray((canvas * 255).round().astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for x, y, text in labels:
        draw.text((x, y), text, fill=(255, 255, 255))
    picture.save(path)
    return picture.size


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--resolution", type=int, default=64, choices=(64, 32))
    args = parser.parse_args(argv)
    width, height = save_grid(args.out, args.resolution)
    print(f"wrote {args.out} ({width}x{height})")


if __name__ == "__main__":
    main()
