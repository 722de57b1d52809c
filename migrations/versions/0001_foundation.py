"""Foundation: the whole convening domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('convening',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('resources_url', sa.String(length=500), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('aim', sa.Text(), nullable=False),
    sa.Column('created_us', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convening'))
    )
    op.create_table('lens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lens')),
    sa.UniqueConstraint('name', name=op.f('uq_lens_name'))
    )
    op.create_table('pairing_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('criteria_json', sa.Text(), nullable=False),
    sa.Column('created_us', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairing_round'))
    )
    op.create_table('protocol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('when_to_use', sa.Text(), nullable=False),
    sa.Column('credit', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('group_size', sa.String(length=40), nullable=False),
    sa.Column('roles_json', sa.Text(), nullable=False),
    sa.Column('materials_json', sa.Text(), nullable=False),
    sa.Column('norms_json', sa.Text(), nullable=False),
    sa.Column('equity_moves_json', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol')),
    sa.UniqueConstraint('name', name=op.f('uq_protocol_name'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=200), nullable=False),
    sa.Column('focus', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name'))
    )
    op.create_table('day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convening_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_minutes', sa.Integer(), nullable=False),
    sa.Column('end_minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['convening_id'], ['convening.id'], name=op.f('fk_day_convening_id_convening'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day'))
    )
    op.create_table('pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('team_a_id', sa.Integer(), nullable=False),
    sa.Column('team_b_id', sa.Integer(), nullable=False),
    sa.Column('team_c_id', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['pairing_round.id'], name=op.f('fk_pair_round_id_pairing_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_a_id'], ['team.id'], name=op.f('fk_pair_team_a_id_team'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_b_id'], ['team.id'], name=op.f('fk_pair_team_b_id_team'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_c_id'], ['team.id'], name=op.f('fk_pair_team_c_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair'))
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('pronouns', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_participant_team_id_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    op.create_table('protocol_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('protocol_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('speakers_json', sa.Text(), nullable=False),
    sa.Column('script', sa.Text(), nullable=False),
    sa.Column('prompt', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['protocol_id'], ['protocol.id'], name=op.f('fk_protocol_step_protocol_id_protocol'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol_step'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['day.id'], name=op.f('fk_agenda_item_day_id_day'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    op.create_table('lens_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lens_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['lens_id'], ['lens.id'], name=op.f('fk_lens_value_lens_id_lens'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_lens_value_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lens_value')),
    sa.UniqueConstraint('lens_id', 'participant_id', name=op.f('uq_lens_value_lens_id'))
    )
    op.create_table('board',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('created_us', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_board_item_id_agenda_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board'))
    )
    op.create_table('talk_segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('started_us', sa.BigInteger(), nullable=False),
    sa.Column('ended_us', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_talk_segment_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_talk_segment_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talk_segment'))
    )
    op.create_table('timer_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at_us', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('delta', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_timer_event_item_id_agenda_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timer_event'))
    )
    op.create_table('cluster',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_cluster_board_id_board'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster'))
    )
    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('created_us', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_note_board_id_board'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_note_cluster_id_cluster'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_vote_board_id_board'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_vote_cluster_id_cluster'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_vote_note_id_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )


def downgrade() -> None:
    op.drop_table('vote')
    op.drop_table('note')
    op.drop_table('cluster')
    op.drop_table('timer_event')
    op.drop_table('talk_segment')
    op.drop_table('board')
    op.drop_table('lens_value')
    op.drop_table('agenda_item')
    op.drop_table('protocol_step')
    op.drop_table('participant')
    op.drop_table('pair')
    op.drop_table('day')
    op.drop_table('team')
    op.drop_table('protocol')
    op.drop_table('pairing_round')
    op.drop_table('lens')
    op.drop_table('convening')
