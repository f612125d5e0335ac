"""VAE methods by name. Each lives in its own module in this package (or in another
package, registered through the entry-point group ``expdb.methods``): adding a method is
adding a module, never editing a switch. Method modules do not import torch at import
time, so that listing the methods (when a spec is planned) stays cheap."""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import entry_points

from .base import Method, registry

_loaded = False


def methods() -> dict[str, Method]:
    global _loaded
    if not _loaded:
        for info in pkgutil.iter_modules(__path__):
            if info.name != "base":
                importlib.import_module(f"{__name__}.{info.name}")
        for ep in entry_points(group="expdb.methods"):
            ep.load()
        _loaded = True
    return registry


def strengths() -> dict[str, tuple[str, bool]]:
    """method -> (its swept hyperparameter, whether a larger value regularises less): what the
    query layer ranks models by (the entry point expdb.strengths)."""
    return {name: (m.strength, m.weaker_when_larger) for name, m in methods().items()}


__all__ = ["Method", "methods", "strengths"]
