"""Delegations (who may act for whom, with scopes and dates), guarded sessions on a shared
device (at most one not-done session per device) and their checklist steps.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:29:31.558296
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('delegations',
    sa.Column('principal_member_id', sa.Integer(), nullable=False),
    sa.Column('agent_member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('scopes', sa.Text(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('review_due', sa.Date(), nullable=True),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('principal_member_id <> agent_member_id', name=op.f('ck_delegations_not_self')),
    sa.ForeignKeyConstraint(['agent_member_id'], ['members.id'], name=op.f('fk_delegations_agent_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['principal_member_id'], ['members.id'], name=op.f('fk_delegations_principal_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegations'))
    )
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegations_agent_member_id'), ['agent_member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegations_principal_member_id'), ['principal_member_id'], unique=False)

    op.create_table('proxy_sessions',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_proxy_sessions_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proxy_sessions'))
    )
    with op.batch_alter_table('proxy_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proxy_sessions_member_id'), ['member_id'], unique=False)
        batch_op.create_index('uq_proxy_sessions_one_open_per_device', ['device_id'], unique=True, sqlite_where=sa.text("state <> 'done'"), postgresql_where=sa.text("state <> 'done'"))

    op.create_table('checklist_steps',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=10), nullable=False),
    sa.Column('step_key', sa.String(length=40), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['proxy_sessions.id'], name=op.f('fk_checklist_steps_session_id_proxy_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_steps')),
    sa.UniqueConstraint('session_id', 'step_key', name='uq_checklist_steps_session_step')
    )
    with op.batch_alter_table('checklist_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_steps_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('checklist_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_steps_session_id'))

    op.drop_table('checklist_steps')
    with op.batch_alter_table('proxy_sessions', schema=None) as batch_op:
        batch_op.drop_index('uq_proxy_sessions_one_open_per_device', sqlite_where=sa.text("state <> 'done'"), postgresql_where=sa.text("state <> 'done'"))
        batch_op.drop_index(batch_op.f('ix_proxy_sessions_member_id'))

    op.drop_table('proxy_sessions')
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegations_principal_member_id'))
        batch_op.drop_index(batch_op.f('ix_delegations_agent_member_id'))

    op.drop_table('delegations')
