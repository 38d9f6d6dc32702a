"""/open311/v2 — Open311 GeoReport v2, JSON or XML by the extension (services.json, services.xml).

Errors answer in the specification's shape, never the JSON API's: [{"code": "403", "description": …}]
or <errors><error><code>403</code>…; 403 for a missing or bad api_key, 404 for an unknown service,
request or token, 400 for everything else. See docs/open311.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.params import Query
from fastapi.routing import APIRoute

from hotline.open311 import catalog, keys
from hotline.open311 import requests as svc
from hotline.open311.errors import Open311Error, bad_request
from hotline.open311.render import FORMATS, errors, render
from hotline.services.cases import Context
from hotline.services.errors import ServiceError, field_errors

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-28T00:00:00+08:00"  # when this endpoint last changed shape; bump with it
Format = Literal["json", "xml"]
Jurisdiction = Annotated[str | None, Query(description="可选；本端点只服务一个辖区，任何值都接受")]
StartDate = Annotated[str | None, Query(description="W3C 时间，如 2022-04-01T00:00:00+08:00；只写日期为北京时间零点")]
EndDate = Annotated[str | None, Query(description="W3C 时间；与 start_date 相隔不超过 90 天")]


def context_as(request: Request, actor: str) -> Context:
    """Outside systems are not logged-in users: they act as the system, named after their key."""
    names = {f.name for f in dataclasses.fields(Context)}
    who = "system_actor" if "system_actor" in names else "actor"
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage, **{who: actor[:100]})


def context(request: Request) -> Context:
    return context_as(request, "open311")


def _format_of(request: Request) -> str:
    return "xml" if request.path_params.get("fmt") == "xml" else "json"


def error_response(fmt: str, status: int, description: str) -> Response:
    return Response(render(fmt, "errors", errors(status, description)), status_code=status,
                    media_type=FORMATS[fmt])


class Open311Route(APIRoute):
    """Answers every failure of an Open311 route in the specification's error format."""

    own_error_format = True  # hotline.web.errors leaves its errors alone (no JSON API `Error`)

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            fmt = _format_of(request)
            try:
                return await handler(request)
            except Open311Error as exc:
                return error_response(fmt, exc.status, exc.description)
            except RequestValidationError as exc:
                described = "；".join(f"{e['field']}：{e['message']}" for e in field_errors(list(exc.errors())))
                return error_response(fmt, 400, described or "请求参数有误")
            except ServiceError as exc:
                status = exc.status_code if exc.status_code in (403, 404) else 400
                return error_response(fmt, status, exc.message)

        return route


# What each operation answers, as JSON Schema for the JSON format; the XML format carries the same
# fields as elements (hotline/open311/render.py) and is documented as text/xml without a schema.
def _obj(required: list[str], /, **properties: dict) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


def _list_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


STR, NSTR, NUM = {"type": "string"}, {"type": ["string", "null"]}, {"type": ["number", "null"]}
OPEN_CLOSED = {"type": "string", "enum": ["open", "closed"]}
SCHEMAS = {
    "errors": _list_of(_obj(["code", "description"], code=STR, description=STR)),
    "discovery": _obj(["changeset", "contact", "endpoints"], changeset=STR, contact=STR, key_service=STR,
                      endpoints=_list_of(_obj(["specification", "url", "formats"], specification=STR, url=STR,
                                              changeset=STR, type=STR, formats=_list_of(STR)))),
    "services": _list_of(_obj(["service_code", "service_name", "metadata", "type"], service_code=STR,
                              service_name=STR, description=STR, metadata={"type": "boolean"}, type=STR,
                              keywords=STR, group=STR)),
    "service_definition": _obj(["service_code", "attributes"], service_code=STR, attributes=_list_of(
        _obj(["code", "datatype", "required", "order"], variable={"type": "boolean"}, code=STR, datatype=STR,
             required={"type": "boolean"}, datatype_description=NSTR, order={"type": "integer"},
             description=STR, values=_list_of(_obj(["key", "name"], key=STR, name=STR))))),
    "receipts": _list_of(_obj(["service_request_id"], service_request_id=STR, token=STR, service_notice=NSTR,
                              account_id=NSTR)),
    "tokens": _list_of(_obj(["service_request_id", "token"], service_request_id=STR, token=STR)),
    "requests": _list_of(_obj(
        ["service_request_id", "status", "service_code", "requested_datetime"],
        service_request_id=STR, status=OPEN_CLOSED, status_notes=NSTR, service_name=NSTR, service_code=STR,
        description=NSTR, agency_responsible=NSTR, service_notice=NSTR, requested_datetime=STR,
        updated_datetime=NSTR, expected_datetime=NSTR, address=NSTR, address_id=NSTR, zipcode=NSTR, lat=NUM,
        long=NUM, media_url=NSTR, extended_attributes={"type": "object"}, notes=_list_of({"type": "object"}))),
    "updates": _list_of(_obj(["update_id", "service_request_id", "status", "updated_datetime"],
                             update_id=STR, service_request_id=STR, status=OPEN_CLOSED, updated_datetime=STR,
                             description=NSTR, media_url=NSTR, external_status_code=NSTR)),
}
ERROR_TEXTS = ((400, "请求有误"), (403, "api_key 缺失、无效或已吊销"), (404, "服务、请求或 token 不存在"))


def documented(answer: str, *statuses: int) -> dict[str, Any]:
    """`responses=` of one Open311 operation: its answer in both formats, and its errors (in the
    specification's error format, never the JSON API's)."""
    out: dict[int, dict[str, Any]] = {200: {"description": "JSON 或 XML，由后缀决定", "content": {
        "application/json": {"schema": SCHEMAS[answer]}, "text/xml": {"schema": {"type": "string"}}}}}
    for status, text in ERROR_TEXTS:
        if status in statuses:
            out[status] = {"description": text, "content": {"application/json": {"schema": SCHEMAS["errors"]},
                                                              "text/xml": {"schema": {"type": "string"}}}}
    return {"responses": out, "response_class": Response}


router = APIRouter(prefix="/open311/v2", tags=["Open311 GeoReport v2"], route_class=Open311Route)


def _answer(fmt: str, root: str, value: Any) -> Response:
    return Response(render(fmt, root, value), media_type=FORMATS[fmt])


@router.get("/discovery.{fmt}", summary="端点发现（Open311 discovery）", **documented("discovery", 400))
def discovery(fmt: Format, request: Request) -> Response:
    base = str(request.base_url).rstrip("/") + "/open311/v2"
    return _answer(fmt, "discovery", {
        "changeset": CHANGESET,
        "contact": "12328 交通运输服务监督热线",
        "key_service": "向平台管理员申请 api_key（hotline open311 key create NAME）",
        "endpoints": [{"specification": SPECIFICATION, "url": base, "changeset": CHANGESET,
                       "type": "production", "formats": ["application/json", "text/xml"]}],
    })


@router.get("/services.{fmt}", summary="服务列表：每个分类一项", **documented("services", 400))
def list_services(fmt: Format, jurisdiction_id: Jurisdiction = None) -> Response:
    return _answer(fmt, "services", catalog.services())


@router.get("/services/{service_code}.{fmt}", summary="服务定义：属性（车牌号、货物类型……）",
            **documented("service_definition", 400, 404))
def service_definition(service_code: str, fmt: Format, jurisdiction_id: Jurisdiction = None) -> Response:
    return _answer(fmt, "service_definition", catalog.definition(service_code))


POST_BODY = {
    "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": {
        "type": "object",
        "required": ["api_key", "service_code"],
        "properties": {
            **{name: {"type": "string"} for name in (
                "api_key", "jurisdiction_id", "service_code", "address_string", "address_id", "email",
                "device_id", "account_id", "first_name", "last_name", "phone", "description", "media_url")},
            "lat": {"type": "number"}, "long": {"type": "number"},
            "attribute[case_type]": {"type": "string"}, "attribute[region]": {"type": "string"},
            "attribute[plate_number]": {"type": "string"}, "attribute[cargo_type]": {"type": "string"},
        },
    }}}},
}


def _submission(form) -> svc.Submission:
    params: dict[str, str] = {}
    attributes: dict[str, str] = {}
    for name, value in form.multi_items():
        if not isinstance(value, str):
            raise bad_request(f"{name}：不接受文件；照片请给 media_url")
        if name.startswith("attribute[") and name.endswith("]"):
            code = name[len("attribute["):-1].removesuffix("][")  # attribute[x][] of a list: one value
            attributes[code] = value
        else:
            params[name] = value
    return svc.Submission(params, attributes)


@router.post("/requests.{fmt}", summary="提交服务请求（需要 api_key）", openapi_extra=POST_BODY,
             **documented("receipts", 400, 403))
async def post_request(fmt: Format, request: Request, ctx: Context = Depends(context)) -> Response:
    try:
        form = await request.form()
    except Exception:  # a body python-multipart cannot read: the client's fault
        raise bad_request("请求体应为 application/x-www-form-urlencoded 表单") from None
    sub = _submission(form)
    params = {**request.query_params, **sub.params}  # api_key may come in the query string
    key = await run_in_threadpool(keys.verify_key, ctx, params.get("api_key"))
    if key is None:
        raise Open311Error(403, "api_key 缺失、无效或已吊销")
    as_key = context_as(request, f"open311:{key['name']}")
    receipt = await run_in_threadpool(svc.submit, as_key, key["id"], dataclasses.replace(sub, params=params))
    return _answer(fmt, "service_requests", [receipt])


@router.get("/tokens/{token}.{fmt}", summary="由 token 查服务请求编号", **documented("tokens", 400, 404))
def get_token(token: str, fmt: Format, jurisdiction_id: Jurisdiction = None,
              ctx: Context = Depends(context)) -> Response:
    return _answer(fmt, "service_requests", [svc.by_token(ctx, token)])


@router.get("/requests.{fmt}", summary="服务请求列表（筛选）", **documented("requests", 400))
def list_requests(
    fmt: Format,
    request: Request,
    ctx: Context = Depends(context),
    jurisdiction_id: Jurisdiction = None,
    service_request_id: Annotated[str | None, Query(description="逗号分隔；给出时忽略其他筛选")] = None,
    service_code: Annotated[str | None, Query(description="逗号分隔")] = None,
    start_date: StartDate = None,
    end_date: EndDate = None,
    status: Annotated[str | None, Query(description="open、closed，逗号分隔")] = None,
    extensions: Annotated[str | None, Query(description="true：附 notes 与 extended_attributes")] = None,
    page: Annotated[int | None, Query(ge=1, le=1_000_000, description="页码，从 1 开始")] = None,
    page_size: Annotated[int | None, Query(ge=1, le=1000, description="每页条数，最多 1000")] = None,
) -> Response:
    return _answer(fmt, "service_requests", svc.find_requests(ctx, svc.parse_query(request.query_params)))


@router.get("/requests/{service_request_id}.{fmt}", summary="单个服务请求", **documented("requests", 400, 404))
def get_request(service_request_id: str, fmt: Format, jurisdiction_id: Jurisdiction = None,
                extensions: Annotated[str | None, Query(description="true：附 notes")] = None,
                ctx: Context = Depends(context)) -> Response:
    view = svc.get_request(ctx, service_request_id, extensions=(extensions or "").lower() == "true")
    return _answer(fmt, "service_requests", [view])


@router.get("/servicerequestupdates.{fmt}", summary="状态更新（FixMyStreet 扩展）", **documented("updates", 400))
def request_updates(
    fmt: Format,
    request: Request,
    ctx: Context = Depends(context),
    jurisdiction_id: Jurisdiction = None,
    start_date: StartDate = None,
    end_date: EndDate = None,
) -> Response:
    return _answer(fmt, "service_requests_updates", svc.updates(ctx, request.query_params))


@router.api_route("/{path:path}", methods=["GET", "POST"], include_in_schema=False)
def unknown(path: str) -> Response:
    raise Open311Error(404, f"没有 /open311/v2/{path}；可用：discovery、services、requests、tokens、"
                            "servicerequestupdates，后缀 .json 或 .xml")
