"""The two formats of GeoReport v2: JSON as is, XML with one element per field and a named element
per list item (<services><service>…, <errors><error>…)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
# The element of one item of each list, by the list's element.
ITEM_TAGS = {
    "services": "service", "attributes": "attribute", "values": "value", "service_requests": "request",
    "notes": "note", "endpoints": "endpoint", "formats": "format", "errors": "error",
    "service_requests_updates": "request_update",
}
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _build(tag: str, value: Any) -> ET.Element:
    el = ET.Element(tag)
    if isinstance(value, dict):
        el.extend(_build(k, v) for k, v in value.items())
    elif isinstance(value, list):
        item = ITEM_TAGS.get(tag, "item")
        el.extend(_build(item, v) for v in value)
    else:
        el.text = _text(value)
    return el


def to_xml(root: str, value: Any) -> bytes:
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(_build(root, value), encoding="utf-8",
                                                                     xml_declaration=False)


def to_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def render(fmt: str, root: str, value: Any) -> bytes:
    """`root` names the XML document element; JSON has none (the list or object itself)."""
    return to_xml(root, value) if fmt == "xml" else to_json(value)


def errors(status: int, description: str) -> list[dict[str, str]]:
    return [{"code": str(status), "description": description}]
