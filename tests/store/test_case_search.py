"""Case search by word: the gram index on PostgreSQL answers exactly what the substring test answers."""

from __future__ import annotations

import random

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline.services.cases import CaseFilter, create_case, list_cases, word_grams
from hotline.services.commands import CaseCreate

TEXTS = [
    ("京港澳高速孝感北收费站劝返", "来电人反映：货车在孝感北收费站被劝返，持有绿码和48小时核酸。"),
    ("G4 京港澳 K1200 服务区", "Driver 王师傅 says the ETC lane at G4-K1200 is closed; 鄂A12345 stuck."),
    ("通行证办理", "廊坊市安次区卡口不认山东开具的通行证，层层加码。"),
    ("物资运输", None),
    ("郑州到固安县", "从郑州出发，到固安县被拦，司机滞留两天，缺水缺食物。"),
]


def _create(ctx, title: str, description: str | None, plate: str | None = None) -> str:
    body = {"type": "complaint", "category": "highway.toll", "title": title, "channel": "phone",
            "reporter": {"name": "王师傅", "phone": "13900001111", **({"plate": plate} if plate else {})},
            "place": {"region": "420900"}}
    if description:
        body["description"] = description
    return create_case(ctx, CaseCreate.model_validate(body))[0]["number"]


def _search(ctx, q: str) -> list[str]:
    found, cursor = [], None
    while True:
        page = list_cases(ctx, CaseFilter(q=q), cursor=cursor, limit=50)
        found += [c["number"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return sorted(found)


def test_word_grams_are_the_indexed_characters_in_pairs():
    assert word_grams("孝感北") == ["孝感", "感北"]
    assert word_grams("G4-K1200") == ["00", "12", "20", "g4", "k1"]  # runs split at the hyphen, lowercased
    assert word_grams("孝") == []  # one character: not indexable, the search scans
    assert word_grams("，。！") == []


def test_search_finds_exactly_the_substring_matches(ctx, units):
    numbers = [_create(ctx, t, d) for t, d in TEXTS]
    plated = _create(ctx, "无关标题", "无关描述", plate="鄂A12345")
    words = ["孝感", "感北收", "孝感北收费站", "劝返", "K1200", "k1200", "G4-K1200", "ETC", "通行证", "层层加码",
             "卡口不认", "滞留两天", "缺水", "物资", "孝", "鄂A12345", "A1234", "无此词语", "，层层"]
    for word in words:
        low = word.lower()  # letter case does not matter
        expected = sorted(n for n, (t, d) in zip(numbers, TEXTS) if low in t.lower() or low in (d or "").lower())
        if word == "鄂A12345":
            expected = sorted([*expected, plated])
        assert _search(ctx, word) == expected, word
    assert _search(ctx, numbers[2]) == [numbers[2]]  # a case number is a word too
    assert _search(ctx, "孝感 劝返") == [numbers[0]]  # every word must match


def test_rare_word_is_found_through_the_gram_index(backend, ctx, units, database):
    if backend != "postgres":
        pytest.skip("the gram index exists on PostgreSQL only")
    for i in range(300):
        _create(ctx, f"普通来电第{i}件", "货车通行咨询")
    rare = _create(ctx, "孝感北收费站", "劝返")
    with database.write() as conn:
        conn.exec_driver_sql("ANALYZE cases")
    from hotline.services import cases as service

    service._gram_stats.clear()
    assert _search(ctx, "孝感北") == [rare]

    with database.read() as conn:
        q = sa.select(service.cases.c.id).where(*service._where(CaseFilter(q="孝感北"), conn)).compile(conn)
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + str(q), q.params).scalars())
    assert "ix_cases_grams" in plan
    # A word in nearly every case is not looked up in the index (its bitmap would be the whole table).
    service._gram_stats.clear()  # read the statistics ANALYZE just wrote
    assert len(_search(ctx, "货车通行")) == 300
    with database.read() as conn:
        q = sa.select(service.cases.c.id).where(*service._where(CaseFilter(q="货车通行"), conn)).compile(conn)
        assert "hotline_grams" not in str(q)
        q = sa.select(service.cases.c.id).where(*service._where(CaseFilter(q="孝感北"), conn)).compile(conn)
        assert "hotline_grams" in str(q)


_CHARS = st.sampled_from(list("孝感北收费站劝返服务区通行证abcXYZ019-，。 "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_CHARS, min_size=1, max_size=30), data=st.data())
def test_python_grams_of_any_substring_are_in_the_databases_grams(postgres_url, text, data):
    """The contract between word_grams (Python, the query) and hotline_grams (SQL, the index): the
    grams of any substring of a text are among the grams PostgreSQL indexes for the text."""
    start = data.draw(st.integers(0, len(text) - 1))
    word = text[start:data.draw(st.integers(start + 1, len(text)))]
    engine = _engine(postgres_url)
    with engine.connect() as conn:
        indexed = set(conn.execute(sa.text("SELECT unnest(tsvector_to_array(hotline_grams(:t)))"),
                                   {"t": text}).scalars())
    assert set(word_grams(word)) <= indexed


_engines: dict[str, sa.Engine] = {}


def _engine(url: str) -> sa.Engine:
    if url not in _engines:
        _engines[url] = sa.create_engine(url)
    return _engines[url]


def test_grams_agree_on_random_chinese_text(postgres_url):
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x9FFF, 97)] + list("AZaz09_-·．ａ１")
    with _engine(postgres_url).connect() as conn:
        for _ in range(200):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 40)))
            indexed = set(conn.execute(sa.text("SELECT unnest(tsvector_to_array(hotline_grams(:t)))"),
                                       {"t": text}).scalars())
            assert set(word_grams(text)) == indexed, text


def test_created_range_is_exact_when_ids_do_not_follow_creation(ctx, units):
    """The id bounds added for a closed creation range are implied, not assumed: cases imported out
    of order (a later id with an earlier creation time) are still found exactly."""
    from datetime import datetime, timedelta

    from tests.conftest import SHANGHAI

    day = datetime(2022, 4, 20, tzinfo=SHANGHAI)
    hours = [30, 5, 50, 10, 20, 2, 40, 15]  # creation times in id order, deliberately shuffled
    made = {}
    for h in hours:
        body = {"type": "complaint", "category": "highway.toll", "title": f"第{h}小时", "channel": "api",
                "place": {"region": "420900"}}
        made[h] = create_case(ctx, CaseCreate.model_validate(body), created_at=day + timedelta(hours=h))[0]["number"]
    for lo, hi in [(0, 24), (8, 32), (12, 45), (3, 4)]:
        got = list_cases(ctx, CaseFilter(created_from=day + timedelta(hours=lo), created_to=day + timedelta(hours=hi)),
                         limit=50)["items"]
        assert sorted(c["number"] for c in got) == sorted(made[h] for h in hours if lo <= h < hi), (lo, hi)


def test_a_subtree_reads_unit_by_unit_exactly_what_its_visibility_allows(ctx, units):
    """A supervisor or handler who sees a subtree gets the subtree's newest cases unit by unit (held
    there, at its intake hotline, or assisted by it): the same pages, in the same order, as the one
    walk with `visibility`'s conditions gives — with and without a word, across page boundaries."""
    from dataclasses import replace

    from hotline.domain.access import Principal, Role
    from hotline.domain.lifecycle import Action
    from hotline.services.cases import act, visibility
    from hotline.services.commands import ActionIn
    from hotline.store.tables import cases

    rng = random.Random(5)
    for i in range(60):
        body = {"type": "complaint", "category": "highway.toll", "title": f"第{i}件" + ("劝返" if i % 3 else ""),
                "channel": "api", "place": {"region": "420900"}}
        number = create_case(ctx, CaseCreate.model_validate(body), intake_unit=rng.choice(["hb", "mot", None]))[0][
            "number"]
        target = rng.choice(["hb-wuhan", "hb-xiaogan", "he", None])
        if target:
            with ctx.db.read() as conn:
                intake = conn.execute(sa.select(cases.c.intake_unit).where(cases.c.number == number)).scalar_one()
            if intake == "hb" and target == "he":
                continue  # Hubei's hotline dispatches within Hubei only
            act(ctx, number, Action.DISPATCH, ActionIn(version=1, unit=target))
            if target == "he" and i % 2:
                act(ctx, number, Action.COHANDLE, ActionIn(version=2, unit="hb-xiaogan"))
    users = [Principal("hb-sup", "hb", frozenset({Role.SUPERVISOR})),
             Principal("xg", "hb-xiaogan", frozenset({Role.HANDLER})),
             Principal("he-sup", "he", frozenset({Role.SUPERVISOR}))]
    for user in users:
        view = replace(ctx, user=user)
        with ctx.db.read() as conn:
            for q in (None, "劝返"):
                extra = [cases.c.title.contains(q)] if q else []
                want = conn.execute(sa.select(cases.c.number).where(*extra, *visibility(conn, user))
                                    .order_by(cases.c.id.desc())).scalars().all()
                got, cursor = [], None
                while True:
                    page = list_cases(view, CaseFilter(q=q), cursor=cursor, limit=7)
                    got += [c["number"] for c in page["items"]]
                    cursor = page["next_cursor"]
                    if not cursor:
                        break
                assert got == want and want, (user.unit, q)
