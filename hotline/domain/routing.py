"""Routing (派单规则): which unit leads a case, and who co-handles it.

A rule matches on (region prefix, category, type, urgent); a rule's empty field matches anything.
The most specific matching rule wins, compared field by field in this order:
1. region depth (county 3 > city 2 > province 1 > national 0),
2. category (an exact code > a group such as control.* > any),
3. type (given > any),
4. urgent (given > any),
then the lower rule id (the older rule) breaks a tie.
When no rule matches, the default is the transport authority (交通运输主管部门) of the most specific
known region of the case: its county's, else its city's, else its province's, else the ministry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

NATIONAL = "000000"


def region_level(code: str) -> int:
    if code == NATIONAL:
        return 0
    if code.endswith("0000"):
        return 1
    if code.endswith("00"):
        return 2
    return 3


def region_chain(code: str | None) -> list[str]:
    """The region and the regions above it, most specific first, ending with 000000.

    Codes are hierarchical by prefix (GB/T 2260), so the chain is derived from the digits.
    """
    if not code or code == NATIONAL:
        return [NATIONAL]
    chain = [code]
    if not code.endswith("00"):
        chain.append(code[:4] + "00")
    if not code.endswith("0000"):
        chain.append(code[:2] + "0000")
    chain.append(NATIONAL)
    return list(dict.fromkeys(chain))


def region_covers(scope: str, code: str | None) -> bool:
    return scope in region_chain(code)


@dataclass(frozen=True)
class Rule:
    id: int
    lead_unit: str
    region: str = NATIONAL
    category: str | None = None  # exact code, "group.*", or None for any
    type: str | None = None
    urgent: bool | None = None
    cohandle_units: tuple[str, ...] = ()
    note: str | None = None

    def matches(self, region: str | None, category: str, type_: str, urgent: bool) -> bool:
        if not region_covers(self.region, region):
            return False
        if self.category is not None:
            if self.category.endswith(".*"):
                if not category.startswith(self.category[:-1]):
                    return False
            elif self.category != category:
                return False
        if self.type is not None and self.type != type_:
            return False
        return self.urgent is None or self.urgent == urgent

    def specificity(self) -> tuple[int, int, int, int, int]:
        cat = 0 if self.category is None else (1 if self.category.endswith(".*") else 2)
        return (region_level(self.region), cat, int(self.type is not None), int(self.urgent is not None),
                -self.id)


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    region: str
    kind: str
    parent: str | None = None


@dataclass
class RouteDecision:
    unit: str
    cohandle_units: list[str] = field(default_factory=list)
    rule: Rule | None = None
    reason: str = ""


TRANSPORT_KINDS = ("transport", "ministry")


def route(rules: Iterable[Rule], units: Sequence[UnitInfo], *, region: str | None, category: str,
          type_: str, urgent: bool) -> RouteDecision:
    matching = [r for r in rules if r.matches(region, category, type_, urgent)]
    if matching:
        best = max(matching, key=Rule.specificity)
        return RouteDecision(best.lead_unit, list(best.cohandle_units), best,
                             f"规则 #{best.id} 命中（{describe(best)}）")
    for code in region_chain(region):
        candidates = sorted((u for u in units if u.region == code and u.kind in TRANSPORT_KINDS),
                            key=lambda u: (u.kind != "transport" if code != NATIONAL else u.kind != "ministry",
                                           u.code))
        if candidates:
            u = candidates[0]
            return RouteDecision(u.code, [], None, f"无规则命中，默认派往所在地交通运输主管部门：{u.name}")
    raise LookupError("no transport authority or ministry unit is registered")


def describe(rule: Rule) -> str:
    parts = [f"地区 {rule.region}"]
    parts.append(f"分类 {rule.category}" if rule.category else "任意分类")
    if rule.type:
        parts.append(f"类型 {rule.type}")
    if rule.urgent is not None:
        parts.append("紧急" if rule.urgent else "非紧急")
    return "，".join(parts)
