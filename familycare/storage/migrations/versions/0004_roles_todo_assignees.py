"""Caregiver roles (who registers proxies for, accompanies, or is the contact when stuck for a
member; one holder per kind and member, never the member) and an assignee on to-do states.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:12:04.080792
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('roles',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('holder_member_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('member_id <> holder_member_id', name=op.f('ck_roles_not_self')),
    sa.ForeignKeyConstraint(['holder_member_id'], ['members.id'], name=op.f('fk_roles_holder_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_roles_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roles')),
    sa.UniqueConstraint('member_id', 'kind', name='uq_roles_member_kind')
    )
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roles_holder_member_id'), ['holder_member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roles_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('todo_states', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_member_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_todo_states_assignee_member_id'), ['assignee_member_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_todo_states_assignee_member_id_members'), 'members', ['assignee_member_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('todo_states', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_todo_states_assignee_member_id_members'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_todo_states_assignee_member_id'))
        batch_op.drop_column('assignee_member_id')

    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roles_member_id'))
        batch_op.drop_index(batch_op.f('ix_roles_holder_member_id'))

    op.drop_table('roles')
