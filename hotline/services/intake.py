"""Intake fills what the person left out from the text analysis, and records what was suggested.

Fields the request leaves out (type, category, urgent, place.region, reporter.plate) are filled from
`hotline.text.analyze`; the analysis only ever fills gaps and never overrides what a person entered.
A region is filled only when the analysis is sure — high or medium confidence (an ambiguous name such as
朝阳区, or a place named only as a trip's destination, fills nothing); the reporter's GPS position, when
given, is passed to the analysis as evidence.
Each suggestion — made here, or by the console and sent along in `suggestions` — is stored with the
final value and whether the person kept it, so acceptance can be measured per field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.services.cases import Context
from hotline.services.commands import CaseCreate
from hotline.store.tables import intake_suggestions

FIELDS = ("type", "category", "urgent", "region", "plate")
# A region is filled only at these confidences: a low one (a name seen only as a destination, a
# position's county, a province named in passing) is left for a person to confirm.
SURE = ("high", "medium")


@dataclass(frozen=True)
class Suggestion:
    field: str
    suggested: Any
    final: Any
    source: str  # "server": filled by intake; "client": proposed by the console

    @property
    def accepted(self) -> bool:
        return self.suggested == self.final


def _current(cmd: CaseCreate, name: str) -> Any:
    if name == "region":
        return cmd.place.region
    if name == "plate":
        return cmd.reporter.plate
    return getattr(cmd, name)


def complete(cmd: CaseCreate) -> tuple[CaseCreate, list[Suggestion]]:
    """Fill the missing fields from the analysis; return the completed command and the suggestions."""
    missing = [f for f in FIELDS if _current(cmd, f) is None]
    filled: dict[str, Any] = {}
    if missing:
        from hotline.text.analyze import analyze

        a = analyze(f"{cmd.title}\n{cmd.description}", phone=cmd.reporter.phone,
                    lat=cmd.place.lat, lng=cmd.place.lng)
        region = a["region"]["code"] if a["region"].get("confidence") in SURE else None
        proposal = {"type": a["type"], "category": a["category"], "urgent": bool(a["urgent"]),
                    "region": region, "plate": (a.get("plates") or [None])[0]}
        filled = {f: proposal[f] for f in missing if proposal[f] is not None}
    place = cmd.place.model_copy(update={"region": filled["region"]}) if "region" in filled else cmd.place
    reporter = cmd.reporter.model_copy(update={"plate": filled["plate"]}) if "plate" in filled else cmd.reporter
    done = cmd.model_copy(update={
        **{k: v for k, v in filled.items() if k in ("type", "category", "urgent")},
        "urgent": filled.get("urgent", cmd.urgent if cmd.urgent is not None else False),
        "place": place, "reporter": reporter,
    })
    out = [Suggestion(f, v, _current(done, f), "server") for f, v in filled.items()]
    if cmd.suggestions is not None:
        for f in FIELDS:
            proposed = getattr(cmd.suggestions, f)
            if proposed is not None and f not in filled:
                out.append(Suggestion(f, proposed, _current(done, f), "client"))
    return done, out


def suggestion_values(suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    """The intake_suggestions rows of a case's suggestions, without the case id."""
    return [{"field": s.field, "suggested": _text(s.suggested), "final": _text(s.final),
             "accepted": s.accepted, "source": s.source} for s in suggestions]


def record(conn: Connection, case_id: int, suggestions: list[Suggestion]) -> None:
    if suggestions:
        conn.execute(sa.insert(intake_suggestions),
                     [{"case_id": case_id, **v} for v in suggestion_values(suggestions)])


def _text(v: Any) -> str | None:
    return None if v is None else str(v).lower() if isinstance(v, bool) else str(v)


def acceptance(ctx: Context) -> list[dict[str, Any]]:
    """Per field and source: how many suggestions, how many kept."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(intake_suggestions.c.field, intake_suggestions.c.source, sa.func.count(),
                      sa.func.sum(sa.case((intake_suggestions.c.accepted.is_(True), 1), else_=0)))
            .group_by(intake_suggestions.c.field, intake_suggestions.c.source)
            .order_by(intake_suggestions.c.field, intake_suggestions.c.source)).all()
    return [{"field": f, "source": src, "suggested": n, "accepted": int(k or 0),
             "rate": round(int(k or 0) / n, 4) if n else None} for f, src, n, k in rows]
