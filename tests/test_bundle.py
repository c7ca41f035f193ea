"""Laptop to office: two real SQLite files edited apart, then merged; nothing lost."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.models import Consent, Contact, Interaction, Order
from app.services import bundle, contacts, journal, tasks
from app.services.consents import ConsentData, record
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork

TODAY = date.today()


def store(path: Path):  # type: ignore[no-untyped-def]
    return open_store(config_for(str(path)))


def by_name(session, last: str) -> Contact:  # type: ignore[no-untyped-def]
    found = session.scalar(select(Contact).where(Contact.last_name == last))
    assert found is not None
    return found


def test_two_files_edited_apart_merge_with_nothing_lost(tmp_path: Path) -> None:
    office_db, laptop_db = tmp_path / "bureau.db", tmp_path / "portable.db"
    factory = store(office_db)
    with UnitOfWork(factory) as uow:
        s = uow.session
        for last in ("Alpha", "Bravo", "Echo"):
            contacts.create_contact(s, ContactData(last_name=last, first_name="Jean",
                                                   city="Bordeaux", notes="base"))
        s.flush()
        s.execute(update(Contact).values(updated_at=datetime.now() - timedelta(days=3)))
        uow.commit()
    factory.kw["bind"].dispose()
    shutil.copy(office_db, laptop_db)  # the laptop leaves for the fair with a copy

    laptop = store(laptop_db)
    with UnitOfWork(laptop) as uow:
        s = uow.session
        alpha = by_name(s, "Alpha")
        alpha.city, alpha.notes = "Libourne", "Déménagé"
        alpha.birth_date, alpha.good_payer = date(1970, 5, 3), True
        journal.add_interaction(s, by_name(s, "Bravo").id, TODAY, "tasting", "Au salon")
        echo = by_name(s, "Echo")
        echo.notes = "Note du portable"
        new = contacts.create_contact(s, ContactData(
            last_name="Nouveau", first_name="Luc", emails=["luc@nouveau.fr"],
            tags=["Salon 2026"])).id
        tasks.add_task(s, new, TODAY + timedelta(days=3), "call", "Rappeler pour le rosé")
        journal.add_order(s, new, TODAY, amount=Decimal("120"))
        record(s, new, ConsentData("email", ("offers",), "granted", TODAY, "salon"))
        uow.commit()
        out = tmp_path / "lot.json"
        assert bundle.export_bundle(uow.session, out, TODAY) == 4
    laptop.kw["bind"].dispose()

    factory = store(office_db)
    with UnitOfWork(factory) as uow:
        s = uow.session
        by_name(s, "Echo").notes = "Note du bureau"  # edited on both sides: a conflict
        contacts.create_contact(s, ContactData(last_name="Nouveau", first_name="Luc",
                                               emails=["luc@nouveau.fr"], city="Pauillac"))
        uow.commit()
        plan = bundle.plan_bundle(s, bundle.read_bundle(out))
        assert plan.summary() == ("0 nouveau(x) contact(s), 3 déjà connu(s), 1 reconnu(s) "
                                  "comme doublon(s) ; 1 conflit(s) à trancher.")
        (conflict,) = plan.conflicts
        assert (conflict.field, conflict.mine, conflict.theirs) == (
            "notes", "Note du bureau", "Note du portable")
        conflict.take_theirs = True
        added = bundle.apply_bundle(s, plan)
        uow.commit()
        assert added == {"contacts": 0, "interactions": 1, "orders": 1, "consents": 1,
                         "tasks": 1}
        alpha = by_name(s, "Alpha")
        assert (alpha.birth_date, alpha.good_payer) == (date(1970, 5, 3), True)
        assert (by_name(s, "Alpha").city, by_name(s, "Alpha").notes) == ("Libourne", "Déménagé")
        assert by_name(s, "Echo").notes == "Note du portable"
        luc = by_name(s, "Nouveau")
        assert luc.city == "Pauillac"  # the office's value stays, the laptop's rows join it
        assert [t.name for t in luc.tags] == ["Salon 2026"]
        assert s.scalar(select(func.count(Contact.id))) == 4
        assert s.scalar(select(Order.amount).where(Order.contact_id == luc.id)) == Decimal("120")
        assert s.scalar(select(Consent.status).where(Consent.contact_id == luc.id)) == "granted"
        assert s.scalar(select(Interaction.summary)) == "Au salon"
        again = bundle.apply_bundle(s, bundle.plan_bundle(s, bundle.read_bundle(out)))
        assert again == {"contacts": 0, "interactions": 0, "orders": 0, "consents": 0,
                         "tasks": 0}
    factory.kw["bind"].dispose()


def test_a_file_that_is_not_a_bundle_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ValidationError, match="n'est pas un lot"):
        bundle.read_bundle(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="pas un lot lisible"):
        bundle.read_bundle(path)
