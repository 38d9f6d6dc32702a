"""Resident memory of one server worker with every model loaded (target ≤ 500 MB).

Starts `hotline serve` on a scratch SQLite database, reads the worker's RSS from /proc right after
start-up (the baseline: the application without models), then after the text models have loaded
(a call to /api/v1/analyze and a policy search) and after 200 more analyses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.server import prepare, serving


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env, token = prepare(f"sqlite:///{tmp}/m.db", Path(tmp), role="admin")
        base = "http://127.0.0.1:18329"
        with serving(env, 18329) as proc:
            started = rss_mb(proc.pid)
            h = {"Authorization": f"Bearer {token}"}
            text = "司机反映在京港澳高速孝感北收费站被劝返，持48小时核酸阴性证明，车上是蔬菜，已经两天没吃饭了。"
            httpx.post(base + "/api/v1/analyze", json={"text": text}, headers=h, timeout=300).raise_for_status()
            httpx.get(base + "/api/v1/policies/search", params={"q": "核酸", "region": "420900"}, timeout=60)
            loaded = rss_mb(proc.pid)
            with httpx.Client(base_url=base, headers=h, timeout=60) as c:
                for i in range(200):
                    c.post("/api/v1/analyze", json={"text": f"{text}{i}"}).raise_for_status()
            after = rss_mb(proc.pid)
    print(f"memory: worker RSS with every model loaded {loaded:.0f} MB, after 200 analyses {after:.0f} MB "
          f"(target ≤ 500) | baseline: same worker before models {started:.0f} MB | ratio {after / started:.2f}")


if __name__ == "__main__":
    main()
