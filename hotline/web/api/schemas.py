"""What the JSON API answers, as pydantic models: the success bodies the OpenAPI document declares.

The handlers return plain dicts built by the services; these models describe them for the document
and for the fuzz (tests/api/test_fuzz_openapi.py), which checks every answer against them. Objects
may carry more fields than listed (clients must ignore unknown fields); listed fields are always there.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

Time = Field(json_schema_extra={"format": "date-time"})
T = TypeVar("T")


class Items(BaseModel, Generic[T]):
    items: list[T]


class Page(BaseModel, Generic[T]):
    """A page of a list: pass `next_cursor` as `cursor` for the next one (null: no more)."""

    items: list[T]
    next_cursor: str | None


class Ok(BaseModel):
    ok: bool


class Named(BaseModel):
    code: str
    name: str | None


# ------------------------------------------------------------------ cases


class ReporterOut(BaseModel):
    name: str | None
    phone: str | None = Field(description="列表中隐去中间四位（138****5678）")
    plate: str | None
    company: str | None


class PlaceOut(BaseModel):
    region: str | None
    region_name: str | None
    address: str | None
    lat: float | None
    lng: float | None
    road: str | None
    landmark: str | None


class ExtensionOut(BaseModel):
    pending: bool
    requested_until: str | None = Time
    extended_until: str | None = Time


class AttachmentOut(BaseModel):
    id: int
    filename: str
    content_type: str
    size: int
    url: str


class ClockOut(BaseModel):
    name: str
    label: str
    state: str
    state_label: str
    due_at: str | None = Time
    warning_at: str | None = Time
    started_at: str | None = Time
    stopped_at: str | None = Time
    unit: str | None
    remaining_seconds: int | None = Field(default=None, description="仅计时中的时限")


class CaseOut(BaseModel):
    """工单。"""

    number: str = Field(description="工单编号，如 20220422-000123")
    tracking_code: str
    status: str
    status_label: str
    version: int
    type: str
    type_label: str
    category: str
    category_label: str
    title: str
    description: str
    channel: str
    urgent: bool
    reporter: ReporterOut
    place: PlaceOut
    unit: str | None
    dispatcher_unit: str | None
    cohandle_units: list[str]
    intake_unit: str | None
    reply: str | None
    satisfaction: int | None
    return_count: int
    supervise_count: int
    extension: ExtensionOut
    merged_into: str | None
    merged_cases: list[str]
    attachments: list[AttachmentOut]
    allowed_actions: list[str]
    demo: bool
    created_at: str = Time
    updated_at: str = Time
    closed_at: str | None = Time
    clocks: list[ClockOut]


class AutoDispatchOut(BaseModel):
    """受理时 dispatch=auto 的结果。"""

    done: bool = Field(description="是否已派出")
    unit: str | None = Field(default=None, description="派往的单位")
    reason: str | None = Field(default=None, description="派单规则给出的理由")
    code: str | None = Field(default=None, description="未派出时的错误代码，如 no_route、forbidden")
    message: str | None = Field(default=None, description="未派出时的原因")


class CaseCreatedOut(CaseOut):
    """刚受理的工单；请求带 dispatch=auto 时另有 auto_dispatch。"""

    auto_dispatch: AutoDispatchOut | None = None


class EventOut(BaseModel):
    seq: int
    action: str
    action_label: str
    actor: str | None
    at: str = Time
    from_status: str | None
    to_status: str | None
    fields: dict[str, Any] | None
    note: str | None


class TimelineOut(BaseModel):
    number: str
    events: list[EventOut]


# ------------------------------------------------------------------ reference data, units, users


class TaxonomyOut(BaseModel):
    types: list[Named]
    categories: list[Named]


class UnitOut(BaseModel):
    code: str
    name: str
    region: str
    parent: str | None
    kind: str
    categories: list[str]
    phone: str | None
    duty_hours: str | None


class RegionOut(BaseModel):
    code: str
    name: str
    short: str | None
    level: int | str
    parent: str | None
    full_name: str
    successor_of: str | None = Field(description="请求的是已撤销的旧代码时：那个旧代码")
    children: list[Named]


class HealthOut(BaseModel):
    status: str
    database: str


class UserOut(BaseModel):
    username: str
    unit: str
    roles: list[str]
    role_labels: list[str]


class SessionOut(BaseModel):
    user: UserOut
    csrf_token: str


class MeOut(UserOut):
    csrf_token: str | None = Field(description="浏览器会话的 CSRF 令牌；用 Bearer 令牌时为 null")


class RuleOut(BaseModel):
    id: int
    region: str
    category: str | None
    type: str | None
    urgent: bool | None
    lead_unit: str
    cohandle_units: list[str]
    note: str | None
    description: str


class RoutePreviewOut(BaseModel):
    unit: str | None
    unit_name: str | None
    cohandle_units: list[Named]
    rule: RuleOut | None
    reason: str


class UnitRollup(BaseModel):
    unit: str
    name: str | None
    open: int
    urgent: int
    by_status: dict[str, int]


class UnitSummaryOut(UnitRollup):
    children: list[UnitRollup]


class AccountOut(BaseModel):
    username: str
    display_name: str | None
    unit: str
    roles: list[str]
    active: bool


class AcceptanceOut(BaseModel):
    field: str
    source: str | None
    suggested: int
    accepted: int
    rate: float | None


# ------------------------------------------------------------------ analysis


class AnalyzeOut(BaseModel):
    """Proposals for one message, each with its confidence; the fields are described in docs/text.md."""

    type: str | None
    type_confidence: float | None
    category: str | None
    category_confidence: float | None
    region: dict[str, Any] | None
    plates: list[Any]
    phones: list[Any]
    roads: list[Any]
    urgent: bool
    urgency: dict[str, Any]
    duplicates: list[Any]


# ------------------------------------------------------------------ policy knowledge base


class PolicySource(BaseModel):
    issuer: str | None
    doc_no: str | None
    url: str | None


class PolicyOut(BaseModel):
    """政策/知识条目。"""

    uid: str
    key: str | None
    origin: str | None
    title: str
    questions: list[str]
    answer: str
    body: str | None
    regions: list[Named]
    categories: list[str]
    tags: list[str]
    source: PolicySource
    effective_from: str | None = Time
    effective_until: str | None = Time
    status: str
    status_label: str
    version: int
    in_force: bool
    reviewed: bool
    read_only: bool
    allowed_actions: list[str]
    created_at: str | None = Time
    updated_at: str | None = Time
    published_at: str | None = Time


class PolicyVersionOut(BaseModel):
    version: int
    action: str
    status: str
    author: str | None
    at: str = Time
    note: str | None
    snapshot: dict[str, Any]
    diff: list[Any]


class PolicyVersionsOut(BaseModel):
    ref: str
    versions: list[PolicyVersionOut]


class PolicySearchOut(BaseModel):
    q: str
    region: str | None
    at: str | None = Time
    words: list[str]
    items: list[dict[str, Any]]


class PolicyRouteOut(BaseModel):
    at: str | None = Time
    legs: list[dict[str, Any]]
    national: list[PolicyOut]


class PolicyChangesOut(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None


class SyncOut(BaseModel):
    upstream: str
    seen: int
    applied: int


class GapsOut(BaseModel):
    region: str | None
    category: str | None
    total: int
    items: list[dict[str, Any]]


class PolicyUseOut(BaseModel):
    case: str
    uid: str
    key: str | None
    uses: int


# ------------------------------------------------------------------ deadlines


class CaseClocksOut(BaseModel):
    number: str
    at: str = Time
    clocks: list[ClockOut]


class EmergencyList(BaseModel):
    at: str = Time
    items: list[dict[str, Any]]


class EmergencyBanner(EmergencyList):
    unit: str | None


class EmergencyOut(BaseModel):
    """An emergency mode, and how many open cases had their clocks recomputed."""

    id: int
    cases_queued: int
    cases_recomputed: int


class OverrideOut(BaseModel):
    day: str = Field(json_schema_extra={"format": "date"})
    workday: bool
    note: str | None
    updated_by: str | None
    updated_at: str | None = Time


class OverrideSet(OverrideOut):
    cases_queued: int
    cases_recomputed: int


class OverrideDeleted(BaseModel):
    day: str = Field(json_schema_extra={"format": "date"})
    deleted: bool
    cases_queued: int
    cases_recomputed: int


class DeadlinePolicies(BaseModel):
    source: str = Field(description="database：已在库中维护；shipped：随程序提供的默认规则")
    in_force: str
    versions: list[dict[str, Any]]


class DeadlinePolicyVersion(BaseModel):
    version: str
    effective_from: str = Field(json_schema_extra={"format": "date"})
    rules: list[dict[str, Any]]
    replaced: bool


class Deleted(BaseModel):
    deleted: bool


class OnTimeStats(BaseModel):
    unit: str | None
    period: str
    at: str = Time
    rows: list[dict[str, Any]]


class OverdueOut(BaseModel):
    unit: str | None
    at: str = Time
    count: int = Field(description="超时时限总数（不受 limit 限制）")
    items: list[dict[str, Any]]


class Contacts(BaseModel):
    unit: str
    emails: list[str]


# ------------------------------------------------------------------ hotspots


class IncidentOut(BaseModel):
    """热点事件。"""

    id: int
    status: str
    status_label: str
    title: str
    words: list[str]
    region: str | None
    category: str | None
    unit: str | None
    size: int
    version: int
    allowed_actions: list[str]
    first_case_at: str | None = Time
    last_case_at: str | None = Time


class IncidentDetail(IncidentOut):
    members: list[dict[str, Any]]
    log: list[dict[str, Any]]
    notifications: list[dict[str, Any]]
    kb_task: dict[str, Any] | None


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    next_before: int | None = Field(description="下一页：作为 before 传入；null 表示没有更多")


class NotificationOut(BaseModel):
    id: int
    incident_id: int | None
    kind: str
    unit: str | None
    title: str
    message: str | None
    created_at: str = Time
    read_at: str | None = Time


class KbTaskOut(BaseModel):
    id: int
    incident_id: int | None
    region: str | None
    category: str | None
    title: str
    status: str
    policy_uid: str | None


# ------------------------------------------------------------------ reports


class ReportOut(BaseModel):
    """日报/周报（JSON）；字段见 docs/reports.md。"""

    unit: dict[str, Any]


# ------------------------------------------------------------------ other lists


class RecordItems(BaseModel):
    items: list[dict[str, Any]]
