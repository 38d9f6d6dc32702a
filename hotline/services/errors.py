"""Errors a user can meet: a stable code, an HTTP status, a message in Chinese."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from hotline.domain.lifecycle import LifecycleError


class ServiceError(LifecycleError):
    """Raised by services; the web layer turns it into {"error": {code, message, details}}."""

    def __init__(self, code: str, message: str, status_code: int = 422, **details: Any):
        super().__init__(code, message, **details)
        self.status_code = status_code


def not_found(number: str) -> ServiceError:
    return ServiceError("case_not_found", f"工单 {number} 不存在", 404, number=number)


# Chinese names of input fields, for messages people read.
FIELD_LABELS = {
    "type": "类型", "category": "分类", "title": "标题", "description": "描述", "channel": "渠道",
    "urgent": "紧急", "reporter": "反映人", "name": "姓名", "phone": "电话", "plate": "车牌号",
    "company": "单位/公司", "place": "地点", "region": "行政区划代码", "address": "地址",
    "lat": "纬度", "lng": "经度", "road": "道路", "landmark": "收费站/服务区", "attachments": "附件",
    "filename": "文件名", "content_type": "文件类型", "data": "文件内容", "version": "版本号",
    "note": "备注", "unit": "单位", "reply": "答复内容", "satisfaction": "满意度", "reason": "原因",
    "until": "期限", "primary": "主工单编号", "decision": "审批结果",
}

_MESSAGES = {
    "missing": "必填",
    "string_too_long": "不能超过 {max_length} 个字符",
    "string_too_short": "不能少于 {min_length} 个字符",
    "string_type": "必须是文本",
    "int_type": "必须是整数",
    "int_parsing": "必须是整数",
    "bool_type": "必须是 true 或 false",
    "float_type": "必须是数字",
    "float_parsing": "必须是数字",
    "literal_error": "取值必须是 {expected} 之一",
    "enum": "取值必须是 {expected} 之一",
    "too_long": "最多 {max_length} 项",
    "list_type": "必须是列表",
    "dict_type": "必须是对象",
    "model_type": "必须是对象",
    "model_attributes_type": "必须是对象",
    "extra_forbidden": "不认识的字段",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "datetime_type": "必须是 ISO 8601 时间",
    "datetime_parsing": "必须是 ISO 8601 时间（如 2022-04-22T10:00:00+08:00）",
    "datetime_from_date_parsing": "必须是 ISO 8601 时间（如 2022-04-22T10:00:00+08:00）",
    "timezone_aware": "时间必须带时区（如 +08:00）",
    "json_invalid": "不是有效的 JSON",
    "string_pattern_mismatch": "格式不正确",
}


def field_errors(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Pydantic's error list → [{field, code, message}] with Chinese messages."""
    out = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        kind = err.get("type", "value_error")
        ctx = err.get("ctx") or {}
        if kind in _MESSAGES:
            try:
                text = _MESSAGES[kind].format(**ctx)
            except (KeyError, IndexError):
                text = _MESSAGES[kind]
        elif kind.startswith("hotline_") or kind == "value_error":
            # Our own validators already speak Chinese.
            text = str(ctx.get("error", err.get("msg", ""))).removeprefix("Value error, ")
        else:
            text = "取值不正确"
        label = FIELD_LABELS.get(loc[-1], loc[-1]) if loc else ""
        out.append({
            "field": ".".join(loc),
            "code": kind,
            "message": f"{label}：{text}" if label and not kind.startswith("hotline_") else text,
        })
    return out


def validation_error(exc: ValidationError | list[dict[str, Any]]) -> ServiceError:
    errors = exc.errors() if isinstance(exc, ValidationError) else exc
    fields = field_errors(errors)
    return ServiceError("validation_error", "提交的内容有误：" + "；".join(f["message"] for f in fields),
                        422, fields=fields)
