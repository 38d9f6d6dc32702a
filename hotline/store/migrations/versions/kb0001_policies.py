"""policy knowledge base: entries, regions, versions, change feed, sync cursors, full-text index

Revision ID: kb0001
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "kb0001"
down_revision = "0001"
branch_labels = ("kb",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
SEARCH_COLUMNS = ("search_title", "search_questions", "search_body")


def upgrade() -> None:
    op.create_table(
        "policies",
        sa.Column("id", BigId, nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("key", sa.String(100), nullable=True),
        sa.Column("origin", sa.String(300), server_default="", nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("source_issuer", sa.String(200), nullable=True),
        sa.Column("source_doc_no", sa.String(100), nullable=True),
        sa.Column("source_url", sa.String(500), nullable=True),
        sa.Column("effective_from", sa.DateTime(timezone=True), nullable=True),
        sa.Column("effective_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_title", sa.Text(), nullable=False),
        sa.Column("search_questions", sa.Text(), nullable=False),
        sa.Column("search_body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policies")),
        sa.UniqueConstraint("uid", name=op.f("uq_policies_uid")),
        sa.UniqueConstraint("origin", "key", name="uq_policies_origin_key"),
    )
    with op.batch_alter_table("policies") as batch:
        batch.create_index("ix_policies_status", ["status"])
    op.create_table(
        "policy_regions",
        sa.Column("policy_id", BigId, nullable=False),
        sa.Column("region", sa.String(6), nullable=False),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], ondelete="CASCADE",
                                name=op.f("fk_policy_regions_policy_id_policies")),
        sa.PrimaryKeyConstraint("policy_id", "region", name=op.f("pk_policy_regions")),
    )
    with op.batch_alter_table("policy_regions") as batch:
        batch.create_index("ix_policy_regions_region", ["region", "policy_id"])
    op.create_table(
        "policy_versions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("policy_id", BigId, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], ondelete="CASCADE",
                                name=op.f("fk_policy_versions_policy_id_policies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_versions")),
        sa.UniqueConstraint("policy_id", "version", name="uq_policy_versions_policy_version"),
    )
    op.create_table(
        "policy_changes",
        sa.Column("seq", BigId, nullable=False),
        sa.Column("policy_id", BigId, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], ondelete="CASCADE",
                                name=op.f("fk_policy_changes_policy_id_policies")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_policy_changes")),
    )
    op.create_table(
        "policy_sync",
        sa.Column("origin", sa.String(300), nullable=False),
        sa.Column("cursor", BigId, nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_policy_sync")),
    )
    _create_fulltext_index()


def _create_fulltext_index() -> None:
    cols = ", ".join(SEARCH_COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        # External-content FTS5 over the segmented columns; unicode61 splits on the spaces we put
        # between jieba's words (the trigram tokenizer would miss two-character words).
        op.execute(f"CREATE VIRTUAL TABLE policy_fts USING fts5({cols}, content='policies', "
                   "content_rowid='id', tokenize='unicode61')")
        new = ", ".join(f"new.{c}" for c in SEARCH_COLUMNS)
        old = ", ".join(f"old.{c}" for c in SEARCH_COLUMNS)
        op.execute(f"CREATE TRIGGER policy_fts_ai AFTER INSERT ON policies BEGIN "
                   f"INSERT INTO policy_fts(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER policy_fts_ad AFTER DELETE ON policies BEGIN "
                   f"INSERT INTO policy_fts(policy_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
        op.execute(f"CREATE TRIGGER policy_fts_au AFTER UPDATE OF {cols} ON policies BEGIN "
                   f"INSERT INTO policy_fts(policy_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO policy_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    else:
        op.execute(
            "ALTER TABLE policies ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', search_title), 'A') || "
            "setweight(to_tsvector('simple', search_questions), 'B') || "
            "setweight(to_tsvector('simple', search_body), 'D')) STORED")
        op.execute("CREATE INDEX ix_policies_search_tsv ON policies USING gin (search_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("policy_fts_ai", "policy_fts_ad", "policy_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS policy_fts")
    op.drop_table("policy_sync")
    op.drop_table("policy_changes")
    op.drop_table("policy_versions")
    with op.batch_alter_table("policy_regions") as batch:
        batch.drop_index("ix_policy_regions_region")
    op.drop_table("policy_regions")
    with op.batch_alter_table("policies") as batch:
        batch.drop_index("ix_policies_status")
    op.drop_table("policies")
