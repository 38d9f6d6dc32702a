"""The taxonomy as Open311 services: one service per category, each with the same intake attributes
(case type, plate number, region, road, landmark …) and a cargo type where goods are the matter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hotline.open311.errors import not_found
from hotline.services.commands import taxonomy

# Group names for the first part of a category code; an unknown prefix (taxonomy.json is editable)
# is shown as itself.
GROUP_NAMES = {
    "control": "防疫通行管控", "transport": "道路运输", "highway": "公路", "enforcement": "交通执法",
    "postal": "邮政快递", "other": "其他",
}
# Categories where what the truck carries matters (green channel, passes for supplies, overloading).
CARGO_CATEGORIES = ("control.", "transport.freight", "highway.toll", "enforcement.overload")
CARGO_TYPES = [
    ("fresh_produce", "鲜活农产品"), ("daily_supplies", "生活物资"), ("medical", "医疗防疫物资"),
    ("production", "生产物资"), ("dangerous", "危险货物"), ("parcels", "快递包裹"), ("other", "其他"),
]
DEFAULT_CASE_TYPE = "complaint"
SERVICE_NOTICE = "已由 12328 交通运输服务监督热线受理，将派交承办单位办理并答复。"


@dataclass(frozen=True)
class Attribute:
    code: str
    description: str
    datatype: str = "string"  # the specification's: string, number, datetime, text, singlevaluelist …
    required: bool = False
    values: tuple[tuple[str, str], ...] = ()
    datatype_description: str = ""
    max_length: int = 200

    def check(self, value: str) -> str:
        """The value as stored; raises ValueError with a Chinese reason."""
        value = value.strip()
        if self.values and value not in {k for k, _ in self.values}:
            raise ValueError(f"取值必须是 {'、'.join(f'{k}（{n}）' for k, n in self.values)} 之一")
        if len(value) > self.max_length:
            raise ValueError(f"不能超过 {self.max_length} 个字符")
        return value


def _common_attributes() -> list[Attribute]:
    types = tuple(taxonomy().types.items())
    return [
        Attribute("case_type", f"诉求类型（不填为 {DEFAULT_CASE_TYPE} 投诉）", "singlevaluelist", values=types),
        Attribute("title", "标题（不填取描述的开头）", max_length=200),
        Attribute("region", "问题发生地的行政区划代码（GB/T 2260 六位）；不填则从 address_string 识别",
                  datatype_description="六位数字，如 420900（孝感市）", max_length=6),
        Attribute("plate_number", "车牌号", datatype_description="如 鄂K33221", max_length=16),
        Attribute("road", "道路或高速编号", datatype_description="如 G4", max_length=100),
        Attribute("landmark", "收费站、服务区或检查站", datatype_description="如 孝感北收费站", max_length=200),
        Attribute("company", "反映人的单位或公司", max_length=200),
        Attribute("urgent", "是否紧急（如被困、断粮）", "singlevaluelist",
                  values=(("false", "否"), ("true", "是"))),
    ]


def attributes_for(category: str) -> list[Attribute]:
    attrs = _common_attributes()
    if category.startswith(CARGO_CATEGORIES):
        attrs.append(Attribute("cargo_type", "所运货物", "singlevaluelist", values=tuple(CARGO_TYPES)))
    return attrs


def group_of(category: str) -> str:
    prefix = category.split(".", 1)[0]
    return GROUP_NAMES.get(prefix, prefix)


def service_name(code: str) -> str:
    return taxonomy().categories.get(code, code)


def services() -> list[dict[str, Any]]:
    """GET services: one per category of the taxonomy, in its order."""
    return [
        {"service_code": code, "service_name": name, "description": f"反映“{name}”方面的问题（{group_of(code)}）",
         "metadata": True, "type": "realtime", "keywords": f"{name},{group_of(code)}", "group": group_of(code)}
        for code, name in taxonomy().categories.items()
    ]


def require_service(code: str) -> str:
    if code not in taxonomy().categories:
        raise not_found(f"服务 {code} 不存在，请查看 services.json")
    return code


def definition(code: str) -> dict[str, Any]:
    """GET services/{code}: the attributes a request of this service takes."""
    require_service(code)
    return {
        "service_code": code,
        "attributes": [
            {"variable": True, "code": a.code, "datatype": a.datatype, "required": a.required,
             "datatype_description": a.datatype_description, "order": i, "description": a.description,
             **({"values": [{"key": k, "name": n} for k, n in a.values]} if a.values else {})}
            for i, a in enumerate(attributes_for(code), start=1)
        ],
    }
