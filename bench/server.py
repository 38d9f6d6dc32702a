"""A real `hotline serve` process for benchmarks: a prepared database, a user with a token."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

CLI = [sys.executable, "-m", "hotline.cli"]


def prepare(database_url: str, workdir: Path, role: str = "operator", *,
            demo: bool = False) -> tuple[dict[str, str], str]:
    """Migrate the database, add the ministry (or, with `demo`, the demo unit tree and cases) and a
    user of the ministry; return the server's environment and the user's token."""
    env = {**os.environ, "HOTLINE_DATABASE_URL": database_url, "HOTLINE_FILES_DIR": str(workdir / "files")}
    subprocess.run([*CLI, "db", "upgrade"], env=env, check=True, capture_output=True)
    if demo:
        subprocess.run([*CLI, "demo"], env=env, check=True, capture_output=True)
    else:
        units = workdir / "units.csv"
        units.write_text("code,name,region,parent,kind\nmot,交通运输部,000000,,ministry\n", encoding="utf-8")
        subprocess.run([*CLI, "units", "import", str(units)], env=env, check=True, capture_output=True)
    name = f"bench-{role}-{os.getpid()}"
    subprocess.run([*CLI, "user", "add", name, "--unit", "mot", "--role", role], env=env, check=True,
                   capture_output=True, input=b"\n")
    token = subprocess.run([*CLI, "token", "create", name], env=env, check=True,
                           capture_output=True).stdout.decode().strip()
    return env, token


@contextmanager
def serving(env: dict[str, str], port: int, workers: int = 1) -> Iterator[subprocess.Popen]:
    """`hotline serve` with its models preloaded in every worker; yields once it answers."""
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port), "--workers", str(workers)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1800):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)
