"""Conversions the XLSX and Markdown formats share: category paths, place names, date cells."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hotline.policies import file_fields as ff


@pytest.mark.parametrize(("path", "code"), [
    ("疫情防控/通行证", "control.pass"),
    ("疫情防控/货运物流/重点物资运输车辆通行证", "control.pass"),  # the most specific level decides
    ("货运物流/其他事项", "transport.freight"),  # …else the next level up
    ("核酸检测", "control.testing"),  # a taxonomy name
    ("control.closure", "control.closure"),  # a code as is
    ("疫情防控/其他事项", None),
])
def test_category_path_maps_to_a_code(path, code):
    assert ff.category_code(path) == code


def test_every_category_label_imports_back_to_its_code():
    for code in ff.category_names():
        assert ff.category_code(ff.category_label(code)) == code


def test_region_names_resolve_and_ambiguous_ones_are_refused():
    assert [ff.resolve_region(n) for n in ("武汉市", "武汉", "湖北省武汉市", "全国", "420102")] == [
        "420100", "420100", "420100", "000000", "420102"]
    with pytest.raises(ValueError, match="110105"):
        ff.resolve_region("朝阳区")
    with pytest.raises(ValueError, match="无法识别"):
        ff.resolve_region("不存在市")


def test_dates_from_cells_and_back():
    assert ff.date_text(datetime(2022, 4, 20)) == "2022-04-20"  # Excel's date cell is a naive midnight
    assert ff.date_text(date(2022, 4, 20)) == "2022-04-20"
    assert ff.date_text("2022/4/5") == ff.date_text("2022年4月5日") == "2022-04-05"
    assert ff.date_text(datetime(2022, 4, 20, 8, 30)) == "2022-04-20T08:30:00+08:00"
    assert ff.date_text(None) is None
    assert ff.export_date("2022-06-01T00:00:00+08:00", until=True) == "2022-05-31"  # through 31 May
    assert ff.export_date("2022-04-20T00:00:00+08:00") == "2022-04-20"
    assert ff.export_date("2022-04-20T08:30:00+08:00") == "2022-04-20T08:30:00+08:00"
