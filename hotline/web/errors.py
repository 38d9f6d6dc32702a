"""How the JSON API answers errors, and how the OpenAPI document says so.

Every error of /api/v1 is one shape, `Error`: {"error": {"code": <stable code>, "message": <中文>, …details}}
(a validation error adds `fields`: [{field, code, message}]). The handlers below are the only place
that writes it; `error_responses()` is the only place that documents it. `install()` also completes
the generated document: FastAPI's own 422 (`HTTPValidationError`, a shape we never send) becomes
`Error`, and each operation gets the errors its dependencies can raise — 401/403 when it needs a
login, 422 when it takes input, 404 when it has a path parameter. Open311 routes answer in their
specification's own format and document it themselves (hotline/web/open311).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException

from hotline.domain.lifecycle import LifecycleError
from hotline.services.errors import validation_error
from hotline.web.deps import current_user, optional_user


class FieldError(BaseModel):
    field: str = Field(description="字段路径，如 reporter.phone；查询参数为参数名")
    code: str = Field(description="稳定的错误代码，如 missing、string_too_long")
    message: str = Field(description="中文说明")


class ErrorDetail(BaseModel):
    """Details beyond code and message depend on the code (e.g. current_version, allowed, field)."""

    model_config = ConfigDict(extra="allow")
    code: str = Field(description="稳定的错误代码，如 case_not_found、version_conflict、validation_error")
    message: str = Field(description="中文说明，可直接展示给用户")
    fields: list[FieldError] | None = Field(default=None, description="validation_error：每个有误的字段")


class Error(BaseModel):
    """错误：稳定代码 + 中文说明。"""

    error: ErrorDetail


ERROR_SCHEMA_REF = {"$ref": "#/components/schemas/Error"}
# What each status means in this API, for the document's readers.
ERROR_DESCRIPTIONS = {
    400: "请求体无法读取（invalid_body）",
    401: "未登录或令牌无效（unauthenticated、invalid_token、login_failed）",
    403: "无权执行（forbidden），或缺少 CSRF 令牌（csrf_failed）",
    404: "不存在（case_not_found、unit_not_found …），或地址不存在（not_found）",
    405: "不支持该请求方法（method_not_allowed）",
    409: "冲突：版本已变（version_conflict）、状态不允许（invalid_transition）等",
    413: "内容太大（attachment_too_large）",
    415: "不支持的内容类型",
    422: "提交的内容有误（validation_error，附 fields），或取值不被接受",
    429: "操作太频繁（login_locked）",
    502: "上级系统无法访问（upstream_unreachable）",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entries of these error statuses, all with the one `Error` schema."""
    return {status: {"description": ERROR_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
                     "content": {"application/json": {"schema": ERROR_SCHEMA_REF}}}
            for status in statuses}


def answers(model: Any = None, *errors: int, status: int = 200, media_types: dict[str, dict] | None = None,
            description: str = "成功", headers: dict[str, Any] | None = None,
            links: dict[str, Any] | None = None) -> dict[str, Any]:
    """Route keyword arguments that document what an operation answers: its success body (a pydantic
    model, or other media types such as XLSX) and its error statuses. The handler's return value is
    not re-validated at run time (`response_model=None`); the fuzz (tests/api/test_fuzz_openapi.py)
    checks that answers match."""
    if isinstance(model, int):
        raise TypeError("answers(model, *errors): the model comes first (None when there is no JSON body)")
    success: dict[str, Any] = {"description": description}
    if model is not None:
        success["model"] = model
    if media_types:
        success["content"] = media_types
    if headers:
        success["headers"] = headers
    if links:  # OpenAPI links: what a client (and the stateful fuzz) can do next with this answer
        success["links"] = links
    kwargs: dict[str, Any] = {"status_code": status, "response_model": None,
                              "responses": {status: success, **error_responses(*errors)}}
    if model is None:  # no JSON body: keep FastAPI's default class from adding an application/json entry
        kwargs["response_class"] = Response
    return kwargs


def json_answer(content: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON answer written as it is. The services answer plain JSON values (str, numbers, bools,
    None, lists, dicts; times already ISO strings), so FastAPI's `jsonable_encoder` walk, which a
    dict returned from a handler goes through, is work for nothing: ~140 µs of a case's ~4 ms at
    intake (docs/benchmarks.md, intake). Anything else (a datetime, a model) is a TypeError here,
    not silently converted."""
    return JSONResponse(content, status_code=status, headers=headers)


def link(method: str, path: str, parameters: dict[str, str] | None = None,
         body: dict[str, str] | None = None, description: str = "") -> dict[str, Any]:
    """An OpenAPI link to the operation `method path`, its parameters taken from this answer
    (`$response.body#/number`)."""
    pointer = path.replace("~", "~0").replace("/", "~1")
    out: dict[str, Any] = {"operationRef": f"#/paths/{pointer}/{method.lower()}"}
    if parameters:
        out["parameters"] = parameters
    if body:
        out["requestBody"] = body
    if description:
        out["description"] = description
    return out


def error_body(code: str, message: str, details: dict | None = None) -> dict:
    return {"error": {"code": code, "message": message, **(details or {})}}


# Errors FastAPI and Starlette raise themselves, given a stable code and a Chinese message.
HTTP_ERROR_CODES = {
    400: ("invalid_body", "请求体无法读取：请发送 UTF-8 编码的 JSON（上传文件用 multipart/form-data）"),
    404: ("not_found", "没有这个地址"),
    405: ("method_not_allowed", "不支持该请求方法"),
}


def install(app: FastAPI) -> None:
    """Register the error handlers and complete the OpenAPI document's error responses."""

    @app.exception_handler(LifecycleError)
    async def _service_error(_request: Request, exc: LifecycleError):
        return JSONResponse(error_body(exc.code, exc.message, exc.details or None),
                            status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        err = validation_error(list(exc.errors()))
        return JSONResponse(error_body(err.code, err.message, err.details), status_code=422)

    @app.exception_handler(OverflowError)
    async def _overflow(_request: Request, _exc: OverflowError):
        return JSONResponse(error_body("value_out_of_range", "数值或日期超出允许范围"), status_code=422)

    @app.exception_handler(StatementError)
    async def _statement(request: Request, exc: StatementError):
        if isinstance(exc.orig, OverflowError):  # a number too large for the database column
            return await _overflow(request, exc.orig)
        raise exc

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        # Routing's own errors (no such path, wrong method) in the same shape as every other error.
        code, message = HTTP_ERROR_CODES.get(exc.status_code, ("http_error", str(exc.detail)))
        return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=exc.headers)

    def openapi() -> dict[str, Any]:
        # FastAPI caches the document (rebuilt when routes change); completing it again changes nothing.
        return _document_errors(app, FastAPI.openapi(app))

    app.openapi = openapi  # type: ignore[method-assign]


def _calls(dependant: Dependant) -> set[Any]:
    found = set()
    for dep in dependant.dependencies:
        found.add(dep.call)
        found |= _calls(dep)
    return found


def _inferred_errors(route: RouteContext) -> list[int]:
    """The errors a route can answer whatever its handler does: from its dependencies and inputs."""
    calls = _calls(route.dependant)
    statuses = []
    if optional_user in calls or current_user in calls:
        statuses += [401, 403]  # a bad token; a cookie session without its CSRF token
    d = route.dependant
    if d.body_params:
        statuses.append(400)  # a body that is not UTF-8 JSON (or a form that cannot be parsed)
    if d.path_params:
        statuses.append(404)
    if d.path_params or d.query_params or d.header_params or d.cookie_params or d.body_params:
        statuses.append(422)
    return statuses


def _is_fastapi_422(response: dict[str, Any]) -> bool:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return schema.get("$ref", "").endswith("/HTTPValidationError")


def _document_errors(app: FastAPI, spec: dict[str, Any]) -> dict[str, Any]:
    routes = {(r.path_format, m.lower()): r for r in iter_route_contexts(app.routes)
              if isinstance(r.original_route, APIRoute) for m in r.methods}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            route = routes.get((path, method))
            responses = op.setdefault("responses", {})
            if "422" in responses and _is_fastapi_422(responses["422"]):
                del responses["422"]
            if route is None or getattr(route.original_route, "own_error_format", False):
                continue
            for status, documented in error_responses(*_inferred_errors(route)).items():
                responses.setdefault(str(status), documented)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    error_schema = Error.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["Error"] = error_schema
    return spec
