"""A round of pairs and a round of tables belong to a day.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("pairing_round", "seating_round"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("day_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(batch.f(f"fk_{table}_day_id_day"), "day", ["day_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    for table in ("seating_round", "pairing_round"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_day_id_day", type_="foreignkey")
            batch.drop_column("day_id")
