"""Attachment storage behind a small interface. Local disk is the default (./var/files)."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Protocol

_KEY = re.compile(r"^[0-9a-f]{64}$")


class FileStorage(Protocol):
    def put(self, data: bytes) -> str:
        """Store durably; return the key to read it back."""

    def get(self, key: str) -> bytes: ...


class LocalFileStorage:
    """Content-addressed files: the key is the SHA-256, so no user input ever becomes a path."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise KeyError(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, data: bytes) -> str:
        key = hashlib.sha256(data).hexdigest()
        path = self._path(key)
        if path.exists():
            return key
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())  # on disk before the case row that points at it commits
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return key

    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()
