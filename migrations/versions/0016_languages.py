"""Languages: the convening's projector and handout languages, and protocols' texts in other languages.

`convening.projector_lang` is one of "en", "es", "en+es", "es+en" (two codes: a bilingual projector, the first
language large, the second smaller); `convening.handout_lang` is "en", "es" or "bilingual". A protocol's and a
step's texts in another language are JSON keyed by language code, beside the texts as written:
`protocol.texts_json` {"es": {"name", "purpose", "when_to_use"}}, `protocol_step.texts_json`
{"es": {"title", "script", "prompt"}}; a missing key means "as written".

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
    with op.batch_alter_table("protocol") as batch:
        batch.add_column(sa.Column("texts_json", sa.Text(), server_default="{}", nullable=False))
    with op.batch_alter_table("protocol_step") as batch:
        batch.add_column(sa.Column("texts_json", sa.Text(), server_default="{}", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("protocol_step") as batch:
        batch.drop_column("texts_json")
    with op.batch_alter_table("protocol") as batch:
        batch.drop_column("texts_json")
    with op.batch_alter_table("convening") as batch:
        batch.drop_column("handout_lang")
        batch.drop_column("projector_lang")
