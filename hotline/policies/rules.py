"""Domain rules of the knowledge base: statuses, validity, region scope, versions. No I/O.

Region scope: an entry names one or more GB/T 2260 codes; 000000 is national. An entry applies to
its regions and everything inside them (a city entry applies to its counties). For a driver in
region R, an entry's *specificity* is the level of the most specific of its codes that contains R:
3 county, 2 city, 1 province, 0 national. Search ranks more specific entries first, and an entry in
force for R hides the entries it names in `overrides` (the local rule replaces the national one).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from hotline.regions import NATIONAL, RegionTable

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Status(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


STATUS_LABELS = {
    Status.DRAFT: "草稿", Status.REVIEW: "待审核", Status.PUBLISHED: "已发布",
    Status.EXPIRED: "已失效", Status.WITHDRAWN: "已撤回",
}

# Statuses the public sees: an expired entry still answers "what was the rule on that day".
VISIBLE = (Status.PUBLISHED.value, Status.EXPIRED.value)


class Action(StrEnum):
    SUBMIT = "submit"  # draft → review
    RETURN = "return"  # review → draft (审核退回)
    PUBLISH = "publish"  # review → published; from draft it is the hot-policy fast track
    APPROVE = "approve"  # review afterwards of a fast-tracked entry
    EXPIRE = "expire"
    WITHDRAW = "withdraw"


ACTION_LABELS = {
    Action.SUBMIT: "提交审核", Action.RETURN: "退回修改", Action.PUBLISH: "发布", Action.APPROVE: "事后审核通过",
    Action.EXPIRE: "失效", Action.WITHDRAW: "撤回",
}

TRANSITIONS: dict[Action, tuple[frozenset[Status], Status | None]] = {
    Action.SUBMIT: (frozenset({Status.DRAFT}), Status.REVIEW),
    Action.RETURN: (frozenset({Status.REVIEW}), Status.DRAFT),
    Action.PUBLISH: (frozenset({Status.DRAFT, Status.REVIEW, Status.WITHDRAWN}), Status.PUBLISHED),
    Action.APPROVE: (frozenset({Status.PUBLISHED, Status.EXPIRED}), None),  # status unchanged
    Action.EXPIRE: (frozenset({Status.PUBLISHED}), Status.EXPIRED),
    Action.WITHDRAW: (frozenset({Status.DRAFT, Status.REVIEW, Status.PUBLISHED, Status.EXPIRED}),
                      Status.WITHDRAWN),
}


class PolicyRuleError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def transition(status: Status, action: Action) -> Status:
    """The status after `action`, or PolicyRuleError if the action is not allowed now."""
    allowed_from, to = TRANSITIONS[action]
    if status not in allowed_from:
        raise PolicyRuleError(
            "action_not_allowed",
            f"条目当前状态为“{STATUS_LABELS[status]}”，不能{ACTION_LABELS[action]}"
            f"（可在以下状态{ACTION_LABELS[action]}：{'、'.join(STATUS_LABELS[s] for s in sorted(allowed_from))}）")
    return to or status


def allowed_actions(status: Status) -> list[Action]:
    return [a for a, (src, _) in TRANSITIONS.items() if status in src]


# Roles (hotline.domain.access.Role values) that may write entries. Publishing from a draft — the
# hot-policy fast track — is theirs too; the review afterwards must be someone else's (four eyes).
EDITOR_ROLES = frozenset({"kb_editor", "admin"})


def may_edit(roles: Iterable[str] | None) -> bool:
    """None is the system itself (CLI, sync, demo loader)."""
    return roles is None or bool(EDITOR_ROLES & set(roles))


# ---------------------------------------------------------------- validity


def in_force(effective_from: datetime | None, effective_until: datetime | None, at: datetime) -> bool:
    """Half-open [from, until): a rule ending on 5 May 24:00 is not in force at 5 May 24:00."""
    return (effective_from is None or effective_from <= at) and (effective_until is None or at < effective_until)


def parse_instant(value: str | None, *, end_of_day: bool = False) -> datetime | None:
    """ISO date or datetime → aware datetime. A bare date is Beijing time; as an end it means the
    end of that day (the 24:00 a notice's “截至5月5日” means)."""
    if value is None or value == "":
        return None
    if len(value) == 10:
        d = date.fromisoformat(value)
        if end_of_day:
            d += timedelta(days=1)
        return datetime.combine(d, time(0), SHANGHAI)
    t = datetime.fromisoformat(value)
    if t.tzinfo is None:
        raise ValueError(f"时间 {value} 必须带时区（如 +08:00）")
    return t


# ---------------------------------------------------------------- regions


def specificity(code: str, table: RegionTable) -> int:
    if code == NATIONAL:
        return 0
    r = table.get(code)
    return r.level if r else 0


def applicable_codes(region: str, table: RegionTable) -> list[str]:
    """Codes whose entries apply in `region`: the region, its parents, national."""
    return [r.code for r in table.ancestors(region)] + [NATIONAL]


def match_specificity(entry_regions: Iterable[str], region: str | None, table: RegionTable) -> int | None:
    """How specifically an entry applies in `region` (3 county … 0 national); None if it does not."""
    if region is None:
        return max((specificity(c, table) for c in entry_regions), default=0)
    wanted = set(applicable_codes(region, table))
    levels = [specificity(c, table) for c in entry_regions if c in wanted]
    return max(levels) if levels else None


@dataclass(frozen=True)
class Ranked:
    id: int
    key: str | None
    overrides: Sequence[str]
    specificity: int
    relevance: float  # text relevance, 1.0 for the best text match


LEVEL_BOOST = 0.15  # each level closer to the asked region multiplies the score by 1.15


def rank(candidates: Iterable[Ranked]) -> list[Ranked]:
    """Local before parent before national at equal relevance; overridden entries dropped."""
    items = list(candidates)
    hidden = {k for c in items for k in c.overrides}
    kept = [c for c in items if c.key is None or c.key not in hidden]
    return sorted(kept, key=lambda c: (-(c.relevance * (1 + LEVEL_BOOST * c.specificity)), -c.specificity, c.id))


# ---------------------------------------------------------------- versions

TEXT_FIELDS = ("title", "answer", "body")


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Field-level differences of two snapshots; text fields also get a unified line diff."""
    out = []
    for name in sorted(set(before) | set(after)):
        if name in ("version", "status"):
            continue
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        change: dict[str, Any] = {"field": name, "before": a, "after": b}
        if name in TEXT_FIELDS and isinstance(a, str) and isinstance(b, str):
            change["unified"] = "\n".join(difflib.unified_diff(
                a.splitlines(), b.splitlines(), "before", "after", lineterm="", n=1))
        out.append(change)
    return out
