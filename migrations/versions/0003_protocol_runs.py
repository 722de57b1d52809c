"""Protocol scripts: attach a protocol to an agenda item; notes per step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.add_column(sa.Column("protocol_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_agenda_item_protocol_id_protocol"), "protocol", ["protocol_id"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "step_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_step_note_item_id_agenda_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_note")),
        sa.UniqueConstraint("item_id", "step", name=op.f("uq_step_note_item_id")),
    )


def downgrade() -> None:
    op.drop_table("step_note")
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_constraint("fk_agenda_item_protocol_id_protocol", type_="foreignkey")
        batch.drop_column("protocol_id")
