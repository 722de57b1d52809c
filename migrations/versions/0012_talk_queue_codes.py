"""Talk: the speaking queue (raised hands) and codes on turns.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "talk_hand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("raised_us", sa.BigInteger(), nullable=False),
        sa.Column("called_us", sa.BigInteger(), nullable=True),
        sa.Column("withdrawn_us", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["conversation_id"], ["talk_conversation.id"],
                                name=op.f("fk_talk_hand_conversation_id_talk_conversation"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_talk_hand_participant_id_participant"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_hand")),
    )
    op.create_table(
        "talk_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["talk_conversation.id"],
                                name=op.f("fk_talk_code_conversation_id_talk_conversation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_code")),
    )
    op.create_table(
        "talk_turn_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["segment_id"], ["talk_segment.id"],
                                name=op.f("fk_talk_turn_code_segment_id_talk_segment"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["code_id"], ["talk_code.id"],
                                name=op.f("fk_talk_turn_code_code_id_talk_code"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_turn_code")),
        sa.UniqueConstraint("segment_id", "code_id", name=op.f("uq_talk_turn_code_segment_id")),
    )


def downgrade() -> None:
    op.drop_table("talk_turn_code")
    op.drop_table("talk_code")
    op.drop_table("talk_hand")
