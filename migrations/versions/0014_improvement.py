"""Improvement between convenings: the driver diagram, PDSA cycles on commitments, shared measures.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "driver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["driver.id"], name=op.f("fk_driver_parent_id_driver"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_driver")),
    )
    op.create_table(
        "commitment_idea",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.id"],
                                name=op.f("fk_commitment_idea_commitment_id_commitment"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["idea_id"], ["driver.id"], name=op.f("fk_commitment_idea_idea_id_driver"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_idea")),
        sa.UniqueConstraint("commitment_id", name=op.f("uq_commitment_idea_commitment_id")),
    )
    op.create_table(
        "pdsa_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("tested_on", sa.Date(), nullable=False),
        sa.Column("change_idea", sa.Text(), nullable=False),
        sa.Column("prediction", sa.Text(), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("source_ref", sa.String(length=100), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.Column("updated_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.id"],
                                name=op.f("fk_pdsa_cycle_commitment_id_commitment"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pdsa_cycle")),
    )
    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
        sa.UniqueConstraint("name", name=op.f("uq_measure_name")),
    )
    op.create_table(
        "measure_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], name=op.f("fk_measure_value_measure_id_measure"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_measure_value_team_id_team"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_value")),
        sa.UniqueConstraint("measure_id", "team_id", "period", name=op.f("uq_measure_value_measure_id")),
    )


def downgrade() -> None:
    op.drop_table("measure_value")
    op.drop_table("measure")
    op.drop_table("pdsa_cycle")
    op.drop_table("commitment_idea")
    op.drop_table("driver")
