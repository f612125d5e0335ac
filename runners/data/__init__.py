"""The study's seven data sets, by name and source.

source "procedural-v1" renders images from factors with no file (dSprites and its three
variants, Shapes3D); source "original" reads the original files under the data directory
(all seven). SmallNORB and Cars3D exist only as originals.
"""

from __future__ import annotations

from .base import Factor, GroundTruthData

DATASETS = ("dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "smallnorb", "cars3d", "shapes3d")
PROCEDURAL = "procedural-v1"
SOURCES = (PROCEDURAL, "original")
ORIGINAL_ONLY = ("smallnorb", "cars3d")


def load_dataset(name: str, source: str = PROCEDURAL, data_dir: str | None = None,
                 resolution: int = 64) -> GroundTruthData:
    if name not in DATASETS:
        raise ValueError(f"unknown data set {name!r} (known: {', '.join(DATASETS)})")
    if source not in SOURCES:
        raise ValueError(f"unknown data source {source!r} (known: {', '.join(SOURCES)})")
    if source == PROCEDURAL and name in ORIGINAL_ONLY:
        raise ValueError(f"{name} has no procedural version; use data_source = \"original\" with --data DIR")
    if name.endswith("dsprites") or name == "dsprites_full":
        from . import dsprites

        return dsprites.load(name, source, data_dir, resolution)
    if name == "shapes3d":
        from . import shapes3d

        return shapes3d.ProceduralShapes3D(resolution) if source == PROCEDURAL else shapes3d.Shapes3DFile(data_dir, resolution)
    if name == "smallnorb":
        from .smallnorb import SmallNORB

        return SmallNORB(data_dir, resolution)
    from .cars3d import Cars3D

    return Cars3D(data_dir, resolution)


__all__ = ["DATASETS", "SOURCES", "PROCEDURAL", "Factor", "GroundTruthData", "load_dataset"]
