"""Full analysis throughput on one core: `hotline.text.analyze` on 200-character messages.

Messages are synthetic (hotline.text.synthetic narratives, padded/cut to 200 characters). Baseline
in the same run: plain `jieba.lcut` (pure-Python jieba, HMM on) over the same texts — the cost of
segmenting alone with the library most Chinese pipelines start from.
"""

from __future__ import annotations

import time


def texts(n: int = 1000, length: int = 200) -> list[str]:
    from hotline.text.synthetic import generate

    pool = [t for t, _, _ in generate(per_category=80, seed=7)]
    out = []
    i = 0
    while len(out) < n:
        t = pool[i % len(pool)]
        j = i + 1
        while len(t) < length:
            t += "，" + pool[j % len(pool)]
            j += 1
        out.append(t[:length])
        i += 1
    return out


def main() -> int:
    import jieba

    from hotline.text import analyze

    msgs = texts()
    analyze(msgs[0])  # build the models and dictionaries outside the timing
    jieba.lcut(msgs[0])
    t0 = time.perf_counter()
    for m in msgs:
        analyze(m)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for m in msgs:
        jieba.lcut(m)
    base = time.perf_counter() - t0
    n = len(msgs)
    print(f"full analysis of {n} messages of {len(msgs[0])} characters, one process, one thread")
    print(f"hotline.text.analyze  {n / ours:8.0f} messages/s  ({1000 * ours / n:.2f} ms/message)")
    print(f"baseline jieba.lcut   {n / base:8.0f} messages/s  ({1000 * base / n:.2f} ms/message)")
    print(f"ratio analyze/jieba throughput {base / ours:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
