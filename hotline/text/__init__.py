"""Understanding Chinese messages: place, type, category, urgency, entities, near-duplicates.

Public surface: `analyze(text, phone=None, lat=None, lng=None, recent_cases=None) -> dict`.
Everything heavy (segmenter dictionary, gazetteer, default models) is built once per process, lazily.
"""

from __future__ import annotations

from typing import Any


def analyze(text: str, phone: str | None = None, lat: float | None = None, lng: float | None = None,
            recent_cases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    from hotline.text.analyze import analyze as _analyze

    return _analyze(text, phone=phone, lat=lat, lng=lng, recent_cases=recent_cases)


__all__ = ["analyze"]
