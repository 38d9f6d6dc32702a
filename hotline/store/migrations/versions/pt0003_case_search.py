"""partitions: an index for case search by word (PostgreSQL); reporter plates and urgent cases indexed

Case search matches each word of `q` as a substring of the title or description (or equal to the
case number or the plate). A substring test cannot use a b-tree, so on PostgreSQL a rare word read
the whole table. This adds `hotline_grams(text)`: every two-character gram of the text's runs of
letters, digits and CJK ideographs, lowercased, as a tsvector. A GIN index on the grams of title +
description finds the cases holding every gram of a word — a superset of the substring matches,
which the unchanged LIKE test then narrows to the exact ones, so search answers exactly as before.
Grams rather than jieba words: a word index misses a query that cuts across the segmentation
(孝感 inside 孝感北收费站 segmented as 孝感北 / 收费站); grams cannot (docs/architecture.md, "Case
search"). Words shorter than two characters are not indexable and still scan.

SQLite keeps the plain scan: it is the embedded, single-site database.

Plates get a b-tree (a word may be a plate; without it that branch of the word test scanned), and
urgent cases a partial index on id: a list of urgent cases, newest first, walked the whole id index
skipping the 96 % that are not urgent.

Revision ID: pt0003
Revises: pt0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "pt0003"
down_revision = "pt0002"
branch_labels = None
depends_on = None

# The characters a gram is made of; hotline.services.cases.GRAM_RUN must be the same set.
GRAMS = r"""
CREATE OR REPLACE FUNCTION hotline_grams(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT substr(w, i, 2)), '{}'::text[]))
  FROM regexp_split_to_table(lower(t), '[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+') AS w,
       generate_series(1, length(w) - 1) AS i
  WHERE length(w) >= 2
$$
"""
# Must be the expression hotline.services.cases.GRAMS_OF_CASE renders, or the planner ignores it.
INDEXED = "hotline_grams(coalesce(title, '') || ' ' || coalesce(description, ''))"


def upgrade() -> None:
    op.create_index("ix_cases_reporter_plate", "cases", ["reporter_plate"])
    op.create_index("ix_cases_urgent_id", "cases", ["id"], postgresql_where=sa.text("urgent"),
                    sqlite_where=sa.text("urgent"))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(GRAMS)
    op.execute(f"CREATE INDEX ix_cases_grams ON cases USING gin (({INDEXED}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_grams")
        op.execute("DROP FUNCTION IF EXISTS hotline_grams(text)")
    op.drop_index("ix_cases_urgent_id", table_name="cases")
    op.drop_index("ix_cases_reporter_plate", table_name="cases")
