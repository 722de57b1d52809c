"""Languages of a convening: what the projector shows (en, es, en+es, es+en) and what the handout is written in
(en, es, bilingual). Both default to English, so a file from before reads as it did.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("convening") as batch:
        batch.add_column(sa.Column("projector_lang", sa.String(length=8), server_default="en", nullable=False))
        batch.add_column(sa.Column("handout_lang", sa.String(length=12), server_default="en", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("convening") as batch:
        batch.drop_column("handout_lang")
        batch.drop_column("projector_lang")
