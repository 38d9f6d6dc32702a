"""One settings object, read from the environment (HOTLINE_*)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", env_file=None)

    database_url: str = "sqlite:///./var/hotline.db"
    files_dir: Path = Path("./var/files")
    timezone: str = "Asia/Shanghai"
    host: str = "127.0.0.1"
    port: int = 8328
    # Largest single attachment and most attachments per case (issue 2).
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_attachments: int = 10
    taxonomy_file: Path | None = None  # default: the shipped hotline/data/taxonomy.json
    # Load the text models while the worker starts, so the first caller does not wait for them
    # (`hotline serve` turns this on; in-process test apps leave it off).
    preload_models: bool = False
    # Requests whose handlers run at once per worker (the rest wait in the event loop). AnyIO's
    # default is 40; 8 measured best under load (docs/benchmarks.md, "Intake under load").
    threads: int = 8


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
