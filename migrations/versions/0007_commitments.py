"""Commitments for the action period, and bright spots.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("by_when", sa.String(length=100), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("support", sa.Text(), nullable=False),
        sa.Column("support_from", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("source_ref", sa.String(length=100), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.Column("updated_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_commitment_team_id_team"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_item.id"], name=op.f("fk_commitment_item_id_agenda_item"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    op.create_table(
        "bright_spot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("what_worked", sa.Text(), nullable=False),
        sa.Column("for_whom", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_bright_spot_team_id_team"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.id"],
                                name=op.f("fk_bright_spot_commitment_id_commitment"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"], name=op.f("fk_bright_spot_note_id_note"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bright_spot")),
    )


def downgrade() -> None:
    op.drop_table("bright_spot")
    op.drop_table("commitment")
