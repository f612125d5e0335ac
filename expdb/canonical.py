"""Canonical content and content keys.

A cell's key is the hash of everything that determines its result, written in one
canonical form, so that the same work written differently (``4`` or ``4.0``, keys in
another order) gets the same key, and anything that changes the result changes the key.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any


def canonical(value: Any) -> Any:
    """Normalise a JSON-like value: sorted mappings, integral floats as ints."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"non-finite number {value!r} cannot be part of a cell's content")
        # 4 and 4.0 are the same hyperparameter; JSON would tell them apart.
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be part of a cell's content")


def dumps(content: dict) -> str:
    """The canonical text of an already canonical mapping."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def content_key(text: str) -> str:
    """The key of a canonical text: 32 hex digits of SHA-256 (128 bits)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]
