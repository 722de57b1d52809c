"""The Convene version that wrote the file, and the oldest version that can open it.

A small key/value table (convene_meta). The store writes `written_by` (the app version
that last opened the file for writing) and `min_version` (the first Convene release
that knows this file's schema); a Convene that does not know the file's schema names
`min_version` in its refusal, so the facilitator knows which version to install.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "convene_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convene_meta")),
        sa.UniqueConstraint("key", name=op.f("uq_convene_meta_key")),
    )


def downgrade() -> None:
    op.drop_table("convene_meta")
