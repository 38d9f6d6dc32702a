"""Hotspot incidents (热点事件): a surge people look at, and what they do with it.

An incident is opened by the streaming detector (`job.py`) when a region × topic crosses the surge
rule: its members are the topic's cases inside the window, its title the place and the words they
share, its unit the one routing gives the topic (`services.routing.decide_route`). The unit gets a
notification, every supervisor of that unit and the units above it an alert, and the knowledge base
a task. New cases of the topic join it while it is open or confirmed.

People then confirm it, dismiss it (a false alarm), merge it into another incident, split some cases
off into a new one, or close it — optionally with one reply that each member case receives through
its own lifecycle actions (批量答复), each action recorded on that case's timeline.

Statuses: open → confirmed → closed; open/confirmed → dismissed | merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import Principal, Relation, Role, UnitTree, can_view
from hotline.domain.lifecycle import Action, LifecycleError, Status
from hotline.hotspots.stream import anchors_of
from hotline.hotspots.title import incident_title, place_label
from hotline.services.cases import Context, act, forbidden, iso, load_tree, region_prefix, visibility
from hotline.services.commands import ActionIn, taxonomy
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.hotspot_tables import (
    hotspot_incident_cases,
    hotspot_incident_log,
    hotspot_incidents,
    hotspot_kb_tasks,
    hotspot_notifications,
    hotspot_topics,
)
from hotline.store.tables import cases, units, users

LIVE = ("open", "confirmed")  # statuses in which new similar cases join
STATUS_LABELS = {"open": "待确认", "confirmed": "已确认", "dismissed": "已排除", "merged": "已合并",
                 "closed": "已办结"}
ACTION_LABELS = {"open": "发现", "confirm": "确认", "dismiss": "排除", "merge": "合并", "merge_in": "并入",
                 "split": "拆分", "split_from": "拆出", "close": "办结", "batch_reply": "批量答复"}
TRANSITIONS: dict[str, dict[str, str]] = {
    "confirm": {"open": "confirmed"},
    "dismiss": {"open": "dismissed", "confirmed": "dismissed"},
    "merge": {"open": "merged", "confirmed": "merged"},
    "split": {"open": "open", "confirmed": "confirmed"},
    "close": {"open": "closed", "confirmed": "closed"},
}
# Who may act on an incident, by the relation of their unit to the incident's unit.
ACCESS: dict[Role, dict[str, frozenset[Relation]]] = {
    Role.SUPERVISOR: {a: frozenset({Relation.OWN, Relation.CHILD}) for a in TRANSITIONS},
    Role.ADMIN: {a: frozenset({Relation.OWN, Relation.CHILD}) for a in TRANSITIONS},
    # The responsible unit's handlers answer the drivers: they may confirm and close with a reply.
    Role.HANDLER: {a: frozenset({Relation.OWN}) for a in ("confirm", "close")},
}


def not_found(incident_id: int) -> ServiceError:
    return ServiceError("hotspot_not_found", f"热点事件 #{incident_id} 不存在", 404, id=incident_id)


# ---------------------------------------------------------------- opening (called by the detector)


def _root_unit(conn: Connection) -> str | None:
    return conn.execute(sa.select(units.c.code).where(units.c.parent_code.is_(None))
                        .order_by(units.c.id).limit(1)).scalar()


def _member_rows(conn: Connection, case_ids: Sequence[int]):
    return conn.execute(sa.select(cases).where(cases.c.id.in_(list(case_ids))).order_by(cases.c.created_at,
                                                                                         cases.c.id)).all()


def _route(conn: Connection, rows, category: str) -> tuple[str | None, str | None]:
    from hotline.services.routing import decide_route  # routing imports cases; keep import light

    regions = Counter(r.region for r in rows if r.region)
    types = Counter(r.type for r in rows)
    region = regions.most_common(1)[0][0] if regions else None
    try:
        d = decide_route(conn, region=region, category=category, type_=types.most_common(1)[0][0],
                         urgent=any(r.urgent for r in rows))
    except ServiceError:
        return _root_unit(conn), "没有可派往的单位，由热线中心处理"
    return d.unit, d.reason


def _supervisors(conn: Connection, tree: UnitTree, unit: str) -> list[tuple[str, str]]:
    """(username, unit) of active supervisors in `unit` and every unit above it."""
    line = [unit, *tree.ancestors(unit)]
    rows = conn.execute(sa.select(users.c.username, users.c.unit, users.c.roles)
                        .where(users.c.unit.in_(line), users.c.active.is_(True))).all()
    return sorted((r.username, r.unit) for r in rows if Role.SUPERVISOR.value in (r.roles or []))


def _category_name(code: str) -> str:
    return taxonomy().categories.get(code, code)


def _texts(rows) -> list[str]:
    return [f"{r.title}。{(r.description or '')[:200]}" for r in rows]


def _log(conn: Connection, incident_id: int, action: str, actor: str, at: datetime, fields: dict | None = None,
         note: str | None = None) -> None:
    conn.execute(sa.insert(hotspot_incident_log).values(incident_id=incident_id, action=action, actor=actor, at=at,
                                                        fields=fields or {}, note=note))


def open_incident(conn: Connection, now: datetime, *, region: str, category: str, anchor: str | None,
                  case_ids: Sequence[int], surge: dict[str, Any], actor: str = "system", how: str = "surge",
                  split_from: int | None = None, unit: str | None = None, status: str = "open") -> int:
    """Create an incident with its members, notices, alerts and knowledge-base task. Returns its id.

    A case is in one incident at most: cases of the window that already belong to one (a topic that
    surges again an hour after its last incident was closed) stay where they are.
    """
    taken = set(conn.execute(sa.select(hotspot_incident_cases.c.case_id)
                             .where(hotspot_incident_cases.c.case_id.in_(list(case_ids)))).scalars())
    rows = _member_rows(conn, [c for c in case_ids if c not in taken])
    title, words = incident_title(region, anchor, _texts(rows), fallback=_category_name(category))
    if unit is None:
        unit, reason = _route(conn, rows, category)
    else:
        reason = "拆分自原事件，沿用原承办单位"
    incident_id = conn.execute(sa.insert(hotspot_incidents).values(
        status=status, title=title, words=words, region=region, category=category, anchor=anchor, unit=unit,
        route_reason=(reason or "")[:500], size=len(rows),
        first_case_at=rows[0].created_at if rows else None, last_case_at=rows[-1].created_at if rows else None,
        surge=surge, split_from_id=split_from, version=1, opened_by=actor, opened_at=now, updated_at=now,
    ).returning(hotspot_incidents.c.id)).scalar_one()
    for r in rows:
        conn.execute(sa.insert(hotspot_incident_cases).values(case_id=r.id, incident_id=incident_id, how=how,
                                                              joined_at=now))
    _log(conn, incident_id, "open" if split_from is None else "split_from", actor, now,
         {"cases": [r.number for r in rows], "surge": surge, "unit": unit, **({"split_from": split_from}
                                                                              if split_from else {})})
    _notify(conn, incident_id, now, title, unit, len(rows), surge)
    _kb_task(conn, incident_id, now, region, category, title, rows)
    return incident_id


def _notify(conn: Connection, incident_id: int, now: datetime, title: str, unit: str | None, size: int,
            surge: dict[str, Any]) -> None:
    if unit is None:
        return
    count = surge.get("count", size)
    window = surge.get("window_minutes")
    span = f"{window} 分钟内 {count} 件" if window else f"{size} 件"
    message = (f"热点事件 #{incident_id}「{title}」：{span}相似工单（预期 {surge.get('expected', '—')}），"
               f"请核实并统一答复。")
    conn.execute(sa.insert(hotspot_notifications).values(
        incident_id=incident_id, kind="incident_opened", unit=unit, username=None, title=title[:200],
        message=message, created_at=now))
    for username, their_unit in _supervisors(conn, load_tree(conn), unit):
        conn.execute(sa.insert(hotspot_notifications).values(
            incident_id=incident_id, kind="supervisor_alert", unit=their_unit, username=username,
            title=title[:200], message="【督办提醒】" + message, created_at=now))


def _kb_task(conn: Connection, incident_id: int, now: datetime, region: str, category: str, title: str,
             rows) -> None:
    questions = list(dict.fromkeys(r.title for r in rows))[:5]
    conn.execute(sa.insert(hotspot_kb_tasks).values(
        incident_id=incident_id, region=region, category=category,
        title=f"{title[:250]} —— 此问题在本地尚无答复口径，请发布答复",
        sample_questions=questions, status="open", created_at=now, updated_at=now))


def join_incident(conn: Connection, now: datetime, incident_id: int, case_id: int, at: datetime) -> None:
    """A new case of the topic joins its live incident (no version change: people's actions are not
    made stale by arriving cases)."""
    conn.execute(sa.insert(hotspot_incident_cases).values(case_id=case_id, incident_id=incident_id, how="joined",
                                                          joined_at=now))
    conn.execute(sa.update(hotspot_incidents).where(hotspot_incidents.c.id == incident_id).values(
        size=hotspot_incidents.c.size + 1, updated_at=now,
        last_case_at=sa.case((hotspot_incidents.c.last_case_at < at, at), else_=hotspot_incidents.c.last_case_at)))


def live_incidents(conn: Connection, ids: set[int]) -> dict[int, int]:
    """For each incident id, the live incident new members join (following merges), if any."""
    out: dict[int, int] = {}
    for incident_id in ids:
        seen, current = set(), incident_id
        while current is not None and current not in seen:
            seen.add(current)
            row = conn.execute(sa.select(hotspot_incidents.c.status, hotspot_incidents.c.merged_into_id)
                               .where(hotspot_incidents.c.id == current)).first()
            if row is None:
                break
            if row.status in LIVE:
                out[incident_id] = current
                break
            current = row.merged_into_id if row.status == "merged" else None
    return out


# ---------------------------------------------------------------- access


def _holder(conn: Connection, row) -> str | None:
    return row.unit or _root_unit(conn)


def _relation(tree: UnitTree, user: Principal, unit: str | None) -> Relation:
    return tree.relation(user.unit, unit)


def _check_view(conn: Connection, ctx: Context, row, tree: UnitTree | None = None) -> Relation | None:
    if ctx.user is None:
        return None
    rel = _relation(tree or load_tree(conn), ctx.user, _holder(conn, row))
    if not can_view(ctx.user, rel):
        raise not_found(row.id)
    return rel


def _may(user: Principal, action: str, rel: Relation) -> bool:
    return any(rel in ACCESS.get(r, {}).get(action, frozenset()) for r in user.roles)


def visible_units(conn: Connection, user: Principal | None) -> set[str] | None:
    """Units whose incidents the user sees (None: all). An incident without a unit is the root's."""
    if user is None:
        return None
    tree = load_tree(conn)
    out: set[str] = set()
    if can_view(user, Relation.OWN):
        out.add(user.unit)
    if can_view(user, Relation.CHILD):
        out |= tree.subtree(user.unit)
    return out


def _visible_where(conn: Connection, user: Principal | None) -> list:
    codes = visible_units(conn, user)
    if codes is None:
        return []
    root = _root_unit(conn)
    conds = [hotspot_incidents.c.unit.in_(sorted(codes))]
    if root in codes:
        conds.append(hotspot_incidents.c.unit.is_(None))
    return [sa.or_(*conds)]


# ---------------------------------------------------------------- reading


def _incident_row(conn: Connection, incident_id: int, *, for_update: bool = False):
    q = sa.select(hotspot_incidents).where(hotspot_incidents.c.id == incident_id)
    if for_update and conn.dialect.name != "sqlite":
        q = q.with_for_update()
    row = conn.execute(q).first()
    if row is None:
        raise not_found(incident_id)
    return row


def incident_view(row, unit_names: dict[str, str] | None = None) -> dict[str, Any]:
    names = unit_names or {}
    return {
        "id": row.id,
        "status": row.status,
        "status_label": STATUS_LABELS.get(row.status, row.status),
        "title": row.title,
        "words": row.words or [],
        "region": row.region,
        "place": place_label(row.region, row.anchor),
        "category": row.category,
        "category_label": _category_name(row.category),
        "anchor": row.anchor,
        "unit": row.unit,
        "unit_name": names.get(row.unit) if row.unit else None,
        "route_reason": row.route_reason,
        "size": row.size,
        "first_case_at": iso(row.first_case_at),
        "last_case_at": iso(row.last_case_at),
        "surge": row.surge,
        "merged_into": row.merged_into_id,
        "split_from": row.split_from_id,
        "reply": row.reply,
        "reply_report": row.reply_report,
        "version": row.version,
        "opened_by": row.opened_by,
        "opened_at": iso(row.opened_at),
        "updated_at": iso(row.updated_at),
        "closed_at": iso(row.closed_at),
        "allowed_actions": [a for a, t in TRANSITIONS.items() if row.status in t],
    }


def list_incidents(ctx: Context, *, status: list[str] | None = None, region: str | None = None,
                   category: str | None = None, unit: str | None = None, before: int | None = None,
                   limit: int = 50) -> dict[str, Any]:
    """Newest first, keyset paging on the id (`before`)."""
    with ctx.db.read() as conn:
        conds = _visible_where(conn, ctx.user)
        if status:
            conds.append(hotspot_incidents.c.status.in_(status))
        if region:
            prefix = region_prefix(region)
            if prefix:
                conds.append(hotspot_incidents.c.region.startswith(prefix, autoescape=True))
        if category:
            conds.append(hotspot_incidents.c.category == category)
        if unit:
            conds.append(hotspot_incidents.c.unit == unit)
        if before:
            conds.append(hotspot_incidents.c.id < before)
        rows = conn.execute(sa.select(hotspot_incidents).where(*conds).order_by(hotspot_incidents.c.id.desc())
                            .limit(limit + 1)).all()
        names = unit_cache.names(conn)
    items = [incident_view(r, names) for r in rows[:limit]]
    return {"items": items, "next_before": rows[limit - 1].id if len(rows) > limit else None}


def get_incident(ctx: Context, incident_id: int) -> dict[str, Any]:
    with ctx.db.read() as conn:
        row = _incident_row(conn, incident_id)
        _check_view(conn, ctx, row)
        out = incident_view(row, unit_cache.names(conn))
        out["members"], out["hidden_members"] = _members(conn, ctx, incident_id)
        out["log"] = [
            {"action": e.action, "action_label": ACTION_LABELS.get(e.action, e.action), "actor": e.actor,
             "at": iso(e.at), "fields": e.fields, "note": e.note}
            for e in conn.execute(sa.select(hotspot_incident_log).where(hotspot_incident_log.c.incident_id
                                                                        == incident_id)
                                  .order_by(hotspot_incident_log.c.id))]
        out["notifications"] = [_notification_view(n) for n in conn.execute(
            sa.select(hotspot_notifications).where(hotspot_notifications.c.incident_id == incident_id)
            .order_by(hotspot_notifications.c.id))]
        task = conn.execute(sa.select(hotspot_kb_tasks).where(hotspot_kb_tasks.c.incident_id == incident_id)).first()
        out["kb_task"] = _task_view(task) if task else None
    return out


def _members(conn: Connection, ctx: Context, incident_id: int) -> tuple[list[dict[str, Any]], int]:
    """Member cases the reader may see (same rule as the case list), and how many are hidden."""
    q = (sa.select(cases, hotspot_incident_cases.c.how, hotspot_incident_cases.c.joined_at)
         .join(hotspot_incident_cases, hotspot_incident_cases.c.case_id == cases.c.id)
         .where(hotspot_incident_cases.c.incident_id == incident_id))
    total = conn.execute(sa.select(sa.func.count()).select_from(hotspot_incident_cases)
                         .where(hotspot_incident_cases.c.incident_id == incident_id)).scalar_one()
    rows = conn.execute(q.where(*visibility(conn, ctx.user)).order_by(cases.c.created_at, cases.c.id)).all()
    members = [{"number": r.number, "title": r.title, "status": r.status, "type": r.type, "region": r.region,
                "unit": r.unit, "created_at": iso(r.created_at), "how": r.how} for r in rows]
    return members, total - len(members)


def _notification_view(n) -> dict[str, Any]:
    return {"id": n.id, "incident_id": n.incident_id, "kind": n.kind, "unit": n.unit, "username": n.username,
            "title": n.title, "message": n.message, "created_at": iso(n.created_at), "read_at": iso(n.read_at),
            "read_by": n.read_by}


def _task_view(t) -> dict[str, Any]:
    return {"id": t.id, "incident_id": t.incident_id, "region": t.region, "place": place_label(t.region, None),
            "category": t.category, "category_label": _category_name(t.category), "title": t.title,
            "sample_questions": t.sample_questions, "status": t.status, "policy_uid": t.policy_uid,
            "created_at": iso(t.created_at), "updated_at": iso(t.updated_at)}


def list_notifications(ctx: Context, *, unread: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """Notices to the user's unit and alerts addressed to the user."""
    with ctx.db.read() as conn:
        q = sa.select(hotspot_notifications).order_by(hotspot_notifications.c.id.desc()).limit(limit)
        if ctx.user is not None:
            q = q.where(sa.or_(
                sa.and_(hotspot_notifications.c.username.is_(None), hotspot_notifications.c.unit == ctx.user.unit),
                hotspot_notifications.c.username == ctx.user.username))
        if unread:
            q = q.where(hotspot_notifications.c.read_at.is_(None))
        return [_notification_view(n) for n in conn.execute(q)]


def mark_read(ctx: Context, notification_id: int) -> dict[str, Any]:
    with ctx.db.write() as conn:
        n = conn.execute(sa.select(hotspot_notifications).where(hotspot_notifications.c.id == notification_id)).first()
        mine = n is not None and (ctx.user is None or n.username == ctx.user.username
                                  or (n.username is None and n.unit == ctx.user.unit))
        if not mine:
            raise ServiceError("notification_not_found", f"通知 #{notification_id} 不存在", 404)
        if n.read_at is None:
            conn.execute(sa.update(hotspot_notifications).where(hotspot_notifications.c.id == n.id)
                         .values(read_at=ctx.clock.now(), read_by=ctx.actor))
        return _notification_view(conn.execute(sa.select(hotspot_notifications)
                                                .where(hotspot_notifications.c.id == n.id)).one())


def list_kb_tasks(ctx: Context, *, status: str | None = "open", limit: int = 50) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        q = (sa.select(hotspot_kb_tasks).join(hotspot_incidents, hotspot_incidents.c.id
                                              == hotspot_kb_tasks.c.incident_id)
             .where(*_visible_where(conn, ctx.user)).order_by(hotspot_kb_tasks.c.id.desc()).limit(limit))
        if status:
            q = q.where(hotspot_kb_tasks.c.status == status)
        return [_task_view(t) for t in conn.execute(q)]


def update_kb_task(ctx: Context, task_id: int, *, status: str, policy_uid: str | None = None) -> dict[str, Any]:
    if status not in ("open", "done", "dropped"):
        raise ServiceError("invalid_status", "状态必须是 open、done 或 dropped", 422, field="status")
    if ctx.user is not None and not ctx.user.has(Role.KB_EDITOR, Role.SUPERVISOR, Role.ADMIN):
        raise forbidden("只有知识编辑、督办和管理员可以处理知识库任务")
    with ctx.db.write() as conn:
        task = conn.execute(sa.select(hotspot_kb_tasks).where(hotspot_kb_tasks.c.id == task_id)).first()
        if task is None:
            raise ServiceError("kb_task_not_found", f"知识库任务 #{task_id} 不存在", 404)
        _check_view(conn, ctx, _incident_row(conn, task.incident_id))
        conn.execute(sa.update(hotspot_kb_tasks).where(hotspot_kb_tasks.c.id == task_id).values(
            status=status, policy_uid=policy_uid, updated_at=ctx.clock.now()))
        return _task_view(conn.execute(sa.select(hotspot_kb_tasks).where(hotspot_kb_tasks.c.id == task_id)).one())


# ---------------------------------------------------------------- actions


def _begin_action(conn: Connection, ctx: Context, incident_id: int, action: str, version: int):
    row = _incident_row(conn, incident_id, for_update=True)
    rel = _check_view(conn, ctx, row)
    if rel is not None and not _may(ctx.user, action, rel):
        raise forbidden(f"您的角色无权对该热点事件执行“{ACTION_LABELS[action]}”")
    if row.version != version:
        raise ServiceError("version_conflict", f"热点事件已被他人更新（当前版本 {row.version}，提交的版本 {version}），"
                           "请刷新后重试", 409, current_version=row.version)
    if row.status not in TRANSITIONS[action]:
        allowed = [a for a, t in TRANSITIONS.items() if row.status in t]
        raise ServiceError("invalid_transition", f"热点事件当前状态为“{STATUS_LABELS[row.status]}”，"
                           f"不能执行“{ACTION_LABELS[action]}”", 409, status=row.status, allowed=allowed)
    return row


def _finish(conn: Connection, row, action: str, now: datetime, **values: Any) -> None:
    done = conn.execute(sa.update(hotspot_incidents).where(hotspot_incidents.c.id == row.id,
                                                           hotspot_incidents.c.version == row.version)
                        .values(status=TRANSITIONS[action][row.status], version=row.version + 1, updated_at=now,
                                **values)).rowcount
    if done != 1:
        raise ServiceError("version_conflict", "热点事件已被他人更新，请刷新后重试", 409)


def confirm(ctx: Context, incident_id: int, *, version: int, note: str | None = None) -> dict[str, Any]:
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _begin_action(conn, ctx, incident_id, "confirm", version)
        _finish(conn, row, "confirm", now)
        _log(conn, row.id, "confirm", ctx.actor, now, note=note)
    return get_incident(ctx, incident_id)


def dismiss(ctx: Context, incident_id: int, *, version: int, note: str | None = None) -> dict[str, Any]:
    """A false alarm: new cases of the topic stop joining; the knowledge-base task is dropped."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _begin_action(conn, ctx, incident_id, "dismiss", version)
        _finish(conn, row, "dismiss", now)
        conn.execute(sa.update(hotspot_kb_tasks).where(hotspot_kb_tasks.c.incident_id == row.id,
                                                       hotspot_kb_tasks.c.status == "open")
                     .values(status="dropped", updated_at=now))
        _log(conn, row.id, "dismiss", ctx.actor, now, note=note)
    return get_incident(ctx, incident_id)


def _refresh_span(conn: Connection, incident_id: int, now: datetime) -> None:
    span = conn.execute(sa.select(sa.func.count(), sa.func.min(cases.c.created_at), sa.func.max(cases.c.created_at))
                        .select_from(hotspot_incident_cases.join(cases, cases.c.id == hotspot_incident_cases.c.case_id))
                        .where(hotspot_incident_cases.c.incident_id == incident_id)).one()
    conn.execute(sa.update(hotspot_incidents).where(hotspot_incidents.c.id == incident_id).values(
        size=span[0], first_case_at=span[1], last_case_at=span[2], updated_at=now))


def merge(ctx: Context, incident_id: int, *, version: int, into: int, note: str | None = None) -> dict[str, Any]:
    """Move every member into incident `into`; this one becomes `merged` and its topics feed `into`."""
    if into == incident_id:
        raise ServiceError("merge_into_self", "不能把热点事件合并到它自己", 422, field="into")
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _begin_action(conn, ctx, incident_id, "merge", version)
        target = _incident_row(conn, into, for_update=True)
        rel = _check_view(conn, ctx, target)
        if rel is not None and not _may(ctx.user, "merge", rel):
            raise forbidden("您无权合并到该热点事件")
        if target.status not in LIVE:
            raise ServiceError("target_not_live", f"目标热点事件 #{into} 状态为“{STATUS_LABELS[target.status]}”，"
                               "只能合并到待确认或已确认的事件", 409, field="into")
        moved = conn.execute(sa.select(cases.c.number).join(hotspot_incident_cases, hotspot_incident_cases.c.case_id
                                                            == cases.c.id)
                             .where(hotspot_incident_cases.c.incident_id == row.id)).scalars().all()
        conn.execute(sa.update(hotspot_incident_cases).where(hotspot_incident_cases.c.incident_id == row.id)
                     .values(incident_id=into, how="merged"))
        conn.execute(sa.update(hotspot_topics).where(hotspot_topics.c.incident_id == row.id)
                     .values(incident_id=into))
        conn.execute(sa.update(hotspot_kb_tasks).where(hotspot_kb_tasks.c.incident_id == row.id,
                                                       hotspot_kb_tasks.c.status == "open")
                     .values(status="dropped", updated_at=now))
        _finish(conn, row, "merge", now, merged_into_id=into, size=0)
        _refresh_span(conn, into, now)
        _log(conn, row.id, "merge", ctx.actor, now, {"into": into, "cases": list(moved)}, note)
        _log(conn, into, "merge_in", ctx.actor, now, {"from": row.id, "cases": list(moved)}, note)
    return get_incident(ctx, into)


def split(ctx: Context, incident_id: int, *, version: int, numbers: Sequence[str],
          note: str | None = None) -> dict[str, Any]:
    """Move the cases `numbers` out into a new incident (same unit and status). Returns the new one."""
    wanted = list(dict.fromkeys(numbers))
    if not wanted:
        raise ServiceError("missing_field", "拆分需要列出要拆出的工单编号 cases", 422, field="cases")
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _begin_action(conn, ctx, incident_id, "split", version)
        members = {r.number: r.id for r in conn.execute(
            sa.select(cases.c.number, cases.c.id).join(hotspot_incident_cases, hotspot_incident_cases.c.case_id
                                                       == cases.c.id)
            .where(hotspot_incident_cases.c.incident_id == row.id))}
        strangers = [n for n in wanted if n not in members]
        if strangers:
            raise ServiceError("not_a_member", f"工单 {'、'.join(strangers)} 不在热点事件 #{row.id} 中", 422,
                               field="cases", cases=strangers)
        if len(wanted) == len(members):
            raise ServiceError("split_all", "不能拆出全部工单：请改用排除或办结", 422, field="cases")
        ids = [members[n] for n in wanted]
        conn.execute(sa.delete(hotspot_incident_cases).where(hotspot_incident_cases.c.case_id.in_(ids)))
        rows = _member_rows(conn, ids)
        anchors = Counter(a for r in rows for a in anchors_of(r.title, r.description or "", r.landmark)[:1])
        new_id = open_incident(conn, now, region=row.region, category=row.category,
                               anchor=anchors.most_common(1)[0][0] if anchors else None, case_ids=ids,
                               surge={"split_from": row.id}, actor=ctx.actor, how="split", split_from=row.id,
                               unit=row.unit, status=row.status)
        _finish(conn, row, "split", now)
        _refresh_span(conn, row.id, now)
        _log(conn, row.id, "split", ctx.actor, now, {"cases": wanted, "new_incident": new_id}, note)
    return get_incident(ctx, new_id)


# ---------------------------------------------------------------- close and batch reply


def close(ctx: Context, incident_id: int, *, version: int, reply: str | None = None,
          note: str | None = None) -> dict[str, Any]:
    """Close the incident; with `reply`, answer every member case through its own actions (批量答复).

    Each case is answered in its own transaction, as if a person had done it, so each keeps its own
    record and the reader's permissions apply case by case:

    - 已受理 (new): 办结 with the reply (直接办结)
    - 已派单 / 重办 (dispatched / reopened): 签收, then 答复
    - 已签收 (accepted): 答复
    - anything else is reported as not replied, with the reason.
    """
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _begin_action(conn, ctx, incident_id, "close", version)
        _finish(conn, row, "close", now, closed_at=now, reply=reply)
        _log(conn, row.id, "close", ctx.actor, now, {"reply": bool(reply)}, note)
        numbers = conn.execute(sa.select(cases.c.number).join(hotspot_incident_cases, hotspot_incident_cases.c.case_id
                                                              == cases.c.id)
                               .where(hotspot_incident_cases.c.incident_id == row.id)
                               .order_by(cases.c.created_at, cases.c.id)).scalars().all()
    if reply:
        report = batch_reply(ctx, incident_id, list(numbers), reply)
        with ctx.db.write() as conn:
            conn.execute(sa.update(hotspot_incidents).where(hotspot_incidents.c.id == incident_id)
                         .values(reply_report=report))
            _log(conn, incident_id, "batch_reply", ctx.actor, ctx.clock.now(),
                 {k: report[k] for k in ("replied", "not_replied")})
    return get_incident(ctx, incident_id)


SKIP_REASONS = {
    Status.REPLIED: ("already_replied", "已答复，未重复答复"),
    Status.CLOSED: ("already_closed", "已办结，未重复答复"),
    Status.ARCHIVED: ("already_closed", "已归档，未重复答复"),
    Status.MERGED: ("merged", "已合并到其他工单，由主工单答复"),
    Status.RETURNED: ("returned", "已被退回，需重新派单后才能答复"),
}


def _steps(status: Status) -> list[Action]:
    if status is Status.NEW:
        return [Action.CLOSE]
    if status in (Status.DISPATCHED, Status.REOPENED):
        return [Action.ACCEPT, Action.REPLY]
    if status is Status.ACCEPTED:
        return [Action.REPLY]
    return []


def batch_reply(ctx: Context, incident_id: int, numbers: list[str], reply: str) -> dict[str, Any]:
    """Reply to each case where its state allows; returns what happened to each."""
    results = []
    note = f"热点事件 #{incident_id} 批量答复"
    for number in numbers:
        with ctx.db.read() as conn:  # the state as the reader may see it
            row = conn.execute(sa.select(cases.c.status, cases.c.version)
                               .where(cases.c.number == number, *visibility(conn, ctx.user))).first()
        if row is None:
            results.append({"number": number, "result": "failed", "code": "case_not_visible",
                            "message": "您无权查看该工单，未答复"})
            continue
        status = Status(row.status)
        steps = _steps(status)
        if not steps:
            code, message = SKIP_REASONS.get(status, ("not_replyable", "当前状态不能答复"))
            results.append({"number": number, "status": status.value, "result": "skipped", "code": code,
                            "message": message})
            continue
        version, done = row.version, []
        try:
            for action in steps:
                body = ActionIn(version=version, note=note,
                                reply=reply if action in (Action.REPLY, Action.CLOSE) else None)
                version = act(ctx, number, action, body)["version"]
                done.append(action.value)
            results.append({"number": number, "result": "replied", "actions": done})
        except LifecycleError as exc:  # ServiceError too: forbidden, version conflict, invalid transition
            results.append({"number": number, "result": "failed", "actions": done, "code": exc.code,
                            "message": exc.message})
    replied = sum(r["result"] == "replied" for r in results)
    return {"replied": replied, "not_replied": len(results) - replied, "cases": results}
