"""The editable list of contact types (caviste, restaurateur, … plus the user's own)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Contact, ContactType
from app.services.errors import ValidationError
from app.services.text import fold, squeeze


@dataclass(frozen=True)
class TypeRow:
    """A contact type with how many contacts use it (the trash included)."""

    id: int
    code: str
    label: str
    used_by: int


def list_types(session: Session) -> list[TypeRow]:
    used = (
        select(Contact.contact_type_id, func.count().label("n"))
        .group_by(Contact.contact_type_id)
        .subquery()
    )
    rows = session.execute(
        select(ContactType, func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.contact_type_id == ContactType.id)
        .order_by(ContactType.position, ContactType.id)
    )
    return [TypeRow(t.id, t.code, t.label, int(n)) for t, n in rows]


def add_type(session: Session, label: str) -> TypeRow:
    label = squeeze(label)
    code = fold(label).replace(" ", "_")
    if not code:
        raise ValidationError({"label": "Donnez un nom au type de contact."})
    if session.scalar(select(ContactType.id).where(ContactType.code == code)) is not None:
        raise ValidationError({"label": f"Le type « {label} » existe déjà."})
    position = (session.scalar(select(func.max(ContactType.position))) or 0) + 1
    row = ContactType(code=code, label=label, position=position)
    session.add(row)
    session.flush()
    return TypeRow(row.id, row.code, row.label, 0)


def rename_type(session: Session, type_id: int, label: str) -> None:
    """The code stays (exports and filters rely on it); only the shown label changes."""
    label = squeeze(label)
    if not label:
        raise ValidationError({"label": "Donnez un nom au type de contact."})
    same = select(ContactType.id).where(
        func.lower(ContactType.label) == label.lower(), ContactType.id != type_id
    )
    if session.scalar(same) is not None:
        raise ValidationError({"label": f"Le type « {label} » existe déjà."})
    session.execute(update(ContactType).where(ContactType.id == type_id).values(label=label))


def delete_type(session: Session, type_id: int) -> None:
    """Contacts of this type keep everything else and simply have no type any more."""
    session.execute(
        update(Contact).where(Contact.contact_type_id == type_id).values(contact_type_id=None)
    )
    row = session.get(ContactType, type_id)
    if row is not None:
        session.delete(row)
    session.flush()
