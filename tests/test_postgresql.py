"""What only a PostgreSQL store has: the trigram search index, byte-order sort keys, the
extension that needs rights, a plain postgresql:// URL. (On the SQLite run: skipped.)"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from app.models import Contact
from app.services import contacts
from app.services.contact_query import ContactFilter, filtered, list_contacts
from app.services.contacts import ContactData
from app.services.demo import generate_demo
from app.services.errors import StoreError
from app.services.store import config_for, current_revision, make_engine, open_store
from app.services.uow import UnitOfWork
from tests.conftest import BACKEND, NewStore, PgServer

pytestmark = pytest.mark.skipif(BACKEND != "postgresql",
                                reason="PostgreSQL only (run with FICHIER_TEST_DB=postgresql)")


def test_search_uses_the_trigram_index(factory) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(factory) as uow:
        generate_demo(uow.session, 2000, seed=1)
        contacts.create_contact(uow.session, ContactData(last_name="Château Pétrus"))
        uow.commit()
    engine: Engine = factory.kw["bind"]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE contact")  # as autovacuum would have done
        # Reading 2 000 rows is still cheap; from about 5 000 the planner picks the index by
        # itself. What is checked here is that the search's own SQL can use it at all.
        conn.exec_driver_sql("SET enable_seqscan = off")
        compiled = filtered(select(Contact.id), ContactFilter(text="petrus")).compile(engine)
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}",
                                                            compiled.params))
    assert "ix_contact_search_trgm" in plan, plan
    with UnitOfWork(factory) as uow:
        found = list_contacts(uow.session, ContactFilter(text="PÉTRUS"))
    assert [r.last_name for r in found] == ["Château Pétrus"]


def test_sort_keys_compare_byte_by_byte_as_on_sqlite(session) -> None:  # type: ignore[no-untyped-def]
    collations = dict(session.execute(text(
        "SELECT column_name, collation_name FROM information_schema.columns "
        "WHERE table_name = 'contact' AND column_name IN ('name_key', 'company_key', 'city_key')"
    )).all())
    assert collations == {"name_key": "C", "company_key": "C", "city_key": "C"}
    for last in ("de la Tour", "Delatour", "Dela-Tour", "Émile", "Eon"):
        contacts.create_contact(session, ContactData(last_name=last))
    names = [r.last_name for r in list_contacts(session)]
    assert names == ["de la Tour", "Dela-Tour", "Delatour", "Émile", "Eon"]


def test_a_plain_postgresql_url_uses_our_driver(store_config) -> None:  # type: ignore[no-untyped-def]
    plain = store_config.url.replace("postgresql+psycopg://", "postgresql://")
    config = config_for(plain)
    assert config.url == store_config.url
    engine: Engine = make_engine(plain)
    try:
        assert current_revision(engine) is not None
    finally:
        engine.dispose()


def test_without_the_right_to_add_extensions_a_french_message_and_nothing_done(
    new_store: NewStore, pg_server: PgServer
) -> None:
    config = new_store("noext", migrated=False)
    database = make_url(config.url).database
    role = make_url(config.url).username
    with pg_server.admin.connect() as conn:  # an owner may take a right away from itself
        conn.exec_driver_sql(f"REVOKE CREATE ON DATABASE {database} FROM {role}, PUBLIC")
    with pytest.raises(StoreError, match="CREATE EXTENSION pg_trgm"):
        open_store(config)
    engine = make_engine(config.url)
    try:
        assert current_revision(engine) is None  # every migration rolled back together
    finally:
        engine.dispose()


def test_concurrent_edits_of_one_contact_do_not_overwrite_silently(factory) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.orm.exc import StaleDataError

    with UnitOfWork(factory) as uow:
        cid = contacts.create_contact(uow.session, ContactData(last_name="Partagé")).id
        uow.commit()
    with UnitOfWork(factory) as first, UnitOfWork(factory) as second:
        a, b = first.session.get(Contact, cid), second.session.get(Contact, cid)
        assert a is not None and b is not None
        a.notes = "de Anne"
        first.commit()
        b.notes = "de Bruno"
        with pytest.raises(StaleDataError):
            second.commit()
    with UnitOfWork(factory) as uow:
        assert uow.session.get(Contact, cid).notes == "de Anne"  # type: ignore[union-attr]


def test_an_erasure_vacuums_the_old_row_versions_away(factory) -> None:  # type: ignore[no-untyped-def]
    from app.services import gdpr

    with UnitOfWork(factory) as uow:
        cid = contacts.create_contact(uow.session, ContactData(last_name="Zéphirine")).id
        uow.commit()
        gdpr.erase(uow.session, cid)
        uow.commit()
        gdpr.scrub(uow.session)
    engine: Engine = factory.kw["bind"]
    with engine.connect() as conn:
        vacuumed = conn.execute(text(
            "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL")).scalars()
        assert {"contact", "contact_email", "interaction"} <= set(vacuumed)
        # what a query can still read: the row, anonymised, and no old version of it
        assert conn.execute(text("SELECT count(*) FROM contact WHERE last_name = 'Zéphirine'")
                            ).scalar() == 0
