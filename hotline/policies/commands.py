"""Validated inputs of the knowledge-base services (API, import and sync share them)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from hotline.policies.rules import parse_instant
from hotline.regions import NATIONAL, load_regions
from hotline.services.commands import Strict
from hotline.services.commands import _err  # one error shape for every area's validators
from hotline.services.errors import FIELD_LABELS

ShortText = Annotated[str, Field(min_length=1, max_length=100)]


class SourceIn(Strict):
    issuer: Annotated[str | None, Field(max_length=200)] = None
    doc_no: Annotated[str | None, Field(max_length=100)] = None
    url: Annotated[str | None, Field(max_length=500)] = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, v: str | None) -> str | None:
        # Shown as a link (原文) on the drivers' pages: only web addresses, never javascript: or data:.
        if v and not v.lower().startswith(("http://", "https://")):
            raise _err("invalid_url", "原文链接必须是以 http:// 或 https:// 开头的网址")
        return v or None


class PolicyIn(Strict):
    """One entry, as the API takes it and as one JSON line of an import file holds it."""

    key: Annotated[str | None, Field(max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")] = None
    title: Annotated[str, Field(min_length=1, max_length=300)]
    questions: Annotated[list[Annotated[str, Field(min_length=1, max_length=300)]], Field(max_length=50)] = []
    answer: Annotated[str, Field(min_length=1, max_length=5000)]
    body: Annotated[str, Field(max_length=100_000)] = ""
    regions: Annotated[list[str], Field(min_length=1, max_length=500)]
    categories: Annotated[list[ShortText], Field(max_length=20)] = []
    tags: Annotated[list[ShortText], Field(max_length=50)] = []
    overrides: Annotated[list[ShortText], Field(max_length=50)] = []
    source: SourceIn = Field(default_factory=SourceIn)
    effective_from: datetime | None = None
    effective_until: datetime | None = None
    demo: bool = False

    @field_validator("effective_from", "effective_until", mode="before")
    @classmethod
    def _instant(cls, v, info):
        if isinstance(v, str):
            try:
                return parse_instant(v, end_of_day=info.field_name == "effective_until")
            except ValueError:
                raise _err("invalid_time", f"{v} 不是有效的日期或时间（如 2022-04-20 或 2022-04-20T12:00:00+08:00）"
                           ) from None
        if isinstance(v, datetime) and v.tzinfo is None:
            raise _err("invalid_time", "时间必须带时区（如 +08:00）")
        return v

    @field_validator("regions")
    @classmethod
    def _regions(cls, v: list[str]) -> list[str]:
        table = load_regions()
        out: list[str] = []
        for code in v:
            current = code if code == NATIONAL or code in table else (
                table.current(code) if len(code) == 6 and code.isdigit() else None)
            if current is None:
                raise _err("invalid_region", f"行政区划代码 {code} 不存在（应为 GB/T 2260 六位代码，全国为 000000）")
            if current not in out:
                out.append(current)
        return out

    @model_validator(mode="after")
    def _dates_in_order(self) -> "PolicyIn":
        if self.effective_from and self.effective_until and self.effective_until <= self.effective_from:
            raise _err("invalid_validity", "失效时间必须晚于生效时间")
        return self


class PolicyUpdate(PolicyIn):
    version: int  # the version the editor saw


class PolicyActionIn(Strict):
    version: int
    note: Annotated[str | None, Field(max_length=2000)] = None


class UseIn(Strict):
    case: Annotated[str, Field(min_length=1, max_length=20, description="工单编号")]


class SyncIn(Strict):
    upstream: Annotated[str, Field(min_length=8, max_length=300, pattern=r"^https?://")]


# Chinese names of this area's fields, for the shared validation messages (setdefault: never
# rename a field another area already labelled).
for _field, _label in {
    "key": "外部编号", "questions": "问法", "answer": "答复口径", "body": "全文", "regions": "适用地区",
    "categories": "分类", "tags": "标签", "overrides": "替代条目", "source": "来源", "issuer": "发文机关",
    "doc_no": "文号", "url": "链接", "effective_from": "生效时间", "effective_until": "失效时间",
    "upstream": "上级热线地址",
}.items():
    FIELD_LABELS.setdefault(_field, _label)
