"""Saved lists of contacts: a selection kept under a name for a later label run or call list.

A list keeps its members even when they go to the trash (a restored contact is back in its
lists); the contact table and the mailing read a list as one more filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.models import Contact, SavedList, saved_list_contact
from app.services.contact_query import ContactFilter, filtered
from app.services.errors import NotFoundError, ValidationError

CHUNK = 5000


@dataclass(frozen=True)
class ListRow:
    id: int
    name: str
    contacts: int  # outside the trash


def save_list(session: Session, name: str, contact_ids: Sequence[int] | None = None,
              flt: ContactFilter | None = None) -> int:
    """Keep the contacts (the ids, or every contact of the filter) under a name; a list of the
    same name is replaced. Returns the list's id."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Donnez un nom à la liste."})
    if len(name) > 120:
        raise ValidationError({"name": "Le nom de la liste est trop long (120 caractères)."})
    if contact_ids is None:  # read before anything is deleted: the filter may be this list
        query = filtered(select(Contact.id), flt or ContactFilter())
        contact_ids = list(session.scalars(query))
    found = session.scalar(select(SavedList).where(SavedList.name == name))
    if found is None:
        found = SavedList(name=name)
        session.add(found)
        session.flush()
    else:
        session.execute(delete(saved_list_contact).where(saved_list_contact.c.list_id == found.id))
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), CHUNK):
        session.execute(insert(saved_list_contact), [
            {"list_id": found.id, "contact_id": cid} for cid in ids[start:start + CHUNK]])
    return found.id


def list_lists(session: Session) -> list[ListRow]:
    live = (
        select(func.count(Contact.id))
        .join(saved_list_contact, saved_list_contact.c.contact_id == Contact.id)
        .where(saved_list_contact.c.list_id == SavedList.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    rows = session.execute(select(SavedList.id, SavedList.name, live).order_by(SavedList.name))
    return [ListRow(i, n, int(c or 0)) for i, n, c in rows]


def delete_list(session: Session, list_id: int) -> None:
    """The list goes; its contacts stay."""
    if session.get(SavedList, list_id) is None:
        raise NotFoundError("Cette liste n'existe plus.")
    session.execute(delete(saved_list_contact).where(saved_list_contact.c.list_id == list_id))
    session.execute(delete(SavedList).where(SavedList.id == list_id))


def trashed_members(session: Session, list_id: int) -> list[tuple[int, str, str, str]]:
    """(id, last name, first name, company) of the list's contacts now in the trash."""
    query = (
        select(Contact.id, Contact.last_name, Contact.first_name, Contact.company)
        .join(saved_list_contact, saved_list_contact.c.contact_id == Contact.id)
        .where(saved_list_contact.c.list_id == list_id, Contact.deleted_at.is_not(None))
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]
