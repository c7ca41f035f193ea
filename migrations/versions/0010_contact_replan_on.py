"""contact.replan_on: the day the daily planner must look at a contact again

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
    # NULL everywhere: the first daily run after the upgrade plans the whole file, as before.
    op.add_column('contact', sa.Column('replan_on', sa.Date(), nullable=True))
    op.create_index(op.f('ix_contact_replan_on'), 'contact', ['replan_on'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_contact_replan_on'), table_name='contact')
    with op.batch_alter_table('contact') as batch:
        batch.drop_column('replan_on')
