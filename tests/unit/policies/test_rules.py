"""Domain rules of the knowledge base: statuses, validity, region scope and ranking, diffs."""

from __future__ import annotations

from datetime import datetime

import pytest

from hotline.policies import analysis, rules
from hotline.policies.rules import Action, Ranked, Status
from hotline.regions import load_regions

SH = rules.SHANGHAI


def test_status_machine():
    assert rules.transition(Status.DRAFT, Action.SUBMIT) is Status.REVIEW
    assert rules.transition(Status.DRAFT, Action.PUBLISH) is Status.PUBLISHED  # the fast track
    assert rules.transition(Status.PUBLISHED, Action.APPROVE) is Status.PUBLISHED
    assert rules.transition(Status.PUBLISHED, Action.WITHDRAW) is Status.WITHDRAWN
    with pytest.raises(rules.PolicyRuleError, match="不能失效"):
        rules.transition(Status.DRAFT, Action.EXPIRE)
    assert rules.allowed_actions(Status.WITHDRAWN) == [Action.PUBLISH]


def test_validity_is_half_open_and_dates_mean_whole_days():
    start = rules.parse_instant("2022-04-20")
    end = rules.parse_instant("2022-05-10", end_of_day=True)
    assert end == datetime(2022, 5, 11, tzinfo=SH)
    assert rules.in_force(start, end, datetime(2022, 4, 20, tzinfo=SH))
    assert rules.in_force(start, end, datetime(2022, 5, 10, 23, 59, tzinfo=SH))
    assert not rules.in_force(start, end, end)
    assert rules.in_force(None, None, end)
    with pytest.raises(ValueError):
        rules.parse_instant("2022-04-20T10:00:00")


def test_region_scope():
    table = load_regions()
    # 江岸区 is in 武汉市 in 湖北省.
    assert rules.match_specificity(["420100"], "420102", table) == 2
    assert rules.match_specificity(["420000", "000000"], "420102", table) == 1
    assert rules.match_specificity(["000000"], "420102", table) == 0
    assert rules.match_specificity(["420900"], "420102", table) is None  # 孝感 does not apply in 武汉
    assert rules.match_specificity(["420102"], "420100", table) is None  # a county rule is not the city's


def test_ranking_local_first_and_overrides():
    national = Ranked(1, "mot-pass", (), 0, 1.0)
    city = Ranked(2, "wh-pass", (), 2, 0.9)
    assert [r.id for r in rules.rank([national, city])] == [2, 1]
    weak_city = Ranked(3, "wh-other", (), 2, 0.3)
    assert [r.id for r in rules.rank([national, weak_city])] == [1, 3]  # relevance still counts
    overriding = Ranked(4, "sh-pass", ("mot-pass",), 1, 0.2)
    assert [r.id for r in rules.rank([national, overriding])] == [4]


def test_diff_reports_changed_fields_with_text_diff():
    before = {"title": "A", "answer": "48小时\n免费", "regions": ["420100"], "version": 1}
    after = {"title": "A", "answer": "24小时\n免费", "regions": ["420100", "420900"], "version": 2}
    changes = {c["field"]: c for c in rules.diff(before, after)}
    assert set(changes) == {"answer", "regions"}
    assert "-48小时" in changes["answer"]["unified"] and "+24小时" in changes["answer"]["unified"]


def test_editor_roles():
    assert rules.may_edit(None) and rules.may_edit(["kb_editor"]) and rules.may_edit(["admin", "operator"])
    assert not rules.may_edit(["operator"])


@pytest.mark.parametrize("variant, canonical", [("检测报告", "核酸证明"), ("通行卡", "通行证"), ("48h", "48小时"),
                                                ("不要钱", "免费")])
def test_synonyms_fold_into_one_word(variant, canonical):
    assert canonical in analysis.index_text(f"司机问{variant}的事").split()
    assert canonical in analysis.query_words(f"{variant}怎么弄")


def test_query_words_drop_question_filler():
    words = analysis.query_words("请问我现在去武汉需要什么核酸吗？")
    assert "武汉" in words and "核酸" in words
    assert not {"请问", "我", "现在", "需要", "什么", "吗", "？"} & set(words)


def test_highlight_escapes_and_marks():
    marked = analysis.highlight("持<48h>核酸证明", analysis.surface_forms("48小时 检测报告"))
    assert marked == "持&lt;<mark>48h</mark>&gt;<mark>核酸证明</mark>"


def test_hours_count_as_validity_only_before_a_test_word():
    assert "时效" in analysis.index_text("须持48小时内核酸检测阴性证明")
    assert "时效" in analysis.index_text("72小时以内的核酸报告")
    assert "时效" not in analysis.index_text("检测结果一般在12小时内推送到健康码")
    assert "时效" in analysis.query_words("要多少小时的核酸")
