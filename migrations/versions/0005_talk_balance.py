"""Talk-time balance: conversations, many-voices turns, several lens values per person, sensitive lenses.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "talk_conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("lens_id", sa.Integer(), nullable=True),
        sa.Column("members_json", sa.Text(), nullable=False),
        sa.Column("pinned_json", sa.Text(), nullable=False),
        sa.Column("roles_json", sa.Text(), nullable=False),
        sa.Column("goals_json", sa.Text(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_item.id"],
                                name=op.f("fk_talk_conversation_item_id_agenda_item"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["lens_id"], ["lens.id"], name=op.f("fk_talk_conversation_lens_id_lens"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_conversation")),
    )
    with op.batch_alter_table("lens") as batch:
        batch.add_column(sa.Column("sensitive", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("lens_value") as batch:
        batch.drop_constraint("uq_lens_value_lens_id", type_="unique")
        batch.create_unique_constraint(batch.f("uq_lens_value_lens_id"), ["lens_id", "participant_id", "value"])
    with op.batch_alter_table("talk_segment") as batch:
        batch.alter_column("participant_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("conversation_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seen_us", sa.BigInteger(), nullable=True))
        batch.create_foreign_key(batch.f("fk_talk_segment_conversation_id_talk_conversation"),
                                 "talk_conversation", ["conversation_id"], ["id"], ondelete="CASCADE")


def downgrade() -> None:
    with op.batch_alter_table("talk_segment") as batch:
        batch.drop_constraint("fk_talk_segment_conversation_id_talk_conversation", type_="foreignkey")
        batch.drop_column("seen_us")
        batch.drop_column("conversation_id")
    op.execute("DELETE FROM talk_segment WHERE participant_id IS NULL")
    with op.batch_alter_table("talk_segment") as batch:
        batch.alter_column("participant_id", existing_type=sa.Integer(), nullable=False)
    op.execute("DELETE FROM lens_value WHERE id NOT IN (SELECT min(id) FROM lens_value GROUP BY lens_id, participant_id)")
    with op.batch_alter_table("lens_value") as batch:
        batch.drop_constraint("uq_lens_value_lens_id", type_="unique")
        batch.create_unique_constraint(batch.f("uq_lens_value_lens_id"), ["lens_id", "participant_id"])
    with op.batch_alter_table("lens") as batch:
        batch.drop_column("sensitive")
    op.drop_table("talk_conversation")
