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


def prepare(database_url: str, workdir: Path, role: str = "operator") -> tuple[dict[str, str], str]:
    """Migrate the database, add the ministry and a user; return the server's environment and a token."""
    env = {**os.environ, "HOTLINE_DATABASE_URL": database_url, "HOTLINE_FILES_DIR": str(workdir / "files")}
    subprocess.run([*CLI, "db", "upgrade"], env=env, check=True, capture_output=True)
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
def serving(env: dict[str, str], port: int) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)
