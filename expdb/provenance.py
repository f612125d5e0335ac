"""Provenance: what made a row (versions, device, host, times)."""

from __future__ import annotations

import platform
import socket
import subprocess
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__


def _version(dist: str) -> str | None:
    # Read from metadata: expdb must not import torch or sklearn to learn their versions.
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


@lru_cache(maxsize=1)
def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).parent,
                             capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


@lru_cache(maxsize=1)
def environment() -> dict:
    return {
        "expdb_version": __version__,
        "git_commit": git_commit(),
        "python_version": platform.python_version(),
        "numpy_version": _version("numpy"),
        "torch_version": _version("torch"),
        "sklearn_version": _version("scikit-learn"),
        "host": socket.gethostname()[:200],
    }


def provenance(device: str, worker: str, started_at: float, finished_at: float, versions: dict | None = None,
               gang: tuple[str, int] | None = None, threads: int | None = None) -> dict:
    """gang: (gang id, gang size) when the cell was computed in a gang; threads: how many the
    computing process ran with (expdb.cores.threads_in_use)."""
    row = dict(environment())
    row.update({k: v for k, v in (versions or {}).items() if k in row})
    row.update(device=device[:80], worker=worker[:200], started_at=started_at, finished_at=finished_at,
               threads=threads)
    if gang is not None:
        row.update(gang_id=gang[0], gang_size=gang[1])
    return row
