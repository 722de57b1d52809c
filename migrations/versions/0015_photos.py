"""Photos of chart paper on a board: re-encoded (no EXIF), scaled down, kept in the file as a BLOB; a phone's
photo sent while capture is moderated waits (`waiting`) until the facilitator puts it up.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wall_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), server_default="", nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=12), server_default="", nullable=False),
        sa.Column("waiting", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_wall_photo_board_id_board"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wall_photo")),
    )
    with op.batch_alter_table("wall_photo") as batch:
        batch.create_index(batch.f("ix_wall_photo_board_id"), ["board_id"])


def downgrade() -> None:
    with op.batch_alter_table("wall_photo") as batch:
        batch.drop_index(batch.f("ix_wall_photo_board_id"))
    op.drop_table("wall_photo")
