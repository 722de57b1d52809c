"""Agenda and live timers: fixed starts, warnings, facilitator, room, notes, auto-advance.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.add_column(sa.Column("fixed_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("warning_minutes", sa.Float(), server_default="2", nullable=False))
        batch.add_column(sa.Column("facilitator", sa.String(length=200), server_default="", nullable=False))
        batch.add_column(sa.Column("room", sa.String(length=200), server_default="", nullable=False))
        batch.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("auto_advance", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        for name in ("auto_advance", "notes", "room", "facilitator", "warning_minutes", "fixed_start"):
            batch.drop_column(name)
