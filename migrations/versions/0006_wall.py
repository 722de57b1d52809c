"""Sticky-note wall: board prompt, step, layout and vote rules; note colour, author, in our control; voter.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board") as batch:
        batch.add_column(sa.Column("prompt", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("step", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("layout", sa.String(length=12), server_default="wall", nullable=False))
        batch.add_column(sa.Column("show_authors", sa.Boolean(), server_default="0", nullable=False))
        batch.add_column(sa.Column("only_in_control", sa.Boolean(), server_default="0", nullable=False))
        batch.add_column(sa.Column("votes_per_person", sa.Integer(), server_default="3", nullable=False))
        batch.add_column(sa.Column("votes_per_cluster", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("colour", sa.String(length=12), server_default="yellow", nullable=False))
        batch.add_column(sa.Column("author", sa.String(length=200), server_default="", nullable=False))
        batch.add_column(sa.Column("in_control", sa.Boolean(), nullable=True))
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("voter", sa.String(length=200), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.drop_column("voter")
    with op.batch_alter_table("note") as batch:
        for name in ("in_control", "author", "colour"):
            batch.drop_column(name)
    with op.batch_alter_table("board") as batch:
        for name in ("votes_per_cluster", "votes_per_person", "only_in_control", "show_authors", "layout", "step",
                     "prompt"):
            batch.drop_column(name)
