"""The whole reading of one message: type, category, region, entities, urgency, duplicates.

The result is plain JSON (dicts, lists, strings, numbers, booleans, null).
"""

from __future__ import annotations

from typing import Any

from hotline.text import entities, places, urgency
from hotline.text.duplicates import find_duplicates
from hotline.text.models import category_model, type_model
from hotline.text.taxonomy import CATEGORIES, CATEGORY_KEYWORDS, TYPE_KEYWORDS, TYPES, keyword_scores

# How much a keyword hit moves the model's probability (a cold-start prior, not a veto).
RULE_WEIGHT = 0.35


def _blend(top: list[tuple[str, float]], proba: dict[str, float], hits: dict[str, list[str]]) -> list[dict[str, Any]]:
    scores = dict(proba)
    if hits:
        total = sum(len(v) for v in hits.values())
        for label, words in hits.items():
            scores[label] = (1 - RULE_WEIGHT) * scores.get(label, 0.0) + RULE_WEIGHT * len(words) / total
        for label in scores:
            if label not in hits:
                scores[label] *= 1 - RULE_WEIGHT
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
    return [{"code": c, "confidence": round(float(p), 3), "keywords": hits.get(c, [])} for c, p in ranked]


def _classify(model, row, text: str, names: dict[str, str], rules: dict[str, tuple[str, ...]]) -> list[dict[str, Any]]:
    p = model.proba_from_row(row)
    proba = {str(c): float(x) for c, x in zip(model.classes_, p)}
    out = _blend([], proba, keyword_scores(text, rules))
    for item in out:
        item["name"] = names.get(item["code"], item["code"])
    return out


def analyze(text: str, phone: str | None = None, lat: float | None = None, lng: float | None = None,
            recent_cases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    text = (text or "").strip()
    ents = entities.extract(text)
    region = places.locate(text, phone=phone, plates=ents["plates"], lat=lat, lng=lng)
    position = region.pop("position", None)
    cat_model, type_model_ = category_model(), type_model()
    row = cat_model.row(text)  # the type model shares these features
    cats = _classify(cat_model, row, text, CATEGORIES, CATEGORY_KEYWORDS)
    types = _classify(type_model_, row, text, TYPES, TYPE_KEYWORDS)
    urg = urgency.assess(text)
    # Someone stranded, hungry or ill is asking for help, whatever else the message says.
    if types[0]["code"] != "help" and {r["code"] for r in urg["reasons"]} & {"stranded", "no_food_water", "illness"}:
        help_item = next((t for t in types if t["code"] == "help"), None) or {
            "code": "help", "name": TYPES["help"], "confidence": 0.0, "keywords": []}
        help_item["rule"] = "urgent_needs_help"
        types = [help_item] + [t for t in types if t is not help_item][:2]
    dups = find_duplicates(text, recent_cases, region=region["code"])
    out: dict[str, Any] = {
        "type": types[0]["code"],
        "type_name": types[0]["name"],
        "type_confidence": types[0]["confidence"],
        "types": types,
        "category": cats[0]["code"],
        "category_name": cats[0]["name"],
        "category_confidence": cats[0]["confidence"],
        "categories": cats,
        "region": region,
        **ents,
        "urgent": urg["urgent"],
        "urgency": urg,
        "duplicates": dups,
    }
    if position is not None:
        # The caller's position mapped offline to a county (nearest seat within the province outline):
        # evidence for the region, never more confident than the text (docs/text.md, Place rules 8).
        out["position"] = position
    return out
