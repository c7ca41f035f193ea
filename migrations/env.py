"""Alembic environment: uses the connection passed in by app.services.store when there is one."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.models import Base

config = context.config
target_metadata = Base.metadata


# Made by migration 0008 on PostgreSQL only (a GIN trigram index the models cannot declare
# for both stores): not a difference between the models and the schema.
POSTGRESQL_ONLY = {"ix_contact_search_trgm"}


def _include(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ == "index" and name in POSTGRESQL_ONLY)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
