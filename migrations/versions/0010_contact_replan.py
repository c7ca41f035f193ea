"""contact_replan: the day the daily planner must look at a contact again

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 19:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty: the first daily run after the upgrade plans the whole file, as before.
    op.create_table('contact_replan',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('replan_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                            name=op.f('fk_contact_replan_contact_id_contact'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_contact_replan'))
    )
    op.create_index(op.f('ix_contact_replan_replan_on'), 'contact_replan', ['replan_on'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_contact_replan_replan_on'), table_name='contact_replan')
    op.drop_table('contact_replan')
