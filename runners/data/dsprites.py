"""dSprites and its colour, noise and Scream variants.

Two sources of the same factor grid (shape 3, scale 6, orientation 40, posX 32, posY 32;
row-major, last factor fastest):

- ``DSpritesFile``: the original file dsprites_ndarray_co1sh3sc6or40x32y32_64x64.npz.
- ``procedural``: a renderer of our own. The original was drawn by a game engine whose
  generator was never published, so this matches the factor grid and the look (white
  square, ellipse and heart on black, binary pixels), not the pixels. Its sprite sizes and
  position range are our choice: centres move one pixel per position step (pixels 16 to
  47 of 64), and a sprite at scale 1 is about 20 pixels across.
"""

from __future__ import annotations


import numpy as np

from .base import Factor, GroundTruthData
from .files import require

DSPRITES_FILE = "dsprites_ndarray_co1sh3sc6or40x32y32_64x64.npz"
SCREAM_FILE = "scream/scream.jpg"
FACTORS = (Factor("shape", 3), Factor("scale", 6), Factor("orientation", 40),
           Factor("posX", 32), Factor("posY", 32))
SCALES = np.linspace(0.5, 1.0, 6)
ORIENTATIONS = np.linspace(0.0, 2 * np.pi, 40)  # 0 and 2 pi both present, as in the original
POSITIONS = np.linspace(0.0, 1.0, 32)
HALF_SIZE = 10.0  # pixels, at scale 1
WINDOW = 32  # sprites are drawn in a window around their centre, never wider than this


class _Sprites(GroundTruthData):
    factors = FACTORS
    name = "dsprites_full"

    def masks(self, factors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        raise NotImplementedError

    def _render64(self, factors, rng):
        return self.masks(factors, rng)[:, None].astype(np.float32)


class ProceduralSprites(_Sprites):
    source = "procedural-v1"
    _windows = None  # (shape, scale, orientation, WINDOW, WINDOW), shared by every instance

    @classmethod
    def windows(cls) -> np.ndarray:
        """Every sprite drawn once, centred in a WINDOW x WINDOW window (720 of them): a batch
        is then a matter of pasting windows, fast enough not to slow training down."""
        if cls._windows is None:
            shape, scale, orient = np.meshgrid(np.arange(3), np.arange(6), np.arange(40), indexing="ij")
            shape, scale, orient = shape.ravel(), scale.ravel(), orient.ravel()
            grid = np.arange(WINDOW) + 0.5 - WINDOW / 2
            dx, dy = grid[None, None, :], grid[None, :, None]
            theta = ORIENTATIONS[orient][:, None, None]
            size = (HALF_SIZE * SCALES[scale])[:, None, None]
            u = (np.cos(theta) * dx + np.sin(theta) * dy) / size
            v = (-np.sin(theta) * dx + np.cos(theta) * dy) / size
            square = np.maximum(np.abs(u), np.abs(v)) <= 0.7
            ellipse = u ** 2 + (v / 0.5) ** 2 <= 1.0
            a, b = u * 1.25, -v * 1.25 + 0.15
            heart = (a ** 2 + b ** 2 - 1) ** 3 - a ** 2 * b ** 3 <= 0
            s = shape[:, None, None]
            drawn = np.where(s == 0, square, np.where(s == 1, ellipse, heart))
            cls._windows = drawn.reshape(3, 6, 40, WINDOW, WINDOW)
        return cls._windows

    def masks(self, factors, rng):
        windows = self.windows()
        out = np.zeros((len(factors), 64, 64), dtype=bool)
        # posX/posY index p puts the sprite's centre at pixel 16 + p (16..47, one pixel a step)
        for i, (shape, scale, orient, px, py) in enumerate(factors):
            out[i, py:py + WINDOW, px:px + WINDOW] = windows[shape, scale, orient]
        return out


class DSpritesFile(_Sprites):
    """The original npz; factor indices come from ``latents_classes`` (column 0 is the single colour)."""

    source = "original"

    def __init__(self, data_dir: str | None, resolution: int = 64):
        super().__init__(resolution)
        path = require(data_dir, DSPRITES_FILE, "dsprites_full")
        with np.load(path, allow_pickle=True, encoding="latin1") as data:
            self.images = np.asarray(data["imgs"], dtype=np.uint8)
            classes = np.asarray(data["latents_classes"], dtype=np.int64)[:, 1:]
        self._adopt_grid(path, classes, len(self.images))

    def masks(self, factors, rng):
        return self.images[self.index(factors)] > 0


class _Coloured(GroundTruthData):
    channels = 3

    def __init__(self, sprites: _Sprites, resolution: int = 64):
        super().__init__(resolution)
        self.sprites = sprites
        self.factors = sprites.factors
        self.source = sprites.source


class ColorDSprites(_Coloured):
    """Sprite times a random RGB colour (each channel U(0.5, 1)) per image; black background."""

    name = "color_dsprites"

    def _render64(self, factors, rng):
        masks = self.sprites.masks(factors, rng)[:, None].astype(np.float32)
        colours = rng.uniform(0.5, 1.0, size=(len(factors), 3, 1, 1)).astype(np.float32)
        return masks * colours


class NoisyDSprites(_Coloured):
    """Background U(0, 1) noise per pixel and channel; sprite pixels white."""

    name = "noisy_dsprites"

    def _render64(self, factors, rng):
        masks = self.sprites.masks(factors, rng)[:, None]
        noise = rng.random((len(factors), 3, 64, 64), dtype=np.float32)
        return np.where(masks, np.float32(1.0), noise)


class ScreamDSprites(_Coloured):
    """Background = (random 64x64 crop of a painting + a random RGB colour) / 2; sprite
    pixels = 1 - background. The painting is "The Scream" (scream/scream.jpg under the data
    directory) when supplied, else a procedurally generated painterly image of the same size."""

    name = "scream_dsprites"

    def __init__(self, sprites: _Sprites, data_dir: str | None, resolution: int = 64, painting: str = "procedural"):
        super().__init__(sprites, resolution)
        if painting == "original":
            from PIL import Image

            path = require(data_dir, SCREAM_FILE, "scream_dsprites")
            image = Image.open(path).convert("RGB").resize((350, 274))
            self.painting = np.asarray(image, dtype=np.float32).transpose(2, 0, 1) / 255.0
        else:
            self.painting = procedural_painting()
        self.source = f"{sprites.source}+{'scream' if painting == 'original' else 'painting-v1'}"

    def _render64(self, factors, rng):
        n = len(factors)
        masks = self.sprites.masks(factors, rng)[:, None]
        _, h, w = self.painting.shape
        ys = rng.integers(0, h - 64, size=n)
        xs = rng.integers(0, w - 64, size=n)
        windows = np.lib.stride_tricks.sliding_window_view(self.painting, (64, 64), axis=(1, 2))
        crops = windows[:, ys, xs].transpose(1, 0, 2, 3)  # (n, 3, 64, 64)
        background = (crops + rng.random((n, 3, 1, 1), dtype=np.float32)) * np.float32(0.5)
        return np.where(masks, 1 - background, background).astype(np.float32)


def procedural_painting(height: int = 274, width: int = 350) -> np.ndarray:
    """A fixed swirling, brush-stroked colour field standing in for "The Scream"."""
    rng = np.random.default_rng(1893)  # the painting's year: any fixed seed would do
    y, x = np.mgrid[0:height, 0:width] / np.array([height, width]).reshape(2, 1, 1)[:, :, :]
    channels = []
    for c in range(3):
        field = np.zeros((height, width))
        for _ in range(6):
            fx, fy, phase = rng.uniform(1, 6), rng.uniform(1, 6), rng.uniform(0, 2 * np.pi)
            swirl = rng.uniform(0.5, 3)
            field += np.sin(2 * np.pi * (fx * x + swirl * np.sin(2 * np.pi * fy * y)) + phase)
        strokes = np.sin(2 * np.pi * 40 * (x + 0.3 * y + 0.02 * field))
        channels.append(field / 6 + 0.15 * strokes)
    image = np.stack(channels)
    image = (image - image.min()) / (image.max() - image.min())
    return image.astype(np.float32)


def load(name: str, source: str, data_dir: str | None, resolution: int) -> GroundTruthData:
    sprites: _Sprites = DSpritesFile(data_dir, resolution) if source == "original" else ProceduralSprites(resolution)
    if name == "dsprites_full":
        return sprites
    if name == "color_dsprites":
        return ColorDSprites(sprites, resolution)
    if name == "noisy_dsprites":
        return NoisyDSprites(sprites, resolution)
    if name == "scream_dsprites":
        return ScreamDSprites(sprites, data_dir, resolution, painting=source if source == "original" else "procedural")
    raise KeyError(name)


__all__ = ["load", "ProceduralSprites", "DSpritesFile", "procedural_painting"]
