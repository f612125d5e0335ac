"""Batches made on the training device, for gangs (runners/gang.py).

A gang of G models needs G batches per step; rendering them on the host and copying them over
would make a GPU wait for the CPU. For data sets whose images are a pure function of their
factors, the parts a batch is made of go to the device once per process (a few MB), and each
batch is gathered there with the same arithmetic as the host renderer, in float32, so a model
sees the same images on either side:

- procedural dSprites: the 720 sprite windows (bool), pasted at their position;
- procedural Shapes3D: backgrounds (uint8), object masks and shading, blended;
- the original dSprites and Shapes3D files: their uint8 images (dSprites 737,280 x 64 x 64 is
  3 GB, Shapes3D 5.9 GB), gathered by row.

Factors are still drawn on the host from each model's own generator, exactly as when it trains
alone. Data sets whose images take random draws beyond the factors (the colour, noise and Scream
variants, SmallNORB's random instance) have no device sampler: their gangs render on the host.
"""

from __future__ import annotations

import numpy as np

from .base import GroundTruthData


class DeviceSampler:
    def __init__(self, data: GroundTruthData, device):
        self.data, self.device = data, device

    def images(self, factors: np.ndarray):
        """float32 (n, channels, resolution, resolution) on the device for factor rows (n, F)."""
        import torch

        f = torch.from_numpy(np.ascontiguousarray(factors, dtype=np.int64))
        if self.device.type == "cuda":  # from pinned memory, without waiting for the copy
            f = f.pin_memory().to(self.device, non_blocking=True)
        else:
            f = f.to(self.device)
        return downsample(self._render64(f), self.data.resolution)

    def _render64(self, f):
        raise NotImplementedError


class _SpriteWindows(DeviceSampler):
    def __init__(self, data, device):
        import torch

        from .dsprites import WINDOW

        super().__init__(data, device)
        self.windows = torch.as_tensor(data.windows(), device=device)  # (3, 6, 40, 32, 32) bool
        self.span = torch.arange(WINDOW, device=device)

    def _render64(self, f):
        import torch

        n = f.shape[0]
        out = torch.zeros((n, 64, 64), dtype=torch.bool, device=self.device)
        rows = (f[:, 4, None] + self.span)[:, :, None]  # posY picks the rows, posX the columns
        cols = (f[:, 3, None] + self.span)[:, None, :]
        index = torch.arange(n, device=self.device)[:, None, None]
        out[index, rows, cols] = self.windows[f[:, 0], f[:, 1], f[:, 2]]
        return out[:, None].to(torch.float32)


class _Shapes3DParts(DeviceSampler):
    def __init__(self, data, device):
        import torch

        from .shapes3d import HUES, hue_to_rgb

        super().__init__(data, device)
        backgrounds, masks, shade = data.parts()
        self.backgrounds = torch.as_tensor(backgrounds, device=device)
        self.masks = torch.as_tensor(masks, device=device)
        self.shade = torch.as_tensor(shade, device=device)
        self.colours = torch.as_tensor(hue_to_rgb(HUES).astype(np.float32), device=device)  # (10, 3)

    def _render64(self, f):
        import torch

        image = self.backgrounds[f[:, 0], f[:, 1], f[:, 5]].to(torch.float32) / 255.0
        obj = self.colours[f[:, 2]][:, :, None, None] * self.shade[f[:, 3], f[:, 4], f[:, 5]][:, None]
        return torch.where(self.masks[f[:, 3], f[:, 4], f[:, 5]][:, None], obj, image)


class _FileImages(DeviceSampler):
    """The original file's uint8 images, on the device, gathered by row."""

    def __init__(self, data, device, binary: bool):
        import torch

        super().__init__(data, device)
        self.pixels = torch.as_tensor(data.images, device=device)
        self.sizes = torch.as_tensor(np.asarray(data.factor_sizes), device=device)
        self.binary = binary

    def _render64(self, f):
        import torch

        strides = torch.flip(torch.cumprod(torch.flip(self.sizes, [0]), 0), [0])
        rows = (f[:, :-1] * strides[1:]).sum(1) + f[:, -1]  # row-major, as GroundTruthData.index
        picked = self.pixels[rows]
        if self.binary:  # dSprites (n, 64, 64): pixels are masks, as the host renderer's `> 0`
            return (picked > 0)[:, None].to(torch.float32)
        return picked.permute(0, 3, 1, 2).to(torch.float32) / 255.0  # Shapes3D (n, 64, 64, 3)


def downsample(images, resolution: int):
    """The host's 64 -> 32 block average (base.downsample), in the same order of operations."""
    if resolution == 64:
        return images
    total = images[..., 0::2, 0::2] + images[..., 1::2, 0::2]
    total += images[..., 0::2, 1::2]
    total += images[..., 1::2, 1::2]
    total *= 0.25
    return total


def device_sampler(data: GroundTruthData, device) -> DeviceSampler | None:
    """The device sampler for a data set, or None when its images need the host."""
    from .dsprites import DSpritesFile, ProceduralSprites
    from .shapes3d import ProceduralShapes3D, Shapes3DFile

    kind = type(data)
    if kind is ProceduralSprites:
        return _SpriteWindows(data, device)
    if kind is ProceduralShapes3D:
        return _Shapes3DParts(data, device)
    if kind is DSpritesFile:
        return _FileImages(data, device, binary=True)
    if kind is Shapes3DFile:
        return _FileImages(data, device, binary=False)
    return None
