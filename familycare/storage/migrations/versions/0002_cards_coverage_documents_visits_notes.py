"""Cards and PIN counters, lost-card cases, coverage, documents, facilities, visits,
sensitive-note references and to-do state; tracked timestamps become NOT NULL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:03:56.540152
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('facilities',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('online_check', sa.Boolean(), nullable=True),
    sa.Column('face_reader', sa.Boolean(), nullable=True),
    sa.Column('smartphone_reader', sa.Boolean(), nullable=True),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilities')),
    sa.UniqueConstraint('name', name=op.f('uq_facilities_name'))
    )
    op.create_table('todo_states',
    sa.Column('todo_key', sa.String(length=200), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_todo_states')),
    sa.UniqueConstraint('todo_key', name=op.f('uq_todo_states_todo_key'))
    )
    op.create_table('cards',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('printed_expires_on', sa.Date(), nullable=True),
    sa.Column('cert_issued_on', sa.Date(), nullable=True),
    sa.Column('cert_renewed_before_expiry', sa.Boolean(), nullable=False),
    sa.Column('notified_cert_expires_on', sa.Date(), nullable=True),
    sa.Column('insurance_registered', sa.Boolean(), nullable=False),
    sa.Column('registration_checked_on', sa.Date(), nullable=True),
    sa.Column('smartphone_set_up', sa.Boolean(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_cards_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cards_member_id'), ['member_id'], unique=False)
        batch_op.create_index('uq_cards_one_current_per_member', ['member_id'], unique=True, sqlite_where=sa.text('is_current = 1'), postgresql_where=sa.text('is_current'))

    op.create_table('coverages',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('insurer_name', sa.String(length=200), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('is_dependent', sa.Boolean(), nullable=False),
    sa.Column('holder_member_id', sa.Integer(), nullable=True),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['holder_member_id'], ['members.id'], name=op.f('fk_coverages_holder_member_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_coverages_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coverages'))
    )
    with op.batch_alter_table('coverages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coverages_member_id'), ['member_id'], unique=False)

    op.create_table('documents',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('held', sa.Boolean(), nullable=False),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_documents_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_member_id'), ['member_id'], unique=False)

    op.create_table('note_refs',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('keyring_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_note_refs_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_refs')),
    sa.UniqueConstraint('keyring_id', name=op.f('uq_note_refs_keyring_id'))
    )
    with op.batch_alter_table('note_refs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_refs_member_id'), ['member_id'], unique=False)

    op.create_table('visits',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('visit_on', sa.Date(), nullable=False),
    sa.Column('plan_json', sa.Text(), nullable=False),
    sa.Column('plan_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('printed_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_visits_facility_id_facilities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_visits_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_visit_on'), ['visit_on'], unique=False)

    op.create_table('lost_card_cases',
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('lost_on', sa.Date(), nullable=False),
    sa.Column('lost_outside_home', sa.Boolean(), nullable=False),
    sa.Column('suspended_on', sa.Date(), nullable=True),
    sa.Column('police_reported_on', sa.Date(), nullable=True),
    sa.Column('loss_reported_on', sa.Date(), nullable=True),
    sa.Column('reissue_applied_on', sa.Date(), nullable=True),
    sa.Column('express_reissue', sa.Boolean(), nullable=False),
    sa.Column('qualification_certificate_requested_on', sa.Date(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_lost_card_cases_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lost_card_cases'))
    )
    with op.batch_alter_table('lost_card_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lost_card_cases_card_id'), ['card_id'], unique=False)

    op.create_table('pin_counters',
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('pin_kind', sa.String(length=20), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_event_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_pin_counters_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pin_counters')),
    sa.UniqueConstraint('card_id', 'pin_kind', name='uq_pin_counters_card_kind')
    )
    with op.batch_alter_table('pin_counters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pin_counters_card_id'), ['card_id'], unique=False)

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=False)
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=False)

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=False)
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=False)

    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=False)
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=False)



def downgrade() -> None:
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=True)
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=True)

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=True)
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=True)

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('updated_at',
               existing_type=sa.DATETIME(),
               nullable=True)
        batch_op.alter_column('created_at',
               existing_type=sa.DATETIME(),
               nullable=True)

    with op.batch_alter_table('pin_counters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pin_counters_card_id'))

    op.drop_table('pin_counters')
    with op.batch_alter_table('lost_card_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lost_card_cases_card_id'))

    op.drop_table('lost_card_cases')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_visit_on'))
        batch_op.drop_index(batch_op.f('ix_visits_member_id'))
        batch_op.drop_index(batch_op.f('ix_visits_facility_id'))

    op.drop_table('visits')
    with op.batch_alter_table('note_refs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_refs_member_id'))

    op.drop_table('note_refs')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_member_id'))

    op.drop_table('documents')
    with op.batch_alter_table('coverages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coverages_member_id'))

    op.drop_table('coverages')
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_index('uq_cards_one_current_per_member', sqlite_where=sa.text('is_current = 1'), postgresql_where=sa.text('is_current'))
        batch_op.drop_index(batch_op.f('ix_cards_member_id'))

    op.drop_table('cards')
    op.drop_table('todo_states')
    op.drop_table('facilities')
