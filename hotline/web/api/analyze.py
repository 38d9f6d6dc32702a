"""POST /api/v1/analyze — read one message and propose type, category, region, urgency …"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from hotline.domain.access import Principal
from hotline.web.api.schemas import AnalyzeOut
from hotline.web.deps import current_user
from hotline.web.errors import answers

router = APIRouter()


class RecentCase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    number: StrictStr
    text: StrictStr
    region: Optional[StrictStr] = None


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: StrictStr = Field(min_length=1, max_length=20000, description="留言或来电记录原文")
    phone: Optional[StrictStr] = Field(default=None, max_length=40, description="来电号码（仅作弱证据）")
    lat: Optional[StrictFloat | StrictInt] = Field(default=None, ge=-90, le=90)
    lng: Optional[StrictFloat | StrictInt] = Field(default=None, ge=-180, le=180)
    recent_cases: Optional[list[RecentCase]] = Field(default=None, max_length=2000,
                                                     description="近期未办结工单，用于查重")


@router.post("/api/v1/analyze", tags=["text"], summary="分析一条留言：类型、类别、地区、紧急程度、查重",
             **answers(AnalyzeOut))
async def analyze_message(body: AnalyzeRequest, _user: Principal = Depends(current_user)) -> dict[str, Any]:
    from hotline.text.analyze import analyze

    recent = [c.model_dump() for c in body.recent_cases] if body.recent_cases else None
    # CPU-bound (segmenting, models): keep the event loop free.
    return await run_in_threadpool(analyze, body.text, body.phone, body.lat, body.lng, recent)
