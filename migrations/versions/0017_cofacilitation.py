"""A co-facilitator's devices and what each did (issue 24): who joined, who was accepted or revoked, and one
row per action a device sent (its own sequence number, so a replay is applied once), for the handout.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cofac_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("joined_us", sa.BigInteger(), nullable=False),
        sa.Column("accepted_us", sa.BigInteger(), nullable=True),
        sa.Column("revoked_us", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cofac_device")),
    )
    op.create_table(
        "cofac_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), server_default="", nullable=False),
        sa.Column("answer", sa.Text(), server_default="", nullable=False),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["cofac_device.id"], name=op.f("fk_cofac_action_device_id_cofac_device"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cofac_action")),
        sa.UniqueConstraint("device_id", "seq", name=op.f("uq_cofac_action_device_id")),
    )


def downgrade() -> None:
    op.drop_table("cofac_action")
    op.drop_table("cofac_device")
