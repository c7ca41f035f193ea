"""one proposal per contact and cadence rule; the agenda's index covers the contact

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

NOT_BY_HAND = sa.text("rule_key != ''")


def upgrade() -> None:
    # The planner never wrote a key twice, but a file copied between PCs might hold one:
    # keep the most advanced task of each (done, dismissed, open, proposed), then the oldest.
    op.execute("""
        DELETE FROM task WHERE rule_key != '' AND id NOT IN (
            SELECT id FROM (
                SELECT id, ROW_NUMBER() OVER (
                    PARTITION BY contact_id, rule_key
                    ORDER BY CASE status WHEN 'done' THEN 0 WHEN 'dismissed' THEN 1
                                         WHEN 'open' THEN 2 ELSE 3 END, id
                ) AS rank FROM task WHERE rule_key != ''
            ) AS ranked WHERE rank = 1
        )
    """)
    op.drop_index('ix_task_due_status', table_name='task')
    op.create_index('ix_task_due_status', 'task', ['due_on', 'status', 'contact_id'])
    op.create_index('uq_task_contact_rule', 'task', ['contact_id', 'rule_key'], unique=True,
                    sqlite_where=NOT_BY_HAND, postgresql_where=NOT_BY_HAND)


def downgrade() -> None:
    op.drop_index('uq_task_contact_rule', table_name='task')
    op.drop_index('ix_task_due_status', table_name='task')
    op.create_index('ix_task_due_status', 'task', ['due_on', 'status'])
