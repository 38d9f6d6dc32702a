"""Where the evaluation data lives (../shared/data beside the checkout, or HOTLINE_SHARED_DATA).

Tests and benchmarks read it when present; the project never copies it into its own tree.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_data_dir() -> Path | None:
    env = os.environ.get("HOTLINE_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT.parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def tipdm_file(name: str) -> Path | None:
    base = shared_data_dir()
    if base is None:
        return None
    p = base / "tipdm2020c" / name
    return p if p.is_file() else None
