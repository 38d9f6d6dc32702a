"""Validated inputs of the case services (the API, the import command and the demo share them)."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from hotline.domain.taxonomy import DEFAULT_TAXONOMY_FILE, Taxonomy
from hotline.regions import load_regions
from hotline.settings import get_settings

Channel = Literal["phone", "web", "api", "open311"]


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy.from_file(get_settings().taxonomy_file or DEFAULT_TAXONOMY_FILE)


def _err(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(f"hotline_{code}", message)


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", str_strip_whitespace=True)

    @field_validator("*")
    @classmethod
    def _no_nul(cls, v):
        # PostgreSQL cannot store NUL in text, and no person types it: refuse it up front (not a 500).
        if isinstance(v, str) and "\x00" in v:
            raise _err("control_character", "不能包含空字符（\\x00）")
        return v


class Reporter(Strict):
    name: Annotated[str | None, Field(max_length=100)] = None
    phone: Annotated[str | None, Field(max_length=32)] = None
    plate: Annotated[str | None, Field(max_length=16)] = None
    company: Annotated[str | None, Field(max_length=200)] = None

    @field_validator("phone")
    @classmethod
    def _phone(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        digits = v.replace("-", "").replace(" ", "").removeprefix("+86")
        if not digits.isdigit() or not 5 <= len(digits) <= 15:
            raise _err("invalid_phone", "电话号码格式不正确")
        return digits


class Place(Strict):
    region: Annotated[str | None, Field(max_length=6)] = None
    address: Annotated[str | None, Field(max_length=500)] = None
    lat: Annotated[float | None, Field(ge=-90, le=90)] = None
    lng: Annotated[float | None, Field(ge=-180, le=180)] = None
    road: Annotated[str | None, Field(max_length=100)] = None
    landmark: Annotated[str | None, Field(max_length=200)] = None

    @field_validator("lat", "lng", mode="before")
    @classmethod
    def _int_is_a_number(cls, v):
        # JSON has one number type; 30 is as good a latitude as 30.0.
        return float(v) if isinstance(v, int) and not isinstance(v, bool) else v

    @field_validator("region")
    @classmethod
    def _region(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        table = load_regions()
        if v == "000000" or v in table:
            return v
        current = table.current(v) if len(v) == 6 and v.isdigit() else None
        if current:
            return current  # a renamed or merged code: keep the case findable under today's code
        raise _err("invalid_region", f"行政区划代码 {v} 不存在（应为 GB/T 2260 六位代码）")


class AttachmentIn(Strict):
    filename: Annotated[str, Field(min_length=1, max_length=255)]
    content_type: Annotated[str, Field(max_length=100)] = "application/octet-stream"
    data: str  # base64

    @field_validator("data")
    @classmethod
    def _decode_check(cls, v: str) -> str:
        limit = get_settings().max_attachment_bytes
        if len(v) * 3 // 4 > limit + 3:
            raise _err("attachment_too_large", f"单个附件不能超过 {limit // (1024 * 1024)} MB")
        try:
            raw = base64.b64decode(v, validate=True)
        except (binascii.Error, ValueError):
            raise _err("invalid_base64", "附件内容必须是 base64 编码") from None
        if len(raw) > limit:
            raise _err("attachment_too_large", f"单个附件不能超过 {limit // (1024 * 1024)} MB")
        return v

    def content(self) -> bytes:
        return base64.b64decode(self.data)


class Suggestions(Strict):
    """What a client (the operator console) proposed to the person, so acceptance can be measured."""

    type: Annotated[str | None, Field(max_length=32)] = None
    category: Annotated[str | None, Field(max_length=64)] = None
    region: Annotated[str | None, Field(max_length=6)] = None
    urgent: bool | None = None
    plate: Annotated[str | None, Field(max_length=16)] = None


class CaseCreate(Strict):
    # type, category, urgent, place.region and reporter.plate may be left out: intake then fills
    # them from the text analysis (hotline.text) and records what it suggested.
    type: str | None = None
    category: str | None = None
    title: Annotated[str, Field(min_length=1, max_length=200)]
    description: Annotated[str, Field(max_length=10000)] = ""
    channel: Channel = "api"
    urgent: bool | None = None
    suggestions: Suggestions | None = None
    reporter: Reporter = Field(default_factory=Reporter)
    place: Place = Field(default_factory=Place)
    attachments: Annotated[list[AttachmentIn], Field(max_length=10)] = Field(default_factory=list)
    dispatch: Literal["auto"] | None = Field(
        default=None, description="auto：受理后立即按派单规则派出（即接即办）；派不出时工单照常受理，"
                                  "应答的 auto_dispatch 说明原因")

    @field_validator("type")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        if v is None:
            return v
        types = taxonomy().types
        if v not in types:
            raise _err("unknown_type", f"类型 {v} 不存在，可选：{'、'.join(f'{k}（{n}）' for k, n in types.items())}")
        return v

    @field_validator("category")
    @classmethod
    def _category(cls, v: str | None) -> str | None:
        if v is not None and v not in taxonomy().categories:
            raise _err("unknown_category", f"分类 {v} 不存在，请查看 GET /api/v1/taxonomy")
        return v

    @field_validator("attachments")
    @classmethod
    def _count(cls, v: list[AttachmentIn]) -> list[AttachmentIn]:
        limit = get_settings().max_attachments
        if len(v) > limit:
            raise _err("too_many_attachments", f"附件最多 {limit} 个")
        return v

    @model_validator(mode="after")
    def _phone_required(self) -> "CaseCreate":
        if self.channel in ("phone", "web") and not self.reporter.phone:
            raise _err("phone_required", "电话和网页渠道受理的工单必须填写反映人电话（reporter.phone）")
        return self


class ActionIn(Strict):
    """The body of POST /cases/{number}/actions/{action}."""

    version: int
    note: Annotated[str | None, Field(max_length=5000)] = None
    unit: Annotated[str | None, Field(max_length=64)] = None
    reply: Annotated[str | None, Field(max_length=10000)] = None
    satisfaction: Annotated[int | None, Field(ge=1, le=5)] = None
    reason: Annotated[str | None, Field(max_length=2000)] = None
    until: datetime | None = None
    primary: Annotated[str | None, Field(max_length=20)] = None
    decision: Literal["request", "approve", "deny"] | None = None

    @field_validator("until", mode="before")
    @classmethod
    def _parse_until(cls, v):
        if isinstance(v, str):
            try:
                v = datetime.fromisoformat(v)
            except ValueError:
                raise _err("invalid_time", "期限必须是 ISO 8601 时间，如 2022-04-25T18:00:00+08:00") from None
            if v.tzinfo is None:
                raise _err("invalid_time", "期限必须带时区，如 +08:00")
        return v
