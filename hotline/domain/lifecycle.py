"""The case lifecycle (工单生命周期): states, actions, and the one transition table.

Pure rules: no I/O. A service loads a case, asks `decide()` what an action does to it, and
stores the result and its event in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    NEW = "new"
    DISPATCHED = "dispatched"
    ACCEPTED = "accepted"
    REPLIED = "replied"
    CLOSED = "closed"
    ARCHIVED = "archived"
    RETURNED = "returned"
    REOPENED = "reopened"
    MERGED = "merged"


STATUS_LABELS: dict[Status, str] = {
    Status.NEW: "已受理",
    Status.DISPATCHED: "已派单",
    Status.ACCEPTED: "已签收",
    Status.REPLIED: "已答复",
    Status.CLOSED: "已办结",
    Status.ARCHIVED: "已归档",
    Status.RETURNED: "已退回",
    Status.REOPENED: "重办",
    Status.MERGED: "已合并",
}

# States in which a case is still being worked on.
OPEN_STATES = frozenset(
    {Status.NEW, Status.DISPATCHED, Status.ACCEPTED, Status.REPLIED, Status.RETURNED, Status.REOPENED}
)
# The states a handling unit works on (its queue, 本单位待办): replied cases wait for the hotline to
# close them; returned ones are back with the unit that dispatched them.
WORK_STATES = ("accepted", "dispatched", "reopened", "returned")


class Action(StrEnum):
    CREATE = "create"
    DISPATCH = "dispatch"
    ACCEPT = "accept"
    REPLY = "reply"
    CLOSE = "close"
    CALLBACK = "callback"
    ARCHIVE = "archive"
    RETURN = "return"
    FORWARD = "forward"
    ESCALATE = "escalate"
    COHANDLE = "cohandle"
    SUPERVISE = "supervise"
    EXTEND_REQUEST = "extend_request"
    EXTEND_APPROVE = "extend_approve"
    EXTEND_DENY = "extend_deny"
    REOPEN = "reopen"
    MERGE = "merge"
    NOTE = "note"
    # Recorded on the primary case when a duplicate is merged into it; not a user action.
    MERGE_IN = "merge_in"


ACTION_LABELS: dict[Action, str] = {
    Action.CREATE: "受理",
    Action.DISPATCH: "派单",
    Action.ACCEPT: "签收",
    Action.REPLY: "答复",
    Action.CLOSE: "办结",
    Action.CALLBACK: "回访",
    Action.ARCHIVE: "归档",
    Action.RETURN: "退回",
    Action.FORWARD: "转办",
    Action.ESCALATE: "上报",
    Action.COHANDLE: "协办",
    Action.SUPERVISE: "督办",
    Action.EXTEND_REQUEST: "申请延期",
    Action.EXTEND_APPROVE: "批准延期",
    Action.EXTEND_DENY: "驳回延期",
    Action.REOPEN: "重办",
    Action.MERGE: "合并",
    Action.NOTE: "备注",
    Action.MERGE_IN: "并入重复工单",
}

S = Status
_WORKING = frozenset({S.DISPATCHED, S.ACCEPTED})
_ANY_OPEN = OPEN_STATES

# The transition table, written once: action → {from state: to state}. `None` as the target means
# the action keeps the state. An action/state pair not listed here is forbidden.
TRANSITIONS: dict[Action, dict[Status, Status | None]] = {
    Action.DISPATCH: {S.NEW: S.DISPATCHED, S.RETURNED: S.DISPATCHED, S.REOPENED: S.DISPATCHED,
                      S.ACCEPTED: S.DISPATCHED},
    Action.ACCEPT: {S.DISPATCHED: S.ACCEPTED, S.REOPENED: S.ACCEPTED},
    Action.REPLY: {S.ACCEPTED: S.REPLIED},
    Action.CLOSE: {S.REPLIED: S.CLOSED, S.NEW: S.CLOSED},
    Action.CALLBACK: {S.CLOSED: S.ARCHIVED},
    Action.ARCHIVE: {S.CLOSED: S.ARCHIVED},
    Action.RETURN: {S.DISPATCHED: S.RETURNED, S.ACCEPTED: S.RETURNED},
    Action.FORWARD: {S.DISPATCHED: S.DISPATCHED, S.ACCEPTED: S.DISPATCHED},
    Action.ESCALATE: {S.DISPATCHED: S.DISPATCHED, S.ACCEPTED: S.DISPATCHED},
    Action.COHANDLE: {s: None for s in _WORKING},
    Action.SUPERVISE: {s: None for s in _ANY_OPEN},
    Action.EXTEND_REQUEST: {s: None for s in _WORKING},
    Action.EXTEND_APPROVE: {s: None for s in _WORKING},
    Action.EXTEND_DENY: {s: None for s in _WORKING},
    Action.REOPEN: {S.REPLIED: S.REOPENED, S.CLOSED: S.REOPENED, S.ARCHIVED: S.REOPENED},
    Action.MERGE: {S.NEW: S.MERGED, S.DISPATCHED: S.MERGED, S.ACCEPTED: S.MERGED,
                   S.RETURNED: S.MERGED, S.REOPENED: S.MERGED},
    Action.NOTE: {s: None for s in Status},
}

# Fields each action must carry (beyond version and note).
REQUIRED_FIELDS: dict[Action, tuple[str, ...]] = {
    Action.DISPATCH: ("unit",),
    Action.REPLY: ("reply",),
    Action.CALLBACK: ("satisfaction",),
    Action.RETURN: ("reason",),
    Action.FORWARD: ("unit",),
    Action.COHANDLE: ("unit",),
    Action.EXTEND_REQUEST: ("until", "reason"),
    Action.REOPEN: ("reason",),
    Action.MERGE: ("primary",),
    Action.NOTE: ("note",),
}


class LifecycleError(Exception):
    """A rule was broken. `code` is stable API; `message` is for people (zh-CN)."""

    status_code = 409

    def __init__(self, code: str, message: str, **details: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details


class InvalidTransition(LifecycleError):
    pass


class MissingField(LifecycleError):
    status_code = 422


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know of a case."""

    status: Status
    unit: str | None = None
    dispatcher_unit: str | None = None
    has_reply: bool = False
    extension_pending: bool = False


@dataclass
class Decision:
    """What an action does: the new status and the column changes, plus what the event records."""

    action: Action
    from_status: Status
    to_status: Status
    changes: dict[str, Any] = field(default_factory=dict)
    increments: tuple[str, ...] = ()  # counters the action adds one to


def allowed_actions(status: Status) -> list[Action]:
    return [a for a, table in TRANSITIONS.items() if status in table]


def decide(facts: CaseFacts, action: Action, fields: dict[str, Any]) -> Decision:
    """Check `action` against the table and the action's own preconditions; say what it changes."""
    table = TRANSITIONS.get(action)
    if table is None or facts.status not in table:
        raise InvalidTransition(
            "invalid_transition",
            f"工单当前状态为“{STATUS_LABELS[facts.status]}”，不能执行“{ACTION_LABELS[action]}”操作",
            status=facts.status.value,
            action=action.value,
            allowed=[a.value for a in allowed_actions(facts.status)],
        )
    for name in REQUIRED_FIELDS.get(action, ()):
        if fields.get(name) in (None, ""):
            raise MissingField("missing_field", f"“{ACTION_LABELS[action]}”操作需要填写 {name}", field=name)
    target = table[facts.status]
    to_status = facts.status if target is None else target
    changes: dict[str, Any] = {}
    increments: tuple[str, ...] = ()

    if action is Action.DISPATCH:
        changes = {"unit": fields["unit"], "dispatcher_unit": facts.unit}
    elif action is Action.FORWARD:
        if fields["unit"] == facts.unit:
            raise InvalidTransition("same_unit", "转办的目标单位不能是当前承办单位")
        changes = {"unit": fields["unit"], "dispatcher_unit": facts.unit}
    elif action is Action.ESCALATE:
        if not fields.get("unit"):
            raise MissingField("no_parent_unit", "当前承办单位没有上级单位，无法上报", field="unit")
        changes = {"unit": fields["unit"], "dispatcher_unit": facts.unit}
    elif action is Action.RETURN:
        # Back to whoever dispatched it; None means the hotline's own intake.
        changes = {"unit": facts.dispatcher_unit}
        increments = ("return_count",)
    elif action is Action.REPLY:
        changes = {"reply": fields["reply"]}
    elif action is Action.CLOSE:
        if facts.status is Status.NEW:
            # 直接办结: a consultation answered on the call must record what was answered.
            if not fields.get("reply"):
                raise MissingField("missing_field", "直接办结需要填写答复内容 reply", field="reply")
            changes = {"reply": fields["reply"]}
    elif action is Action.CALLBACK:
        sat = fields["satisfaction"]
        if not isinstance(sat, int) or isinstance(sat, bool) or not 1 <= sat <= 5:
            raise MissingField("invalid_satisfaction", "满意度必须是 1 到 5 的整数", field="satisfaction")
        changes = {"satisfaction": sat}
    elif action is Action.EXTEND_REQUEST:
        if facts.extension_pending:
            raise InvalidTransition("extension_pending", "已有待审批的延期申请")
        changes = {"extension_pending": True, "extension_requested_until": fields["until"]}
    elif action in (Action.EXTEND_APPROVE, Action.EXTEND_DENY):
        if not facts.extension_pending:
            raise InvalidTransition("no_extension_pending", "没有待审批的延期申请")
        changes = {"extension_pending": False}
        if action is Action.EXTEND_APPROVE:
            changes["extended_until"] = fields.get("until")  # None: as requested
    elif action is Action.REOPEN:
        changes = {"satisfaction": None, "closed_at": None}
    elif action is Action.SUPERVISE:
        increments = ("supervise_count",)
    return Decision(action, facts.status, to_status, changes, increments)
