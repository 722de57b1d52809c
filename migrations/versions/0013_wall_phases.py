"""The wall's phases and phone ballots: a board can collect notes blind until it is revealed, and its
dot voting be open (tallies hidden) or closed; a phone's dots are kept under its device token.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board") as batch:
        batch.add_column(sa.Column("collecting", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("voting", sa.String(length=8), nullable=False, server_default=""))
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("device", sa.String(length=64), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_vote_board_id_device"), ["board_id", "device"])


def downgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.drop_index(batch.f("ix_vote_board_id_device"))
        batch.drop_column("device")
    with op.batch_alter_table("board") as batch:
        batch.drop_column("voting")
        batch.drop_column("collecting")
