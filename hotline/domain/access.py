"""Who may see and do what (上下联动 with boundaries): one table of role × action × relation.

The relation is between the user's unit and the unit that holds the case (for a case not yet
dispatched: the hotline unit that took it in):

- own      the case is held by the user's own unit
- child    held by a unit below the user's unit (any depth)
- parent   held by a unit above the user's unit
- sibling  held by another unit (same parent, or anywhere else outside the user's subtree)

A case outside what a role may see answers 404 (no existence leak); a visible case on which the
role may not take an action answers 403.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hotline.domain.lifecycle import Action


class Role(StrEnum):
    OPERATOR = "operator"  # 坐席
    HANDLER = "handler"  # 承办人
    SUPERVISOR = "supervisor"  # 督办
    KB_EDITOR = "kb_editor"  # 知识编辑
    ADMIN = "admin"


ROLE_LABELS = {Role.OPERATOR: "坐席", Role.HANDLER: "承办人", Role.SUPERVISOR: "督办",
               Role.KB_EDITOR: "知识编辑", Role.ADMIN: "管理员"}


class Relation(StrEnum):
    OWN = "own"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"


VIEW = "view"
OWN, CHILD = Relation.OWN, Relation.CHILD
_A = Action
_UNIT_WORK = (_A.ACCEPT, _A.REPLY, _A.RETURN, _A.FORWARD, _A.ESCALATE, _A.COHANDLE, _A.EXTEND_REQUEST,
              _A.DISPATCH)

# The one table. Keys: role → action (or "view") → the relations on which it is allowed.
# Anything not listed is not allowed. Every cell is checked over HTTP by tests/api/test_access_matrix.py.
ACCESS: dict[Role, dict[str, frozenset[Relation]]] = {
    Role.OPERATOR: {
        VIEW: frozenset({OWN, CHILD}),
        # The hotline takes calls, dispatches, closes consultations, calls back and reopens.
        _A.DISPATCH: frozenset({OWN}),
        **{a: frozenset({OWN, CHILD}) for a in (_A.CLOSE, _A.CALLBACK, _A.ARCHIVE, _A.REOPEN, _A.MERGE, _A.NOTE)},
    },
    Role.HANDLER: {
        VIEW: frozenset({OWN}),
        **{a: frozenset({OWN}) for a in (*_UNIT_WORK, _A.NOTE)},
    },
    Role.SUPERVISOR: {
        VIEW: frozenset({OWN, CHILD}),
        **{a: frozenset({OWN}) for a in _UNIT_WORK},
        **{a: frozenset({OWN, CHILD}) for a in (_A.SUPERVISE, _A.EXTEND_APPROVE, _A.EXTEND_DENY, _A.CLOSE,
                                                _A.CALLBACK, _A.ARCHIVE, _A.REOPEN, _A.MERGE, _A.NOTE)},
    },
    Role.KB_EDITOR: {
        VIEW: frozenset({OWN, CHILD}),
    },
    Role.ADMIN: {
        VIEW: frozenset({OWN, CHILD}),
        **{a: frozenset({OWN, CHILD}) for a in Action if a not in (_A.CREATE, _A.MERGE_IN)},
    },
}

# Roles that may see a reporter's full phone number (each such view is audited).
UNMASK_ROLES = frozenset({Role.OPERATOR, Role.HANDLER, Role.SUPERVISOR, Role.ADMIN})
# Roles that may record new cases.
INTAKE_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class Principal:
    """An authenticated user."""

    username: str
    unit: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return bool(self.roles & set(roles))


class UnitTree:
    """The unit hierarchy as parent links; answers relation and subtree questions."""

    def __init__(self, parents: Mapping[str, str | None]):
        self.parents = dict(parents)
        self._children: dict[str, list[str]] = {}
        for code, parent in self.parents.items():
            if parent:
                self._children.setdefault(parent, []).append(code)

    def __contains__(self, code: str) -> bool:
        return code in self.parents

    def ancestors(self, code: str) -> list[str]:
        """Parents of `code`, nearest first (not including itself)."""
        out, seen = [], {code}
        p = self.parents.get(code)
        while p and p not in seen:
            out.append(p)
            seen.add(p)
            p = self.parents.get(p)
        return out

    def children(self, code: str) -> list[str]:
        return list(self._children.get(code, []))

    def subtree(self, code: str) -> set[str]:
        out, stack = set(), [code]
        while stack:
            c = stack.pop()
            if c in out:
                continue
            out.add(c)
            stack.extend(self._children.get(c, []))
        return out

    def rows_below(self, unit: str, codes: set[str]) -> dict[str, str]:
        """Each of `codes` → the row of a "by unit below" table it counts in: `unit` itself, or the
        unit directly below `unit` whose subtree holds it (codes outside `unit`'s subtree count in
        `unit`'s own row)."""
        rows = {code: unit for code in codes}
        for child in self.children(unit):
            rows.update({code: child for code in self.subtree(child) & codes})
        return rows

    def is_root(self, code: str) -> bool:
        return code in self.parents and not self.parents[code]

    def relation(self, user_unit: str, case_unit: str | None) -> Relation:
        if case_unit is None:
            return Relation.SIBLING
        if case_unit == user_unit:
            return Relation.OWN
        if user_unit in self.ancestors(case_unit):
            return Relation.CHILD
        if case_unit in self.ancestors(user_unit):
            return Relation.PARENT
        return Relation.SIBLING


def may(user: Principal, what: str, relation: Relation) -> bool:
    """Whether any of the user's roles allows `what` (an action value or "view") on `relation`."""
    return any(relation in ACCESS[r].get(what, frozenset()) for r in user.roles)


def can_view(user: Principal, relation: Relation) -> bool:
    return may(user, VIEW, relation)
