"""Versioned URLs of our static files: the URL carries the file's hash, so a browser may cache it for
a year and still gets a changed file at once. Used by the console and the public pages."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=256)
def _content_hash(path: Path, mtime: float) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def versioned_url(root: Path, url_prefix: str, name: str) -> str:
    path = root / name
    version = _content_hash(path, path.stat().st_mtime) if path.exists() else "0"
    return f"{url_prefix}/{name}?v={version}"
