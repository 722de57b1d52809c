"""Pairing: criteria, custom team attributes, do-not-pair, absences, history; score and lock per pair;
participant tables (seating rounds and seats).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Only new tables and ADD COLUMN: no existing table is rebuilt.
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _team_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["team.id"], name=op.f(f"fk_{table}_{column}_team"), ondelete="CASCADE")


def upgrade() -> None:
    with op.batch_alter_table("pair") as batch:
        batch.add_column(sa.Column("score", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("locked", sa.Boolean(), server_default="0", nullable=False))
    op.create_table(
        "pairing_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attribute", sa.String(length=100), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_criterion")),
        sa.UniqueConstraint("attribute", name=op.f("uq_pairing_criterion_attribute")),
    )
    op.create_table(
        "team_attribute",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        _team_fk("team_attribute", "team_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_attribute")),
        sa.UniqueConstraint("team_id", "name", name=op.f("uq_team_attribute_team_id")),
    )
    op.create_table(
        "do_not_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_a_id", sa.Integer(), nullable=False),
        sa.Column("team_b_id", sa.Integer(), nullable=False),
        _team_fk("do_not_pair", "team_a_id"),
        _team_fk("do_not_pair", "team_b_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_do_not_pair")),
        sa.UniqueConstraint("team_a_id", "team_b_id", name=op.f("uq_do_not_pair_team_a_id")),
    )
    op.create_table(
        "pairing_absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        _team_fk("pairing_absence", "team_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_absence")),
        sa.UniqueConstraint("team_id", name=op.f("uq_pairing_absence_team_id")),
    )
    op.create_table(
        "pairing_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("team_a_id", sa.Integer(), nullable=False),
        sa.Column("team_b_id", sa.Integer(), nullable=False),
        sa.Column("team_c_id", sa.Integer(), nullable=True),
        _team_fk("pairing_history", "team_a_id"),
        _team_fk("pairing_history", "team_b_id"),
        _team_fk("pairing_history", "team_c_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_history")),
    )

    op.create_table(
        "seating_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rules_json", sa.Text(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_round")),
    )
    op.create_table(
        "seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("table_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["seating_round.id"], name=op.f("fk_seat_round_id_seating_round"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], name=op.f("fk_seat_participant_id_participant"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
        sa.UniqueConstraint("round_id", "participant_id", name=op.f("uq_seat_round_id")),
    )


def downgrade() -> None:
    op.drop_table("seat")
    op.drop_table("seating_round")
    for table in ("pairing_history", "pairing_absence", "do_not_pair", "team_attribute", "pairing_criterion"):
        op.drop_table(table)
    with op.batch_alter_table("pair") as batch:
        batch.drop_column("locked")
        batch.drop_column("score")
