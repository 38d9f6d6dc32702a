"""Case types and categories. The codes are stable API; the table is editable data
(hotline/data/taxonomy.json, or the file named by HOTLINE_TAXONOMY_FILE)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Taxonomy:
    types: dict[str, str]  # code → 中文名
    categories: dict[str, str]

    @classmethod
    def from_file(cls, path: Path) -> "Taxonomy":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            types={t["code"]: t["name"] for t in data["types"]},
            categories={c["code"]: c["name"] for c in data["categories"]},
        )


DEFAULT_TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "data" / "taxonomy.json"
