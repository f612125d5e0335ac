"""Pause the cyclic garbage collector while building or reading hundreds of thousands of
small objects (the reference grid's cells and their states). None of them form cycles,
and each collection would rescan every live object, so a pass that should take a second
takes several. Reference counting still frees everything as usual."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
