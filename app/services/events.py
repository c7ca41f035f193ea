"""Events (salon, dégustation, portes ouvertes) and the contacts met at each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.models import Contact, Event, event_contact
from app.models.base import utcnow
from app.services.errors import NotFoundError, ValidationError
from app.services.text import fold, squeeze

# The codes are stored; these French names are for the command line and exports. The
# interface shows its own translated names (app/ui/event_dialog.py: kind_labels).
KINDS = {
    "salon": "Salon",
    "degustation": "Dégustation",
    "portes_ouvertes": "Portes ouvertes",
    "autre": "Autre",
}
NAME_MAX = PLACE_MAX = 150  # the column widths of app/models/commerce.py


@dataclass(frozen=True)
class EventRow:
    """An event with how many contacts (outside the trash) were met there."""

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


# `is_(None)` first: NULL dates sort last on both SQLite and PostgreSQL.
ORDER = (Event.start_date.is_(None), Event.start_date.desc(), Event.name, Event.id)


def _with_counts() -> Select[Any]:
    """Events with their number of live contacts, most recent first, undated ones last.

    Contacts in the trash are not counted: the count matches the list shown beside it.
    """
    met = (
        select(event_contact.c.event_id, func.count().label("n"))
        .join(Contact, Contact.id == event_contact.c.contact_id)
        .where(Contact.deleted_at.is_(None))
        .group_by(event_contact.c.event_id)
        .subquery()
    )
    return (
        select(Event, func.coalesce(met.c.n, 0))
        .outerjoin(met, met.c.event_id == Event.id)
        .order_by(*ORDER)
    )


def list_events(session: Session, counted: bool = True) -> list[EventRow]:
    """Most recent first; events with no date last. Lists that only name the events (the
    filter, the sheet's Event box) skip counting their contacts (`counted` False: 0)."""
    if not counted:
        query = select(Event).order_by(*ORDER)
        return [_row(e, 0) for e in session.scalars(query)]
    return [_row(e, int(n)) for e, n in session.execute(_with_counts())]


def get_event(session: Session, event_id: int) -> EventRow:
    found = session.execute(_with_counts().where(Event.id == event_id)).first()
    if found is None:
        raise NotFoundError("Cet événement n'existe plus : il a peut-être été supprimé.")
    return _row(found[0], int(found[1]))


def _row(e: Event, contacts: int) -> EventRow:
    return EventRow(e.id, e.name, e.kind, e.start_date, e.end_date, e.place, contacts)


def _check(data: EventData) -> tuple[str, str]:
    """The cleaned name and place, or ValidationError with every problem in French."""
    name, place = squeeze(data.name), squeeze(data.place)
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Donnez un nom à l'événement (exemple : Salon des vins de Loire 2026)."
    elif len(name) > NAME_MAX:
        errors["name"] = f"Le nom de l'événement est trop long ({NAME_MAX} caractères au plus)."
    if data.kind not in KINDS:
        errors["kind"] = "Choisissez le genre d'événement : salon, dégustation, portes ouvertes…"
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = (
            "La date de fin est avant la date de début : corrigez l'une ou l'autre."
        )
    if len(place) > PLACE_MAX:
        errors["place"] = f"Le lieu est trop long ({PLACE_MAX} caractères au plus)."
    if errors:
        raise ValidationError(errors)
    return name, place


def save_event(session: Session, data: EventData, event_id: int | None = None) -> int:
    """Create (event_id None) or change an event; returns its id.

    A one-day event may give only one date: the other one takes the same day.
    """
    name, place = _check(data)
    event = Event() if event_id is None else session.get(Event, event_id)
    if event is None:
        raise NotFoundError("Cet événement n'existe plus : il a peut-être été supprimé.")
    event.name, event.kind, event.place = name, data.kind, place
    event.start_date = data.start_date or data.end_date
    event.end_date = data.end_date or data.start_date
    session.add(event)
    session.flush()
    return event.id


def delete_event(session: Session, event_id: int) -> None:
    """The contacts stay; they simply no longer show this event as where they were met."""
    # Explicit rather than left to ON DELETE: the contacts whose origin was this event get a
    # new version, so a sheet open on one of them reports the change instead of failing.
    session.execute(delete(event_contact).where(event_contact.c.event_id == event_id))
    session.execute(
        update(Contact)
        .where(Contact.origin_event_id == event_id)
        .values(origin_event_id=None, version=Contact.version + 1, updated_at=utcnow())
    )
    session.execute(delete(Event).where(Event.id == event_id))


def contacts_met(session: Session, event_id: int) -> list[int]:
    """Ids of every contact recorded at the event, trash included."""
    query = select(event_contact.c.contact_id).where(event_contact.c.event_id == event_id)
    return list(session.scalars(query))


def add_contacts(session: Session, event_id: int, contact_ids: list[int]) -> int:
    """Record that these contacts were met at the event; already recorded ones are skipped.

    Returns how many were added. Ids of contacts that no longer exist are ignored.
    """
    if session.get(Event, event_id) is None:
        raise NotFoundError("Cet événement n'existe plus : il a peut-être été supprimé.")
    wanted = list(dict.fromkeys(contact_ids))
    if not wanted:
        return 0
    existing = set(session.scalars(select(Contact.id).where(Contact.id.in_(wanted))))
    known = set(contacts_met(session, event_id))
    new = [cid for cid in wanted if cid in existing and cid not in known]
    if new:
        session.execute(
            insert(event_contact), [{"event_id": event_id, "contact_id": c} for c in new]
        )
    return len(new)


def remove_contacts(session: Session, event_id: int, contact_ids: list[int]) -> None:
    """The contacts stay in the file; only the record of meeting them there goes."""
    session.execute(
        delete(event_contact).where(
            event_contact.c.event_id == event_id, event_contact.c.contact_id.in_(contact_ids)
        )
    )


def events_of_contact(session: Session, contact_id: int) -> list[EventRow]:
    """The events where this contact was met, most recent first, with their counts."""
    at = select(event_contact.c.event_id).where(event_contact.c.contact_id == contact_id)
    query = _with_counts().where(Event.id.in_(at))
    return [_row(e, int(n)) for e, n in session.execute(query)]


def live_contact_count(session: Session, event_id: int) -> int:
    """Contacts met at the event that are not in the trash."""
    query = (
        select(func.count())
        .select_from(event_contact)
        .join(Contact, Contact.id == event_contact.c.contact_id)
        .where(event_contact.c.event_id == event_id, Contact.deleted_at.is_(None))
    )
    return int(session.scalar(query) or 0)


def find_or_create(session: Session, name: str, kind: str = "salon") -> int:
    """The event of that name (case and accents ignored), created today if there is none."""
    wanted = fold(name)
    for event_id, existing in session.execute(select(Event.id, Event.name)):
        if fold(existing) == wanted:
            return int(event_id)
    return save_event(session, EventData(name.strip(), kind, date.today()))
