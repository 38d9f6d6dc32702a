"""Apply Alembic migrations (`hotline db upgrade`, and `make run`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from hotline.store.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, revision: str = "heads") -> None:
    """Upgrade to `revision`; by default every branch head (each feature area may own a branch)."""
    cfg = alembic_config(db.url.render_as_string(hide_password=False))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def pending_heads(db: Database) -> set[str]:
    """Migration heads not yet applied to this database (empty when it is up to date)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db.url.render_as_string(hide_password=False)))
    with db.engine.connect() as conn:
        applied = set(MigrationContext.configure(conn).get_current_heads())
    return set(script.get_heads()) - applied
