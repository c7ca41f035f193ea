"""Events (salon, dégustation, portes ouvertes) and the contacts met at each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.models import Contact, Event, event_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.text import squeeze

KINDS = {
    "salon": "Salon",
    "degustation": "Dégustation",
    "portes_ouvertes": "Portes ouvertes",
    "autre": "Autre",
}


@dataclass(frozen=True)
class EventRow:
    """An event with how many contacts were met there."""

    id: int
    name: str
    kind: str
    start_date: date | None
    end_date: date | None
    place: str
    contacts: int


@dataclass(frozen=True)
class EventData:
    """What the user types for an event."""

    name: str
    kind: str = "salon"
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""


def list_events(session: Session) -> list[EventRow]:
    """Most recent first; events with no date last."""
    met = (
        select(event_contact.c.event_id, func.count().label("n"))
        .group_by(event_contact.c.event_id)
        .subquery()
    )
    rows = session.execute(
        select(Event, func.coalesce(met.c.n, 0))
        .outerjoin(met, met.c.event_id == Event.id)
        .order_by(Event.start_date.is_(None), Event.start_date.desc(), Event.name)
    )
    return [_row(e, int(n)) for e, n in rows]


def _row(e: Event, contacts: int) -> EventRow:
    return EventRow(e.id, e.name, e.kind, e.start_date, e.end_date, e.place, contacts)


def save_event(session: Session, data: EventData, event_id: int | None = None) -> int:
    """Create (event_id None) or change an event; returns its id."""
    name = squeeze(data.name)
    errors = {}
    if not name:
        errors["name"] = "Donnez un nom à l'événement (exemple : Salon des vins de Loire 2026)."
    if data.kind not in KINDS:
        errors["kind"] = "Choisissez le genre d'événement : salon, dégustation, portes ouvertes…"
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "La date de fin est avant la date de début."
    if errors:
        raise ValidationError(errors)
    event = Event() if event_id is None else session.get(Event, event_id)
    if event is None:
        raise NotFoundError("Cet événement n'existe plus.")
    event.name, event.kind, event.place = name, data.kind, squeeze(data.place)
    event.start_date, event.end_date = data.start_date, data.end_date or data.start_date
    session.add(event)
    session.flush()
    return event.id


def delete_event(session: Session, event_id: int) -> None:
    """The contacts stay; they simply no longer show this event as where they were met."""
    session.execute(delete(Event).where(Event.id == event_id))


def contacts_met(session: Session, event_id: int) -> list[int]:
    query = select(event_contact.c.contact_id).where(event_contact.c.event_id == event_id)
    return list(session.scalars(query))


def add_contacts(session: Session, event_id: int, contact_ids: list[int]) -> int:
    """Record that these contacts were met at the event; already recorded ones are skipped."""
    known = set(contacts_met(session, event_id))
    new = [cid for cid in dict.fromkeys(contact_ids) if cid not in known]
    if new:
        session.execute(
            insert(event_contact), [{"event_id": event_id, "contact_id": c} for c in new]
        )
    return len(new)


def remove_contacts(session: Session, event_id: int, contact_ids: list[int]) -> None:
    session.execute(
        delete(event_contact).where(
            event_contact.c.event_id == event_id, event_contact.c.contact_id.in_(contact_ids)
        )
    )


def events_of_contact(session: Session, contact_id: int) -> list[EventRow]:
    query = (
        select(Event)
        .join(event_contact, event_contact.c.event_id == Event.id)
        .where(event_contact.c.contact_id == contact_id)
        .order_by(Event.start_date.desc())
    )
    return [_row(e, 0) for e in session.scalars(query)]


def live_contact_count(session: Session, event_id: int) -> int:
    """Contacts met at the event that are not in the trash."""
    query = (
        select(func.count())
        .select_from(event_contact)
        .join(Contact, Contact.id == event_contact.c.contact_id)
        .where(event_contact.c.event_id == event_id, Contact.deleted_at.is_(None))
    )
    return int(session.scalar(query) or 0)
