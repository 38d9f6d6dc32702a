"""The shared BM25F scorer: field weights, coverage, and no dependence on the database."""

import math

import pytest

from hotline.policies import scoring


def test_title_match_beats_a_word_repeated_in_a_long_body():
    docs = [scoring.doc(1, "武汉 检查站", "", "核酸 证明"),
            scoring.doc(2, "武汉 核酸", "", " ".join(["检查站"] * 3 + ["其他"] * 40))]
    assert [i for i, _ in scoring.score(["检查站"], docs)] == [1, 2]


def test_entry_covering_more_of_the_question_ranks_first_and_non_matches_are_dropped():
    docs = [scoring.doc(1, "通行证", "", "申领 材料"), scoring.doc(2, "通行证 申领", "", "材料"),
            scoring.doc(3, "服务区", "", "加油")]
    ranked = scoring.score(["通行证", "申领", "材料"], docs)
    assert [i for i, _ in ranked] == [2, 1]
    assert ranked[0][1] > ranked[1][1] > 0


def test_ties_break_by_id_so_both_databases_agree():
    docs = [scoring.doc(7, "核酸", "", ""), scoring.doc(3, "核酸", "", "")]
    assert [i for i, _ in scoring.score(["核酸"], docs)] == [3, 7]


def test_idf_counts_each_entry_once_and_non_matching_entries_still_set_it():
    # A repeated question word adds to the score, not to the word's document frequency; entries
    # without any question word are dropped from the result but still make the word rarer.
    few = [scoring.doc(1, "核酸", "", ""), scoring.doc(2, "其他", "", "")]
    many = few + [scoring.doc(i, "其他", "", "") for i in range(3, 10)]
    once, twice = scoring.score(["核酸", "证明"], few), scoring.score(["核酸", "核酸", "证明"], few)
    assert [i for i, _ in once] == [i for i, _ in twice] == [1]
    idf = [math.log(1 + (2 - df + 0.5) / (df + 0.5)) ** scoring.IDF_POWER for df in (1, 0)]  # 核酸 in 1 of 2
    w = scoring.FIELD_WEIGHTS[0] / (1 - scoring.FIELD_B[0] + scoring.FIELD_B[0] * 1 / 1)
    sat = w / (scoring.K1 + w)
    assert twice[0][1] == pytest.approx(2 * idf[0] * (sat + scoring.COVERAGE_WEIGHT) / (idf[0] + idf[1]))
    assert [i for i, _ in scoring.score(["核酸"], many)] == [1]
    assert scoring.score(["核酸", "证明"], many)[0][1] != once[0][1]
