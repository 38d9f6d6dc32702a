"""What a deadline notification says: one warning or overdue alert, rendered for each channel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from hotline.domain.workdays import to_shanghai

KIND_LABELS = {"warning": "即将超时", "overdue": "已超时"}


def _local(t: dt.datetime) -> str:
    return to_shanghai(t).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class DeadlineNotice:
    alert_id: int
    kind: str  # warning | overdue
    case_number: str
    case_title: str
    clock: str
    clock_label: str
    due_at: dt.datetime
    fired_at: dt.datetime
    unit: str | None
    unit_name: str | None = None
    escalated_to: str | None = None
    escalated_to_name: str | None = None
    supervisors: tuple[str, ...] = field(default_factory=tuple)
    public_url: str = ""

    @property
    def event(self) -> str:
        return f"deadline.{self.kind}"

    @property
    def case_path(self) -> str:
        return f"/api/v1/cases/{self.case_number}"

    def subject(self) -> str:
        return f"【12328时限{KIND_LABELS[self.kind]}】工单 {self.case_number} {self.clock_label}"

    def text(self) -> str:
        lines = [
            f"工单 {self.case_number}：{self.case_title}",
            f"{self.clock_label}时限{KIND_LABELS[self.kind]}，到期时间 {_local(self.due_at)}（北京时间）。",
            f"承办单位：{self.unit_name or self.unit or '（未派单）'}",
        ]
        if self.kind == "overdue" and self.escalated_to:
            who = "、".join(self.supervisors) or "（该单位暂无督办人员）"
            lines.append(f"已上报上级单位 {self.escalated_to_name or self.escalated_to} 督办：{who}")
        lines.append(f"查看：{self.public_url.rstrip('/')}{self.case_path}")
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event, "alert_id": self.alert_id, "kind": self.kind,
            "case": {"number": self.case_number, "title": self.case_title, "url": self.case_path},
            "clock": self.clock, "clock_label": self.clock_label,
            "due_at": to_shanghai(self.due_at).isoformat(), "fired_at": to_shanghai(self.fired_at).isoformat(),
            "unit": {"code": self.unit, "name": self.unit_name},
            "escalated_to": {"code": self.escalated_to, "name": self.escalated_to_name} if self.escalated_to else None,
            "supervisors": list(self.supervisors),
        }
