"""Fair entry mode (Saisie salon): one business card after another, the fair set as origin,
the e-mail consent asked explicitly, and the people the file may already hold shown while
the card is typed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import consents, contacts, duplicates, events
from app.services.consents import ConsentData
from app.services.contacts import ContactData
from app.services.validation import FieldError, normalize_email, normalize_phone

SHOWN = 0.5  # from this score a contact is shown as "already in the file?"


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    score: float
    reasons: list[str]


def save_card(session: Session, event_id: int, data: ContactData,
              email_purposes: tuple[str, ...] = (), on: date | None = None) -> int:
    """The card as a contact met at the fair; the purposes ticked become e-mail consents
    collected on a signed form at the fair. Returns the contact's id."""
    data = replace(data, origin_event_id=event_id, origin_kind="salon",
                   origin_date=on or date.today())
    contact = contacts.create_contact(session, data)
    events.add_contacts(session, event_id, [contact.id])
    if email_purposes and contact.emails:
        consents.record(session, contact.id, ConsentData(
            "email", email_purposes, "granted", on or date.today(), "salon"))
    return contact.id


def met_again(session: Session, event_id: int, contact_id: int,
              email_purposes: tuple[str, ...] = (), on: date | None = None) -> None:
    """Someone the file already has, met at the fair: the fair joins their events, and the
    consents ticked on the card are recorded if they have an e-mail."""
    events.add_contacts(session, event_id, [contact_id])
    if email_purposes and session.scalar(select(Contact.primary_email).where(
            Contact.id == contact_id)):
        consents.record(session, contact_id, ConsentData(
            "email", email_purposes, "granted", on or date.today(), "salon"))


def keys_of_card(data: ContactData) -> duplicates.Keys:
    """The card's keys as typed so far; a half-typed e-mail or phone is simply no key."""
    emails, phones = [], []
    for raw in data.emails:
        try:
            emails.append(normalize_email(raw))
        except FieldError:
            pass
    for raw in data.phones:
        try:
            phones.append(normalize_phone(raw, data.country or "FR"))
        except FieldError:
            pass
    return duplicates.keys_of(data.first_name, data.last_name, data.company, emails, phones,
                              data.postal_code, data.city, data.address_line4)


def candidates(session: Session, index: duplicates.Index, data: ContactData,
               limit: int = 5) -> list[Candidate]:
    """The contacts the card may be, best first."""
    found = [(duplicates.score_of(kinds), cid)
             for cid, kinds in index.matches(keys_of_card(data)).items()]
    found = [(s, cid) for s, cid in found if s[0] >= SHOWN]
    found.sort(key=lambda item: -item[0][0])
    ids = [cid for _s, cid in found[:limit]]
    rows = {cid: (last, first, company, city) for cid, last, first, company, city in
            session.execute(select(Contact.id, Contact.last_name, Contact.first_name,
                                   Contact.company, Contact.city).where(Contact.id.in_(ids)))}
    out = []
    for (score, reasons), cid in found[:limit]:
        if cid in rows:
            last, first, company, city = rows[cid]
            name = contacts.display_name(last, first, company) + (f" ({city})" if city else "")
            out.append(Candidate(cid, name, score, reasons))
    return out
