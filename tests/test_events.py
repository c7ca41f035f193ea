"""Event services on a real SQLite file: validation, order, contacts met, deletion."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.services import contacts, events
from app.services.contact_query import ContactFilter, count_contacts, list_contacts
from app.services.contacts import ContactData
from app.services.errors import NotFoundError, ValidationError
from app.services.events import EventData
from app.services.uow import UnitOfWork


def person(session: Session, last_name: str, **fields: object) -> int:
    data = ContactData(last_name=last_name, **fields)  # type: ignore[arg-type]
    return contacts.create_contact(session, data).id


def fair(session: Session, name: str, start: date | None = None, **fields: object) -> int:
    data = EventData(name=name, start_date=start, **fields)  # type: ignore[arg-type]
    return events.save_event(session, data)


def test_create_cleans_and_defaults_the_end_to_the_start(session: Session) -> None:
    event_id = fair(session, "  Salon   des vins de Loire ", date(2026, 2, 2),
                    kind="degustation", place=" Angers ")
    row = events.get_event(session, event_id)
    assert (row.name, row.kind, row.place) == ("Salon des vins de Loire", "degustation", "Angers")
    assert row.start_date == row.end_date == date(2026, 2, 2)
    assert row.contacts == 0


def test_an_empty_name_is_refused_in_french(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        events.save_event(session, EventData(name="   "))
    assert set(err.value.fields) == {"name"}
    assert "Donnez un nom à l'événement" in err.value.fields["name"]
    assert "Certains champs sont à corriger" in str(err.value)
    assert events.list_events(session) == []


def test_an_end_before_the_start_is_refused_in_french(session: Session) -> None:
    data = EventData(name="Vinexpo", start_date=date(2026, 3, 14), end_date=date(2026, 3, 12))
    with pytest.raises(ValidationError) as err:
        events.save_event(session, data)
    assert set(err.value.fields) == {"end_date"}
    assert "La date de fin est avant la date de début" in err.value.fields["end_date"]


def test_an_unknown_kind_and_a_too_long_name_are_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        events.save_event(session, EventData(name="x" * 151, kind="concert"))
    assert set(err.value.fields) == {"name", "kind"}
    assert "trop long" in err.value.fields["name"]


def test_edit_changes_the_event_and_a_vanished_one_is_reported(session: Session) -> None:
    event_id = fair(session, "Portes ouvertes", date(2026, 5, 1))
    data = EventData("Portes ouvertes du domaine", "portes_ouvertes",
                     date(2026, 5, 1), date(2026, 5, 2), "Chai")
    assert events.save_event(session, data, event_id) == event_id
    row = events.get_event(session, event_id)
    assert (row.name, row.kind, row.end_date, row.place) == (
        "Portes ouvertes du domaine", "portes_ouvertes", date(2026, 5, 2), "Chai")
    with pytest.raises(NotFoundError):
        events.save_event(session, data, event_id + 100)


def test_list_is_most_recent_first_and_undated_last(session: Session) -> None:
    fair(session, "Sans date")
    fair(session, "Salon 2024", date(2024, 2, 5))
    fair(session, "Salon 2026", date(2026, 2, 2))
    fair(session, "Dégustation 2026", date(2026, 2, 2), kind="degustation")
    names = [row.name for row in events.list_events(session)]
    assert names == ["Dégustation 2026", "Salon 2026", "Salon 2024", "Sans date"]


def test_adding_contacts_twice_counts_them_once(session: Session) -> None:
    event_id = fair(session, "Salon", date(2026, 2, 2))
    a, b = person(session, "Martin"), person(session, "Durand")
    assert events.add_contacts(session, event_id, [a, b, a]) == 2
    assert events.add_contacts(session, event_id, [b, a]) == 0
    assert events.add_contacts(session, event_id, [a + b + 100]) == 0  # no such contact
    assert sorted(events.contacts_met(session, event_id)) == sorted([a, b])
    assert events.list_events(session)[0].contacts == 2
    assert events.live_contact_count(session, event_id) == 2


def test_adding_to_a_vanished_event_is_reported(session: Session) -> None:
    a = person(session, "Martin")
    with pytest.raises(NotFoundError):
        events.add_contacts(session, 999, [a])


def test_remove_contacts_keeps_them_in_the_file(session: Session) -> None:
    event_id = fair(session, "Salon", date(2026, 2, 2))
    a, b = person(session, "Martin"), person(session, "Durand")
    events.add_contacts(session, event_id, [a, b])
    events.remove_contacts(session, event_id, [a])
    assert events.contacts_met(session, event_id) == [b]
    assert events.get_event(session, event_id).contacts == 1
    assert count_contacts(session) == 2


def test_trashed_contacts_are_not_counted(session: Session) -> None:
    event_id = fair(session, "Salon", date(2026, 2, 2))
    a, b = person(session, "Martin"), person(session, "Durand")
    events.add_contacts(session, event_id, [a, b])
    contacts.trash(session, [a])
    assert events.list_events(session)[0].contacts == 1
    assert events.live_contact_count(session, event_id) == 1
    assert len(events.contacts_met(session, event_id)) == 2  # still recorded, for a restore


def test_delete_keeps_the_contacts_and_clears_their_origin(
    factory: sessionmaker[Session],
) -> None:
    with UnitOfWork(factory) as uow:
        event_id = fair(uow.session, "Salon", date(2026, 2, 2))
        a = person(uow.session, "Martin", origin_event_id=event_id)
        b = person(uow.session, "Durand")
        events.add_contacts(uow.session, event_id, [a, b])
        uow.commit()
        version = contacts.get_contact(uow.session, a).version
    with UnitOfWork(factory) as uow:
        events.delete_event(uow.session, event_id)
        uow.commit()
    with UnitOfWork(factory) as uow:
        assert events.list_events(uow.session) == []
        assert count_contacts(uow.session) == 2
        assert events.events_of_contact(uow.session, b) == []
        changed = contacts.get_contact(uow.session, a)
        assert changed.origin_event_id is None
        assert changed.version == version + 1  # an open sheet sees it was changed


def test_events_of_contact(session: Session) -> None:
    old = fair(session, "Salon 2024", date(2024, 2, 5))
    new = fair(session, "Salon 2026", date(2026, 2, 2))
    fair(session, "Ailleurs", date(2025, 6, 1))
    a, b = person(session, "Martin"), person(session, "Durand")
    events.add_contacts(session, old, [a])
    events.add_contacts(session, new, [a, b])
    rows = events.events_of_contact(session, a)
    assert [r.name for r in rows] == ["Salon 2026", "Salon 2024"]
    assert [r.contacts for r in rows] == [2, 1]
    assert events.events_of_contact(session, person(session, "Petit")) == []


def test_contact_filter_by_event(session: Session) -> None:
    salon = fair(session, "Salon", date(2026, 2, 2))
    other = fair(session, "Dégustation", date(2026, 3, 3), kind="degustation")
    a = person(session, "Lefèvre", first_name="Hélène")
    b = person(session, "Durand")
    person(session, "Petit")
    events.add_contacts(session, salon, [a, b])
    events.add_contacts(session, other, [b])
    met = ContactFilter(event_id=salon)
    assert [r.id for r in list_contacts(session, met)] == [b, a]  # sorted by name
    assert count_contacts(session, met) == 2
    assert count_contacts(session, ContactFilter(event_id=other)) == 1
    assert count_contacts(session, ContactFilter(text="lefevre", event_id=salon)) == 1
    assert count_contacts(session, ContactFilter(event_id=other + 100)) == 0
    assert count_contacts(session) == 3  # None: every contact
    contacts.trash(session, [a])
    assert count_contacts(session, met) == 1
    assert count_contacts(session, ContactFilter(event_id=salon, trash=True)) == 1
