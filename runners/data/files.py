"""Finding original data files under the data directory."""

from __future__ import annotations

import os
from pathlib import Path

from expdb.plugin import ExpdbError


class MissingDataFile(ExpdbError):
    """An original data set file is not where it is expected."""


def data_root(data_dir: str | None) -> Path | None:
    root = data_dir or os.environ.get("EXPDB_DATA")
    return Path(root) if root else None


def require(data_dir: str | None, relative: str, dataset: str) -> Path:
    root = data_root(data_dir)
    if root is None:
        raise MissingDataFile(f"{dataset}: original data needs --data DIR (or EXPDB_DATA) holding {relative}")
    path = root / relative
    if not path.exists():
        raise MissingDataFile(f"{dataset}: missing file {relative}; expected at {path}")
    return path
