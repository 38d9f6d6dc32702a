"""The drivers' submit form (我要反映): a complaint, report, consultation or request for help, with
place, plate, phone and a photo. Post-redirect-get: the answer to the POST is a redirect to a page
showing the case number and tracking code, so a reload never submits twice; a second press of the
button carries the same hidden form id, used as the Idempotency-Key, and lands on the same case.
"""

from __future__ import annotations

import base64
import secrets
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from hotline.services import cases as case_services
from hotline.services.commands import CaseCreate, taxonomy
from hotline.services.errors import ServiceError, field_errors
from hotline.settings import get_settings
from hotline.web.public import guard, places
from hotline.web.public.policy_pages import system_context
from hotline.web.public.render import PublicRoute, page

router = APIRouter(route_class=PublicRoute, include_in_schema=False)

# The kinds of case a driver files here; praise and suggestions go through the hotline.
TYPES = ["complaint", "report", "consult", "help"]
TEXT_FIELDS = {"type": 20, "category": 64, "title": 200, "description": 10000, "name": 100, "phone": 32,
               "plate": 16, "road": 100, "landmark": 200, "place": 40, "province": 6, "city": 6, "lat": 30,
               "lng": 30, "form_id": 64, guard.CSRF_FIELD: 100, guard.HONEYPOT_FIELD: 200, "action": 10}
PHOTO_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif",
               "image/heic": ".heic"}
DONE_TTL = timedelta(hours=2)


def sniff_image(data: bytes) -> str | None:
    """The image type by its first bytes (the browser's claimed type is not trusted)."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1"):
        return "image/heic"
    return None


def _choices() -> dict[str, Any]:
    tax = taxonomy()
    return {"types": [(t, tax.types[t]) for t in TYPES if t in tax.types],
            "categories": [(c, n) for c, n in tax.categories.items() if c != "other"]}


def _form_page(request: Request, values: dict[str, str], *, errors: list[dict[str, str]] | None = None,
               status_code: int = 200, choices: list | None = None):
    token = guard.csrf_token(request)
    province = places.province_of(values.get("city")) or values.get("province") or None
    ctx = {"nav": "submit", "v": values, "errors": errors or [], "csrf": token,
           "form_id": values.get("form_id") or secrets.token_urlsafe(18), "provinces": places.provinces(),
           "province": province, "cities": places.cities(province) if province else (),
           "place_choices": choices or [], "max_mb": get_settings().max_attachment_bytes // (1024 * 1024),
           "honeypot": guard.HONEYPOT_FIELD, **_choices()}
    response = page(request, "submit.html", ctx, status_code=status_code)
    guard.set_csrf_cookie(request, response, token)
    return response


@router.get("/public/submit", response_class=HTMLResponse)
def submit_form(request: Request):
    q = request.query_params
    values = {k: guard.clean_text(q.get(k), TEXT_FIELDS[k]) for k in ("type", "category", "province", "city")}
    if values["type"] not in TYPES:
        values["type"] = "complaint"
    return _form_page(request, values)


async def _read_form(request: Request) -> tuple[dict[str, str], UploadFile | None]:
    settings = get_settings()
    largest = settings.max_attachment_bytes + guard.limits(request).body_slack
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise ServiceError("length_required", "请求缺少长度信息，请用浏览器提交表单", 411)
    if int(length) > largest:
        raise ServiceError("too_large", f"提交的内容太大：照片不能超过 {settings.max_attachment_bytes // (1024 * 1024)} MB",
                           413)
    try:
        form = await request.form(max_files=1, max_fields=40, max_part_size=64 * 1024)
    except HTTPException:
        raise ServiceError("bad_form", "表单内容无法读取，请返回重新填写", 400) from None
    values: dict[str, str] = {}
    photo = None
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            if key == "photo" and value.filename:
                photo = value
        elif key in TEXT_FIELDS and key not in values:
            values[key] = guard.clean_text(value, TEXT_FIELDS[key] + 1)  # one more: too long is an error, not cut
    return values, photo


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and value == value and abs(value) < 1000 else None


def _command(values: dict[str, str], region: str | None, photo: tuple[str, str, bytes] | None) -> dict[str, Any]:
    reporter = {k: values.get(k) or None for k in ("name", "phone", "plate")}
    if reporter["plate"]:
        reporter["plate"] = reporter["plate"].upper().replace(" ", "")
    place = {"region": region, "road": values.get("road") or None, "landmark": values.get("landmark") or None,
             "lat": _float(values.get("lat")), "lng": _float(values.get("lng"))}
    if place["lat"] is None or place["lng"] is None:
        place["lat"] = place["lng"] = None
    body: dict[str, Any] = {
        "type": values.get("type") or "", "category": values.get("category") or "other",
        "title": values.get("title") or "", "description": values.get("description") or "", "channel": "web",
        "reporter": reporter, "place": place,
    }
    if photo:
        name, ctype, data = photo
        body["attachments"] = [{"filename": name, "content_type": ctype, "data": base64.b64encode(data).decode()}]
    return body


@router.post("/public/submit", response_class=HTMLResponse)
async def submit(request: Request):
    values, upload = await _read_form(request)
    guard.check_csrf(request, values.get(guard.CSRF_FIELD))
    guard.check_honeypot(values.get(guard.HONEYPOT_FIELD))
    if values.get("action") == "pick":  # the picker's button without JavaScript: show the cities
        return _form_page(request, values)

    errors: list[dict[str, str]] = []
    if values.get("type") not in TYPES:
        errors.append({"field": "type", "message": "请选择反映类型"})
    region, choices = None, []
    if values.get("place"):
        found = places.match(values["place"])
        if len(found) == 1:
            region = found[0].code
        elif found:
            choices = [{"code": r.code, "name": places.describe(r.code)} for r in found]
            errors.append({"field": "place", "message": f"“{values['place']}”有几处同名，请在下面选一个"})
        else:
            errors.append({"field": "place", "message": f"没有找到地名“{values['place']}”，请用上面的省、市选择"})
    else:
        region = places.picked(values.get("province"), values.get("city"))
    if region is None and not errors:
        errors.append({"field": "city", "message": "请选择事发地的省份和城市"})

    photo = None
    if upload is not None:
        data = await upload.read(get_settings().max_attachment_bytes + 1)
        ctype = sniff_image(data)
        if len(data) > get_settings().max_attachment_bytes:
            errors.append({"field": "photo", "message": f"照片不能超过 {get_settings().max_attachment_bytes // (1024 * 1024)} MB"})
        elif data and ctype is None:
            errors.append({"field": "photo", "message": "照片只能是 JPG、PNG、WebP、GIF 或 HEIC 图片"})
        elif data:
            photo = (f"现场照片{PHOTO_TYPES[ctype]}", ctype, data)

    try:
        cmd = CaseCreate.model_validate(_command(values, region, photo))
    except ValidationError as exc:
        errors += [form_error(e) for e in field_errors(exc.errors())]
        cmd = None
    if errors or cmd is None:
        if photo:
            errors.append({"field": "photo", "message": "为安全起见，请重新选择照片"})
        return _form_page(request, values, errors=errors, status_code=422, choices=choices)

    ip = guard.client_ip(request)
    lim = guard.limits(request)
    guard.rate_limit(request, [(guard.keyed_hash(request, "submit-ip", ip), lim.submit_ip),
                               (guard.keyed_hash(request, "submit-phone", cmd.reporter.phone or ""), lim.submit_phone)])
    form_id = values.get("form_id") or ""
    key = f"public-form:{form_id}" if 16 <= len(form_id) <= 64 else None
    try:
        case, _replayed = case_services.create_case(system_context(request), cmd, idempotency_key=key)
    except ServiceError as exc:
        if exc.code == "idempotency_key_reused":
            raise ServiceError("form_used", "这张表已经提交过了。如需再反映一件事，请重新打开“我要反映”填写新表", 409) from None
        raise
    token = guard.make_link_token(request, "done", case["number"], DONE_TTL)
    return RedirectResponse(f"/public/submit/done?t={token}", status_code=303)


# The form's own words for its fields (the shared messages name the API's fields).
FORM_LABELS = {"type": "反映类型", "category": "问题类别", "title": "一句话说明", "description": "详细经过",
               "phone": "手机号码", "plate": "车牌号", "name": "称呼", "road": "道路", "landmark": "收费站/服务区/路口",
               "region": "事发地点", "lat": "位置", "lng": "位置", "filename": "照片", "data": "照片"}


def form_error(err: dict[str, str]) -> dict[str, str]:
    """One validation error of CaseCreate, said the way the form says it."""
    field = err["field"].split(".")[-1]
    if err["code"] == "hotline_phone_required":
        return {"field": "phone", "message": "请填写手机号码（用于查询进度和回访）"}
    if field == "title" and err["code"] == "string_too_short":
        return {"field": "title", "message": "请用一句话说明情况"}
    if err["code"].startswith("hotline_") or field not in FORM_LABELS:
        return {"field": field, "message": err["message"]}
    return {"field": field, "message": f"{FORM_LABELS[field]}：{err['message'].split('：', 1)[-1]}"}


@router.get("/public/submit/done", response_class=HTMLResponse)
def done(request: Request):
    number = guard.read_link_token(request, "done", request.query_params.get("t"))
    if number is None:
        raise ServiceError("not_found", "链接已过期。请用查询码和手机号后四位查询进度", 404)
    case = case_services.get_case(system_context(request), number)
    response = page(request, "done.html", {"nav": "submit", "case": case, "csrf": guard.csrf_token(request),
                                           "code_groups": [case["tracking_code"][i:i + 4] for i in range(0, 12, 4)]})
    guard.set_csrf_cookie(request, response, guard.csrf_token(request))
    return response
