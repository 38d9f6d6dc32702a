"""Service requests: filing a case through Open311, and reading cases back as service requests.

What outsiders see is deliberately less than the case API shows: no reporter, phone numbers and ID
numbers masked in the text, and of the timeline only the steps a reporter may see (filed, dispatched,
accepted, replied, closed …) — never internal notes, supervision, returns or extension requests.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from hotline.domain.lifecycle import ACTION_LABELS, STATUS_LABELS, Action, Status
from hotline.open311.catalog import DEFAULT_CASE_TYPE, SERVICE_NOTICE, attributes_for, service_name
from hotline.open311.errors import bad_request, not_found
from hotline.regions import load_regions
from hotline.services.cases import Context, create_case, iso, local_tz, mask_phone
from hotline.services.commands import CaseCreate, taxonomy
from hotline.services.errors import field_errors
from hotline.store import unit_cache
from hotline.store.open311_tables import open311_requests
from hotline.store.tables import cases, events, units

CLOSED_STATES = frozenset({Status.CLOSED.value, Status.ARCHIVED.value, Status.MERGED.value})
MAX_SPAN = timedelta(days=90)  # the specification's default window and largest range
MAX_PAGE_SIZE = 1000
# Timeline steps a reporter may see, and the Open311 note type of each.
PUBLIC_ACTIONS = {
    Action.CREATE: "opened", Action.DISPATCH: "activity", Action.FORWARD: "activity",
    Action.ESCALATE: "activity", Action.ACCEPT: "activity", Action.REPLY: "activity",
    Action.CLOSE: "closed", Action.ARCHIVE: "closed", Action.MERGE: "closed", Action.REOPEN: "reopened",
}


def open_or_closed(status: str) -> str:
    return "closed" if status in CLOSED_STATES else "open"


# ---------------------------------------------------------------- filing


@dataclass(frozen=True)
class Submission:
    """The fields of POST requests, as strings, with attribute[code] gathered into `attributes`."""

    params: Mapping[str, str]
    attributes: Mapping[str, str]


def _number(params: Mapping[str, str], name: str, low: float, high: float) -> float:
    try:
        value = float(params[name])
    except ValueError:
        raise bad_request(f"{name} 必须是数字") from None
    if not low <= value <= high:  # also refuses nan
        raise bad_request(f"{name} 必须在 {low} 到 {high} 之间")
    return value


def _location(params: Mapping[str, str]) -> tuple[float | None, float | None, str | None]:
    lat = lng = None
    if params.get("lat") or params.get("long"):
        if not (params.get("lat") and params.get("long")):
            raise bad_request("lat 和 long 须同时提供")
        lat, lng = _number(params, "lat", -90, 90), _number(params, "long", -180, 180)
    address = _optional(params, "address_string", 500)
    if lat is None and address is None:
        if params.get("address_id"):
            raise bad_request("本系统没有地址库，不认识 address_id；请提供 lat/long 或 address_string")
        raise bad_request("缺少位置：请提供 lat 和 long，或 address_string")
    return lat, lng, address


def _checked_attributes(code: str, given: Mapping[str, str]) -> dict[str, str]:
    known = {a.code: a for a in attributes_for(code)}
    out = {}
    for name, value in given.items():
        attr = known.get(name)
        if attr is None:
            raise bad_request(f"服务 {code} 没有属性 attribute[{name}]，请查看 services/{code}.json")
        try:
            out[name] = attr.check(value)
        except ValueError as exc:
            raise bad_request(f"attribute[{name}]：{exc}") from None
    for attr in known.values():
        if attr.required and not out.get(attr.code):
            raise bad_request(f"缺少必填属性 attribute[{attr.code}]（{attr.description}）")
    return {k: v for k, v in out.items() if v}


def _region(attrs: Mapping[str, str], address: str | None) -> str:
    """The region from attribute[region], else from the place names in address_string.

    Coordinates alone are not turned into a region: without boundary data any answer near a border
    would be a guess, and a case sent to the wrong county is worse than a request refused.
    """
    if attrs.get("region"):
        return attrs["region"]  # CaseCreate checks it against GB/T 2260
    if address:
        from hotline.text.places import locate  # loads the segmenter: only when needed

        found = locate(address)
        if found["code"]:
            return found["code"]
        if found["alternatives"]:
            names = "、".join(f"{a['name']}（{a['code']}）" for a in found["alternatives"])
            raise bad_request(f"address_string 中的地名有歧义：{names}；请写明上级地名或填 attribute[region]")
    raise bad_request("无法确定问题发生地：请在 address_string 中写明省市县，或填 attribute[region]（GB/T 2260 六位代码）")


def _reporter_name(params: Mapping[str, str]) -> str | None:
    first, last = params.get("first_name", "").strip(), params.get("last_name", "").strip()
    if not (first or last):
        return None
    # Chinese names are family name first, without a space; others keep the given order.
    if re.search(r"[\u4e00-\u9fff]", first + last):
        return last + first
    return f"{first} {last}".strip()


def _title(attrs: Mapping[str, str], description: str, service: str) -> str:
    if attrs.get("title"):
        return attrs["title"]
    first_line = description.strip().splitlines()[0] if description.strip() else ""
    return (first_line[:40] + ("…" if len(first_line) > 40 else "")) or service


def _optional(params: Mapping[str, str], name: str, limit: int) -> str | None:
    value = params.get(name, "").strip()
    if len(value) > limit:
        raise bad_request(f"{name} 不能超过 {limit} 个字符")
    return value or None


def submit(ctx: Context, key_id: int, sub: Submission) -> dict[str, Any]:
    """POST requests: file a case (channel open311) under the key `key_id`. Returns the receipt."""
    params = sub.params
    code = params.get("service_code", "").strip()
    if not code:
        raise bad_request("缺少 service_code")
    if code not in taxonomy().categories:
        raise bad_request(f"服务 {code} 不存在，请查看 services.json")
    lat, lng, address = _location(params)
    attrs = _checked_attributes(code, sub.attributes)
    media_url = _optional(params, "media_url", 1000)
    if media_url and not re.match(r"https?://", media_url):
        raise bad_request("media_url 必须是 http:// 或 https:// 开头的地址")
    description = params.get("description", "")
    if attrs.get("cargo_type"):
        cargo = dict(next(a for a in attributes_for(code) if a.code == "cargo_type").values)
        description = f"{description}\n所运货物：{cargo[attrs['cargo_type']]}".strip()
    body = {
        "type": attrs.get("case_type", DEFAULT_CASE_TYPE), "category": code,
        "title": _title(attrs, description, service_name(code)), "description": description,
        "channel": "open311", "urgent": attrs.get("urgent") == "true",
        "reporter": {"name": _reporter_name(params), "phone": params.get("phone") or None,
                     "plate": attrs.get("plate_number"), "company": attrs.get("company")},
        "place": {"region": _region(attrs, address), "address": address, "lat": lat, "lng": lng,
                  "road": attrs.get("road"), "landmark": attrs.get("landmark")},
    }
    try:
        cmd = CaseCreate.model_validate(body)
    except ValidationError as exc:
        raise bad_request("；".join(f"{e['field']}：{e['message']}" for e in field_errors(exc.errors()))) from None
    extra = {name: _optional(params, name, 200) for name in ("email", "device_id", "account_id")}
    case, _ = create_case(ctx, cmd)
    token = secrets.token_urlsafe(18)
    # A second transaction: if the process dies between the two, the client got no answer either,
    # and the case stands (without its token and media_url).
    with ctx.db.write() as conn:
        case_id = conn.execute(sa.select(cases.c.id).where(cases.c.number == case["number"])).scalar_one()
        conn.execute(sa.insert(open311_requests).values(
            case_id=case_id, token=token, key_id=key_id, service_code=code, attributes=attrs,
            media_url=media_url, created_at=ctx.clock.now(), **extra))
    receipt = {"service_request_id": case["number"], "token": token, "service_notice": SERVICE_NOTICE}
    if extra["account_id"]:
        receipt["account_id"] = extra["account_id"]
    return receipt


# ---------------------------------------------------------------- reading

_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")


def redact(text: str | None) -> str | None:
    """Phone and ID numbers a reporter typed into the text are not for the public."""
    if not text:
        return text
    text = _ID_NUMBER.sub(lambda m: m.group()[:6] + "*" * 8 + m.group()[-4:], text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group()) or "", text)
    return _LANDLINE.sub(lambda m: m.group()[:4] + "****" + m.group()[-2:], text)


def parse_time(value: str | None, name: str) -> datetime | None:
    """A W3C datetime (2022-04-22T10:00:00+08:00 or …Z); a date or a time without offset is local time."""
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value.strip().replace(" ", "+", 1) if "T" in value else value.strip())
    except ValueError:
        raise bad_request(f"{name} 必须是 W3C 时间，如 2022-04-22T00:00:00+08:00") from None
    return t if t.tzinfo else t.replace(tzinfo=local_tz())


def window(ctx: Context, start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    """The specification's range: at most 90 days; the most recent 90 days when nothing is given."""
    if start and end:
        if start > end:
            raise bad_request("start_date 不能晚于 end_date")
        if end - start > MAX_SPAN:
            raise bad_request("start_date 与 end_date 相隔不能超过 90 天")
        return start, end
    if start:
        return start, start + MAX_SPAN
    end = end or ctx.clock.now()
    return end - MAX_SPAN, end


@dataclass
class RequestQuery:
    service_request_ids: list[str] | None = None
    service_codes: list[str] | None = None
    start: datetime | None = None
    end: datetime | None = None
    statuses: list[str] | None = None
    page: int = 1
    page_size: int = MAX_PAGE_SIZE
    extensions: bool = False


def _split(value: str | None) -> list[str] | None:
    items = [v.strip() for v in (value or "").split(",") if v.strip()]
    return items or None


def _positive(value: str | None, name: str, default: int, high: int) -> int:
    if not value:
        return default
    if not value.isdigit() or not 1 <= int(value) <= high:
        raise bad_request(f"{name} 必须是 1 到 {high} 的整数")
    return int(value)


def parse_query(params: Mapping[str, str]) -> RequestQuery:
    statuses = _split(params.get("status"))
    if statuses and set(statuses) - {"open", "closed"}:
        raise bad_request("status 只能是 open、closed（可用逗号分隔）")
    return RequestQuery(
        service_request_ids=_split(params.get("service_request_id")),
        service_codes=_split(params.get("service_code")),
        start=parse_time(params.get("start_date"), "start_date"),
        end=parse_time(params.get("end_date"), "end_date"),
        statuses=statuses,
        page=_positive(params.get("page"), "page", 1, 1_000_000),
        page_size=_positive(params.get("page_size"), "page_size", MAX_PAGE_SIZE, MAX_PAGE_SIZE),
        extensions=params.get("extensions", "").lower() == "true",
    )


def _request_select():
    primary = cases.alias("primary_case")
    return (
        sa.select(cases, units.c.name.label("unit_name"), open311_requests.c.media_url,
                  primary.c.number.label("merged_into"))
        .select_from(cases.outerjoin(units, units.c.code == cases.c.unit)
                     .outerjoin(open311_requests, open311_requests.c.case_id == cases.c.id)
                     .outerjoin(primary, primary.c.id == cases.c.merged_into_id))
    )


def find_requests(ctx: Context, q: RequestQuery) -> list[dict[str, Any]]:
    """GET requests. service_request_id overrides every other filter, as the specification says."""
    conds = []
    if q.service_request_ids:
        conds.append(cases.c.number.in_(q.service_request_ids[:MAX_PAGE_SIZE]))
    else:
        start, end = window(ctx, q.start, q.end)
        conds += [cases.c.created_at >= start, cases.c.created_at <= end]
        if q.service_codes:
            conds.append(cases.c.category.in_(q.service_codes))
        if q.statuses and len(set(q.statuses)) == 1:
            closed = cases.c.status.in_(sorted(CLOSED_STATES))
            conds.append(closed if q.statuses[0] == "closed" else sa.not_(closed))
    query = (_request_select().where(*conds).order_by(cases.c.created_at.desc(), cases.c.id.desc())
             .limit(q.page_size).offset((q.page - 1) * q.page_size))
    with ctx.db.read() as conn:
        rows = conn.execute(query).all()
        notes = _notes(conn, [r.id for r in rows]) if q.extensions else {}
    return [_request_view(r, notes.get(r.id) if q.extensions else None) for r in rows]


def get_request(ctx: Context, number: str, *, extensions: bool = False) -> dict[str, Any]:
    """GET requests/{id}."""
    with ctx.db.read() as conn:
        row = conn.execute(_request_select().where(cases.c.number == number)).first()
        if row is None:
            raise not_found(f"服务请求 {number} 不存在")
        notes = _notes(conn, [row.id]).get(row.id, []) if extensions else None
    return _request_view(row, notes)


def by_token(ctx: Context, token: str) -> dict[str, Any]:
    """GET tokens/{token}: the service request a POST answered with this token."""
    with ctx.db.read() as conn:
        number = conn.execute(
            sa.select(cases.c.number).select_from(open311_requests.join(cases))
            .where(open311_requests.c.token == token)).scalar()
    if number is None:
        raise not_found(f"token {token} 不存在")
    return {"service_request_id": number, "token": token}


def _status_notes(row) -> str | None:
    if row.reply:
        return row.reply
    if row.merged_into:
        return f"已合并到工单 {row.merged_into}，请查看该工单的办理情况"
    return None


def _address(row) -> str | None:
    if row.address:
        return row.address
    regions = load_regions()
    parts = [regions.full_name(row.region) if row.region and row.region in regions else None, row.road,
             row.landmark]
    return " ".join(p for p in parts if p) or None


def _request_view(row, notes: list[dict[str, Any]] | None) -> dict[str, Any]:
    view: dict[str, Any] = {
        "service_request_id": row.number,
        "status": open_or_closed(row.status),
        "status_notes": redact(_status_notes(row)),
        "service_name": service_name(row.category),
        "service_code": row.category,
        "description": redact(row.description or row.title),
        "agency_responsible": row.unit_name,
        "service_notice": SERVICE_NOTICE,
        "requested_datetime": iso(row.created_at),
        "updated_datetime": iso(row.updated_at),
        "expected_datetime": None,
        "address": redact(_address(row)),
        "address_id": None,
        "zipcode": None,
        "lat": row.lat,
        "long": row.lng,
        "media_url": row.media_url,
    }
    if notes is not None:
        tax = taxonomy()
        view["extended_attributes"] = {
            "case_type": row.type, "case_type_name": tax.types.get(row.type, row.type),
            "hotline_status": row.status, "hotline_status_name": STATUS_LABELS[Status(row.status)],
            "region": row.region, "channel": row.channel, "urgent": row.urgent,
        }
        view["notes"] = notes
    return view


def _summary(e, unit_names: Mapping[str, str]) -> tuple[str, str | None]:
    """What a reporter may read about one event: a summary, and the reply when the step carries one."""
    action = Action(e.action)
    label = ACTION_LABELS.get(action, e.action)
    fields = e.fields or {}
    if fields.get("unit") and action in (Action.DISPATCH, Action.FORWARD, Action.ESCALATE):
        label += f"：{unit_names.get(fields['unit'], fields['unit'])}"
    if action is Action.MERGE and fields.get("primary"):
        label += f"：并入工单 {fields['primary']}"
    reply = fields.get("reply") if action in (Action.REPLY, Action.CLOSE) else None
    return label, redact(reply)


def _public_events(conn, *conds, limit: int | None = None):
    return conn.execute(
        sa.select(events, cases.c.number).select_from(events.join(cases))
        .where(events.c.action.in_([a.value for a in PUBLIC_ACTIONS]), *conds)
        .order_by(events.c.id).limit(limit)).all()


def _notes(conn, case_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not case_ids:
        return {}
    names = unit_cache.names(conn)
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in case_ids}
    for e in _public_events(conn, events.c.case_id.in_(case_ids)):
        summary, description = _summary(e, names)
        out[e.case_id].append({"datetime": iso(e.at), "type": PUBLIC_ACTIONS[Action(e.action)],
                               "summary": summary, "description": description})
    return out


def updates(ctx: Context, params: Mapping[str, str]) -> list[dict[str, Any]]:
    """servicerequestupdates (FixMyStreet's extension): public steps in a time range, oldest first."""
    start, end = window(ctx, parse_time(params.get("start_date"), "start_date"),
                        parse_time(params.get("end_date"), "end_date"))
    with ctx.db.read() as conn:
        names = unit_cache.names(conn)
        rows = _public_events(conn, events.c.at >= start, events.c.at <= end,
                              events.c.action != Action.CREATE.value, limit=MAX_PAGE_SIZE)
    out = []
    for e in rows:
        summary, reply = _summary(e, names)
        out.append({
            "update_id": str(e.id), "service_request_id": e.number, "status": open_or_closed(e.to_status),
            "updated_datetime": iso(e.at), "description": f"{summary}\n{reply}" if reply else summary,
            "media_url": "", "external_status_code": e.to_status,
        })
    return out

