"""postgresql search

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 15:50:00

PostgreSQL only: the extensions and indexes that make search fast on a shared server.
On SQLite this revision changes nothing.

- pg_trgm and a GIN trigram index on contact.search_text: the table's search is
  `search_text LIKE '%term%'` on a folded text (app/services/contacts.derived_keys folds
  accents and case in Python, the same on both stores); without the index it reads every row.
- The sort keys compare byte by byte (COLLATE "C"), as on SQLite: a server created with a
  French locale would otherwise ignore spaces and hyphens and sort differently.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

from app.services.errors import StoreError

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

SEARCH_INDEX = "ix_contact_search_trgm"  # also listed in migrations/env.py (PostgreSQL only)
SORT_KEYS = {"name_key": 250, "company_key": 150, "city_key": 100}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _create_extension("pg_trgm")
    op.execute(f"CREATE INDEX {SEARCH_INDEX} ON contact USING gin (search_text gin_trgm_ops)")
    for column, length in SORT_KEYS.items():
        op.execute(f'ALTER TABLE contact ALTER COLUMN {column} TYPE varchar({length}) COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, length in SORT_KEYS.items():
        op.execute(f"ALTER TABLE contact ALTER COLUMN {column} TYPE varchar({length}) "
                   "COLLATE pg_catalog.\"default\"")
    op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")


def _create_extension(name: str) -> None:
    """pg_trgm is a trusted extension: the owner of the database may create it. A role
    that does not own the database, or a server without postgresql-contrib, cannot."""
    try:
        op.execute(f"CREATE EXTENSION IF NOT EXISTS {name}")
    except DBAPIError as exc:
        raise StoreError(
            f"Le serveur PostgreSQL refuse d'activer l'extension « {name} » ({exc.orig}). "
            "Rien n'a été modifié. Demandez à l'administrateur du serveur d'exécuter, dans "
            f"cette base : CREATE EXTENSION {name}; (paquet postgresql-contrib), ou de "
            "rendre votre utilisateur propriétaire de la base. Voir le guide « Plusieurs "
            "postes : serveur PostgreSQL » du README."
        ) from exc
