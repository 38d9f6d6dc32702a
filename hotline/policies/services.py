"""Knowledge-base use cases: write, act, read, search, route, change feed. One transaction each."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from hotline.policies import analysis, rules
from hotline.policies.commands import PolicyActionIn, PolicyIn, PolicyUpdate
from hotline.policies.rules import Action, Status
from hotline.policies.search import in_force_at, region_filter
from hotline.policies.search import search as text_search
from hotline.regions import NATIONAL, load_regions
from hotline.services.cases import Context, iso
from hotline.services.errors import ServiceError
from hotline.store.policy_tables import policies, policy_changes, policy_regions, policy_versions

CONTENT_FIELDS = ("key", "title", "questions", "answer", "body", "regions", "categories", "tags", "overrides",
                  "effective_from", "effective_until", "demo")


def new_uid() -> str:
    return secrets.token_hex(16)


# ---------------------------------------------------------------- rows ↔ values


def _region_names(codes: list[str]) -> list[str]:
    table = load_regions()
    names = []
    for code in codes:
        if code == NATIONAL:
            names.append("全国")
        elif (r := table.get(code)) is not None:
            names += [r.short, r.name]
    return names


def _search_columns(cmd: PolicyIn) -> dict[str, str]:
    src = cmd.source
    extra = [*cmd.categories, *cmd.tags, *_region_names(cmd.regions), src.issuer or "", src.doc_no or ""]
    return {
        "search_title": analysis.index_text(cmd.title),
        "search_questions": analysis.index_text("\n".join(cmd.questions)),
        "search_body": analysis.index_text("\n".join([cmd.answer, cmd.body, *extra])),
    }


def _values(cmd: PolicyIn) -> dict[str, Any]:
    values = {f: getattr(cmd, f) for f in CONTENT_FIELDS}
    values.update(source_issuer=cmd.source.issuer, source_doc_no=cmd.source.doc_no, source_url=cmd.source.url)
    values.update(_search_columns(cmd))
    return values


def snapshot(row) -> dict[str, Any]:
    """What an entry says, as JSON: versions, the change feed and export are made of this."""
    return {
        "uid": row.uid, "key": row.key, "origin": row.origin or None, "title": row.title,
        "questions": list(row.questions or []), "answer": row.answer, "body": row.body,
        "regions": list(row.regions or []), "categories": list(row.categories or []),
        "tags": list(row.tags or []), "overrides": list(row.overrides or []),
        "source": {"issuer": row.source_issuer, "doc_no": row.source_doc_no, "url": row.source_url},
        "effective_from": iso(row.effective_from), "effective_until": iso(row.effective_until),
        "status": row.status, "version": row.version, "demo": row.demo,
    }


def portable(snap: dict[str, Any]) -> dict[str, Any]:
    """The fields of a snapshot an import file holds (PolicyIn), without empty ones."""
    out = {k: snap.get(k) for k in ("key", "title", "questions", "answer", "body", "regions", "categories", "tags",
                                    "overrides", "source", "effective_from", "effective_until", "demo")}
    if out["source"]:
        out["source"] = {k: v for k, v in out["source"].items() if v is not None} or None
    return {k: v for k, v in out.items() if v not in (None, [], "", False)}


def command_from_snapshot(snap: dict[str, Any]) -> PolicyIn:
    return PolicyIn.model_validate(portable(snap))


def policy_view(row, now: datetime) -> dict[str, Any]:
    table = load_regions()
    status = Status(row.status)
    return {
        **snapshot(row),
        "regions": [{"code": c, "name": "全国" if c == NATIONAL else table.full_name(c)} for c in row.regions],
        "status_label": rules.STATUS_LABELS[status],
        "in_force": status.value in rules.VISIBLE and rules.in_force(row.effective_from, row.effective_until, now),
        "reviewed": row.reviewed,
        "read_only": bool(row.origin),
        "allowed_actions": [] if row.origin else [a.value for a in rules.allowed_actions(status)],
        "created_by": row.created_by, "created_at": iso(row.created_at),
        "updated_by": row.updated_by, "updated_at": iso(row.updated_at), "published_at": iso(row.published_at),
    }


def _row(conn: Connection, ref: str, *, for_update: bool = False):
    """An entry by uid, or by external key (our own entry first)."""
    q = sa.select(policies).where(sa.or_(policies.c.uid == ref, policies.c.key == ref)).order_by(
        (policies.c.uid == ref).desc(), (policies.c.origin == "").desc()).limit(1)
    if for_update and conn.dialect.name != "sqlite":
        q = q.with_for_update()
    row = conn.execute(q).first()
    if row is None:
        raise ServiceError("policy_not_found", f"知识条目 {ref} 不存在", 404, ref=ref)
    return row


def _by_id(conn: Connection, policy_id: int):
    return conn.execute(sa.select(policies).where(policies.c.id == policy_id)).one()


def _set_regions(conn: Connection, policy_id: int, codes: list[str]) -> None:
    conn.execute(sa.delete(policy_regions).where(policy_regions.c.policy_id == policy_id))
    conn.execute(sa.insert(policy_regions), [{"policy_id": policy_id, "region": c} for c in codes])


def _record(conn: Connection, row, action: str, actor: str, now: datetime, note: str | None,
            public_before: bool) -> None:
    """Append the version, and a change-feed row when what the public sees changed."""
    conn.execute(sa.insert(policy_versions).values(
        policy_id=row.id, version=row.version, action=action, status=row.status, snapshot=snapshot(row),
        author=actor, at=now, note=note))
    public_now = row.status in rules.VISIBLE
    if not (public_now or public_before):
        return
    if conn.dialect.name != "sqlite":
        # Feed readers page by seq; make seqs commit in order so none is skipped (SQLite writers
        # are serialised by BEGIN IMMEDIATE already).
        conn.exec_driver_sql("LOCK TABLE policy_changes IN EXCLUSIVE MODE")
    conn.execute(sa.insert(policy_changes).values(
        policy_id=row.id, version=row.version, kind="upsert" if public_now else "withdraw", at=now))


def _conflict(row, seen: int) -> None:
    if row.version != seen:
        raise ServiceError("version_conflict",
                           f"条目已被他人更新（当前版本 {row.version}，提交的版本 {seen}），请刷新后重试",
                           409, current_version=row.version)


def _key_taken(key: str | None) -> ServiceError:
    return ServiceError("duplicate_key", f"外部编号 {key} 已被另一条目使用", 409, key=key)


# ---------------------------------------------------------------- writes


def create_policy(ctx: Context, cmd: PolicyIn, *, publish: bool = False) -> dict[str, Any]:
    """A new entry, as a draft; `publish` is the hot-policy fast track (published now, reviewed later)."""
    require_editor(ctx)
    now = ctx.clock.now()
    try:
        with ctx.db.write() as conn:
            policy_id = insert_entry(conn, cmd, uid=new_uid(), origin="", actor=ctx.actor, now=now,
                                     status=Status.PUBLISHED if publish else Status.DRAFT, version=1,
                                     action="create")
            return policy_view(_by_id(conn, policy_id), now)
    except IntegrityError:
        raise _key_taken(cmd.key) from None


def insert_entry(conn: Connection, cmd: PolicyIn, *, uid: str, origin: str, actor: str, now: datetime,
                 status: Status, version: int, action: str, note: str | None = None) -> int:
    published = status in (Status.PUBLISHED, Status.EXPIRED)
    policy_id = conn.execute(sa.insert(policies).values(
        uid=uid, origin=origin, status=status.value, version=version, reviewed=not published or bool(origin),
        created_by=actor, updated_by=actor, created_at=now, updated_at=now,
        published_at=now if published else None, **_values(cmd)).returning(policies.c.id)).scalar_one()
    _set_regions(conn, policy_id, cmd.regions)
    _record(conn, _by_id(conn, policy_id), action, actor, now, note, public_before=False)
    return policy_id


def update_policy(ctx: Context, ref: str, cmd: PolicyUpdate) -> dict[str, Any]:
    """A new version of the content. A published entry stays published (hot-policy change) and
    waits for review afterwards."""
    require_editor(ctx)
    now = ctx.clock.now()
    try:
        with ctx.db.write() as conn:
            row = _own_row(conn, ref)
            _conflict(row, cmd.version)
            return policy_view(replace_entry(conn, row, cmd, actor=ctx.actor, now=now, action="edit"), now)
    except IntegrityError:
        raise _key_taken(cmd.key) from None


def replace_entry(conn: Connection, row, cmd: PolicyIn, *, actor: str, now: datetime, action: str,
                  status: Status | None = None, version: int | None = None, note: str | None = None):
    status = status or Status(row.status)
    was_public = row.status in rules.VISIBLE
    values = _values(cmd)
    values.update(status=status.value, version=version or row.version + 1, updated_by=actor, updated_at=now)
    if status.value in rules.VISIBLE and not row.origin:
        values["reviewed"] = False
    if status.value in rules.VISIBLE and row.published_at is None:
        values["published_at"] = now
    conn.execute(sa.update(policies).where(policies.c.id == row.id).values(**values))
    if list(row.regions) != cmd.regions:
        _set_regions(conn, row.id, cmd.regions)
    new = _by_id(conn, row.id)
    _record(conn, new, action, actor, now, note, public_before=was_public)
    return new


def require_editor(ctx: Context) -> None:
    user = getattr(ctx, "user", None)
    if not rules.may_edit(None if user is None else {str(r) for r in user.roles}):
        raise ServiceError("forbidden", "只有知识编辑或管理员可以修改知识库", 403)


def _own_row(conn: Connection, ref: str):
    row = _row(conn, ref, for_update=True)
    if row.origin:
        raise ServiceError("upstream_read_only", f"该条目来自上级热线（{row.origin}），只读；如需本地口径，"
                           "请新建本地条目并在 overrides 中填写它的外部编号", 403, origin=row.origin)
    return row


def parse_action(name: str) -> Action:
    try:
        return Action(name)
    except ValueError:
        known = "、".join(f"{a.value}（{rules.ACTION_LABELS[a]}）" for a in Action)
        raise ServiceError("unknown_action", f"没有“{name}”这个操作，可用：{known}", 404) from None


def act(ctx: Context, ref: str, action: Action, body: PolicyActionIn) -> dict[str, Any]:
    require_editor(ctx)
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = _own_row(conn, ref)
        _conflict(row, body.version)
        try:
            to = rules.transition(Status(row.status), action)
        except rules.PolicyRuleError as exc:
            raise ServiceError(exc.code, exc.message, 409) from None
        values: dict[str, Any] = {"status": to.value, "version": row.version + 1, "updated_by": ctx.actor,
                                  "updated_at": now}
        if action is Action.PUBLISH:
            # From review it has been reviewed; from draft it is the fast track, reviewed later.
            values.update(published_at=now, reviewed=row.status == Status.REVIEW.value)
        if action is Action.APPROVE:
            if row.reviewed:
                raise ServiceError("already_reviewed", "该条目当前版本已审核", 409)
            if getattr(ctx, "user", None) is not None and row.updated_by == ctx.actor:
                raise ServiceError("self_review", "不能审核自己发布的修改，请由另一位知识编辑审核", 403)
            values["reviewed"] = True
        if action is Action.EXPIRE and (row.effective_until is None or row.effective_until > now):
            values["effective_until"] = now
        conn.execute(sa.update(policies).where(policies.c.id == row.id).values(**values))
        new = _by_id(conn, row.id)
        _record(conn, new, action.value, ctx.actor, now, body.note, public_before=row.status in rules.VISIBLE)
        return policy_view(new, now)


# ---------------------------------------------------------------- reads


def get_policy(ctx: Context, ref: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        return policy_view(_row(conn, ref), ctx.clock.now())


def versions(ctx: Context, ref: str) -> list[dict[str, Any]]:
    """Every version, oldest first, each with its author and its diff from the one before."""
    with ctx.db.read() as conn:
        row = _row(conn, ref)
        rows = conn.execute(sa.select(policy_versions).where(policy_versions.c.policy_id == row.id)
                            .order_by(policy_versions.c.version)).all()
    out, before = [], None
    for v in rows:
        out.append({"version": v.version, "action": v.action, "status": v.status, "author": v.author,
                    "at": iso(v.at), "note": v.note, "snapshot": v.snapshot,
                    "diff": rules.diff(before, v.snapshot) if before is not None else []})
        before = v.snapshot
    return out


def encode_cursor(n: int) -> str:
    return base64.urlsafe_b64encode(str(n).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, field: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except ValueError:
        raise ServiceError("invalid_cursor", "游标无效，请从头读取（不带该参数）", 422, field=field) from None


def list_policies(ctx: Context, *, status: str | None = None, region: str | None = None,
                  cursor: str | None = None, limit: int = 50) -> dict[str, Any]:
    conds = []
    if status:
        conds.append(policies.c.status.in_(status.split(",")))
    if region:
        conds += region_filter(region, load_regions())
    if cursor:
        conds.append(policies.c.id < decode_cursor(cursor, "cursor"))
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(policies).where(*conds).order_by(policies.c.id.desc()).limit(limit + 1)).all()
    now = ctx.clock.now()
    return {"items": [policy_view(r, now) for r in rows[:limit]],
            "next_cursor": encode_cursor(rows[limit - 1].id) if len(rows) > limit else None}


def _check_region(region: str | None, field: str = "region") -> str | None:
    if region is None or region == NATIONAL:
        return None
    table = load_regions()
    current = table.current(region) if len(region) == 6 and region.isdigit() else None
    if current is None:
        raise ServiceError("invalid_region", f"行政区划代码 {region} 不存在（应为 GB/T 2260 六位代码）", 422,
                           field=field)
    return current


def search(ctx: Context, q: str, *, region: str | None = None, at: datetime | None = None,
           limit: int = 10) -> dict[str, Any]:
    """Entries in force at `at` (default now) in `region`, best first, matched words marked."""
    region = _check_region(region)
    at = at or ctx.clock.now()
    table = load_regions()
    with ctx.db.read() as conn:
        matches = text_search(conn, q, region=region, at=at, limit=limit, table=table)
    forms = analysis.surface_forms(q)
    items = []
    for m in matches:
        r = m.row
        items.append({
            "uid": r.uid, "key": r.key, "origin": r.origin or None, "title": r.title, "answer": r.answer,
            "regions": list(r.regions), "scope": ["全国", "省级", "市级", "县级"][m.specificity],
            "effective_from": iso(r.effective_from), "effective_until": iso(r.effective_until),
            "source": {"issuer": r.source_issuer, "doc_no": r.source_doc_no, "url": r.source_url},
            "score": round(m.relevance, 4),
            "highlight": {"title": analysis.highlight(r.title, forms), "answer": analysis.highlight(r.answer, forms),
                          "body": analysis.snippet(r.body, forms) if r.body else ""},
        })
    return {"q": q, "region": region, "at": iso(at), "words": analysis.query_words(q), "items": items}


def route(ctx: Context, stops: list[str], *, at: datetime | None = None, per_region: int = 20) -> dict[str, Any]:
    """The rules in force in each region along a trip, in travel order; national rules once."""
    at = at or ctx.clock.now()
    table = load_regions()
    codes = [_check_region(c, "route") for c in stops]
    legs = []
    with ctx.db.read() as conn:
        for i, code in enumerate(codes):
            if code is None:
                continue
            rows = conn.execute(sa.select(policies).where(*in_force_at(at), *region_filter(code, table))).all()
            ranked = rules.rank(rules.Ranked(r.id, r.key, r.overrides or [],
                                             rules.match_specificity(r.regions, code, table) or 0, 1.0)
                                for r in rows)
            by_id = {r.id: r for r in rows}
            local = [by_id[x.id] for x in ranked if x.specificity > 0][:per_region]
            role = "from" if i == 0 else "to" if i == len(codes) - 1 else "via"
            legs.append({"region": code, "name": table.full_name(code), "role": role,
                         "entries": [policy_view(r, at) for r in local]})
        national = conn.execute(sa.select(policies).where(*in_force_at(at), policies.c.id.in_(
            sa.select(policy_regions.c.policy_id).where(policy_regions.c.region == NATIONAL)))).all()
    return {"at": iso(at), "legs": legs, "national": [policy_view(r, at) for r in national]}


# ---------------------------------------------------------------- change feed


def changes(ctx: Context, since: str | None = None, limit: int = 200) -> dict[str, Any]:
    """Published changes after the cursor, oldest first: what a following hotline applies."""
    after = decode_cursor(since, "since") if since else 0
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(policy_changes.c.seq, policy_changes.c.kind, policy_changes.c.at, policy_versions.c.snapshot)
            .join(policy_versions, sa.and_(policy_versions.c.policy_id == policy_changes.c.policy_id,
                                           policy_versions.c.version == policy_changes.c.version))
            .where(policy_changes.c.seq > after).order_by(policy_changes.c.seq).limit(limit)).all()
    items = [{"cursor": encode_cursor(r.seq), "kind": r.kind, "at": iso(r.at), "entry": r.snapshot} for r in rows]
    return {"items": items, "next_cursor": encode_cursor(rows[-1].seq) if rows else (since or None),
            "has_more": len(rows) == limit}


def delete_draft(ctx: Context, ref: str) -> None:
    """Delete an entry the public never saw; anything once published is withdrawn instead."""
    require_editor(ctx)
    with ctx.db.write() as conn:
        row = _own_row(conn, ref)
        seen = conn.execute(sa.select(policy_changes.c.seq).where(policy_changes.c.policy_id == row.id)
                            .limit(1)).first()
        if seen is not None or row.status in rules.VISIBLE:
            raise ServiceError("policy_was_published", "条目已发布过，不能删除，请撤回（withdraw）", 409)
        conn.execute(sa.delete(policies).where(policies.c.id == row.id))


def reindex(ctx: Context, batch: int = 500) -> int:
    """Recompute every entry's stored search words (after the segmenter or synonyms change);
    returns how many changed. The FTS5 triggers / generated tsvector follow the columns."""
    changed, last = 0, 0
    while True:
        with ctx.db.write() as conn:
            rows = conn.execute(sa.select(policies).where(policies.c.id > last).order_by(policies.c.id)
                                .limit(batch)).all()
            if not rows:
                return changed
            for row in rows:
                cols = _search_columns(command_from_snapshot(snapshot(row)))
                if any(getattr(row, k) != v for k, v in cols.items()):
                    conn.execute(sa.update(policies).where(policies.c.id == row.id).values(**cols))
                    changed += 1
            last = rows[-1].id
