"""The shared BM25F scorer: field weights, coverage, and no dependence on the database."""

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
