"""The wall's note vectors, kept with their notes (suggested clusters never embed a note twice).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_vector",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("text_sha1", sa.String(length=40), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"], name=op.f("fk_note_vector_note_id_note"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", name=op.f("pk_note_vector")),
    )


def downgrade() -> None:
    op.drop_table("note_vector")
