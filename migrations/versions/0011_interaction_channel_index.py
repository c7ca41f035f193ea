"""The interaction index carries the channel: the planner's and the categories' reads of
the last contact by channel are answered from the index alone

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 08:00:00
"""

from __future__ import annotations

from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Same leading columns: every query the old index served, the new one serves.
    op.create_index('ix_interaction_contact_date_channel', 'interaction',
                    ['contact_id', 'occurred_on', 'channel'], unique=False)
    op.drop_index('ix_interaction_contact_date', table_name='interaction')


def downgrade() -> None:
    op.create_index('ix_interaction_contact_date', 'interaction',
                    ['contact_id', 'occurred_on'], unique=False)
    op.drop_index('ix_interaction_contact_date_channel', table_name='interaction')
