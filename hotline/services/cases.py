"""Case use cases (工单): create, act, read, list. Each write runs in one transaction."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.exc import IntegrityError

from hotline.domain.access import (
    INTAKE_ROLES,
    UNMASK_ROLES,
    Principal,
    Relation,
    Role,
    UnitTree,
    can_view,
    may,
)
from hotline.domain.clock import Clock
from hotline.domain.lifecycle import (
    ACTION_LABELS,
    STATUS_LABELS,
    Action,
    CaseFacts,
    Status,
    allowed_actions,
    decide,
)
from hotline.regions import load_regions
from hotline.services.commands import ActionIn, CaseCreate, taxonomy
from hotline.services.errors import ServiceError, not_found
from hotline.settings import get_settings
from hotline.store import unit_cache
from hotline.store.db import MERGE_PARTS, Database, insert_ignore, top_ids
from hotline.store.files import FileStorage
from hotline.store.tables import (
    attachments,
    audit_log,
    case_callbacks,
    case_cohandlers,
    case_keys,
    cases,
    counters,
    events,
    idempotency_keys,
    intake_suggestions,
    units,
)

TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone


def local_tz() -> ZoneInfo:
    return ZoneInfo(get_settings().timezone)


def local_part(conn: Connection, column, part: str):
    """SQL for the Asia/Shanghai calendar day ('YYYY-MM-DD') or hour ('HH') of a stored UTC timestamp."""
    if conn.dialect.name == "sqlite":
        return sa.func.strftime("%Y-%m-%d" if part == "day" else "%H", column, "+8 hours")  # +08:00 since 1991
    return sa.func.to_char(sa.func.timezone("Asia/Shanghai", column), "YYYY-MM-DD" if part == "day" else "HH24")


def iso(t: datetime | None) -> str | None:
    return t.astimezone(local_tz()).isoformat() if t else None


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * len(phone)


@dataclass(frozen=True)
class Context:
    """Who acts, and when: every service call gets one.

    `user` is the authenticated person; None means the system itself (CLI, demo loader, jobs),
    which is not limited by the access table.
    """

    db: Database
    clock: Clock
    storage: FileStorage
    user: Principal | None = None
    system_actor: str = "system"

    @property
    def actor(self) -> str:
        return self.user.username if self.user else self.system_actor


def forbidden(message: str = "您的角色无权执行此操作") -> ServiceError:
    return ServiceError("forbidden", message, 403)


# ---------------------------------------------------------------- access


def load_tree(conn: Connection) -> UnitTree:
    """The unit hierarchy (shared between requests while the units stay the same: do not change it)."""
    return unit_cache.derived(conn, "tree", lambda rows: UnitTree({r.code: r.parent_code for r in rows}))


def holder(row) -> str | None:
    """The unit a case is with: its handling unit, or before dispatch the hotline that took it in."""
    return row.unit or row.intake_unit


# `holder` in SQL; the holder indexes (migrations pt0004, pt0007, pt0008) are on this expression.
HOLDER = sa.func.coalesce(cases.c.unit, cases.c.intake_unit)


def _relation(conn: Connection, tree: UnitTree, user: Principal, row) -> Relation:
    rel = tree.relation(user.unit, holder(row))
    if rel in (Relation.PARENT, Relation.SIBLING):
        # A co-handling unit (and its parents) see the case as if it held it.
        helpers = conn.execute(sa.select(case_cohandlers.c.unit).where(case_cohandlers.c.case_id == row.id)).scalars()
        for unit in helpers:
            alt = tree.relation(user.unit, unit)
            if alt in (Relation.OWN, Relation.CHILD):
                return alt
    return rel


def _check_view(conn: Connection, ctx: Context, row, tree: UnitTree | None = None) -> Relation | None:
    """404 for a case the user may not see; returns the relation (None for the system)."""
    if ctx.user is None:
        return None
    rel = _relation(conn, tree or load_tree(conn), ctx.user, row)
    if not can_view(ctx.user, rel) and not _took_it(ctx.user, row):
        raise not_found(row.number)
    return rel


def _took_it(user: Principal, row) -> bool:
    """Operators keep sight of the cases they took themselves, wherever those went (read only)."""
    return user.has(Role.OPERATOR) and row.created_by == user.username


# ---------------------------------------------------------------- numbers


# Statements of the create path, built once. Executing a prebuilt statement with a dict of values
# skips building, coercing and hashing a new statement per call: a third of a create's CPU went
# there (docs/benchmarks.md, intake, eighth run).
_BUMP_COUNTER = (sa.update(counters).where(counters.c.name == sa.bindparam("counter"))
                 .values(value=counters.c.value + 1).returning(counters.c.value))
_ROOT_UNIT = (sa.select(units.c.code).where(units.c.parent_code.is_(None)).order_by(units.c.id).limit(1))
# SQLite numbers a case itself; PostgreSQL writes it with _CREATE_PG. The new row comes back for the view.
_INSERT_CASE = sa.insert(cases).returning(*cases.c)
_INSERT_CASE_KEY = sa.insert(case_keys)
_INSERT_ATTACHMENT = sa.insert(attachments).returning(*attachments.c)
_INSERT_EVENT = sa.insert(events)
# The columns a new case's row is written with (id and number come from the database).
_CASE_FIELDS = (
    "tracking_code", "type", "category", "title", "description", "channel", "urgent", "reporter_name",
    "reporter_phone", "reporter_plate", "reporter_company", "region", "address", "lat", "lng", "road", "landmark",
    "status", "version", "return_count", "supervise_count", "extension_pending", "created_by", "created_at",
    "updated_at", "demo", "intake_unit", "unit", "dispatcher_unit")
_SUGGESTION_FIELDS = ("field", "suggested", "final", "accepted", "source")


def _pg_create_statement() -> sa.Select:
    """PostgreSQL: a whole new case in one statement. Today's counter is bumped, and the case, its
    keys, its create event, its suggestions and its Idempotency-Key are inserted (data-modifying
    CTEs, the foreign keys checked at the statement's end); the case row comes back. The counter
    row stays locked until COMMIT, and every create of the day waits for it: run on its own
    (autocommit), the statement commits before it returns, with no round trip to the client while
    the row is locked (docs/architecture.md, "Case numbers")."""
    from sqlalchemy.dialects.postgresql import ARRAY

    bumped = _BUMP_COUNTER.cte("bumped")
    digits = sa.cast(bumped.c.value, sa.Text)
    number = (sa.bindparam("day", type_=sa.String) + "-"
              + sa.func.lpad(digits, sa.func.greatest(6, sa.func.length(digits)), "0"))
    # The id carries its month (`cases` is partitioned by id, store.partitions).
    new_id = sa.bindparam("id_base", type_=sa.BigInteger) + sa.func.nextval("cases_id_seq")
    row = sa.insert(cases).from_select(
        ["id", "number", *_CASE_FIELDS],
        sa.select(new_id, number, *(sa.bindparam(f, type_=cases.c[f].type) for f in _CASE_FIELDS))
        .select_from(bumped)).returning(*cases.c).cte("new_case")
    keys = sa.insert(case_keys).from_select(
        ["number", "tracking_code", "case_id"], sa.select(row.c.number, row.c.tracking_code, row.c.id)).cte("new_keys")
    event = sa.insert(events).from_select(
        ["case_id", "seq", "action", "actor", "at", "from_status", "to_status", "fields", "note"],
        sa.select(row.c.id, sa.literal(1), sa.literal(Action.CREATE.value), row.c.created_by, row.c.created_at,
                  sa.null(), sa.literal(Status.NEW.value), sa.bindparam("event_fields", type_=events.c.fields.type),
                  sa.null())).cte("new_event")
    given = sa.func.unnest(*(sa.bindparam(f"s_{f}", type_=ARRAY(intake_suggestions.c[f].type))
                             for f in _SUGGESTION_FIELDS)).table_valued(*_SUGGESTION_FIELDS).render_derived("given")
    suggested = sa.insert(intake_suggestions).from_select(
        ["case_id", *_SUGGESTION_FIELDS],
        sa.select(row.c.id, *(given.c[f] for f in _SUGGESTION_FIELDS))
        .select_from(row.join(given, sa.true()))).cte("new_suggestions")
    # taken in already dispatched (即接即办): its dispatch event, after the create event
    dispatch_fields = sa.bindparam("dispatch_fields", type_=events.c.fields.type)
    dispatched = sa.insert(events).from_select(
        ["case_id", "seq", "action", "actor", "at", "from_status", "to_status", "fields", "note"],
        sa.select(row.c.id, sa.literal(2), sa.literal(Action.DISPATCH.value), row.c.created_by, row.c.created_at,
                  sa.literal(Status.NEW.value), row.c.status, dispatch_fields,
                  sa.bindparam("dispatch_note", type_=events.c.note.type))
        .where(row.c.version == 2)).cte("new_dispatch_event")
    key = sa.bindparam("idem_key", type_=idempotency_keys.c.key.type)
    idempotent = sa.insert(idempotency_keys).from_select(
        ["key", "request_hash", "case_id", "created_at"],
        sa.select(key, sa.bindparam("idem_hash", type_=idempotency_keys.c.request_hash.type), row.c.id,
                  sa.bindparam("idem_at", type_=idempotency_keys.c.created_at.type))
        .select_from(row).where(key.is_not(None))).cte("new_idempotency_key")
    return sa.select(row).add_cte(keys, event, dispatched, suggested, idempotent)


_CREATE_PG = _pg_create_statement()


def _day_counter(now: datetime) -> tuple[str, str]:
    """The local day a case is numbered in (YYYYMMDD) and the name of that day's counter."""
    day = now.astimezone(local_tz()).strftime("%Y%m%d")
    return day, f"case:{day}"


def _next_number(conn: Connection, now: datetime) -> str:
    day, name = _day_counter(now)
    value = conn.execute(_BUMP_COUNTER, {"counter": name}).scalar()
    if value is None:  # the day's first case (another transaction may create the counter too)
        conn.execute(insert_ignore(conn, counters, name=name, value=0))
        value = conn.execute(_BUMP_COUNTER, {"counter": name}).scalar_one()
    return f"{day}-{value:06d}"


def new_tracking_code() -> str:
    return "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(12))


# ---------------------------------------------------------------- create


def _request_hash(cmd: CaseCreate) -> str:
    return hashlib.sha256(json.dumps(cmd.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


def create_case(
    ctx: Context,
    cmd: CaseCreate,
    *,
    idempotency_key: str | None = None,
    demo: bool = False,
    created_at: datetime | None = None,
    intake_unit: str | None = None,
    route: Callable[[Connection, CaseCreate], tuple[str, str]] | None = None,
    dispatch_note: str | None = None,
) -> tuple[dict[str, Any], bool]:
    """Record a case. Returns (case, replayed): replayed is True when the Idempotency-Key was seen.

    `route(conn, completed command)` → (unit, reason): take the case in already dispatched to that
    unit, in the same transaction (即接即办, services.routing.take_in_and_dispatch); the answer then
    has `auto_dispatch`. When `route` raises a ServiceError, or the user may not dispatch there, the
    case is taken in as new and `auto_dispatch` says why. `dispatch_note` is the dispatch event's note
    (by default: taken in and dispatched by the routing rules)."""
    if ctx.user is not None and not ctx.user.has(*INTAKE_ROLES):
        raise forbidden("只有坐席、督办和管理员可以受理工单")
    # Files first: each is fsynced before the row that names it commits.
    stored = [(a, ctx.storage.put(a.content())) for a in cmd.attachments]
    # What a retry must repeat to be the same request; only a request with a key is ever compared.
    req_hash = _request_hash(cmd) if idempotency_key else None
    from hotline.services.intake import complete  # the analysis runs before the write lock is taken

    cmd, suggestions = complete(cmd)
    for _attempt in range(3):
        try:
            # Without attachments the case is one statement on PostgreSQL, committed on its own.
            with ctx.db.write(one_statement=not stored) as conn:
                if idempotency_key:
                    hit = conn.execute(
                        sa.select(idempotency_keys.c.request_hash, idempotency_keys.c.case_id)
                        .where(idempotency_keys.c.key == idempotency_key)
                    ).first()
                    if hit:
                        if hit.request_hash != req_hash:
                            raise ServiceError(
                                "idempotency_key_reused",
                                "该 Idempotency-Key 已用于另一个不同的请求，请换一个新的键",
                                422,
                            )
                        return _case_by_id(conn, hit.case_id), True
                intake = (None if ctx.user else intake_unit) or _default_intake(conn, ctx)
                dispatch, outcome = _route_at_intake(conn, ctx, cmd, intake, route) if route else (None, None)
                row, atts = _insert_case(conn, ctx, cmd, stored, demo, created_at or ctx.clock.now(),
                                         intake, suggestions,
                                         (idempotency_key, req_hash, ctx.clock.now()) if idempotency_key else None,
                                         dispatch, dispatch_note or AUTO_DISPATCH_NOTE)
            # Shown from the rows just written, after COMMIT: nothing else points at a case its own
            # transaction had not committed (no merges, co-handlers or clocks; the job round starts them).
            case = case_view(None, row, mask=False, clocks=[],
                             related=_Related({}, {row.id: []}, {row.id: atts}, {row.id: []}))
            if outcome is not None:
                case["auto_dispatch"] = outcome
            return case, False
        except IntegrityError as exc:
            # Two retries with one key raced (PostgreSQL): the loser reads the winner's case. Or the
            # random tracking code was taken (case_keys): the next attempt draws another.
            if not idempotency_key and "tracking_code" not in str(exc.orig):
                raise
    raise ServiceError("conflict", "请求冲突，请重试", 409)


AUTO_DISPATCH_NOTE = "受理时按派单规则自动派出"


def _route_at_intake(conn: Connection, ctx: Context, cmd: CaseCreate, intake: str | None,
                     route: Callable[[Connection, CaseCreate], tuple[str, str]]) -> tuple[str | None, dict]:
    """Where a case being taken in goes at once, checked as `act` checks a dispatch by this user
    from the intake unit: (unit or None, what happened)."""
    try:
        unit, reason = route(conn, cmd)
        tree = load_tree(conn)
        if ctx.user is not None:
            _require_may(ctx.user, Action.DISPATCH, tree.relation(ctx.user.unit, intake))
        _require_unit(tree, unit)
        _check_target(tree, Action.DISPATCH, intake, unit)
    except ServiceError as exc:
        return None, {"done": False, "code": exc.code, "message": exc.message}
    return unit, {"done": True, "unit": unit, "reason": reason}


def _default_intake(conn: Connection, ctx: Context) -> str | None:
    """The user's own unit; for the system, the root of the unit tree (the ministry's hotline)."""
    if ctx.user is not None:
        return ctx.user.unit
    return conn.execute(_ROOT_UNIT).scalar()


def _insert_case(conn: Connection, ctx: Context, cmd: CaseCreate, stored, demo: bool, now: datetime,
                 intake_unit: str | None = None, suggestions=(),
                 idempotency: tuple[str, str, datetime] | None = None,
                 dispatch: str | None = None, dispatch_note: str = "") -> tuple[Any, list]:
    """Write a new case, its keys, attachments, suggestions, create event and Idempotency-Key (key,
    request hash, time); with `dispatch`, already dispatched to that unit (and its dispatch event,
    with `dispatch_note`).
    Return its row and its attachment rows."""
    from hotline.services.intake import record

    tracking = new_tracking_code()
    r, p = cmd.reporter, cmd.place
    values = dict(
        tracking_code=tracking, type=cmd.type, category=cmd.category,
        title=cmd.title, description=cmd.description, channel=cmd.channel, urgent=cmd.urgent,
        reporter_name=r.name, reporter_phone=r.phone, reporter_plate=r.plate, reporter_company=r.company,
        region=p.region, address=p.address, lat=p.lat, lng=p.lng, road=p.road, landmark=p.landmark,
        status=Status.NEW.value, version=1, return_count=0, supervise_count=0,
        extension_pending=False, created_by=ctx.actor, created_at=now, updated_at=now, demo=demo,
        intake_unit=intake_unit or _default_intake(conn, ctx), unit=None, dispatcher_unit=None,
    )
    decision = None
    if dispatch is not None:  # as `act` would dispatch it (lifecycle.decide: new → dispatched)
        facts = CaseFacts(status=Status.NEW, unit=None, dispatcher_unit=None, has_reply=False,
                          extension_pending=False)
        decision = decide(facts, Action.DISPATCH, {"unit": dispatch})
        values.update(decision.changes, status=decision.to_status.value, version=2)
    # The create event records what was asked, without the reporter's personal data.
    recorded = cmd.model_dump(mode="json", exclude={"reporter", "attachments", "suggestions", "dispatch"})
    recorded["attachments"] = [a.filename for a, _ in stored]
    if suggestions:
        recorded["suggested"] = {s.field: {"value": s.suggested, "kept": s.accepted, "source": s.source}
                                 for s in suggestions}
    if conn.dialect.name == "postgresql":
        row = _create_pg(conn, values, now, recorded, suggestions, idempotency, dispatch, dispatch_note)
    else:  # SQLite: one writer at a time anyway (store.db.GroupCommit)
        values["number"] = _next_number(conn, now)
        row = conn.execute(_INSERT_CASE, values).one()
        conn.execute(_INSERT_CASE_KEY, {"number": row.number, "tracking_code": tracking, "case_id": row.id})
        record(conn, row.id, list(suggestions))
        _append_event(conn, row.id, 1, Action.CREATE, ctx.actor, now, None, Status.NEW, recorded, None)
        if decision is not None:
            _append_event(conn, row.id, 2, Action.DISPATCH, ctx.actor, now, decision.from_status,
                          decision.to_status, {"unit": dispatch}, dispatch_note)
        if idempotency:
            key, request_hash, at = idempotency
            conn.execute(sa.insert(idempotency_keys).values(
                key=key, request_hash=request_hash, case_id=row.id, created_at=at))
    atts = [conn.execute(_INSERT_ATTACHMENT, {
        "case_id": row.id, "filename": att.filename, "content_type": att.content_type,
        "size": len(base64.b64decode(att.data)), "sha256": key, "storage_key": key, "created_at": now}).one()
        for att, key in stored]
    return row, atts


def _create_pg(conn: Connection, values: dict[str, Any], now: datetime, recorded: dict, suggestions,
               idempotency: tuple[str, str, datetime] | None, dispatch: str | None = None,
               dispatch_note: str = "") -> Any:
    from hotline.services.intake import suggestion_values
    from hotline.store.partitions import case_id_base

    day, counter = _day_counter(now)
    key, request_hash, at = idempotency or (None, None, None)
    params = {**values, "id_base": case_id_base(now), "day": day, "counter": counter,
              "event_fields": recorded, "idem_key": key, "idem_hash": request_hash, "idem_at": at,
              "dispatch_fields": {"unit": dispatch} if dispatch else None, "dispatch_note": dispatch_note}
    rows = suggestion_values(list(suggestions))
    params.update({f"s_{f}": [r[f] for r in rows] for f in _SUGGESTION_FIELDS})
    row = conn.execute(_CREATE_PG, params).first()
    if row is None:  # the day's first case: its counter row is not there yet (another may add it too)
        conn.execute(insert_ignore(conn, counters, name=counter, value=0))
        row = conn.execute(_CREATE_PG, params).one()
    return row


def add_attachment(ctx: Context, number: str, filename: str, content_type: str, data: bytes) -> dict[str, Any]:
    settings = get_settings()
    if len(data) > settings.max_attachment_bytes:
        raise ServiceError("attachment_too_large",
                           f"单个附件不能超过 {settings.max_attachment_bytes // (1024 * 1024)} MB", 413)
    key = ctx.storage.put(data)
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _case_row(conn, number)
        rel = _check_view(conn, ctx, row)
        if rel is not None and not may(ctx.user, "note", rel):
            raise forbidden()
        count = conn.execute(sa.select(sa.func.count()).where(attachments.c.case_id == row.id)).scalar_one()
        if count >= settings.max_attachments:
            raise ServiceError("too_many_attachments", f"附件最多 {settings.max_attachments} 个", 422)
        att_id = conn.execute(sa.insert(attachments).values(
            case_id=row.id, filename=filename[:255], content_type=content_type[:100], size=len(data),
            sha256=key, storage_key=key, created_at=now).returning(attachments.c.id)).scalar_one()
        return {"id": att_id, "filename": filename, "content_type": content_type, "size": len(data),
                "url": f"/api/v1/cases/{number}/attachments/{att_id}"}


def read_attachment(ctx: Context, number: str, att_id: int) -> tuple[dict[str, Any], bytes]:
    with ctx.db.read() as conn:
        row = _case_row(conn, number)
        _check_view(conn, ctx, row)
        att = conn.execute(sa.select(attachments).where(
            attachments.c.id == att_id, attachments.c.case_id == row.id)).first()
    if att is None:
        raise ServiceError("attachment_not_found", "附件不存在", 404)
    return dict(att._mapping), ctx.storage.get(att.storage_key)


# ---------------------------------------------------------------- actions


def _append_event(conn, case_id, seq, action, actor, at, from_status, to_status, fields, note) -> None:
    conn.execute(_INSERT_EVENT, {
        "case_id": case_id, "seq": seq, "action": action.value, "actor": actor, "at": at,
        "from_status": from_status.value if from_status else None, "to_status": to_status.value,
        "fields": fields, "note": note})


def _require_may(user: Principal, action: Action, rel: Relation) -> None:
    if not may(user, action.value, rel):
        raise forbidden(f"您的角色无权对该工单执行“{ACTION_LABELS[action]}”")


def _require_unit(tree: UnitTree, code: str | None) -> None:
    if code is not None and code not in tree:
        raise ServiceError("unknown_unit", f"单位 {code} 不存在，请查看 GET /api/v1/units", 422, unit=code)


def parse_action(name: str, body: ActionIn) -> Action:
    """`extend` with a decision, or extend_request/-approve/-deny spelled with _ or -."""
    name = name.replace("-", "_")
    if name == "extend":
        if body.decision is None:
            raise ServiceError("missing_field", "延期操作需要填写 decision：request、approve 或 deny", 422,
                               field="decision")
        name = f"extend_{body.decision}"
    try:
        action = Action(name)
    except ValueError:
        action = None
    if action is None or action in (Action.CREATE, Action.MERGE_IN):
        known = "、".join(a.value for a in Action if a not in (Action.CREATE, Action.MERGE_IN))
        raise ServiceError("unknown_action", f"没有“{name}”这个操作，可用：{known}", 404, action=name)
    return action


def act(ctx: Context, number: str, action: Action, body: ActionIn) -> dict[str, Any]:
    """Apply one lifecycle action, checking the expected version. Returns the updated case."""
    now = ctx.clock.now()
    fields = body.model_dump(exclude={"version", "note", "decision"}, exclude_none=True, mode="json")
    with ctx.db.write() as conn:
        row = _case_row(conn, number, for_update=True)
        tree = load_tree(conn)
        rel = _check_view(conn, ctx, row, tree)
        if rel is not None:
            _require_may(ctx.user, action, rel)
        if row.version != body.version:
            raise ServiceError(
                "version_conflict",
                f"工单已被他人更新（当前版本 {row.version}，提交的版本 {body.version}），请刷新后重试",
                409, current_version=row.version)
        if action is Action.ESCALATE and not fields.get("unit") and holder(row):
            parent = tree.parents.get(holder(row))
            if parent:
                fields["unit"] = parent
        facts = CaseFacts(status=Status(row.status), unit=row.unit, dispatcher_unit=row.dispatcher_unit,
                          has_reply=bool(row.reply), extension_pending=row.extension_pending)
        decision = decide(facts, action, {**fields, "note": body.note})
        if action in (Action.DISPATCH, Action.FORWARD, Action.ESCALATE, Action.COHANDLE):
            _require_unit(tree, fields.get("unit"))
            _check_target(tree, action, holder(row), fields["unit"])
        values: dict[str, Any] = dict(decision.changes)
        for name in decision.increments:
            values[name] = getattr(cases.c, name) + 1
        if action is Action.COHANDLE:
            if fields["unit"] == holder(row):
                raise ServiceError("same_unit", "协办单位不能是主办单位", 422)
            conn.execute(insert_ignore(conn, case_cohandlers, case_id=row.id, unit=fields["unit"], added_at=now))
        if action is Action.EXTEND_REQUEST:
            values["extension_requested_until"] = body.until
        if action is Action.EXTEND_APPROVE:
            values["extended_until"] = body.until or row.extension_requested_until
            fields["until"] = (values["extended_until"]).isoformat()
        if action is Action.CLOSE:
            values["closed_at"] = now
        if action is Action.MERGE:
            primary = _merge_target(conn, row, body.primary or "")
            values["merged_into_id"] = primary.id
        values.update(status=decision.to_status.value, version=row.version + 1, updated_at=now)
        updated = conn.execute(
            sa.update(cases).where(cases.c.id == row.id, cases.c.version == row.version).values(**values)
            .returning(*cases.c)
        ).first()
        if updated is None:
            raise ServiceError("version_conflict", "工单已被他人更新，请刷新后重试", 409)
        _append_event(conn, row.id, row.version + 1, action, ctx.actor, now, decision.from_status,
                      decision.to_status, fields, body.note)
        if action is Action.CALLBACK:  # the reports count callbacks by the unit holding the case now
            conn.execute(sa.insert(case_callbacks).values(case_id=row.id, seq=row.version + 1, at=now,
                                                          holder=holder(row), satisfaction=fields["satisfaction"]))
        if action is Action.MERGE:
            _record_merge_in(conn, ctx, primary, row, now)
        return case_view(conn, updated, mask=False, now=now)


def _check_target(tree: UnitTree, action: Action, current: str | None, target: str) -> None:
    """Dispatch goes down (to the holder itself or any unit below it), escalate up (a unit above),
    forward sideways (any unit outside the holder's own line: neither above nor below it)."""
    if current is None or current not in tree:
        return
    if action is Action.DISPATCH and target not in tree.subtree(current):
        raise ServiceError("unit_not_below", f"只能派给本单位或下级单位，{target} 不在 {current} 之下", 422,
                           unit=target)
    if action is Action.FORWARD and (target in tree.subtree(current) or target in tree.ancestors(current)):
        raise ServiceError("unit_not_sideways", f"转办是转给其他条线的单位；{target} 是 {current} 的上级或下级，"
                           "请用上报或派单", 422, unit=target)
    if action is Action.ESCALATE and target not in tree.ancestors(current):
        raise ServiceError("unit_not_above", f"上报只能报给上级单位，{target} 不在 {current} 之上", 422,
                           unit=target)


def _merge_target(conn: Connection, dup, primary_number: str):
    primary = conn.execute(sa.select(cases).where(cases.c.number == primary_number)).first()
    if primary is None:
        raise ServiceError("case_not_found", f"主工单 {primary_number} 不存在", 422, field="primary")
    if primary.id == dup.id:
        raise ServiceError("merge_into_self", "不能把工单合并到它自己", 422, field="primary")
    if primary.status == Status.MERGED.value:
        raise ServiceError("primary_merged", f"主工单 {primary_number} 本身已被合并，请合并到它的主工单", 422,
                           field="primary")
    return primary


def _record_merge_in(conn: Connection, ctx: Context, primary, dup, now: datetime) -> None:
    done = conn.execute(sa.update(cases).where(cases.c.id == primary.id, cases.c.version == primary.version)
                        .values(version=primary.version + 1, updated_at=now)).rowcount
    if done != 1:
        raise ServiceError("version_conflict", "主工单正在被他人更新，请重试", 409)
    status = Status(primary.status)
    _append_event(conn, primary.id, primary.version + 1, Action.MERGE_IN, ctx.actor, now, status, status,
                  {"duplicate": dup.number}, None)


# ---------------------------------------------------------------- read


def _case_row(conn: Connection, number: str, *, for_update: bool = False):
    q = sa.select(cases).where(cases.c.number == number)
    if for_update and conn.dialect.name != "sqlite":
        q = q.with_for_update()
    row = conn.execute(q).first()
    if row is None:
        raise not_found(number)
    return row


_CASE_BY_ID = sa.select(cases).where(cases.c.id == sa.bindparam("id"))


def _case_by_id(conn: Connection, case_id: int, now: datetime | None = None) -> dict[str, Any]:
    row = conn.execute(_CASE_BY_ID, {"id": case_id}).one()
    return case_view(conn, row, mask=False, now=now)


def _detail(conn: Connection, ctx: Context, row) -> dict[str, Any]:
    """The full case for one reader: the phone unmasked for roles that may see it, each such view audited."""
    unmask = ctx.user is None or ctx.user.has(*UNMASK_ROLES)
    if unmask and ctx.user is not None and row.reporter_phone:
        conn.execute(sa.insert(audit_log).values(at=ctx.clock.now(), actor=ctx.actor, action="view_reporter",
                                                 case_id=row.id, detail={"number": row.number}))
    return case_view(conn, row, mask=not unmask, now=ctx.clock.now())


@dataclass
class _Related:
    """What a case view needs beyond the case row, loaded for many cases at once."""

    numbers: dict[int, str]  # merged-into target id → number
    merged: dict[int, list[str]]
    attachments: dict[int, list]
    cohandlers: dict[int, list[str]]


_IDS = sa.bindparam("ids", expanding=True)  # built once (see _INSERT_CASE)
_NUMBERS_OF = sa.select(cases.c.id, cases.c.number).where(cases.c.id.in_(_IDS))
_MERGED_INTO = (sa.select(cases.c.merged_into_id, cases.c.number).where(cases.c.merged_into_id.in_(_IDS))
                .order_by(cases.c.id))
_ATTACHMENTS_OF = sa.select(attachments).where(attachments.c.case_id.in_(_IDS)).order_by(attachments.c.id)
_COHANDLERS_OF = (sa.select(case_cohandlers.c.case_id, case_cohandlers.c.unit)
                  .where(case_cohandlers.c.case_id.in_(_IDS)).order_by(case_cohandlers.c.unit))


def _related(conn: Connection, rows: Sequence) -> _Related:
    ids = [r.id for r in rows]
    targets = sorted({r.merged_into_id for r in rows if r.merged_into_id})
    numbers = dict(conn.execute(_NUMBERS_OF, {"ids": targets}).all()) if targets else {}
    merged: dict[int, list[str]] = {i: [] for i in ids}
    for r in conn.execute(_MERGED_INTO, {"ids": ids}):
        merged[r.merged_into_id].append(r.number)
    atts: dict[int, list] = {i: [] for i in ids}
    for a in conn.execute(_ATTACHMENTS_OF, {"ids": ids}):
        atts[a.case_id].append(a)
    helpers: dict[int, list[str]] = {i: [] for i in ids}
    for h in conn.execute(_COHANDLERS_OF, {"ids": ids}):
        helpers[h.case_id].append(h.unit)
    return _Related(numbers, merged, atts, helpers)


def case_views(conn: Connection, rows: Sequence, *, mask: bool, now: datetime | None = None) -> list[dict[str, Any]]:
    """`case_view` for many cases: the merged numbers, attachments, co-handlers and clocks of all of
    them in five queries instead of five per case (the case list's N+1)."""
    if not rows:
        return []
    from hotline.services.deadlines import preloaded_clocks  # here: deadlines imports this module

    related = _related(conn, rows)
    with preloaded_clocks(conn, [r.id for r in rows], now):  # the clocks of all of them in one query
        return [case_view(conn, r, mask=mask, now=now, related=related) for r in rows]


def case_view(conn: Connection | None, row, *, mask: bool, now: datetime | None = None,
              related: _Related | None = None, clocks: list | None = None) -> dict[str, Any]:
    """The case as the API shows it. `mask` hides most of the reporter's phone (lists, exports).
    `related` and `clocks`, when the caller has them, save their queries."""
    regions = load_regions()
    tax = taxonomy()
    related = related or _related(conn, [row])
    merged_into = related.numbers.get(row.merged_into_id) if row.merged_into_id else None
    merged = related.merged[row.id]
    atts = related.attachments[row.id]
    status = Status(row.status)
    from hotline.services.deadlines import clocks_view  # here, not at the top: deadlines imports this module
    return {
        "number": row.number,
        "tracking_code": row.tracking_code,
        "status": status.value,
        "status_label": STATUS_LABELS[status],
        "version": row.version,
        "type": row.type,
        "type_label": tax.types.get(row.type, row.type),
        "category": row.category,
        "category_label": tax.categories.get(row.category, row.category),
        "title": row.title,
        "description": row.description,
        "channel": row.channel,
        "urgent": row.urgent,
        "reporter": {
            "name": row.reporter_name,
            "phone": mask_phone(row.reporter_phone) if mask else row.reporter_phone,
            "plate": row.reporter_plate,
            "company": row.reporter_company,
        },
        "place": {
            "region": row.region,
            "region_name": regions.full_name(row.region) if row.region and row.region in regions else None,
            "address": row.address, "lat": row.lat, "lng": row.lng, "road": row.road, "landmark": row.landmark,
        },
        "unit": row.unit,
        "dispatcher_unit": row.dispatcher_unit,
        "cohandle_units": list(related.cohandlers[row.id]),
        "intake_unit": row.intake_unit,
        "reply": row.reply,
        "satisfaction": row.satisfaction,
        "return_count": row.return_count,
        "supervise_count": row.supervise_count,
        "extension": {
            "pending": row.extension_pending,
            "requested_until": iso(row.extension_requested_until),
            "extended_until": iso(row.extended_until),
        },
        "merged_into": merged_into,
        "merged_cases": list(merged),
        "attachments": [
            {"id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
             "url": f"/api/v1/cases/{row.number}/attachments/{a.id}"} for a in atts
        ],
        "allowed_actions": [a.value for a in allowed_actions(status)],
        "demo": row.demo,
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
        "closed_at": iso(row.closed_at),
        "clocks": clocks_view(conn, row.id, now) if clocks is None else clocks,  # with `now`: exact
    }


def get_case(ctx: Context, number: str) -> dict[str, Any]:
    with ctx.db.write() if ctx.user else ctx.db.read() as conn:  # writes the audit row
        row = _case_row(conn, number)
        _check_view(conn, ctx, row)
        return _detail(conn, ctx, row)


def timeline(ctx: Context, number: str) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        row = _case_row(conn, number)
        _check_view(conn, ctx, row)
        rows = conn.execute(sa.select(events).where(events.c.case_id == row.id).order_by(events.c.seq)).all()
    return [
        {
            "seq": e.seq, "action": e.action, "action_label": ACTION_LABELS.get(Action(e.action), e.action),
            "actor": e.actor, "at": iso(e.at), "from_status": e.from_status, "to_status": e.to_status,
            "fields": e.fields, "note": e.note,
        }
        for e in rows
    ]


@dataclass
class CaseFilter:
    status: list[str] | None = None
    type: str | None = None
    category: str | None = None
    region: str | None = None
    unit: str | None = None
    urgent: bool | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    q: str | None = None
    reporter_phone: str | None = None


def region_prefix(code: str) -> str:
    """420000 → 42, 420900 → 4209, 420902 → 420902: the codes inside a region share its prefix."""
    if code == "000000":
        return ""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


# Case search by word on PostgreSQL (migration pt0003): a GIN index holds every two-character gram of
# each case's title + description; a gram of the word narrows the cases, the LIKE test keeps the exact
# substring matches. GRAM_RUN must match the character class of the SQL function hotline_grams.
GRAM_RUN = re.compile("[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")
GRAMS_OF_CASE = sa.literal_column(
    "hotline_grams(coalesce(cases.title, '') || ' ' || coalesce(cases.description, ''))")
GRAM_STATS_SECONDS = 600
COMMON_GRAM = 0.01  # a gram in this share of cases or more is not worth an index lookup
_gram_stats: dict[str, tuple[float, dict[str, float]]] = {}


def word_grams(word: str) -> list[str]:
    """The two-character grams the index holds for every text containing `word` (empty: not indexable)."""
    return sorted({run[i:i + 2] for run in GRAM_RUN.findall(word.lower()) for i in range(len(run) - 1)})


def gram_frequencies(conn: Connection) -> dict[str, float]:
    """The share of cases holding each common gram, from PostgreSQL's statistics of the gram index
    (read at most every GRAM_STATS_SECONDS per database). Grams not listed are rarer than all listed."""
    key = conn.engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    cached = _gram_stats.get(key)
    if cached and now - cached[0] < GRAM_STATS_SECONDS:
        return cached[1]
    # One list per month partition's copy of the index (ix_cases_grams_2026_11 …; a plain table has one),
    # merged weighted by the partitions' sizes; a gram missing from a month's list counts as 0 there.
    rows = conn.execute(sa.text(
        "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, greatest(t.reltuples, 0) "
        "FROM pg_stats s JOIN pg_class i ON i.relname = s.tablename AND i.relnamespace = 'public'::regnamespace "
        "JOIN pg_index x ON x.indexrelid = i.oid JOIN pg_class t ON t.oid = x.indrelid "
        "WHERE s.schemaname = 'public' AND (s.tablename = 'ix_cases_grams' OR s.tablename LIKE 'ix\\_cases\\_grams\\_%') "
        "AND s.most_common_elems IS NOT NULL")).all()
    total = sum(n for _, _, n in rows) or 1.0
    freqs: dict[str, float] = {}
    for elems, shares, n in rows:
        for gram, share in zip(elems, shares):
            freqs[gram] = freqs.get(gram, 0.0) + share * n / total
    _gram_stats[key] = (now, freqs)
    return freqs


def _word_match(word: str, conn: Connection):
    """The case's title or description contains `word` (any letter case), or its number or plate is `word`.

    On PostgreSQL the condition is written twice: once as the index can answer it (the word's rarest
    gram in the gram index, or the number, or the plate) and once exactly (ILIKE, or the number, or
    the plate). Both are top-level conjuncts, so a bitmap scan leaves the index half as a recheck
    and filters rows by the exact half only; walking the newest cases instead, PostgreSQL runs the
    cheaper LIKE first (a SQL function costs 100 operators to the planner). Only the rarest gram goes to the index:
    the planner multiplies the shares of several grams as if they were independent (the grams of
    one word are not), so with all of them it took a common word for a rare one and fetched 50,000
    rows by bitmap where walking the newest cases finds 51 at once; with one gram its estimate is
    PostgreSQL's own statistics for that gram."""
    ident = [cases.c.number == word, cases.c.reporter_plate == word]
    # Case-insensitive on both databases (SQLite's LIKE already was; PostgreSQL's is not). A word
    # without cased letters (most Chinese words) takes plain LIKE: ILIKE costs ~3× per row there.
    if word.lower() == word.upper():
        text = [cases.c.title.contains(word, autoescape=True), cases.c.description.contains(word, autoescape=True)]
    else:
        text = [cases.c.title.icontains(word, autoescape=True), cases.c.description.icontains(word, autoescape=True)]
    exact = sa.or_(*text, *ident)
    grams = word_grams(word) if conn.dialect.name == "postgresql" else []
    if not grams:
        return [exact]
    freqs = gram_frequencies(conn)
    rarest = min(grams, key=lambda g: (freqs.get(g, 0.0), g))
    if freqs.get(rarest, 0.0) >= COMMON_GRAM:
        # Even the word's rarest gram is in 1 case of 100 or more: walking the newest cases meets 51
        # matches within a few thousand rows, while the index would hand over a bitmap of millions
        # (which the planner underprices: 150 ms for a 2M-entry posting list at 10M cases).
        return [exact]
    # A gram holds only [0-9a-z] and ideographs, so quoting it as a tsquery lexeme needs no escaping.
    indexed = GRAMS_OF_CASE.op("@@")(sa.cast(sa.literal(f"'{rarest}'", sa.Text()), TSQUERY))
    return [sa.or_(indexed, *ident), exact]


def _where(f: CaseFilter, conn: Connection) -> list:
    conds = []
    if f.status:
        conds.append(cases.c.status.in_(f.status))
    if f.type:
        conds.append(cases.c.type == f.type)
    if f.category:
        if f.category.endswith(".*"):
            conds.append(cases.c.category.startswith(f.category[:-1], autoescape=True))
        else:
            conds.append(cases.c.category == f.category)
    if f.region:
        prefix = region_prefix(f.region)
        if prefix:
            conds.append(cases.c.region.startswith(prefix, autoescape=True))
    if f.unit:
        conds.append(cases.c.unit == f.unit)
    if f.urgent is not None:
        conds.append(cases.c.urgent == f.urgent)
    if f.created_from:
        conds.append(cases.c.created_at >= f.created_from)
    if f.created_to:
        conds.append(cases.c.created_at < f.created_to)
    if f.created_from and f.created_to:
        # The ids of the cases created in the range lie between the range's smallest and largest id:
        # an implied condition, so the answer is unchanged, but the newest-first walk of the id index
        # now starts at the range instead of skipping every newer case (ids follow creation, which the
        # planner cannot know: a day two months back took 1.4 s at 10M cases). Only for a closed
        # range: one open towards now is walked from the newest case anyway, and its aggregate would
        # read every case since `created_from`. `id + 0`: PostgreSQL answers a bare min(id) by walking
        # the id index to the first row in the range — the very skip this avoids.
        # Looked up once, here: as subqueries they were computed again in every part of a subtree's
        # list (`_newest_by_holder`). ix_cases_created_at includes the id (pt0008): index-only.
        in_range = [cases.c.created_at >= f.created_from, cases.c.created_at < f.created_to]
        lo, hi = conn.execute(sa.select(sa.func.min(cases.c.id + 0), sa.func.max(cases.c.id + 0)).where(*in_range)).one()
        conds.append(cases.c.id.between(lo, hi) if lo is not None else sa.false())
    if f.reporter_phone:
        conds.append(cases.c.reporter_phone == f.reporter_phone)
    if f.q:
        for word in f.q.split():
            conds += _word_match(word, conn)
    return conds


def visible_codes(conn: Connection, user: Principal | None) -> tuple[list[str] | None, bool]:
    """The units whose cases (held there, or assisted by them) the user sees — None: every unit, no
    filter — and whether the user also sees the cases they took in themselves (operators)."""
    if user is None:
        return None, False
    tree = load_tree(conn)
    visible: set[str] = set()
    if can_view(user, Relation.OWN):
        visible.add(user.unit)
    if can_view(user, Relation.CHILD):
        visible |= tree.subtree(user.unit)
    if len(visible) == len(tree.parents):
        return None, False  # the whole tree
    return sorted(visible), user.has(Role.OPERATOR)


def visibility(conn: Connection, user: Principal | None) -> list:
    """SQL conditions limiting cases to those the user may see (same table as `_check_view`)."""
    codes, own = visible_codes(conn, user)
    if codes is None:
        return []
    took = cases.c.created_by == user.username if own else sa.false()
    if not codes:
        return [took]
    held = sa.or_(cases.c.unit.in_(codes), sa.and_(cases.c.unit.is_(None), cases.c.intake_unit.in_(codes)))
    helped = sa.exists().where(case_cohandlers.c.case_id == cases.c.id, case_cohandlers.c.unit.in_(codes))
    return [sa.or_(held, helped, took)]


def _newest_by_holder(conds: list, codes: list[str], n: int):
    """The newest `n` cases matching `conds` that are held by one of `codes` or assisted by one —
    the same cases as `visibility` gives a user who sees `codes` — read holder by holder from the
    (holder, id) index and merged, rather than walking every case newest first and testing each
    against the subtree (a small province's supervisor searching a common word walked 143,000
    cases, 700 ms, at 10,000,000; docs/benchmarks.md, Volume)."""
    helped = sa.select(case_cohandlers.c.case_id).where(case_cohandlers.c.unit.in_(codes))
    parts = [sa.select(cases.c.id).where(*conds, extra).order_by(cases.c.id.desc())
             for extra in [*(HOLDER == code for code in codes), cases.c.id.in_(helped)]]
    return sa.select(cases).where(cases.c.id.in_(top_ids(parts, n, "id", descending=True))) \
        .order_by(cases.c.id.desc()).limit(n)


def newest_first(conn: Connection, query, n: int) -> list:
    """The first `n` rows of `query(extra, n)` (a select of cases, newest first, limited to `n`): on
    PostgreSQL month by month, newest first (store.partitions.case_id_ranges says why), with `extra`
    holding the month's id range; elsewhere in one go."""
    from hotline.store.partitions import case_id_ranges

    ranges = case_id_ranges(conn)
    if ranges is None:
        return conn.execute(query([], n)).all()
    rows: list = []
    for lo, hi in ranges:
        extra = ([cases.c.id >= lo] if lo is not None else []) + ([cases.c.id < hi] if hi is not None else [])
        rows += conn.execute(query(extra, n - len(rows))).all()
        if len(rows) >= n:
            break
    return rows


def encode_cursor(case_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"id": case_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded))["id"]
        if not isinstance(value, int):
            raise ValueError
        return value
    except (ValueError, KeyError, TypeError):
        raise ServiceError("invalid_cursor", "翻页游标无效，请从第一页重新开始", 422, field="cursor") from None


def list_cases(ctx: Context, f: CaseFilter, *, cursor: str | None = None, limit: int = 50,
               mask: bool = True) -> dict[str, Any]:
    """Newest first; keyset pagination on the id, so pages stay stable while cases arrive."""
    cursor_id = decode_cursor(cursor) if cursor else None
    with ctx.db.read() as conn:
        conds = _where(f, conn)
        if cursor_id is not None:
            conds.append(cases.c.id < cursor_id)
        codes, own = visible_codes(conn, ctx.user)
        # Unit by unit only for a word search: a word is tested row by row, so one walk of the newest
        # cases meets a small subtree's matches late. Without one, the other filters have indexes of
        # their own (urgent, status, creation time) that one walk uses better than each unit's walk:
        # at 10M cases a province's urgent complaints took 250 ms unit by unit, 80 ms in one walk.
        if f.q and codes and not own and len(codes) <= MERGE_PARTS:
            def query(extra: list, n: int):
                return _newest_by_holder([*conds, *extra], codes, n)
        else:
            seen = visibility(conn, ctx.user)

            def query(extra: list, n: int):
                return sa.select(cases).where(*conds, *extra, *seen).order_by(cases.c.id.desc()).limit(n)
        rows = newest_first(conn, query, limit + 1)
        now = ctx.clock.now()
        items = case_views(conn, rows[:limit], mask=mask, now=now)
    next_cursor = encode_cursor(rows[limit - 1].id) if len(rows) > limit else None
    return {"items": items, "next_cursor": next_cursor}


def iter_cases(ctx: Context, f: CaseFilter, *, mask: bool = True, batch: int = 500):
    """Every matching case, oldest first (exports)."""
    last = 0
    while True:
        with ctx.db.read() as conn:
            rows = conn.execute(sa.select(cases).where(*_where(f, conn), *visibility(conn, ctx.user), cases.c.id > last)
                                .order_by(cases.c.id).limit(batch)).all()
            views = case_views(conn, rows, mask=mask)
        if not rows:
            return
        yield from views
        last = rows[-1].id
