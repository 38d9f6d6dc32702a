"""Batch hotspots on the contest's 4,326 messages: our method vs exact-title grouping.

Quality is measured against the contest's two official example hot issues. Their member sets
("gold") are defined here by keywords, independently of the method, and printed so they can be
checked: 魅力之城 + (油烟|噪音|烧烤|夜宵|门面|商铺|餐馆|排烟), and 经济学院 + (实习|打工|工厂|社会实践),
excluding 财政经济学院. For each gold issue we report the rank of the hotspot that best matches
it (by F1 of member ids) and that F1. Both methods are ranked by the same heat formula, so the
difference is the grouping. Run: .venv/bin/python -m bench.bench_hotspots_batch
"""

from __future__ import annotations

import re
import sys
import time

from threadpoolctl import threadpool_limits

from hotline.hotspots.batch import Message, detect_hotspots, read_messages
from hotline.hotspots.heat import heat_score
from hotline.shared_data import tipdm_file

GOLD_RULES = {
    "魅力之城 噪音/油烟": (re.compile("魅力之城"), re.compile("油烟|噪音|烧烤|夜宵|门面|商铺|餐馆|排烟"), None),
    "经济学院 强制实习": (re.compile("经济学院"), re.compile("实习|打工|工厂|社会实践"), re.compile("财政经济学院")),
}


def gold_sets(messages: list[Message]) -> dict[str, set[str]]:
    out = {}
    for name, (place, problem, exclude) in GOLD_RULES.items():
        out[name] = {
            m.id
            for m in messages
            if place.search(m.title + m.detail[:300])
            and problem.search(m.title)
            and not (exclude and exclude.search(m.title))
        }
    return out


def exact_title_baseline(messages: list[Message]) -> list[list[str]]:
    """Group messages whose titles are equal after removing punctuation; rank by the same heat."""
    groups: dict[str, list[Message]] = {}
    for m in messages:
        groups.setdefault(re.sub(r"[^\w]", "", m.title), []).append(m)
    scored = []
    for ms in groups.values():
        events = [(m.time, m.reporter or m.title + m.detail) for m in ms]
        if len({w for _, w in events}) < 2:
            continue
        scored.append((heat_score(events, sum(m.weight for m in ms))[0], [m.id for m in ms]))
    scored.sort(key=lambda x: -x[0])
    return [ids for _, ids in scored]


def best_match(ranked: list[list[str]], gold: set[str]) -> tuple[int | None, float]:
    best_rank, best_f1 = None, 0.0
    for rank, ids in enumerate(ranked, start=1):
        tp = len(gold & set(ids))
        if not tp:
            continue
        f1 = 2 * tp / (len(gold) + len(ids))
        if f1 > best_f1:
            best_rank, best_f1 = rank, f1
    return best_rank, best_f1


def main() -> int:
    with threadpool_limits(limits=1):  # the machine's cores are shared: measure one
        return _run()


def _run() -> int:
    path = tipdm_file("hotspot_messages.csv")
    if path is None:
        print("bench_hotspots_batch: skipped, ../shared/data/tipdm2020c/hotspot_messages.csv absent")
        return 0
    messages = read_messages(path, "id", ["title", "detail"], "time", "likes")
    gold = gold_sets(messages)

    t = time.perf_counter()
    ours = [h.member_ids for h in detect_hotspots(messages, top=None)]
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    base = exact_title_baseline(messages)
    t_base = time.perf_counter() - t

    print(f"measured: batch hotspot detection on {len(messages)} messages (tipdm2020c/hotspot_messages.csv), one core")
    print(f"  time  ours (place-aware TF-IDF + LSA, average linkage): {t_ours:6.2f} s  "
          f"({len(messages) / t_ours:,.0f} messages/s), {len(ours)} hotspots")
    print(f"  time  baseline (exact-title grouping, same heat):       {t_base:6.2f} s, {len(base)} hotspots")
    print(f"  ratio time ours/baseline: {t_ours / t_base:,.0f}x slower")
    hits_ours = hits_base = 0
    for name, ids in gold.items():
        r_o, f_o = best_match(ours, ids)
        r_b, f_b = best_match(base, ids)
        hits_ours += bool(r_o and r_o <= 5)
        hits_base += bool(r_b and r_b <= 5)
        print(f"  gold '{name}' ({len(ids)} messages): ours rank {r_o} F1 {f_o:.2f} | baseline rank {r_b} F1 {f_b:.2f}")
    print(f"figure: official example issues in top 5 — ours {hits_ours}/2, baseline {hits_base}/2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
